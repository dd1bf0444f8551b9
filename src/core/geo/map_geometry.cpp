// Projects a campaign's coordinates once, subdividing each leg of the route along its great circle.
#include "core/geo/map_geometry.h"

#include <algorithm>
#include <cmath>

#include "core/geo/great_circle.h"

namespace atlas {
namespace {

constexpr double kStepKm = 8.0;  // subdivision of each leg, so the route follows the great circle

void grow(Bounds& b, MapKm p) {
  b.min_x = std::min(b.min_x, p.x), b.max_x = std::max(b.max_x, p.x);
  b.min_y = std::min(b.min_y, p.y), b.max_y = std::max(b.max_y, p.y);
}

}  // namespace

LambertConic map_projection_for(const Campaign&) { return LambertConic(kTheatreConic); }

float route_time(double day, int start_day) { return static_cast<float>(day - start_day); }

MapGeometry::MapGeometry(const Campaign& c, const LambertConic& projection) : projection_(projection) {
  for (const Place& p : c.places) places_.push_back(project(p.at));
  for (const Label& l : c.labels) labels_.push_back(project(l.at));
  for (const GeoDeg& p : c.frontier.points) frontier_.push_back(project(p));
  for (const Army& a : c.armies) {
    routes_.emplace_back();
    std::vector<RoutePoint>& route = routes_.back();
    auto add = [&](GeoDeg at, double day) { route.push_back({project(at), day}); };
    for (std::size_t i = 0; i < a.route.size(); ++i) {
      const Waypoint& w = a.route[i];
      grow(campaign_bounds_, project(w.at));
      add(w.at, w.arrive);
      if (w.leave > w.arrive) add(w.at, w.leave);  // halted: the load may grow in place
      if (i + 1 == a.route.size()) break;
      const Waypoint& n = a.route[i + 1];
      const int steps = std::max(1, static_cast<int>(std::ceil(great_circle_km(w.at, n.at) / kStepKm)));
      for (int s = 1; s < steps; ++s) {
        const double f = static_cast<double>(s) / steps;
        add(great_circle_point(w.at, n.at, f), w.leave + f * (n.arrive - w.leave));
      }
    }
  }
}

const std::vector<RoutePoint>& MapGeometry::route(int army) const {
  static const std::vector<RoutePoint> kNone;
  return army >= 0 && army < static_cast<int>(routes_.size()) ? routes_[static_cast<std::size_t>(army)] : kNone;
}

std::optional<MapKm> MapGeometry::frontier_label_anchor() const {
  if (frontier_.empty()) return std::nullopt;
  return frontier_[frontier_.size() / 2];
}

}  // namespace atlas
