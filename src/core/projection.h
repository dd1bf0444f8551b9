// Map projection of the theatre (Lambert conformal conic, km) and great-circle distances; pure functions.
#pragma once

namespace atlas {

struct LonLatDeg {  // degrees east / north
  double lon = 0, lat = 0;
};

struct MapKm {  // projected km east / north of the projection origin (y grows northwards)
  double x = 0, y = 0;
};

// Spherical Lambert conformal conic. The defaults suit the theatre (29..43N, 25..50E): standard
// parallels 31.5N and 40.5N (scale error under 1.2% across it), origin 36N 38E.
struct ConicParams {
  double central_meridian = 38.0, origin_lat = 36.0;
  double parallel_1 = 31.5, parallel_2 = 40.5;
  double radius_km = 6371.0088;  // IUGG mean Earth radius
};

class LambertConic {
 public:
  explicit LambertConic(const ConicParams& p = ConicParams{});
  MapKm forward(LonLatDeg p) const;
  LonLatDeg inverse(MapKm p) const;
  // Map km per true km at a latitude (the same in every direction: the projection is conformal).
  double scale_factor(double lat_deg) const;
  const ConicParams& params() const { return p_; }

 private:
  ConicParams p_;
  double n_ = 0, rf_ = 0, rho0_ = 0;  // cone constant, R*F, radius of the origin parallel
  double rho(double lat_rad) const;
};

// The theatre projection (default parameters).
const LambertConic& theatre_projection();
MapKm project_to_map(LonLatDeg p);
LonLatDeg unproject_from_map(MapKm p);

// Great-circle (haversine) distance in km on the sphere of `radius_km`.
double great_circle_distance_km(LonLatDeg a, LonLatDeg b, double radius_km = 6371.0088);

}  // namespace atlas
