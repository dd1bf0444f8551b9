// Camera math: conversions between projected km and screen pixels, pan, zoom, fit and fly-to.
#include "core/geo/camera.h"

#include <algorithm>
#include <cmath>

namespace atlas {

double ZoomLimits::clamp(double px_per_km) const { return std::clamp(px_per_km, min_px_per_km, max_px_per_km); }

Vec2 world_to_screen(const Camera& cam, const Viewport& vp, MapKm km) {
  return {vp.width / 2 + (km.x - cam.centre.x) * cam.px_per_km, vp.height / 2 - (km.y - cam.centre.y) * cam.px_per_km};
}

MapKm screen_to_world(const Camera& cam, const Viewport& vp, Vec2 px) {
  return {cam.centre.x + (px.x - vp.width / 2) / cam.px_per_km, cam.centre.y - (px.y - vp.height / 2) / cam.px_per_km};
}

Camera pan_by(const Camera& cam, Vec2 delta_px) {
  Camera c = cam;
  c.centre.x -= delta_px.x / cam.px_per_km;
  c.centre.y += delta_px.y / cam.px_per_km;
  return c;
}

Camera zoom_about(const Camera& cam, const Viewport& vp, Vec2 anchor_px, double factor, double min_scale, double max_scale) {
  if (!(factor > 0) || !std::isfinite(factor)) return cam;
  MapKm anchor = screen_to_world(cam, vp, anchor_px);
  Camera c = cam;
  c.px_per_km = std::clamp(cam.px_per_km * factor, min_scale, max_scale);
  // Keep `anchor` under the pointer: solve world_to_screen(c, anchor) == anchor_px for the centre.
  c.centre.x = anchor.x - (anchor_px.x - vp.width / 2) / c.px_per_km;
  c.centre.y = anchor.y + (anchor_px.y - vp.height / 2) / c.px_per_km;
  return c;
}

Camera keep_view_centre(const Camera& cam, const Viewport& from, const Viewport& to) {
  return centre_on(screen_to_world(cam, from, from.clear_centre()), to, cam.px_per_km);
}

Camera centre_on(MapKm km, const Viewport& vp, double px_per_km) {
  Camera c;
  c.px_per_km = px_per_km;
  Vec2 clear = vp.clear_centre();
  c.centre.x = km.x - (clear.x - vp.width / 2) / px_per_km;
  c.centre.y = km.y + (clear.y - vp.height / 2) / px_per_km;
  return c;
}

Camera fit_bounds(const Bounds& b, const Viewport& vp, double padding_px, double min_scale, double max_scale) {
  // A small map keeps most of itself: the padding is at most an eighth of the clear width or height
  // (a 148 px tall blog map with 56 px each side had 36 px left, and a scale 30 times too small).
  double w = std::max(1.0, vp.clear_width() - 2 * std::min(padding_px, vp.clear_width() / 8));
  double h = std::max(1.0, vp.clear_height() - 2 * std::min(padding_px, vp.clear_height() / 8));
  double sx = b.width() > 0 ? w / b.width() : max_scale;
  double sy = b.height() > 0 ? h / b.height() : max_scale;
  return centre_on(b.centre(), vp, std::clamp(std::min(sx, sy), min_scale, max_scale));
}

double cover_scale(const Bounds& world, const Viewport& vp) {
  if (world.width() <= 0 || world.height() <= 0) return 0;
  return std::max(vp.clear_width() / world.width(), vp.clear_height() / world.height());
}

Camera clamp_view(const Camera& cam, const Viewport& vp, const ZoomLimits& z, const Bounds& world) {
  return keep_inside(zoom_about(cam, vp, vp.clear_centre(), 1.0, z.min_px_per_km, z.max_px_per_km), vp, world);
}

Camera first_camera(const Bounds& story, const Bounds& world, const Viewport& vp, float pixel_ratio) {
  const Camera fit = fit_bounds(story, vp, kFitMargin * pixel_ratio, 1e-4, 1e4);
  return clamp_view(fit, vp, ZoomLimits::within(fit.px_per_km, cover_scale(world, vp)), world);
}

Camera keep_inside(const Camera& cam, const Viewport& vp, const Bounds& world) {
  if (world.width() <= 0 || world.height() <= 0) return cam;
  const MapKm lo = screen_to_world(cam, vp, {vp.inset_left, vp.height - vp.inset_bottom});  // south-west
  const MapKm hi = screen_to_world(cam, vp, {vp.width - vp.inset_right, vp.inset_top});     // north-east
  auto shift = [](double a, double b, double w0, double w1) {
    if (b - a >= w1 - w0) return (w0 + w1 - a - b) / 2;  // the view is the larger: the world in its middle
    return a < w0 ? w0 - a : b > w1 ? w1 - b : 0.0;
  };
  Camera c = cam;
  c.centre.x += shift(lo.x, hi.x, world.min_x, world.max_x);
  c.centre.y += shift(lo.y, hi.y, world.min_y, world.max_y);
  return c;
}

Camera flight_at(const Flight& f) {
  if (f.duration <= 0 || f.elapsed >= f.duration) return f.to;
  double t = std::clamp(f.elapsed / f.duration, 0.0, 1.0);
  double e = t * t * (3 - 2 * t);  // smoothstep easing
  // Scale: geometric interpolation, dipping out when the distance is large compared to the view.
  double s0 = f.from.px_per_km, s1 = f.to.px_per_km;
  double dist_px = std::hypot(f.to.centre.x - f.from.centre.x, f.to.centre.y - f.from.centre.y) * std::min(s0, s1);
  double dip = std::clamp(dist_px / 1500.0, 0.0, 1.0) * 0.6;  // up to 0.6 of a halving at mid-flight
  double scale = std::exp(std::log(s0) + (std::log(s1) - std::log(s0)) * e) * std::pow(0.5, dip * 4 * e * (1 - e));
  const double u = e;
  Camera c;
  c.px_per_km = scale;
  c.centre.x = f.from.centre.x + (f.to.centre.x - f.from.centre.x) * u;
  c.centre.y = f.from.centre.y + (f.to.centre.y - f.from.centre.y) * u;
  return c;
}

}  // namespace atlas
