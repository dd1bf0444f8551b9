// The map's tools: add a place, extend a route, drag places and waypoints, insert a waypoint on a leg;
// and the handles drawn over the preview (every place, the chosen army's waypoints and legs).
#include <imgui.h>

#include <cmath>
#include <optional>

#include "core/edit/campaign_edits.h"
#include "core/edit/river_route.h"
#include "core/geo/great_circle.h"
#include "editor/editor_parts.h"
#include "ui/targets.h"

namespace atlas {
namespace {

constexpr float kReachCss = 9;            // how near a point or a leg a press must be to take it
constexpr double kLongLegKm = 250;        // a leg longer than this is marked: a march needs waypoints
constexpr double kRiverSpacingKm = 15;    // the river helper's waypoints: one every so often, enough for the bends

Vec2 screen_of(const App::Impl& app, GeoDeg at) {
  return world_to_screen(app.camera, app.layout.map, app.geometry->project(at));
}

GeoDeg geo_of(const App::Impl& app, ImVec2 px) {
  return app.geometry->unproject(screen_to_world(app.camera, app.layout.map, {px.x, px.y}));
}

double distance(Vec2 a, ImVec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

// The place, or else the chosen army's waypoint, nearest `mouse` within `reach` px (a waypoint at a place
// follows it: the place is what a drag there moves).
std::optional<DragTarget> hit_point(const EditorState& e, const App::Impl& app, ImVec2 mouse, double reach) {
  std::optional<DragTarget> best;
  double best_d = reach;
  if (const JsonValue* places = e.doc.at(JsonPath().key("places")); places && places->is(JsonType::Array)) {
    for (std::size_t i = 0; i < places->array.size(); ++i) {
      GeoDeg at;
      if (!item_position(e.doc.root(), places->array[i], at)) continue;
      const double d = distance(screen_of(app, at), mouse);
      if (d <= best_d) best_d = d, best = DragTarget{false, 0, i};
    }
  }
  if (best) return best;
  for (const RouteMark& m : route_points(e.doc.root(), e.army)) {
    const double d = distance(screen_of(app, m.at), mouse);
    if (d <= best_d) best_d = d, best = DragTarget{true, e.army, m.index};
  }
  return best;
}

// The leg of the chosen army's route under `mouse`: the index of the waypoint it leads to.
std::optional<std::size_t> hit_leg(const EditorState& e, const App::Impl& app, ImVec2 mouse, double reach) {
  const std::vector<RouteMark> marks = route_points(e.doc.root(), e.army);
  for (std::size_t i = 1; i < marks.size(); ++i)
    if (distance_to_segment(mouse, screen_of(app, marks[i - 1].at), screen_of(app, marks[i].at)) <= reach) return marks[i].index;
  return std::nullopt;
}

JsonPath target_path(const EditorState& e, const DragTarget& t) {
  JsonPath route;
  if (t.waypoint && route_path(e.doc.root(), t.army, route)) return route.index(t.index);
  return JsonPath().key("places").index(t.index);
}

void select(EditorState& e, const JsonPath& path) {
  e.selected = path;
  e.scroll_to_selected = 3;
  e.section = path.empty() ? "campaign" : path.steps()[0].key;
}

void select_waypoint(EditorState& e, std::size_t index) {
  e.waypoint = index;
  select(e, target_path(e, DragTarget{true, e.army, index}));
}

// While the button is held the point follows the mouse, all one undoable step; on release (where the mouse
// was released: a slow frame may bring the last move and the release together) the step ends.
void continue_drag(EditorState& e, const App::Impl& app) {
  const ImGuiIO& io = ImGui::GetIO();
  const DragTarget t = *e.drag;
  const GeoDeg at = geo_of(app, io.MousePos);
  if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0) {
    if (t.waypoint) move_waypoint(e.doc, t.army, t.index, at, Merge::Typing);
    else move_place(e.doc, t.index, at, Merge::Typing);
  }
  if (io.MouseDown[0]) {
    ImGui::SetTooltip("lat %.4f, lon %.4f", round_degrees(at.lat), round_degrees(at.lon));
  } else {
    e.doc.end_merge();
    e.drag.reset();
  }
}

std::size_t place_count(const JsonValue& root) {
  const JsonMember* places = root.find("places");
  return places && places->value.is(JsonType::Array) ? places->value.array.size() : 0;
}

// Follow river: the first click says where the army meets the river, the second where it leaves it; the
// waypoints along it go after the chosen waypoint, or at the end of the route.
void follow_river(EditorState& e, App::Impl& app, GeoDeg at, float reach_px) {
  if (!e.river_from) {
    e.river_from = at;
    e.status = "Now click where the army leaves the river.";
    return;
  }
  RiverStretch stretch;
  const double reach_km = std::fmax(5.0, reach_px * 2 / app.camera.px_per_km);
  JsonPath route;
  if (!route_path(e.doc.root(), e.army, route)) return;
  const std::size_t index = e.waypoint ? *e.waypoint + 1 : e.doc.at(route)->array.size();
  if (!river_stretch(app.geography, *e.river_from, at, reach_km, kRiverSpacingKm, stretch)) {
    e.status = "No river of the map passes near both clicks: click nearer its line.";
  } else if (insert_river_waypoints(e.doc, e.army, index, stretch)) {
    e.status = std::to_string(stretch.points.size()) + " waypoints along " + (stretch.river.empty() ? "the river" : "the " + stretch.river) + ".";
    select_waypoint(e, index + stretch.points.size() - 1);
  }
  e.river_from.reset();
}

// A click on the map (not on a point): what the tool does there.
void click(EditorState& e, App::Impl& app, ImVec2 mouse, float reach) {
  const GeoDeg at = geo_of(app, mouse);
  if (e.tool == Tool::AddPlace) {
    const std::size_t n = place_count(e.doc.root());
    if (add_place(e.doc, "New place " + std::to_string(n + 1), at)) select(e, JsonPath().key("places").index(n).key("name"));
  } else if (e.tool == Tool::ExtendRoute) {
    JsonPath route;
    if (add_waypoint(e.doc, e.army, at) && route_path(e.doc.root(), e.army, route))
      select_waypoint(e, e.doc.at(route)->array.size() - 1);
  } else if (e.tool == Tool::FollowRiver) {
    follow_river(e, app, at, reach);
  } else if (const std::optional<std::size_t> leg = hit_leg(e, app, mouse, reach)) {
    if (insert_waypoint(e.doc, e.army, *leg, at)) select_waypoint(e, *leg);
  } else {
    e.waypoint.reset();
  }
}

}  // namespace

void handle_map_tools(EditorState& e, App::Impl& app, const FrameInput& in) {
  if (e.drag) return continue_drag(e, app);
  ui::PanelRequests ignored;  // the reader's clicks (select a city) mean nothing here
  const ImGuiIO& io = ImGui::GetIO();
  const bool on_map = !io.WantCaptureMouse && io.MousePos.x > -1e30f &&
                      app.layout.map.clear_contains({io.MousePos.x, io.MousePos.y});
  const float reach = kReachCss * in.pixel_ratio;
  if (on_map && !app.dragging && ImGui::IsMouseClicked(ImGuiMouseButton_Left) && e.tool != Tool::FollowRiver) {
    // Where the button went down: the frame before's pointer (MousePos - MouseDelta) when moves came in the same
    // frame as the press (core/shell/input_queue gives a press its own frame to arrive, not the moves after it).
    const ImVec2 before(io.MousePos.x - io.MouseDelta.x, io.MousePos.y - io.MouseDelta.y);
    std::optional<DragTarget> hit = hit_point(e, app, before, reach);
    if (!hit) hit = hit_point(e, app, io.MousePos, reach);
    if (hit) {
      e.drag = hit;
      if (hit->waypoint) select_waypoint(e, hit->index);
      else select(e, target_path(e, *hit));
      return;
    }
  }
  const bool clicked = on_map && !app.dragging && ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
                       io.MouseDragMaxDistanceSqr[0] < reach * reach / 4;
  if (clicked) return click(e, app, io.MousePos, reach);
  if (on_map || app.dragging) app.handle_map_input(in, ignored);  // pan and zoom
}

namespace {

ImU32 rgba(int r, int g, int b, int a = 255) { return IM_COL32(r, g, b, a); }
ImVec2 im(Vec2 v) { return ImVec2(static_cast<float>(v.x), static_cast<float>(v.y)); }

void draw_route(const EditorState& e, const App::Impl& app, ImDrawList* dl, float r) {
  const std::vector<RouteMark> marks = route_points(e.doc.root(), e.army);
  for (std::size_t i = 1; i < marks.size(); ++i) {
    const double km = great_circle_km(marks[i - 1].at, marks[i].at);
    const Vec2 a = screen_of(app, marks[i - 1].at), b = screen_of(app, marks[i].at);
    const bool long_leg = km > kLongLegKm;
    dl->AddLine(im(a), im(b), long_leg ? rgba(190, 40, 30) : rgba(30, 60, 140), (long_leg ? 3.0f : 2.0f) * r);
    if (long_leg) {
      char text[32];
      std::snprintf(text, sizeof text, "%.0f km", km);
      dl->AddText(ImVec2(static_cast<float>(a.x + b.x) / 2, static_cast<float>(a.y + b.y) / 2), rgba(190, 40, 30), text);
    }
  }
  for (std::size_t i = 0; i < marks.size(); ++i) {
    const RouteMark& m = marks[i];
    const Vec2 at = screen_of(app, m.at);
    const bool chosen = e.waypoint && *e.waypoint == m.index;
    const bool needs_date = !m.dated && (i == 0 || i + 1 == marks.size());  // the first and last must be dated
    dl->AddCircleFilled(im(at), (chosen ? 7.0f : 5.0f) * r, chosen ? rgba(240, 200, 40) : rgba(255, 255, 255));
    dl->AddCircle(im(at), (chosen ? 7.0f : 5.0f) * r, needs_date ? rgba(190, 40, 30) : rgba(30, 60, 140), 0, 2.0f * r);
    ui::mark_rect("waypoint:" + std::to_string(m.index), static_cast<float>(at.x) - 5 * r, static_cast<float>(at.y) - 5 * r,
                  static_cast<float>(at.x) + 5 * r, static_cast<float>(at.y) + 5 * r);
  }
}

void draw_places(const EditorState& e, const App::Impl& app, ImDrawList* dl, float r) {
  const JsonMember* places = e.doc.root().find("places");
  if (!places || !places->value.is(JsonType::Array)) return;
  for (std::size_t i = 0; i < places->value.array.size(); ++i) {
    GeoDeg at;
    if (!item_position(e.doc.root(), places->value.array[i], at)) continue;
    const Vec2 p = screen_of(app, at);
    const bool chosen = e.selected.size() >= 2 && e.selected.steps()[0].key == "places" && e.selected.steps()[1].index == i;
    const float s = (chosen ? 6.0f : 4.0f) * r;
    dl->AddRect(ImVec2(static_cast<float>(p.x) - s, static_cast<float>(p.y) - s), ImVec2(static_cast<float>(p.x) + s, static_cast<float>(p.y) + s),
                chosen ? rgba(240, 160, 20) : rgba(60, 60, 60, 200), 0, 0, 1.5f * r);
    ui::mark_rect("edit-place:" + std::to_string(i), static_cast<float>(p.x) - s, static_cast<float>(p.y) - s,
                  static_cast<float>(p.x) + s, static_cast<float>(p.y) + s);
  }
}

}  // namespace

void draw_handles(const EditorState& e, const App::Impl& app, const MapView& view) {
  ImDrawList* dl = ImGui::GetBackgroundDrawList();
  const Viewport& m = view.viewport;
  dl->PushClipRect(ImVec2(static_cast<float>(m.inset_left), static_cast<float>(m.inset_top)),
                   ImVec2(static_cast<float>(m.width - m.inset_right), static_cast<float>(m.height - m.inset_bottom)));
  draw_places(e, app, dl, view.pixel_ratio);
  draw_route(e, app, dl, view.pixel_ratio);
  dl->PopClipRect();
  ui::mark_rect("editor-map", static_cast<float>(m.inset_left), static_cast<float>(m.inset_top),
                static_cast<float>(m.width - m.inset_right), static_cast<float>(m.height - m.inset_bottom));
}

}  // namespace atlas
