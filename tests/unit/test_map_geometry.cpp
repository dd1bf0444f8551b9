// Unit tests of the projected campaign: positions, bounds, label anchors, the route and its times, GeoDeg's safety.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <type_traits>

#include "campaign_test_support.h"
#include "core/geo/great_circle.h"
#include "core/geo/map_geometry.h"
#include "core/story/timeline.h"

using namespace atlas;
using atlas_test::day;

namespace {

const LambertConic kTheatre(kTheatreConic);
constexpr double kMinute = 1.0 / (24 * 60);

double km_between(MapKm a, MapKm b) { return std::hypot(a.x - b.x, a.y - b.y); }

bool same(MapKm a, MapKm b) { return a.x == b.x && a.y == b.y; }

// Whether `T{a, b}` compiles for two doubles (a transposed pair would compile silently if it did).
template <class T, class = void>
struct BraceFromTwoDoubles : std::false_type {};
template <class T>
struct BraceFromTwoDoubles<T, std::void_t<decltype(T{0.0, 0.0})>> : std::true_type {};

// Where the travelled part of the route ends at `cut`, as the line shader draws it: between the two
// vertices whose float times enclose the cut, interpolated linearly (the fragment's v_time).
MapKm travelled_end(const MapGeometry& g, int start_day, float cut) {
  const std::vector<RoutePoint>& r = g.route();
  for (std::size_t i = 0; i + 1 < r.size(); ++i) {
    const float t0 = route_time(r[i].day, start_day), t1 = route_time(r[i + 1].day, start_day);
    if (t0 <= cut && cut < t1) {
      const double f = (static_cast<double>(cut) - t0) / (static_cast<double>(t1) - t0);
      return {r[i].at.x + f * (r[i + 1].at.x - r[i].at.x), r[i].at.y + f * (r[i + 1].at.y - r[i].at.y)};
    }
  }
  return r.back().at;
}

}  // namespace

TEST_CASE("GeoDeg: no constructor from two bare numbers, so a transposed pair cannot compile") {
  static_assert(!std::is_constructible_v<GeoDeg, double, double>);
  static_assert(!BraceFromTwoDoubles<GeoDeg>::value);
  static_assert(!std::is_convertible_v<MapKm, GeoDeg> && !std::is_convertible_v<GeoDeg, MapKm>);
  static_assert(!std::is_convertible_v<Vec2, MapKm>, "screen pixels are not map km");
  constexpr GeoDeg a = GeoDeg::lon_lat(36.17, 36.2), b = GeoDeg::lat_lon(36.2, 36.17);
  static_assert(a.lon == 36.17 && a.lat == 36.2 && b.lon == a.lon && b.lat == a.lat);
  const GeoDeg origin;
  CHECK(origin.lon == 0);
  CHECK(origin.lat == 0);
  CHECK(b.lon == 36.17);
}

TEST_CASE("map geometry: every position is the projection of the campaign's coordinates") {
  const Campaign c = atlas_test::load_or_fail(atlas_test::kMinimalCampaign);
  const MapGeometry g(c, kTheatre);
  REQUIRE(g.places().size() == c.places.size());
  for (std::size_t i = 0; i < c.places.size(); ++i) CHECK(same(g.place(static_cast<int>(i)), kTheatre.forward(c.places[i].at)));
  // The file's numbers, read here independently: nothing on the way from the file swapped lat and lon.
  const MapKm ctesiphon = g.place(c.find_place("ctesiphon")), antioch = g.place(c.find_place("antioch"));
  CHECK(same(antioch, kTheatre.forward(GeoDeg::lat_lon(36.2, 36.17))));
  CHECK(same(ctesiphon, kTheatre.forward(GeoDeg::lat_lon(33.09, 44.58))));
  CHECK(antioch.x < ctesiphon.x);  // Antioch is west...
  CHECK(antioch.y > ctesiphon.y);  // ...and north of Ctesiphon
  REQUIRE(g.labels().size() == 1);
  CHECK(same(g.labels()[0], kTheatre.forward(GeoDeg::lat_lon(35, 37.4))));
  REQUIRE(g.frontier().size() == 2);
  CHECK(same(g.frontier()[0], kTheatre.forward(GeoDeg::lat_lon(37, 41))));
  CHECK(same(g.frontier()[1], kTheatre.forward(GeoDeg::lat_lon(35, 40.5))));
  CHECK(g.unproject(antioch).lat == doctest::Approx(36.2));
  CHECK(g.unproject(antioch).lon == doctest::Approx(36.17));
}

TEST_CASE("map geometry: the frontier's label sits at its middle point, and there is none without a frontier") {
  const Campaign& real = atlas_test::real_campaign();
  const MapGeometry g(real, map_projection_for(real));
  REQUIRE(g.frontier().size() >= 3);
  REQUIRE(g.frontier_label_anchor().has_value());
  CHECK(same(*g.frontier_label_anchor(), g.frontier()[g.frontier().size() / 2]));
  Campaign none = real;
  none.frontier.points.clear();
  CHECK_FALSE(MapGeometry(none, map_projection_for(none)).frontier_label_anchor().has_value());
}

TEST_CASE("map geometry: the campaign's bounds are the waypoints' tight box") {
  const Campaign& c = atlas_test::real_campaign();
  const MapGeometry g(c, map_projection_for(c));
  const Bounds& b = g.campaign_bounds();
  bool west = false, east = false, south = false, north = false;
  for (const Waypoint& w : c.main_route()) {
    const MapKm p = g.project(w.at);
    CHECK(p.x >= b.min_x);
    CHECK(p.x <= b.max_x);
    CHECK(p.y >= b.min_y);
    CHECK(p.y <= b.max_y);
    west = west || p.x == b.min_x, east = east || p.x == b.max_x, south = south || p.y == b.min_y, north = north || p.y == b.max_y;
  }
  CHECK((west && east && south && north));
  CHECK(b.width() > 500);  // Ctesiphon to Antioch and back
  Campaign no_route;
  const MapGeometry nothing(no_route, map_projection_for(no_route));  // kept: campaign_bounds() is a reference into it
  CHECK(nothing.campaign_bounds().min_x > nothing.campaign_bounds().max_x);
  CHECK(nothing.route().empty());
}

TEST_CASE("map geometry: the geometry projects with the projection it is given") {
  const Campaign c = atlas_test::load_or_fail(atlas_test::kMinimalCampaign);
  ConicParams other = kTheatreConic;
  other.central_meridian = 20;
  const MapGeometry theatre(c, map_projection_for(c)), shifted(c, LambertConic(other));
  CHECK(theatre.projection().params().central_meridian == map_projection_for(c).params().central_meridian);
  CHECK(shifted.projection().params().central_meridian == 20);
  CHECK(same(theatre.place(0), map_projection_for(c).forward(c.places[0].at)));
  CHECK(same(shifted.place(0), LambertConic(other).forward(c.places[0].at)));
  CHECK(km_between(theatre.place(0), shifted.place(0)) > 100);
  CHECK(same(shifted.route().front().at, shifted.place(c.find_place("ctesiphon"))));
}

TEST_CASE("map geometry: the route is subdivided along its great circles, each point where the army is at its day") {
  const Campaign c = atlas_test::load_or_fail(atlas_test::kMinimalCampaign);
  const MapGeometry g(c, map_projection_for(c));
  const Timeline t(c);
  const std::vector<RoutePoint>& r = g.route();
  REQUIRE(r.size() > 100);  // about 1,900 km in steps of at most 8
  CHECK(r.front().day == c.main_route().front().arrive);
  CHECK(r.back().day == c.main_route().back().arrive);
  for (std::size_t i = 1; i < r.size(); ++i) {
    CHECK(r[i].day >= r[i - 1].day);
    CHECK(km_between(r[i].at, r[i - 1].at) < 8.0 * 1.012);  // 8 km on the ground, within the scale error
  }
  // The halt at Antioch: two points at the same place, at arrival and departure.
  const Waypoint& antioch = c.main_route()[2];
  const auto arrive = std::find_if(r.begin(), r.end(), [&](const RoutePoint& p) { return p.day == antioch.arrive; });
  REQUIRE(arrive + 1 < r.end());
  CHECK((arrive + 1)->day == antioch.leave);
  CHECK(same(arrive->at, (arrive + 1)->at));
  CHECK(same(arrive->at, g.place(c.find_place("antioch"))));
  double worst = 0;
  for (const RoutePoint& p : r) worst = std::max(worst, km_between(p.at, g.project(t.army_at(p.day).at)));
  CHECK(worst < 1e-6);
}

TEST_CASE("map geometry: the points of a leg the sources do not describe are marked, to be drawn dashed") {
  const Campaign c = atlas_test::load_or_fail(atlas_test::kMinimalCampaign);  // Antioch -> Ctesiphon is a guess
  const MapGeometry g(c, map_projection_for(c));
  const Waypoint& antioch = c.main_route()[2];
  int described = 0, guessed = 0;
  for (const RoutePoint& p : g.route()) {
    if (&p == &g.route().back()) break;  // the last point starts no leg
    const bool on_guess = p.day >= antioch.arrive;  // from the halt at Antioch on
    CHECK(p.guessed == on_guess);
    (p.guessed ? guessed : described) += 1;
  }
  CHECK(described > 100);
  CHECK(guessed > 50);
  CHECK_FALSE(g.route().back().guessed);
}

TEST_CASE("route time: days since the campaign's start, precise to well under a minute") {
  CHECK(route_time(day("0540-03-15"), day("0540-01-01")) == 74.0f);  // 31 + 29 (a Julian leap year) + 14
  CHECK(route_time(day("0540-01-01") + 0.5, day("0540-01-01")) == 0.5f);
  const Campaign& c = atlas_test::real_campaign();
  const MapGeometry g(c, map_projection_for(c));
  double worst = 0;  // a float Julian Day Number (near 1.9 million) is off by up to 0.0625 day: 90 minutes
  for (const RoutePoint& p : g.route()) worst = std::max(worst, std::fabs(route_time(p.day, c.start_day) - (p.day - c.start_day)));
  CHECK(worst < kMinute / 10);
  double worst_step = 0;  // a minute later is a minute later, all through the campaign
  for (double d = c.start_day; d < c.end_day + 1.0; d += 0.0137) {
    const double step = static_cast<double>(route_time(d + kMinute, c.start_day)) - route_time(d, c.start_day);
    worst_step = std::max(worst_step, std::fabs(step - kMinute));
  }
  CHECK(worst_step < kMinute / 10);
}

TEST_CASE("route time: the travelled part of the route ends at the army's marker") {
  const Campaign& c = atlas_test::real_campaign();
  const MapGeometry g(c, map_projection_for(c));
  const Timeline t(c);
  const double first = c.main_route().front().arrive, last = c.main_route().back().arrive;
  double worst = 0, worst_day = 0;
  for (double d = first + 0.01; d < last; d += 0.173) {  // hours that no float step lines up with
    const MapKm marker = g.project(t.army_at(d).at);
    const double off = km_between(travelled_end(g, c.start_day, route_time(d, c.start_day)), marker);
    if (off > worst) worst = off, worst_day = d;
  }
  INFO("worst at day " << worst_day);
  CHECK(worst < 0.01);  // 10 m: well under a pixel at the deepest zoom
}

TEST_CASE("map projection: centred on each campaign's area, true to scale within 2% across it, in any theatre") {
  struct Area { double w, e, s, n; };
  for (const Area a : {Area{27.5, 47.5, 31.5, 42.5}, Area{-9, 16, 36, 46}, Area{8, 12, -38, -30}, Area{-5, 5, -3, 4}}) {
    CAPTURE(a.w);
    CAPTURE(a.s);
    Campaign c;
    c.view = {a.w, a.s, a.e, a.n};
    const LambertConic p = map_projection_for(c);
    CHECK(p.params().central_meridian == doctest::Approx((a.w + a.e) / 2));
    CHECK(p.params().origin_lat == doctest::Approx((a.s + a.n) / 2));
    const MapKm centre = p.forward(GeoDeg::lon_lat((a.w + a.e) / 2, (a.s + a.n) / 2));
    CHECK(std::hypot(centre.x, centre.y) < 1e-6);
    double lo = 1e9, hi = 0;
    for (double lat = a.s; lat <= a.n + 1e-9; lat += (a.n - a.s) / 8)
      lo = std::min(lo, p.scale_factor(lat)), hi = std::max(hi, p.scale_factor(lat));
    CHECK(hi / lo < (a.s < 0 && a.n > 0 ? 1.03 : 1.02));
  }
  Campaign none;  // no view, no route: the fallback, not a degenerate cone
  CHECK(map_projection_for(none).params().central_meridian == kTheatreConic.central_meridian);
}

TEST_CASE("map projection: the inner rectangle of a frame lies inside its curved edges and nearly fills them") {
  const LambertConic p(kTheatreConic);
  const Bounds b = inner_bounds(p, 25, 50, 29, 43);
  REQUIRE(b.width() > 0);
  REQUIRE(b.height() > 0);
  for (const MapKm corner : {MapKm{b.min_x, b.min_y}, MapKm{b.max_x, b.max_y}, MapKm{b.min_x, b.max_y}, MapKm{b.max_x, b.min_y}}) {
    const GeoDeg g = p.inverse(corner);
    CHECK(g.lon >= 25 - 1e-6);
    CHECK(g.lon <= 50 + 1e-6);
    CHECK(g.lat >= 29 - 1e-6);
    CHECK(g.lat <= 43 + 1e-6);
  }
  const MapKm sw = p.forward(GeoDeg::lon_lat(25, 29)), ne = p.forward(GeoDeg::lon_lat(50, 43));
  CHECK(b.width() * b.height() > 0.85 * (ne.x - sw.x) * (ne.y - sw.y));
}
