// Map projection (spherical Lambert conformal conic, km): a value built from its parameters; pure functions.
#pragma once
#include "core/geo/geo.h"

namespace atlas {

// Standard parallels, origin and sphere of a Lambert conformal conic.
struct ConicParams {
  double central_meridian = 0, origin_lat = 0;
  double parallel_1 = 0, parallel_2 = 0;
  double radius_km = kEarthRadiusKm;
};

// Parameters that suit the theatre of 540 (29..43N, 25..50E): standard parallels 31.5N and 40.5N
// (scale error under 1.2% across it), origin 36N 38E. Which campaign uses which parameters is
// decided in one place, map_projection_for (core/geo/map_geometry.h).
constexpr ConicParams kTheatreConic{38.0, 36.0, 31.5, 40.5};

class LambertConic {
 public:
  explicit LambertConic(const ConicParams& p);
  MapKm forward(GeoDeg p) const;
  GeoDeg inverse(MapKm p) const;
  // Map km per true km at a latitude (the same in every direction: the projection is conformal).
  double scale_factor(double lat_deg) const;
  const ConicParams& params() const { return p_; }

 private:
  ConicParams p_;
  double n_ = 0, rf_ = 0, rho0_ = 0;  // cone constant, R*F, radius of the origin parallel
  double rho(double lat_rad) const;
};

}  // namespace atlas
