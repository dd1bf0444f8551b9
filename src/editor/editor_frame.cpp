// One frame of the editor: the preview brought up to date, the windows, the map's tools, then the map.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "editor/editor_parts.h"
#include "ui/targets.h"

namespace atlas {

void begin_fixed_window(const char* name, const Box& box, ImGuiWindowFlags flags) {
  ImGui::SetNextWindowPos(ImVec2(box.x, box.y));
  ImGui::SetNextWindowSize(ImVec2(box.w, box.h));
  ImGui::Begin(name, nullptr, flags | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                  ImGuiWindowFlags_NoSavedSettings);
}

EditorLayout place_editor_windows(EditorState& e, App::Impl& app, const FrameInput& in) {
  const EditorLayout out = editor_layout({static_cast<float>(in.fb_width), static_cast<float>(in.fb_height), in.pixel_ratio,
                                          e.tools_h, e.problems_h, e.larger_forms || e.new_form.open});
  const Viewport before = app.layout.map;
  app.layout = Layout{};
  app.layout.panel = out.panel;  // the places' names keep off it
  app.layout.map = out.map;
  app.place_camera(before, in.pixel_ratio);
  return out;
}

void measure_window(float& height, bool& changed) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float content = std::ceil(ImGui::GetCursorPosY() - style.ItemSpacing.y + style.WindowPadding.y);
  changed = changed || std::abs(content - height) > 0.5f;
  height = content;
}

void wrapped_note(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

namespace {

// The map's clear area as longitudes and latitudes: the frame of a new campaign.
ViewBox view_box(const App::Impl& app) {
  const Viewport& m = app.layout.map;
  ViewBox box{1e9, 1e9, -1e9, -1e9};
  for (const Vec2 corner : {Vec2{m.inset_left, m.inset_top}, Vec2{m.width - m.inset_right, m.inset_top},
                            Vec2{m.inset_left, m.height - m.inset_bottom}, Vec2{m.width - m.inset_right, m.height - m.inset_bottom}}) {
    const GeoDeg at = app.geometry->unproject(screen_to_world(app.camera, m, corner));
    box.west = std::min(box.west, at.lon), box.east = std::max(box.east, at.lon);
    box.south = std::min(box.south, at.lat), box.north = std::max(box.north, at.lat);
  }
  return box;
}

}  // namespace

bool Editor::frame(App::Impl& app, const FrameInput& in) {
  if (!app.gl_ready || in.fb_width <= 0 || in.fb_height <= 0) return false;
  refresh_preview(s_, app, in.dt);
  const double dt = app.begin_frame(in);
  s_.relayout = false;
  const EditorLayout boxes = place_editor_windows(s_, app, in);
  if (app.camera_placed) s_.view = view_box(app);
  ImGui::NewFrame();
  ui::clear_targets();
  handle_editor_keys(s_);
  draw_toolbar(s_, app, boxes.tools, boxes.stacked);
  if (!s_.new_form.open) draw_forms(s_, app, boxes.forms), draw_problems(s_, app, boxes.problems);
  else if (!boxes.stacked) draw_new_campaign_form(s_, boxes.forms), draw_problems(s_, app, boxes.problems);
  else draw_new_campaign_form(s_, boxes.panel);  // a phone: the form takes all below the map
  handle_map_tools(s_, app, in);
  app.animate(dt);
  const MapView view{app.camera, app.layout.map, in.pixel_ratio, app.state.day};
  app.draw_places(view);
  draw_handles(s_, app, view);
  ImGui::Render();
  app.draw_map(view, in);
  if (s_.save_requested) save_now();
  const std::string title = (s_.dirty() ? "* " : "") + app.campaign.title + " \u2014 Campaign Atlas editor";
  if (title != last_title_) app.notes.title = last_title_ = title;
  if (app.settle_frames > 0) --app.settle_frames;
  const bool stale = s_.preview_revision != s_.doc.revision();  // the map catches up on a later frame
  const bool settling = s_.scroll_to_selected > 0 || s_.relayout;  // the forms open the selected field over a few frames
  return app.state.playing || app.flight.has_value() || app.dragging || s_.drag.has_value() || app.settle_frames > 0 || stale || settling;
}

}  // namespace atlas
