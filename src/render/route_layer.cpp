// Builds the route band (width = plunder carried), its gold core and the dashed frontier, once.
#include "render/route_layer.h"

#include <algorithm>
#include <cmath>

#include "core/great_circle.h"
#include "core/palette.h"

namespace atlas {
namespace {

constexpr double kStepKm = 8.0;      // subdivision of each leg, so the band follows the great circle
constexpr float kMaxHalfWidth = 9.0f; // CSS px at the heaviest load

void set_rgba(float out[4], palette::Rgb c, float a) { out[0] = c.r, out[1] = c.g, out[2] = c.b, out[3] = a; }

}  // namespace

float RouteLayer::half_width_for(double lb, double max_lb) {
  return 1.4f + kMaxHalfWidth * static_cast<float>(std::clamp(lb / std::max(max_lb, 1.0), 0.0, 1.0));
}

void RouteLayer::create(const Campaign& c, const Ledger& ledger, const ProjectFn& project) {
  MetalSums end = ledger.plunder_at(c.end_day + 1.0);
  max_lb_ = std::max(1.0, end.gold + end.silver);
  std::vector<LinePoint> total, gold;
  auto add = [&](LatLon at, double day) {
    MetalSums m = ledger.plunder_at(day);
    Vec2 p = project(at.lat, at.lon);
    float t = static_cast<float>(day);
    total.push_back({p, static_cast<float>((m.gold + m.silver) / max_lb_), t});
    gold.push_back({p, static_cast<float>(m.gold / max_lb_), t});
  };
  for (size_t i = 0; i < c.route.size(); ++i) {
    const Waypoint& w = c.route[i];
    add({w.lat, w.lon}, w.arrive);
    if (w.leave > w.arrive) add({w.lat, w.lon}, w.leave);  // halted: the load may grow in place
    if (i + 1 == c.route.size()) break;
    const Waypoint& n = c.route[i + 1];
    double km = great_circle_km({w.lat, w.lon}, {n.lat, n.lon});
    int steps = std::max(1, static_cast<int>(std::ceil(km / kStepKm)));
    for (int s = 1; s < steps; ++s) {
      double f = static_cast<double>(s) / steps;
      add(great_circle_point({w.lat, w.lon}, {n.lat, n.lon}, f), w.leave + f * (n.arrive - w.leave));
    }
  }
  LineMesh band, core;
  extrude_polyline(total, true, band);
  extrude_polyline(gold, true, core);
  band_.upload(band);
  gold_.upload(core);
  LineMesh fr;
  std::vector<LinePoint> pts;
  for (const LatLon& p : c.frontier.points) pts.push_back({project(p.lat, p.lon), 0, 0});
  extrude_polyline(pts, false, fr);
  frontier_.upload(fr);
}

void RouteLayer::draw(const MapView& v) const {
  LineStyle frontier;
  set_rgba(frontier.rgba, palette::ink_soft, 0.55f);
  frontier.half_width = 1.1f;
  frontier.mode = 1;
  frontier.pattern[0] = 7.0f;
  frontier.pattern[1] = 5.0f;
  frontier_.draw(v, frontier);

  LineStyle band;
  set_rgba(band.rgba, palette::accent, 0.78f);
  set_rgba(band.future_rgba, palette::accent, 0.22f);
  band.time_cut = static_cast<float>(v.day);
  band.half_width = 1.4f;
  band.half_width_per_unit = kMaxHalfWidth;
  band.future_half_width = 0.9f;
  band_.draw(v, band);
  LineStyle core;
  set_rgba(core.rgba, palette::gold, 0.95f);
  set_rgba(core.future_rgba, palette::gold, 0.0f);
  core.time_cut = static_cast<float>(v.day);
  core.half_width = 0.0f;
  core.half_width_per_unit = kMaxHalfWidth;
  core.future_half_width = 0.0f;
  core.min_half_width = 0.8f;  // a thread of gold, never a dotted hairline
  gold_.draw(v, core);
}

void RouteLayer::release() { band_.release(), gold_.release(), frontier_.release(); }
void RouteLayer::forget() { band_.forget(), gold_.forget(), frontier_.forget(); }

}  // namespace atlas
