// One frame of the App: layout, input, panels, playback, camera flights, then the map and the UI.
#include <imgui.h>
#include <imgui_internal.h>  // NavInitWindow: 1.86 has no public call to start navigation in a window

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>

#include "app_impl.h"
#include "core/panel_models.h"
#include "core/text_mirror.h"
#include "render/gl.h"
#include "render/gpu_mesh.h"
#include "ui/targets.h"

namespace atlas {
namespace {

constexpr ImGuiWindowFlags kFixed = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoTitleBar |
                                    ImGuiWindowFlags_NoFocusOnAppearing;  // the map has the keys until 1–6 or T

// After the keys moved into the current window: its first control is highlighted, so Space acts at once.
void start_keyboard_navigation() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.NavWindow != ImGui::GetCurrentWindow()) return;
  ImGui::NavInitWindow(g.NavWindow, true);
  g.NavDisableHighlight = false;
}

constexpr int kSourcesTab = 5;  // the panels' tabs: 0 Event (narrow layouts), 1 Story … 5 Sources

void place_window(const Box& b) {
  ImGui::SetNextWindowPos(ImVec2(b.x, b.y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(b.w, b.h), ImGuiCond_Always);
}

}  // namespace

void App::Impl::fly_to(const Camera& target) {
  if (state.reduced_motion) {  // no motion: the camera is simply there
    camera = target;
    flight.reset();
    return;
  }
  Flight f;
  f.from = camera;
  f.to = target;
  f.duration = 0.9;
  flight = f;
}

void App::Impl::fly_to_place(int place) {
  if (place < 0) return;
  double scale = std::max(camera.px_per_km, fit_scale * 1.6);
  fly_to(centre_on(geometry->place(place), layout.map, std::min(scale, fit_scale * 8)));
}

void App::Impl::fly_to_event(int event) {
  if (event < 0) return;
  const Event& e = campaign.events[static_cast<size_t>(event)];
  if (e.place_index >= 0 && std::fabs(campaign.places[static_cast<size_t>(e.place_index)].at.lon -
                                     geometry->projection().params().central_meridian) < 14) {
    fly_to_place(e.place_index);
  } else {  // far away (Constantinople, Ravenna) or no place: show the army at that date
    fly_to_army(focus_day(e));
  }
}

void App::Impl::fly_to_army(double day) {
  ArmyPosition a = timeline->army_at(day >= 0 ? day : state.day);
  fly_to(centre_on(geometry->project(a.at), layout.map, std::max(camera.px_per_km, fit_scale)));
}

// While playing, keep the army inside the part of the map no panel covers.
void App::Impl::follow_army() {
  if (!state.playing || flight || dragging || campaign.route.empty()) return;
  ArmyPosition a = timeline->army_at(state.day);
  MapKm km = geometry->project(a.at);
  Vec2 p = world_to_screen(camera, layout.map, km);
  const Viewport& v = layout.map;
  double mx = v.clear_width() * 0.2, my = v.clear_height() * 0.2;
  if (p.x < v.inset_left + mx || p.x > v.width - v.inset_right - mx || p.y < v.inset_top + my ||
      p.y > v.height - v.inset_bottom - my)
    fly_to(centre_on(km, v, camera.px_per_km));
}

void App::Impl::apply_requests(const ui::PanelRequests& r) {
  if (!has_campaign()) return;
  if (r.toggle_play) {
    if (!state.playing && state.day >= campaign.end_day + 0.99) set_day(state, *timeline, campaign.start_day + 0.5);
    state.playing = !state.playing;
  }
  if (r.set_speed > 0) state.speed = r.set_speed;
  if (r.open_sources) tab_request = kSourcesTab;
  if (r.set_day >= 0) {
    set_day(state, *timeline, r.set_day);
    state.playing = false;
  }
  int event = r.select_event;
  if (r.step != 0) event = r.step > 0 ? next_event(state, *timeline) : previous_event(state, *timeline);
  if (r.select_place >= 0) {
    std::vector<int> here = events_at_place(campaign, r.select_place);
    state.selected_place = r.select_place;
    if (!here.empty()) {
      event = here.front();
      for (int e : here)
        if (campaign.events[static_cast<size_t>(e)].date.start <= state.day) event = e;
    } else {
      fly_to_place(r.select_place);
      reader_navigated = true;
    }
  }
  if (r.select_chapter >= 0 && r.select_chapter < static_cast<int>(campaign.chapters.size())) {
    set_day(state, *timeline, campaign.chapters[static_cast<size_t>(r.select_chapter)].date.start + 0.5);
    state.playing = false;
    if (state.selected_event >= 0) fly_to_event(state.selected_event);
    reader_navigated = true;
  }
  if (r.select_decision >= 0 && r.select_decision < static_cast<int>(campaign.decisions.size())) {
    set_day(state, *timeline, campaign.decisions[static_cast<size_t>(r.select_decision)].date.start + 0.5);
    state.playing = false;
    fly_to_army();
    reader_navigated = true;
  }
  if (event >= 0) {
    select_event(state, campaign, event);
    if (r.select_place < 0) state.selected_place = campaign.events[static_cast<size_t>(event)].place_index;
    state.playing = false;
    fly_to_event(event);
    reader_navigated = true;
  }
}

void App::Impl::notify() {
  if (!has_campaign()) return;
  const int cur = state.selected_event;
  const bool event_changed = cur != last_event_announced;
  if (event_changed) {
    last_event_announced = cur;
    notes.announce = event_announcement(campaign, cur);
    // The panels as headed lists for screen readers: the canvas itself is opaque to them.
    notes.describe = sections_json(panels_as_text(campaign, *timeline, *ledger, state.day, cur));
  }
  const bool keys_moved = std::strcmp(keys_at, keys_announced) != 0;  // by content: equal literals may differ in address
  if (keys_moved) {  // a screen reader hears where the arrows and Space now act
    keys_announced = keys_at;
    notes.announce = std::string(keys_at) == "map"
                         ? "Keyboard on the map: arrows step through events, Space plays."
                         : std::string("Keyboard in the ") + keys_at +
                               ": arrows move between controls, Space or Enter selects, Escape returns to the map.";
  }
  const bool settled = !state.playing && !flight && !dragging;
  if (!settled && !event_changed && !keys_moved) return;
  std::string h = hash();
  if (h == last_hash && !keys_moved) return;
  last_hash = h;
  notes.state_changed = true;
  notes.push_history = reader_navigated;
  notes.hash = h;
  notes.state_json = state_json();
  reader_navigated = false;
}

void App::Impl::draw_panels(const FrameInput& in, ui::PanelRequests& req) {
  const float s = in.pixel_ratio;
  if (!problem.empty()) {
    ImGui::SetNextWindowPos(ImVec2(layout.map.clear_centre().x, layout.map.clear_centre().y), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(520 * s, in.fb_width * 0.9f), 0), ImGuiCond_Always);
    ImGui::Begin("Problem", nullptr, kFixed);
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted("Something could not be shown");
    ImGui::PopFont();
    ImGui::TextWrapped("%s", problem.c_str());
    ImGui::End();
  }
  if (!has_campaign()) return;
  ui::PanelContext ctx{campaign, *timeline, *ledger, state, fonts, s, req, panel_states};

  auto take_focus = [&](const char* name) {
    const bool now = focus_window && std::string(focus_window) == name;
    if (now) ImGui::SetNextWindowFocus(), focus_window = nullptr;
    return now;
  };
  place_window(layout.timeline);
  const bool timeline_focus = take_focus("Timeline");
  ImGui::Begin("Timeline", nullptr, kFixed | ImGuiWindowFlags_NoScrollbar);
  if (timeline_focus) start_keyboard_navigation();
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) keys_at = "timeline";
  ui::draw_timeline_bar(ctx);
  ImGui::End();

  if (layout.panel.empty()) return;
  place_window(layout.panel);
  const bool panels_focus = take_focus("Panels");
  const bool sheet_closed = layout.sheet && !sheet_open;  // one line: no scrollbar beside it
  ImGui::Begin("Panels", nullptr, kFixed | (sheet_closed ? ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse : 0));
  if (panels_focus) start_keyboard_navigation();
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) keys_at = "panels";
  if (layout.sheet) {
    if (ImGui::Button(sheet_open ? "Hide details###sheet" : "Details###sheet")) sheet_open = !sheet_open;
    ui::mark_item("sheet");
    ImGui::SameLine();
    const int e = state.selected_event;
    const std::string line = e >= 0 ? event_announcement(campaign, e) : campaign.title;
    const float room = layout.panel.x + layout.panel.w - 8 * s - ImGui::GetCursorScreenPos().x;
    ImGui::TextUnformatted(ui::fit_line(line, room).c_str());  // one line, ending in "…" if cut
    if (!sheet_open) { ImGui::End(); return; }
  }
  const bool card_in_tabs = layout.mode != LayoutMode::Wide;
  if (!card_in_tabs) {
    ui::draw_event_card(ctx);
    ImGui::Separator();
  }
  if (ImGui::BeginTabBar("tabs", ImGuiTabBarFlags_FittingPolicyScroll)) {
    struct Tab { const char* name; void (*draw)(ui::PanelContext&); };
    const Tab tabs[] = {{"Event", ui::draw_event_card}, {"Story", ui::draw_story_panel}, {"Demands", ui::draw_demands_panel},
                        {"Sieges", ui::draw_sieges_panel}, {"Justinian", ui::draw_decisions_panel}, {"Sources", ui::draw_sources_panel}};
    for (int i = card_in_tabs ? 0 : 1; i < 6; ++i) {
      ImGuiTabItemFlags f = tab_request == i ? ImGuiTabItemFlags_SetSelected : 0;
      const bool open = ImGui::BeginTabItem(tabs[i].name, nullptr, f);
      ui::mark_item(std::string("tab:") + tabs[i].name);
      if (open) {
        open_tab = i;
        ImGui::BeginChild("content", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);  // arrows reach the rows
        tabs[i].draw(ctx);
        ImGui::EndChild();
        ImGui::EndTabItem();
      }
    }
    tab_request = -1;
    ImGui::EndTabBar();
  }
  ImGui::End();
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

bool App::Impl::frame(const FrameInput& in) {
  if (!gl_ready || in.fb_width <= 0 || in.fb_height <= 0) return false;
  const auto t0 = std::chrono::steady_clock::now();
  ImGuiIO& io = ImGui::GetIO();
  // ImGui's clock follows real time, idle included, so two clicks seconds apart are never a double
  // click; animations never jump: a nominal step after idling, at most a quarter second otherwise.
  io.DeltaTime = static_cast<float>(std::max(in.dt, 1e-4));
  const double dt = in.resumed ? 1.0 / 60.0 : std::clamp(in.dt, 1e-4, 0.25);
  io.DisplaySize = ImVec2(static_cast<float>(in.fb_width), static_cast<float>(in.fb_height));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  ensure_scale(in.pixel_ratio);
  const float s = in.pixel_ratio;
  const Viewport before = layout.map;
  layout = compute_layout({static_cast<float>(in.fb_width), static_cast<float>(in.fb_height), s, panels, sheet_open, embed});
  const Vec2 c0 = before.clear_centre(), c1 = layout.map.clear_centre();
  if (camera_placed && before.width > 0 && (c0.x != c1.x || c0.y != c1.y)) {
    // A sheet opened or closed, or the canvas changed size: keep what the reader was looking at in view.
    camera = keep_view_centre(camera, before, layout.map);
    if (flight) flight->from = keep_view_centre(flight->from, before, layout.map), flight->to = keep_view_centre(flight->to, before, layout.map);
  }
  fit_scale = fit_bounds(campaign_bounds, layout.map, kFitMargin * s, 1e-4, 1e4).px_per_km;
  if (!camera_placed) {
    camera = fit_bounds(campaign_bounds, layout.map, kFitMargin * s, 1e-4, 1e4);
    camera_placed = true;
    if (pending_params) { apply(*pending_params, true); pending_params.reset(); }
  }

  ImGui::NewFrame();
  ui::clear_targets();
  if (unfocus_panels) {
    ImGui::SetWindowFocus(nullptr);
    unfocus_panels = false;
  }
  ui::PanelRequests req;
  const bool sheet_was_open = sheet_open;
  keys_at = "map";
  handle_map_input(in, req);
  handle_shortcuts(req);
  draw_panels(in, req);
  focus_window = nullptr;  // a request for a window not drawn (no panels) lapses
  apply_requests(req);
  // A request changes what the panels show (a tab switch takes ImGui two frames, a sheet's new
  // layout is computed on the next): draw until settled.
  if (req.any() || tab_request >= 0 || sheet_open != sheet_was_open) settle_frames = 2;
  if (has_campaign() && advance(state, *timeline, dt)) follow_army();
  if (flight) {
    flight->elapsed += dt;
    camera = flight_at(*flight);
    if (flight->done()) flight.reset();
  }
  camera.px_per_km = std::clamp(camera.px_per_km, fit_scale * 0.5, fit_scale * 24);
  camera = clamp_to(camera, world_bounds);

  MapView view{camera, layout.map, s, state.day};
  std::vector<Rect> covered;
  for (const Box& b : {layout.panel, layout.timeline})
    if (!b.empty()) covered.push_back({b.x, b.y, b.x + b.w, b.y + b.h});
  hovered_place = -1;
  if (has_campaign()) {
    const bool mouse_on_map = !io.WantCaptureMouse && io.MousePos.x > -1e30f;
    hovered_place = overlay.draw(*timeline, state, view, fonts, covered, mouse_on_map ? io.MousePos.x : -1e9f,
                                 mouse_on_map ? io.MousePos.y : -1e9f);
    mark_places(view, covered);
    if (hovered_place >= 0 && !dragging) {
      const Place& p = campaign.places[static_cast<size_t>(hovered_place)];
      PlaceStatus ps = timeline->place_status(hovered_place, state.day);
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
  }
  ImGui::Render();

  GpuMesh::draw_calls = 0;
  glViewport(0, 0, in.fb_width, in.fb_height);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glDisable(GL_SCISSOR_TEST);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  background.draw(in.fb_width, in.fb_height);
  geography_layer.draw_under_land(view);
  geography_layer.draw_land(view);
  if (has_campaign()) route_layer.draw(view);
  ImDrawData* dd = ImGui::GetDrawData();
  imgui_renderer.draw(dd, in.fb_width, in.fb_height);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  stats.add(ms, 1 + GpuMesh::draw_calls);
  notify();
  const bool settling = settle_frames > 0;
  if (settling) --settle_frames;
  return state.playing || flight.has_value() || dragging || settling;
}

}  // namespace atlas
