// Builds each army's band (width = plunder or strength), its gold core and the dashed frontier, once;
// legs the sources do not describe are dashed.
#include "render/route_layer.h"

#include <algorithm>

#include "core/shell/palette.h"

namespace atlas {
namespace {

constexpr float kMinHalfWidth = 1.4f;  // CSS px with nothing carried
constexpr float kMaxHalfWidth = 9.0f;  // CSS px added at the heaviest load

// The style of a leg that is a guess: the same band, dashed.
LineStyle guessed(LineStyle s) {
  s.mode = 1;
  s.pattern[0] = 9.0f, s.pattern[1] = 6.0f;  // CSS px on, off
  return s;
}

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

// Splits a route where its legs change from described to guessed: each run into out[0] or out[1].
// `guessed[k]` tells of the leg from point k on; a run's last point is the next run's first.
void extrude_runs(const std::vector<LinePoint>& points, const std::vector<char>& guessed, LineMesh out[2]) {
  std::vector<LinePoint> run;
  for (std::size_t k = 0; k < points.size(); ++k) {
    run.push_back(points[k]);
    const bool last = k + 1 == points.size();
    if (last || (k > 0 && guessed[k] != guessed[k - 1])) {
      if (run.size() > 1) extrude_polyline(run, true, out[guessed[k - 1] ? 1 : 0]);  // the run's legs' kind
      run = {points[k]};
    }
  }
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
    std::vector<char> guessed;  // char, not bool: vector<bool>'s bit code cost the page 1.1 KB
    for (const RoutePoint& p : g.route(static_cast<int>(i))) {
      const float t = route_time(p.day, start_day_);
      const MetalSums m = lines.plunder ? ledger.plunder_at(p.day) : MetalSums{};
      const float width = lines.plunder ? static_cast<float>((m.gold + m.silver) / max_lb)
                          : a.band == BandMeasure::Strength ? strength_share(a, p.day, most) : 0.0f;
      total.push_back({p.at, width, t});
      gold.push_back({p.at, static_cast<float>(m.gold / max_lb), t});
      guessed.push_back(p.guessed);
    }
    LineMesh band[2], core[2];  // [0] described legs, [1] guessed ones
    extrude_runs(total, guessed, band);
    lines.band.upload(band[0]);
    lines.guessed_band.upload(band[1]);
    if (lines.plunder) {
      extrude_runs(gold, guessed, core);
      lines.gold.upload(core[0]);
      lines.guessed_gold.upload(core[1]);
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
    lines.guessed_band.draw(v, guessed(band));
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
    lines.guessed_gold.draw(v, guessed(core));
  }
}

void RouteLayer::release() {
  for (ArmyLines& l : armies_) l.band.release(), l.gold.release(), l.guessed_band.release(), l.guessed_gold.release();
  frontier_.release();
}
void RouteLayer::forget() {
  for (ArmyLines& l : armies_) l.band.forget(), l.gold.forget(), l.guessed_band.forget(), l.guessed_gold.forget();
  frontier_.forget();
}

}  // namespace atlas
