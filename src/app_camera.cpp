// Where the App's camera goes: placed on the first frame, kept on the view centre, flown to targets.
#include <algorithm>
#include <cmath>

#include "app_impl.h"
#include "core/geo/great_circle.h"

namespace atlas {

Camera App::Impl::fit_campaign(double margin_px) const {
  const ZoomLimits z = zoom_limits();
  return fit_bounds(campaign_bounds, layout.map, margin_px, z.min_px_per_km, z.max_px_per_km);
}

bool App::Impl::has_no_room(const Viewport& map) const { return map_has_no_room(map, pixel_ratio()); }

// After the layout of this frame: fit the first view (and apply the page's link), or keep the view centre.
// A map with no room changes nothing: the first view waits for room, a later one is parked.
void App::Impl::place_camera(const Viewport& before, float pixel_ratio) {
  if (has_no_room(layout.map)) {
    if (camera_placed && !parked_view && !has_no_room(before)) parked_view = view_param_in(before);
    return;
  }
  const double margin = kFitMargin * pixel_ratio;
  const Vec2 c0 = before.clear_centre(), c1 = layout.map.clear_centre();
  if (camera_placed && before.width > 0 && (c0.x != c1.x || c0.y != c1.y)) {
    // A sheet opened or closed, or the canvas changed size: keep what the reader was looking at in view.
    camera = keep_view_centre(camera, before, layout.map);
    if (flight) flight->from = keep_view_centre(flight->from, before, layout.map), flight->to = keep_view_centre(flight->to, before, layout.map);
  }
  fit_scale = fit_bounds(campaign_bounds, layout.map, margin, 1e-4, 1e4).px_per_km;
  if (!camera_placed) {
    camera = first_camera(campaign_bounds, world_bounds, layout.map, pixel_ratio);
    camera_placed = true;
    if (pending_params) { apply(*pending_params, true, notes.warnings); pending_params.reset(); }
  }
  if (parked_view) {  // room again: the view the reader had, at the scale it had against the campaign
    camera = camera_for(*parked_view);
    parked_view.reset();
  }
}

void App::Impl::fly(const FlyTarget& t) {
  switch (t.kind) {
    case FlyTarget::Kind::None: return;
    case FlyTarget::Kind::Place: return fly_to_place(t.place);
    case FlyTarget::Kind::Event: return fly_to_event(t.place, t.army, t.day);
    case FlyTarget::Kind::Army: return fly_to_army(t.army, t.day);
    case FlyTarget::Kind::View: return fly_to(camera_for(t.view));
  }
}

// The camera that shows a link's view: its place at the clear centre, its scale against the whole campaign's.
Camera App::Impl::camera_for(const ViewParam& v) const {
  return centre_on(geometry->project(v.centre()), layout.map, fit_scale * std::pow(2.0, v.zoom));
}

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

// The box of an event's place and, if it is on the map and near (a siege, a march past), its army then.
Bounds App::Impl::event_frame(int place, int army, double day) const {
  const MapKm at = geometry->place(place);
  Bounds b{at.x, at.y, at.x, at.y};
  if (army >= 0 && army < static_cast<int>(campaign.armies.size()) && timeline->army_shown(army, day)) {
    const ArmyPosition a = timeline->army_at(army, day);
    if (great_circle_km(a.at, campaign.places[static_cast<std::size_t>(place)].at) < kFrameTogetherKm) {
      const MapKm p = geometry->project(a.at);
      b = b.joined({p.x, p.y, p.x, p.y});
    }
  }
  return b;
}

// An event: its place and its army framed together, no closer than a place alone would be.
void App::Impl::fly_to_event(int place, int army, double day) {
  if (place < 0) return;
  const double closest = std::min(std::max(camera.px_per_km, fit_scale * 1.6), fit_scale * 8);
  fly_to(fit_bounds(event_frame(place, army, day), layout.map, fit_margin(),
                    fit_scale * 0.5, closest));
}

void App::Impl::fly_to_army(int army, double day) {
  if (army < 0 || army >= static_cast<int>(campaign.armies.size())) army = 0;
  ArmyPosition a = timeline->army_at(army, day);
  fly_to(centre_on(geometry->project(a.at), layout.map, std::max(camera.px_per_km, fit_scale)));
}

// While playing, follow the action: an event whose place (with its army) is not well inside the part of
// the map no panel covers is framed, no closer than now or than the first view (so a long tour does not
// drift ever further out); between events, the army is kept in view.
void App::Impl::follow_army() {
  if (!state.playing || flight || dragging || campaign.main_route().empty()) return;
  if (state.selected_event != followed_event) {
    followed_event = state.selected_event;
    const FlyTarget t = nav.target_for_event(state.selected_event);
    if (t.kind == FlyTarget::Kind::Event && !well_in_view(event_frame(t.place, t.army, t.day))) {
      fly_to(fit_bounds(event_frame(t.place, t.army, t.day), layout.map, fit_margin(),
                        fit_scale * 0.5, std::max(camera.px_per_km, fit_scale)));  // back in, at most to the first view's scale
      return;
    }
  }
  ArmyPosition a = timeline->army_at(state.day);
  MapKm km = geometry->project(a.at);
  Vec2 p = world_to_screen(camera, layout.map, km);
  const Viewport& v = layout.map;
  double mx = v.clear_width() * 0.2, my = v.clear_height() * 0.2;
  if (p.x < v.inset_left + mx || p.x > v.width - v.inset_right - mx || p.y < v.inset_top + my ||
      p.y > v.height - v.inset_bottom - my)
    fly_to(centre_on(km, v, camera.px_per_km));
}

// Whether all of `b` lies inside the clear map less 15% on each side.
bool App::Impl::well_in_view(const Bounds& b) const {
  const Viewport& v = layout.map;
  const double mx = v.clear_width() * 0.15, my = v.clear_height() * 0.15;
  const Vec2 a = world_to_screen(camera, v, {b.min_x, b.max_y}), c = world_to_screen(camera, v, {b.max_x, b.min_y});
  return a.x >= v.inset_left + mx && a.y >= v.inset_top + my && c.x <= v.width - v.inset_right - mx &&
         c.y <= v.height - v.inset_bottom - my;
}

// The reader can neither zoom past the limits nor pan the map's edge into view while there is more map.
void App::Impl::clamp_camera() {
  if (!camera_placed || parked_view) return;  // no room to clamp to: see place_camera
  camera = clamp_view(camera, layout.map, zoom_limits(), world_bounds);
}

}  // namespace atlas
