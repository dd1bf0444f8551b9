// Builds the route band (width = plunder carried), its gold core and the dashed frontier, once.
#include "render/route_layer.h"

#include <algorithm>

#include "core/shell/palette.h"

namespace atlas {
namespace {

constexpr float kMinHalfWidth = 1.4f;  // CSS px with nothing carried
constexpr float kMaxHalfWidth = 9.0f;  // CSS px added at the heaviest load

}  // namespace

void RouteLayer::create(const Campaign& c, const MapGeometry& g, const Ledger& ledger) {
  start_day_ = c.start_day;
  const MetalSums end = ledger.plunder_at(c.end_day + 1.0);
  const double max_lb = std::max(1.0, end.gold + end.silver);
  std::vector<LinePoint> total, gold;
  for (const RoutePoint& p : g.route()) {
    const MetalSums m = ledger.plunder_at(p.day);
    const float t = route_time(p.day, start_day_);
    total.push_back({p.at, static_cast<float>((m.gold + m.silver) / max_lb), t});
    gold.push_back({p.at, static_cast<float>(m.gold / max_lb), t});
  }
  LineMesh band, core;
  extrude_polyline(total, true, band);
  extrude_polyline(gold, true, core);
  band_.upload(band);
  gold_.upload(core);
  LineMesh fr;
  std::vector<LinePoint> pts;
  for (const MapKm& p : g.frontier()) pts.push_back({p, 0, 0});
  extrude_polyline(pts, false, fr);
  frontier_.upload(fr);
}

void RouteLayer::draw(const MapView& v) const {
  using palette::set_rgba;
  LineStyle frontier;
  set_rgba(frontier.rgba, palette::ink_soft, 0.55f);
  frontier.half_width = 1.1f;
  frontier.mode = 1;
  frontier.pattern[0] = 7.0f;
  frontier.pattern[1] = 5.0f;
  frontier_.draw(v, frontier);

  const float now = route_time(v.day, start_day_);
  LineStyle band;
  set_rgba(band.rgba, palette::accent, 0.78f);
  set_rgba(band.future_rgba, palette::accent, 0.22f);
  band.time_cut = now;
  band.half_width = kMinHalfWidth;
  band.half_width_per_unit = kMaxHalfWidth;
  band.future_half_width = 0.9f;
  band_.draw(v, band);
  LineStyle core;
  set_rgba(core.rgba, palette::gold, 0.95f);
  set_rgba(core.future_rgba, palette::gold, 0.0f);
  core.time_cut = now;
  core.half_width = 0.0f;
  core.half_width_per_unit = kMaxHalfWidth;
  core.future_half_width = 0.0f;
  core.min_half_width = 0.8f;  // a thread of gold, never a dotted hairline
  gold_.draw(v, core);
}

void RouteLayer::release() { band_.release(), gold_.release(), frontier_.release(); }
void RouteLayer::forget() { band_.forget(), gold_.forget(), frontier_.forget(); }

}  // namespace atlas
