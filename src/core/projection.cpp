// Spherical Lambert conformal conic (Snyder, Map Projections - A Working Manual, eqs. 15-1..15-11) and haversine.
#include "core/projection.h"

#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180.0;
constexpr double kMaxLat = 89.999 * kDeg;  // the far pole is at infinity

double tan_half(double lat_rad) { return std::tan(kPi / 4 + std::clamp(lat_rad, -kMaxLat, kMaxLat) / 2); }

}  // namespace

LambertConic::LambertConic(const ConicParams& p) : p_(p) {
  const double f1 = p.parallel_1 * kDeg, f2 = p.parallel_2 * kDeg;
  n_ = std::fabs(f1 - f2) < 1e-9 ? std::sin(f1)
                                 : std::log(std::cos(f1) / std::cos(f2)) / std::log(tan_half(f2) / tan_half(f1));
  rf_ = p.radius_km * std::cos(f1) * std::pow(tan_half(f1), n_) / n_;
  rho0_ = rho(p.origin_lat * kDeg);
}

double LambertConic::rho(double lat_rad) const { return rf_ / std::pow(tan_half(lat_rad), n_); }

MapKm LambertConic::forward(LonLatDeg p) const {
  double dlon = p.lon - p_.central_meridian;
  dlon -= 360.0 * std::floor((dlon + 180.0) / 360.0);  // wrap to -180..180
  const double theta = n_ * dlon * kDeg, r = rho(p.lat * kDeg);
  return {r * std::sin(theta), rho0_ - r * std::cos(theta)};
}

LonLatDeg LambertConic::inverse(MapKm p) const {
  const double dy = rho0_ - p.y;
  const double sign = n_ < 0 ? -1.0 : 1.0;
  const double r = sign * std::hypot(p.x, dy);
  const double theta = std::atan2(sign * p.x, sign * dy);
  const double lat = r == 0 ? sign * kPi / 2 : 2 * std::atan(std::pow(rf_ / r, 1 / n_)) - kPi / 2;
  return {p_.central_meridian + theta / n_ / kDeg, lat / kDeg};
}

double LambertConic::scale_factor(double lat_deg) const {
  const double lat = std::clamp(lat_deg * kDeg, -kMaxLat, kMaxLat);
  return n_ * rho(lat) / (p_.radius_km * std::cos(lat));
}

const LambertConic& theatre_projection() {
  static const LambertConic projection;
  return projection;
}

MapKm project_to_map(LonLatDeg p) { return theatre_projection().forward(p); }
LonLatDeg unproject_from_map(MapKm p) { return theatre_projection().inverse(p); }

double great_circle_distance_km(LonLatDeg a, LonLatDeg b, double radius_km) {
  const double la1 = a.lat * kDeg, la2 = b.lat * kDeg;
  const double s1 = std::sin((la2 - la1) / 2), s2 = std::sin((b.lon - a.lon) * kDeg / 2);
  const double h = std::min(1.0, s1 * s1 + std::cos(la1) * std::cos(la2) * s2 * s2);
  return 2 * radius_km * std::asin(std::sqrt(h));
}

}  // namespace atlas
