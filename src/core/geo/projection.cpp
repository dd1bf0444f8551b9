// Spherical Lambert conformal conic (Snyder, Map Projections - A Working Manual, eqs. 15-1..15-11).
#include "core/geo/projection.h"

#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

constexpr double kMaxLat = radians(89.999);  // the far pole is at infinity

double tan_half(double lat_rad) { return std::tan(kPi / 4 + std::clamp(lat_rad, -kMaxLat, kMaxLat) / 2); }

}  // namespace

LambertConic::LambertConic(const ConicParams& p) : p_(p) {
  const double f1 = radians(p.parallel_1), f2 = radians(p.parallel_2);
  n_ = std::fabs(f1 - f2) < 1e-9 ? std::sin(f1)
                                 : std::log(std::cos(f1) / std::cos(f2)) / std::log(tan_half(f2) / tan_half(f1));
  rf_ = p.radius_km * std::cos(f1) * std::pow(tan_half(f1), n_) / n_;
  rho0_ = rho(radians(p.origin_lat));
}

double LambertConic::rho(double lat_rad) const { return rf_ / std::pow(tan_half(lat_rad), n_); }

MapKm LambertConic::forward(GeoDeg p) const {
  double dlon = p.lon - p_.central_meridian;
  dlon -= 360.0 * std::floor((dlon + 180.0) / 360.0);  // wrap to -180..180
  const double theta = n_ * radians(dlon), r = rho(radians(p.lat));
  return {r * std::sin(theta), rho0_ - r * std::cos(theta)};
}

GeoDeg LambertConic::inverse(MapKm p) const {
  const double dy = rho0_ - p.y;
  const double sign = n_ < 0 ? -1.0 : 1.0;
  const double r = sign * std::hypot(p.x, dy);
  const double theta = std::atan2(sign * p.x, sign * dy);
  const double lat = r == 0 ? sign * kPi / 2 : 2 * std::atan(std::pow(rf_ / r, 1 / n_)) - kPi / 2;
  return GeoDeg::lon_lat(p_.central_meridian + degrees(theta / n_), degrees(lat));
}

double LambertConic::scale_factor(double lat_deg) const {
  const double lat = std::clamp(radians(lat_deg), -kMaxLat, kMaxLat);
  return n_ * rho(lat) / (p_.radius_km * std::cos(lat));
}

}  // namespace atlas
