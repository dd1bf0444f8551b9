// One frame of the App: layout, input, panels, playback, camera flights, then the map and the UI.
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "app_impl.h"
#include "core/story/panel_models.h"
#include "render/gl.h"
#include "render/gpu_mesh.h"
#include "ui/targets.h"

namespace atlas {
namespace {

// A box as GL's scissor box (from the bottom), a pixel larger each way: no seam where a panel's edge is rounded.
MapCache::Clip scissor_box(const Box& b, int fb_w, int fb_h) {
  const int x0 = std::max(0, static_cast<int>(b.x) - 1), x1 = std::min(fb_w, static_cast<int>(std::ceil(b.x + b.w)) + 1);
  const int y0 = std::max(0, static_cast<int>(b.y) - 1), y1 = std::min(fb_h, static_cast<int>(std::ceil(b.y + b.h)) + 1);
  return {x0, fb_h - y1, x1 - x0, y1 - y0};
}

}  // namespace

bool App::Impl::frame(const FrameInput& in) {
  if (!gl_ready || in.fb_width <= 0 || in.fb_height <= 0) return false;
  const auto t0 = std::chrono::steady_clock::now();
  const double dt = begin_frame(in);
  update_layout(in);
  place_locator();
  ImGui::NewFrame();
  ui::clear_targets();
  const bool sheet_was_open = nav.sheet_open;
  const ui::PanelRequests req = take_input(in);
  fly(nav.apply(req));  // the navigator changes the state and says where the camera goes
  if (req.save_image) notes.save_image = true;  // the platform takes the picture after this frame
  if (req.open_source >= 0 && req.open_source < static_cast<int>(campaign.sources.size()))
    notes.open_url = campaign.sources[static_cast<std::size_t>(req.open_source)].url;
  // A request changes what the panels show (a tab switch takes ImGui two frames, a sheet's new
  // layout is computed on the next): draw until settled.
  if (req.any() || nav.panel_request || nav.sheet_open != sheet_was_open) settle_frames = 2;
  animate(dt);
  const MapView view{camera, layout.map, in.pixel_ratio, state.day};
  draw_places(view);
  ImGui::Render();
  draw_map(view, in);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  stats.add(ms, 1 + GpuMesh::draw_calls);
  notify();
  const bool settling = settle_frames > 0;
  if (settling) --settle_frames;
  return state.playing || flight.has_value() || dragging || settling || base_map_stand_in;
}

// ImGui's clock follows real time, idle included, so two clicks seconds apart are never a double
// click; animations never jump: a nominal step after idling, at most a quarter second otherwise.
double App::Impl::begin_frame(const FrameInput& in) {
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = static_cast<float>(std::max(in.dt, 1e-4));
  io.DisplaySize = ImVec2(static_cast<float>(in.fb_width), static_cast<float>(in.fb_height));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  ensure_scale(in.pixel_ratio);
  return in.resumed ? 1.0 / 60.0 : std::clamp(in.dt, 1e-4, 0.25);
}

void App::Impl::update_layout(const FrameInput& in) {
  const Viewport before = layout.map;
  layout = compute_layout({static_cast<float>(in.fb_width), static_cast<float>(in.fb_height), in.pixel_ratio, nav.panels,
                           nav.sheet_open, nav.embed, panel_content_h});
  place_camera(before, in.pixel_ratio);
}

// This frame's requests from the map, the keys and the panels; also where the keyboard now is.
ui::PanelRequests App::Impl::take_input(const FrameInput& in) {
  if (keys.to_map) {
    ImGui::SetWindowFocus(nullptr);
    keys.to_map = false;
  }
  ui::PanelRequests req;
  keys.at = KeysAt::Map;
  handle_map_input(in, req);
  handle_shortcuts(req);
  handle_swipe(req);
  draw_panels(in, req);
  return req;
}

// Playback moves the date (and the camera after the army), a flight moves the camera.
void App::Impl::animate(double dt) {
  if (has_campaign() && advance(state, *timeline, dt)) {
    if (state.ended) fly_to(fit_campaign(fit_margin()));  // the tour ends on the whole campaign
    else follow_army();
  }
  if (flight) {
    flight->elapsed += dt;
    camera = flight_at(*flight);
    if (flight->done()) flight.reset();
  }
  clamp_camera();
}

// The cities, labels and army (into ImGui's background list), and the tooltip of the city under the mouse.
void App::Impl::draw_places(const MapView& view) {
  hovered_place = -1;
  if (!has_campaign()) return;
  std::vector<Rect> covered;
  for (const Box& b : {layout.panel, layout.timeline, legend_box, caption_box, locator_box})
    if (!b.empty()) covered.push_back({b.x, b.y, b.x + b.w, b.y + b.h});
  const ImGuiIO& io = ImGui::GetIO();
  const bool mouse_on_map = !io.WantCaptureMouse && io.MousePos.x > -1e30f;
  const Box open = open_map(layout);  // nothing of the map's layer under the panels, which have no background
  ImGui::GetBackgroundDrawList()->PushClipRect(ImVec2(open.x, open.y), ImVec2(open.x + open.w, open.y + open.h));
  hovered_place = overlay.draw(*timeline, state, view, fonts, covered, mouse_on_map ? io.MousePos.x : -1e9f,
                               mouse_on_map ? io.MousePos.y : -1e9f);
  mark_places(view, covered);
  draw_locator_marks();  // over the places' layer, which leaves the locator's box empty
  ImGui::GetBackgroundDrawList()->PopClipRect();
  if (hovered_place >= 0 && !dragging) draw_place_tooltip(hovered_place);
}

void App::Impl::draw_place_tooltip(int place) {
  const Place& p = campaign.places[static_cast<size_t>(place)];
  PlaceStatus ps = timeline->place_status(place, state.day);
  ImGui::BeginTooltip();
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted(p.ancient_name.c_str());
  ui::mark_item("tooltip:" + p.id);
  ImGui::PopFont();
  ImGui::PushFont(fonts.italic);
  ImGui::TextUnformatted(p.modern_name.c_str());
  ImGui::PopFont();
  if (ps.holder >= 0) ImGui::Text("Held by: %s", campaign.factions[static_cast<size_t>(ps.holder)].name.c_str());
  ImGui::Text("So far: %s", ps.outcome == Outcome::None ? "untouched" : outcome_text(ps.outcome).c_str());
  if (p.coord_uncertain) ImGui::TextDisabled("Location uncertain: %s", p.coord_note.c_str());
  ImGui::EndTooltip();
}

// Where each city visible on the uncovered map was drawn, for tests that click and hover cities.
void App::Impl::mark_places(const MapView& view, const std::vector<Rect>& covered) const {
  const float r = 7 * view.pixel_ratio;
  for (size_t i = 0; i < campaign.places.size(); ++i) {
    const Place& p = campaign.places[i];
    Vec2 at = world_to_screen(view.camera, view.viewport, geometry->place(static_cast<int>(i)));  // projected once, at start
    if (!view.viewport.contains(at)) continue;
    bool hidden = false;
    for (const Rect& c : covered) hidden = hidden || (at.x >= c.x0 && at.x <= c.x1 && at.y >= c.y0 && at.y <= c.y1);
    if (!hidden) ui::mark_rect("place:" + p.id, static_cast<float>(at.x) - r, static_cast<float>(at.y) - r,
                               static_cast<float>(at.x) + r, static_cast<float>(at.y) + r);
  }
}

// The base map (from its cache) and the route where the panels leave the map open, then the locator and ImGui.
void App::Impl::draw_map(const MapView& view, const FrameInput& in, bool on_screen) {
  GpuMesh::draw_calls = 0;
  glViewport(0, 0, in.fb_width, in.fb_height);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glDisable(GL_SCISSOR_TEST);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  // Paper where the map is not drawn: the panel and the bar have no background of their own (a weak GPU
  // clears pixels far faster than it blends them), and their rounded corners show it too.
  glClearColor(palette::panel.r, palette::panel.g, palette::panel.b, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  // A stand-in (the cache shifted or scaled) only while the camera keeps moving: a one-frame shift (the
  // layout settling) is painted exactly at once, the picture at rest once the camera has stood still for a
  // second frame (a wheel's or a finger's events can miss one frame, and each exact picture paints twice the
  // screen's pixels); a screenshot is a still, exact wherever the camera is.
  const bool moved = view.camera.centre.x != last_camera.centre.x || view.camera.centre.y != last_camera.centre.y ||
                     view.camera.px_per_km != last_camera.px_per_km;
  const bool moving = options.screenshot.empty() &&
                      (moved ? camera_moving || frames_still == 0 : camera_moving && frames_still == 0);
  const MapCache::Motion motion = !moving ? MapCache::Motion::Still
                                  : view.camera.px_per_km < last_camera.px_per_km ? MapCache::Motion::ZoomingOut
                                                                                  : MapCache::Motion::Moving;
  const MapCache::Clip open = scissor_box(open_map(layout), in.fb_width, in.fb_height);
  const bool stand_in = base_map.draw(view, in.fb_width, in.fb_height, motion, open, paint_base_map, this);
  if (on_screen) {
    last_camera = view.camera, camera_moving = moving, base_map_stand_in = stand_in;
    frames_still = moved ? 0 : std::min(frames_still + 1, 2);
  }
  glEnable(GL_SCISSOR_TEST);
  glScissor(open.x, open.y, open.w, open.h);
  if (has_campaign()) route_layer.draw(view);
  glDisable(GL_SCISSOR_TEST);
  draw_locator(in);
  imgui_renderer.draw(ImGui::GetDrawData(), in.fb_width, in.fb_height);
}

// The sea, its water lines, the land, lakes, shores and rivers: what the base map's cache holds.
void App::Impl::paint_base_map(const void* self, const MapView& view, int width, int height, float vignette) {
  const Impl& app = *static_cast<const Impl*>(self);
  glDisable(GL_BLEND);  // the sea's alpha is the cache's mask
  app.background.draw(width, height, vignette);
  glEnable(GL_BLEND);
  app.geography_layer.draw_under_land(view);
  app.geography_layer.draw_land(view);
}

// Tells the page what changed: the announcement, the text mirror, the hash and the state for the host.
void App::Impl::notify() {
  // No room: the hash keeps the view. A stand-in base map: the camera is still moving (a wheel, a pinch), so the
  // hash and the host hear of the view where it comes to rest, on the exact frame that follows.
  const bool settled = !state.playing && !flight && !dragging && !parked_view && !base_map_stand_in;
  HostNotice n = nav.notice(keys.at, settled, view_param(), default_panel());
  if (!n.announce.empty()) notes.announce = std::move(n.announce);
  if (!n.describe.empty()) notes.describe = std::move(n.describe);
  if (!n.state_changed) return;
  notes.state_changed = true;
  notes.push_history = n.push_history;
  notes.hash = std::move(n.hash);
  notes.state_json = state_json();
}

}  // namespace atlas
