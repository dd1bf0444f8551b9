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

LambertConic map_projection_for(const Campaign& c) {
  double w = c.view.west, e = c.view.east, s = c.view.south, n = c.view.north;
  for (const Army& a : c.armies)
    for (const Waypoint& p : a.route)
      w = std::min(w, p.at.lon), e = std::max(e, p.at.lon), s = std::min(s, p.at.lat), n = std::max(n, p.at.lat);
  if (!(e > w && n > s)) return LambertConic(kTheatreConic);
  double p1 = s + (n - s) / 6, p2 = n - (n - s) / 6;
  if (std::fabs(p1 + p2) < 2) p1 = p2 = (p1 + p2 >= 0 ? 1.0 : -1.0);  // astride the equator: a cone must not flatten
  return LambertConic(ConicParams{(w + e) / 2, (s + n) / 2, p1, p2});
}

Bounds inner_bounds(const LambertConic& pr, double lon_min, double lon_max, double lat_min, double lat_max) {
  Bounds b{-1e30, -1e30, 1e30, 1e30};
  constexpr int kSteps = 32;
  for (int i = 0; i <= kSteps; ++i) {
    const double f = static_cast<double>(i) / kSteps;
    const double lon = lon_min + f * (lon_max - lon_min), lat = lat_min + f * (lat_max - lat_min);
    b.min_y = std::max(b.min_y, pr.forward(GeoDeg::lon_lat(lon, lat_min)).y);
    b.max_y = std::min(b.max_y, pr.forward(GeoDeg::lon_lat(lon, lat_max)).y);
    b.min_x = std::max(b.min_x, pr.forward(GeoDeg::lon_lat(lon_min, lat)).x);
    b.max_x = std::min(b.max_x, pr.forward(GeoDeg::lon_lat(lon_max, lat)).x);
  }
  return b;
}

float route_time(double day, int start_day) { return static_cast<float>(day - start_day); }

MapGeometry::MapGeometry(const Campaign& c, const LambertConic& projection) : projection_(projection) {
  for (const Place& p : c.places) places_.push_back(project(p.at));
  for (const Label& l : c.labels) labels_.push_back(project(l.at));
  for (const GeoDeg& p : c.frontier.points) frontier_.push_back(project(p));
  for (const Army& a : c.armies) {
    routes_.emplace_back();
    std::vector<RoutePoint>& route = routes_.back();
    for (std::size_t i = 0; i < a.route.size(); ++i) {
      const Waypoint& w = a.route[i];
      const bool guessed = i + 1 < a.route.size() && a.route[i + 1].approximate;  // the leg out of w
      auto add = [&](GeoDeg at, double day) { route.push_back({project(at), day, guessed}); };
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

MapFrame map_frame(const Campaign* campaign, const MapGeometry& geometry, const GeoBounds& f, const Bounds& extent) {
  MapFrame m;
  m.world = f.lon_max > f.lon_min && f.lat_max > f.lat_min
                ? inner_bounds(geometry.projection(), f.lon_min, f.lon_max, f.lat_min, f.lat_max)
                : extent;
  m.story = campaign ? geometry.campaign_bounds() : m.world;
  if (campaign) {
    const Bounds& w = m.world;
    for (const Event& e : campaign->events) {
      if (e.place_index < 0) continue;
      const MapKm p = geometry.place(e.place_index);
      if (w.min_x > w.max_x || p.x < w.min_x || p.x > w.max_x || p.y < w.min_y || p.y > w.max_y) continue;
      grow(m.story, p);
    }
  }
  if (m.world.min_x > m.world.max_x) m.world = m.story;
  if (campaign && !m.world.contains(m.story)) m.world = m.world.joined(m.story);
  return m;
}

}  // namespace atlas
