// Haversine distance and spherical linear interpolation between two latitude/longitude points.
#include "core/great_circle.h"

#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

constexpr double kPi = 3.14159265358979323846;
double radians(double deg) { return deg * kPi / 180.0; }
double degrees(double rad) { return rad * 180.0 / kPi; }

}  // namespace

double great_circle_km(const LatLon& a, const LatLon& b) {
  const double dlat = radians(b.lat - a.lat), dlon = radians(b.lon - a.lon);
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(radians(a.lat)) * std::cos(radians(b.lat)) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::sqrt(std::min(1.0, h)));
}

LatLon great_circle_point(const LatLon& a, const LatLon& b, double t) {
  t = std::clamp(t, 0.0, 1.0);
  const double angle = great_circle_km(a, b) / kEarthRadiusKm;
  if (angle < 1e-12) return a;
  const double sin_angle = std::sin(angle);
  const double wa = std::sin((1 - t) * angle) / sin_angle, wb = std::sin(t * angle) / sin_angle;
  const double la1 = radians(a.lat), lo1 = radians(a.lon), la2 = radians(b.lat), lo2 = radians(b.lon);
  const double x = wa * std::cos(la1) * std::cos(lo1) + wb * std::cos(la2) * std::cos(lo2);
  const double y = wa * std::cos(la1) * std::sin(lo1) + wb * std::cos(la2) * std::sin(lo2);
  const double z = wa * std::sin(la1) + wb * std::sin(la2);
  return {degrees(std::atan2(z, std::sqrt(x * x + y * y))), degrees(std::atan2(y, x))};
}

std::vector<double> cumulative_km(const std::vector<Waypoint>& route) {
  std::vector<double> km(route.size(), 0.0);
  for (std::size_t i = 1; i < route.size(); ++i) {
    km[i] = km[i - 1] + great_circle_km({route[i - 1].lat, route[i - 1].lon}, {route[i].lat, route[i].lon});
  }
  return km;
}

}  // namespace atlas
