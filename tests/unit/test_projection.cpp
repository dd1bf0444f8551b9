// Unit tests of the theatre projection (round trip, scale, conformality), great-circle distances, GeoDeg.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>

#include "core/geo/great_circle.h"
#include "core/geo/projection.h"

using atlas::GeoDeg;
using atlas::kPi;
using atlas::MapKm;

namespace {
const GeoDeg kAntioch = GeoDeg::lon_lat(36.16, 36.20), kCtesiphon = GeoDeg::lon_lat(44.58, 33.09),
             kConstantinople = GeoDeg::lon_lat(28.98, 41.01);
const atlas::LambertConic kTheatre(atlas::kTheatreConic);
MapKm project_lon_lat(double lon, double lat) { return kTheatre.forward(GeoDeg::lon_lat(lon, lat)); }
}  // namespace

TEST_CASE("projection: the origin and the central meridian") {
  const MapKm o = project_lon_lat(38.0, 36.0);
  CHECK(o.x == doctest::Approx(0).epsilon(1e-12));
  CHECK(std::fabs(o.y) < 1e-9);
  CHECK(std::fabs(project_lon_lat(38.0, 30.0).x) < 1e-9);
  CHECK(project_lon_lat(38.0, 40.0).y > 400);    // north is up
  CHECK(project_lon_lat(45.0, 36.0).x > 600);    // east is right
  CHECK(project_lon_lat(30.0, 36.0).x < -700);
}

TEST_CASE("projection: forward then inverse returns the point over the theatre") {
  double worst = 0;
  for (double lon = 24; lon <= 51; lon += 0.5) {
    for (double lat = 28; lat <= 44; lat += 0.5) {
      const GeoDeg back = kTheatre.inverse(project_lon_lat(lon, lat));
      worst = std::max({worst, std::fabs(back.lon - lon), std::fabs(back.lat - lat)});
    }
  }
  CHECK(worst < 1e-9);
  const MapKm a = project_lon_lat(38.0 + 360.0, 36.5), b = project_lon_lat(38.0, 36.5);
  CHECK(std::fabs(a.x - b.x) < 1e-9);  // longitudes wrap
}

TEST_CASE("projection: true scale on the standard parallels, small error in between") {
  const atlas::LambertConic& p = kTheatre;
  CHECK(p.scale_factor(31.5) == doctest::Approx(1.0).epsilon(1e-12));
  CHECK(p.scale_factor(40.5) == doctest::Approx(1.0).epsilon(1e-12));
  CHECK(p.scale_factor(36.0) < 1.0);
  CHECK(p.scale_factor(29.0) > 1.0);
  CHECK(p.scale_factor(43.0) > 1.0);
  double worst = 0;
  for (double lat = 29; lat <= 43; lat += 0.25) worst = std::max(worst, std::fabs(p.scale_factor(lat) - 1.0));
  CHECK(worst < 0.012);
}

TEST_CASE("projection: conformal (equal scale east and north, right angles kept)") {
  const atlas::LambertConic& p = kTheatre;
  const double R = p.params().radius_km, d = 1e-4;
  for (const GeoDeg q : {GeoDeg::lon_lat(26, 30), GeoDeg::lon_lat(38, 36), GeoDeg::lon_lat(49, 42.5), kCtesiphon}) {
    const MapKm c = p.forward(q), e = p.forward(GeoDeg::lon_lat(q.lon + d, q.lat)), n = p.forward(GeoDeg::lon_lat(q.lon, q.lat + d));
    const double ex = e.x - c.x, ey = e.y - c.y, nx = n.x - c.x, ny = n.y - c.y;
    const double east_true = R * std::cos(q.lat * kPi / 180) * d * kPi / 180, north_true = R * d * kPi / 180;
    const double h = std::hypot(nx, ny) / north_true, k = std::hypot(ex, ey) / east_true;
    CHECK(h == doctest::Approx(k).epsilon(1e-5));
    CHECK(k == doctest::Approx(p.scale_factor(q.lat)).epsilon(1e-5));
    CHECK(std::fabs(ex * nx + ey * ny) / (std::hypot(ex, ey) * std::hypot(nx, ny)) < 1e-6);
  }
}

TEST_CASE("great circle: known distances") {
  // Antioch to Ctesiphon is about 844 km as the crow flies (not the 760-780 sometimes quoted).
  const double ac = atlas::great_circle_km(kAntioch, kCtesiphon);
  CHECK(ac > 835);
  CHECK(ac < 855);
  const double ca = atlas::great_circle_km(kConstantinople, kAntioch);
  CHECK(ca > 810);
  CHECK(ca < 830);
  CHECK(atlas::great_circle_km(GeoDeg::lon_lat(0, 0), GeoDeg::lon_lat(1, 0)) == doctest::Approx(111.195).epsilon(1e-4));
  CHECK(atlas::great_circle_km(kAntioch, kAntioch) == 0.0);
  CHECK(atlas::great_circle_km(GeoDeg::lon_lat(0, 0), GeoDeg::lon_lat(180, 0)) == doctest::Approx(kPi * 6371.0088));
  CHECK(atlas::great_circle_km(kAntioch, kCtesiphon) == atlas::great_circle_km(kCtesiphon, kAntioch));
}

TEST_CASE("projection: map distances match the ground within the scale error") {
  const GeoDeg pairs[][2] = {{kAntioch, GeoDeg::lon_lat(35.92, 36.12)},
                             {kAntioch, kCtesiphon},
                             {GeoDeg::lon_lat(38.78, 35.90), GeoDeg::lon_lat(40.43, 35.16)}};
  for (const auto& pr : pairs) {
    const MapKm a = kTheatre.forward(pr[0]), b = kTheatre.forward(pr[1]);
    const double map = std::hypot(a.x - b.x, a.y - b.y), ground = atlas::great_circle_km(pr[0], pr[1]);
    CHECK(std::fabs(map / ground - 1.0) < 0.012);
  }
}
