// Haversine distance and spherical linear interpolation between two points given in degrees.
#include "core/geo/great_circle.h"

#include <algorithm>
#include <cmath>

namespace atlas {

double great_circle_km(GeoDeg a, GeoDeg b, double radius_km) {
  const double la1 = radians(a.lat), la2 = radians(b.lat);
  const double s1 = std::sin((la2 - la1) / 2), s2 = std::sin(radians(b.lon - a.lon) / 2);
  const double h = std::min(1.0, s1 * s1 + std::cos(la1) * std::cos(la2) * s2 * s2);
  return 2 * radius_km * std::asin(std::sqrt(h));
}

GeoDeg great_circle_point(GeoDeg a, GeoDeg b, double t) {
  t = std::clamp(t, 0.0, 1.0);
  const double angle = great_circle_km(a, b) / kEarthRadiusKm;
  if (angle < 1e-12) return a;
  const double sin_angle = std::sin(angle);
  const double wa = std::sin((1 - t) * angle) / sin_angle, wb = std::sin(t * angle) / sin_angle;
  const double la1 = radians(a.lat), lo1 = radians(a.lon), la2 = radians(b.lat), lo2 = radians(b.lon);
  const double x = wa * std::cos(la1) * std::cos(lo1) + wb * std::cos(la2) * std::cos(lo2);
  const double y = wa * std::cos(la1) * std::sin(lo1) + wb * std::cos(la2) * std::sin(lo2);
  const double z = wa * std::sin(la1) + wb * std::sin(la2);
  return GeoDeg::lat_lon(degrees(std::atan2(z, std::sqrt(x * x + y * y))), degrees(std::atan2(y, x)));
}

std::vector<double> cumulative_km(const std::vector<Waypoint>& route) {
  std::vector<double> km(route.size(), 0.0);
  for (std::size_t i = 1; i < route.size(); ++i) km[i] = km[i - 1] + great_circle_km(route[i - 1].at, route[i].at);
  return km;
}

}  // namespace atlas
