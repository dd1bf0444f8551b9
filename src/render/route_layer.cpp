// Builds the route band (width = plunder carried), its gold core and the dashed frontier, once.
#include "render/route_layer.h"

#include <algorithm>

#include "core/shell/palette.h"

namespace atlas {
namespace {

constexpr float kMinHalfWidth = 1.4f;  // CSS px with nothing carried
constexpr float kMaxHalfWidth = 9.0f;  // CSS px added at the heaviest load

// The most men any figure of the army gives (at least 1).
double most_men(const Army& a) {
  double most = 1;
  for (const StrengthPoint& s : a.strength)
    if (s.count.known) most = std::max(most, static_cast<double>(s.count.value));
  return most;
}

// Troop strength at a day: the last figure given by then (the first before it), as a share of `most`.
float strength_share(const Army& a, double day, double most) {
  double now = 0;
  for (const StrengthPoint& s : a.strength)
    if (s.count.known && (s.day <= day || now == 0)) now = static_cast<double>(s.count.value);
  return static_cast<float>(now / most);
}

}  // namespace

void RouteLayer::create(const Campaign& c, const MapGeometry& g, const Ledger& ledger) {
  start_day_ = c.start_day;
  const MetalSums end = ledger.plunder_at(c.end_day + 1.0);
  const double max_lb = std::max(1.0, end.gold + end.silver);
  armies_.clear();
  armies_.resize(c.armies.size());
  for (std::size_t i = 0; i < c.armies.size(); ++i) {
    const Army& a = c.armies[i];
    ArmyLines& lines = armies_[i];
    lines.colour = a.house_colour ? palette::accent : palette::rgb(a.rgb);
    lines.plunder = a.band == BandMeasure::Plunder;  // the ledger's plunder: the campaign's one army
    lines.measured = a.band != BandMeasure::None;
    const double most = most_men(a);
    std::vector<LinePoint> total, gold;
    for (const RoutePoint& p : g.route(static_cast<int>(i))) {
      const float t = route_time(p.day, start_day_);
      const MetalSums m = lines.plunder ? ledger.plunder_at(p.day) : MetalSums{};
      const float width = lines.plunder ? static_cast<float>((m.gold + m.silver) / max_lb)
                          : a.band == BandMeasure::Strength ? strength_share(a, p.day, most) : 0.0f;
      total.push_back({p.at, width, t});
      gold.push_back({p.at, static_cast<float>(m.gold / max_lb), t});
    }
    LineMesh band, core;
    extrude_polyline(total, true, band);
    lines.band.upload(band);
    if (lines.plunder) {
      extrude_polyline(gold, true, core);
      lines.gold.upload(core);
    }
  }
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
  for (const ArmyLines& lines : armies_) {
    LineStyle band;
    set_rgba(band.rgba, lines.colour, 0.78f);
    set_rgba(band.future_rgba, lines.colour, 0.22f);
    band.time_cut = now;
    band.half_width = kMinHalfWidth;
    band.half_width_per_unit = lines.measured ? kMaxHalfWidth : 0.0f;
    band.future_half_width = 0.9f;
    lines.band.draw(v, band);
    if (!lines.plunder) continue;
    LineStyle core;
    set_rgba(core.rgba, palette::gold, 0.95f);
    set_rgba(core.future_rgba, palette::gold, 0.0f);
    core.time_cut = now;
    core.half_width = 0.0f;
    core.half_width_per_unit = kMaxHalfWidth;
    core.future_half_width = 0.0f;
    core.min_half_width = 0.8f;  // a thread of gold, never a dotted hairline
    lines.gold.draw(v, core);
  }
}

void RouteLayer::release() {
  for (ArmyLines& l : armies_) l.band.release(), l.gold.release();
  frontier_.release();
}
void RouteLayer::forget() {
  for (ArmyLines& l : armies_) l.band.forget(), l.gold.forget();
  frontier_.forget();
}

}  // namespace atlas
