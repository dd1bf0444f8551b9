// Camera math for the map: view centre and scale in projected km, pan, zoom about a point, fit, fly-to.
#pragma once
#include <algorithm>

#include "core/geo/geo.h"

namespace atlas {

struct Vec2 {  // screen pixels (y down), or a step in them; map positions are MapKm
  double x = 0, y = 0;
};

struct Bounds {  // projected km; y grows northwards
  double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
  double width() const { return max_x - min_x; }
  double height() const { return max_y - min_y; }
  MapKm centre() const { return {(min_x + max_x) / 2, (min_y + max_y) / 2}; }
  bool contains(const Bounds& o) const { return o.min_x >= min_x && o.max_x <= max_x && o.min_y >= min_y && o.max_y <= max_y; }
  Bounds joined(const Bounds& o) const {
    return {std::min(min_x, o.min_x), std::min(min_y, o.min_y), std::max(max_x, o.max_x), std::max(max_y, o.max_y)};
  }
};

// The drawable area in device pixels, and the margins covered by panels or chrome.
struct Viewport {
  double width = 0, height = 0;
  double inset_left = 0, inset_top = 0, inset_right = 0, inset_bottom = 0;
  // Centre of the part of the map that no panel covers (screen pixels, y down).
  Vec2 clear_centre() const {
    return {(inset_left + width - inset_right) / 2, (inset_top + height - inset_bottom) / 2};
  }
  double clear_width() const { return width - inset_left - inset_right; }
  double clear_height() const { return height - inset_top - inset_bottom; }
  // Whether `px` lies on the drawable area grown by `margin` px on every side.
  bool contains(Vec2 px, double margin = 0) const {
    return px.x >= -margin && px.y >= -margin && px.x <= width + margin && px.y <= height + margin;
  }
  // Whether `px` lies on the part no panel covers.
  bool clear_contains(Vec2 px) const {
    return px.x >= inset_left && px.y >= inset_top && px.x <= width - inset_right && px.y <= height - inset_bottom;
  }
};

struct Camera {
  MapKm centre;              // projected km at the viewport's centre (not the clear centre)
  double px_per_km = 0.5;    // device pixels per km
};

// How far the reader may zoom: from half the scale that shows the whole campaign to 24 times it.
struct ZoomLimits {
  double min_px_per_km = 0, max_px_per_km = 0;
  static ZoomLimits around(double fit_px_per_km) { return {fit_px_per_km * 0.5, fit_px_per_km * 24}; }
  // As around(), but never out past the scale at which the map's world just covers the view (`cover`):
  // the map fills every edge, even where that crops the campaign (a view far wider than the world).
  static ZoomLimits within(double fit_px_per_km, double cover_px_per_km) {
    const ZoomLimits z = around(fit_px_per_km);
    const double floor = std::max(z.min_px_per_km, cover_px_per_km);
    return {floor, std::max(z.max_px_per_km, floor)};
  }
  double clamp(double px_per_km) const;
};

Vec2 world_to_screen(const Camera& cam, const Viewport& vp, MapKm km);
MapKm screen_to_world(const Camera& cam, const Viewport& vp, Vec2 px);

// Moves the map with the pointer: a drag of `delta_px` moves the content by that much.
Camera pan_by(const Camera& cam, Vec2 delta_px);
// Zooms by `factor` keeping the world point under `anchor_px` fixed; scale clamped to the limits.
Camera zoom_about(const Camera& cam, const Viewport& vp, Vec2 anchor_px, double factor, double min_scale, double max_scale);
// The camera that shows `b` inside the viewport's clear area with `padding_px` to spare.
Camera fit_bounds(const Bounds& b, const Viewport& vp, double padding_px, double min_scale, double max_scale);
// The camera that puts `km` at the clear centre at scale `px_per_km`.
Camera centre_on(MapKm km, const Viewport& vp, double px_per_km);
// After the uncovered area changed (a sheet opened, the canvas resized): the camera that shows at the
// new area's centre what was at the old one's, at the same scale.
Camera keep_view_centre(const Camera& cam, const Viewport& from, const Viewport& to);
// The scale at which `world` just covers the viewport's clear area.
double cover_scale(const Bounds& world, const Viewport& vp);
// The camera within the zoom limits (about the clear centre, so what the reader looks at stays there)
// and with the map's edge kept out of the clear area (keep_inside).
Camera clamp_view(const Camera& cam, const Viewport& vp, const ZoomLimits& z, const Bounds& world);

// CSS px kept clear around the whole campaign when it is fitted to the map: room for the army's
// marker and label and the end cities' names, clear of the panels' edge.
constexpr float kFitMargin = 56.0f;
// The first view: `story` fitted into the clear area with kFitMargin, then clamped as the reader's camera
// is against `world` (the map's edge). The App's first frame and the page's poster (src/poster/) both use it.
Camera first_camera(const Bounds& story, const Bounds& world, const Viewport& vp, float pixel_ratio);
// Moves the camera so the clear area shows only `world` on each axis where it is smaller than `world`,
// and centres `world` in it on an axis where it is not: the map's edge never comes into the clear area
// while there is more map beyond it.
Camera keep_inside(const Camera& cam, const Viewport& vp, const Bounds& world);

// A smooth flight between two cameras, eased in and out (smoothstep): the centre moves along the
// straight line in km, the scale changes geometrically, and a flight long compared with the view
// also zooms out on the way, by up to 0.6 of a halving at its middle, so the reader sees where it goes.
struct Flight {
  Camera from, to;
  double duration = 0.9;  // seconds; 0 means a jump (reduced motion)
  double elapsed = 0;
  bool done() const { return elapsed >= duration; }
};
Camera flight_at(const Flight& f);

// What the map layers draw with: the camera, the viewport and the moment shown.
struct MapView {
  Camera camera;
  Viewport viewport;         // device pixels
  float pixel_ratio = 1.0f;  // device pixels per CSS pixel: line widths are given in CSS pixels
  double day = 0;            // the timeline's current day number
};

}  // namespace atlas
