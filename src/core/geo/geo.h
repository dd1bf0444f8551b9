// Geographic and map coordinates: GeoDeg (degrees, built only by named constructors), MapKm (projected km), π.
#pragma once
#include <algorithm>
#include <cmath>

namespace atlas {

constexpr double kPi = 3.14159265358979323846;
constexpr double kEarthRadiusKm = 6371.0088;  // IUGG mean radius
constexpr double radians(double deg) { return deg * (kPi / 180.0); }
constexpr double degrees(double rad) { return rad * (180.0 / kPi); }

// A point on the Earth in degrees east and north. There is no constructor from two bare numbers:
// every call says which comes first, so `{lat, lon}` where `{lon, lat}` was meant cannot compile.
class GeoDeg {
 public:
  constexpr GeoDeg() = default;
  static constexpr GeoDeg lon_lat(double lon, double lat) { return GeoDeg(lon, lat); }
  static constexpr GeoDeg lat_lon(double lat, double lon) { return GeoDeg(lon, lat); }

  double lon = 0, lat = 0;

 private:
  constexpr GeoDeg(double lon_deg, double lat_deg) : lon(lon_deg), lat(lat_deg) {}
};

struct MapKm {  // projected km east / north of the projection's origin (y grows northwards)
  double x = 0, y = 0;
};

// How far the point `p` is from the segment a-b, for any points with x and y (km on the map, px on the screen).
template <class P, class Q>
double distance_to_segment(const P& p, const Q& a, const Q& b) {
  const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
  const double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
  return std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

}  // namespace atlas
