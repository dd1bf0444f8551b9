// Unit tests of the river helper: the stretch of a river between two clicks, and its waypoints as one step.
#include <doctest/doctest.h>

#include "core/edit/campaign_template.h"
#include "core/edit/river_route.h"
#include "core/geo/great_circle.h"
#include "edit_test_support.h"

using namespace atlas;

namespace {

// A river along latitude 35 from longitude 38 (its source) to 42 (its mouth), a point every 0.05 degrees
// (about 4.5 km), and a second, unnamed one 2 degrees north.
Geography two_rivers() {
  Geography g;
  for (int n = 0; n < 2; ++n) {
    GeoRiver r;
    r.name = n == 0 ? "Long river" : "";
    for (int i = 0; i <= 80; ++i) r.points.push_back(GeoDeg::lat_lon(35.0 + 2 * n, 38.0 + 0.05 * i));
    g.rivers.push_back(r);
  }
  return g;
}

}  // namespace

TEST_CASE("a river stretch runs between the points nearest the two clicks, thinned to the spacing, either way") {
  const Geography g = two_rivers();
  RiverStretch s;
  REQUIRE(river_stretch(g, GeoDeg::lat_lon(35.1, 38.52), GeoDeg::lat_lon(34.9, 41.03), 20, 20, s));
  CHECK(s.river == "Long river");
  REQUIRE(s.points.size() >= 10);
  CHECK(s.points.front().lon == doctest::Approx(38.5));
  CHECK(s.points.back().lon == doctest::Approx(41.05));
  for (std::size_t i = 1; i < s.points.size(); ++i) {
    CHECK(s.points[i].lat == doctest::Approx(35.0));
    CHECK(s.points[i].lon > s.points[i - 1].lon);  // downstream, as clicked
    CHECK(great_circle_km(s.points[i - 1], s.points[i]) >= 10.0);  // the last leg may be shorter, never a stub
    CHECK(great_circle_km(s.points[i - 1], s.points[i]) < 30.0);
  }
  RiverStretch up;
  REQUIRE(river_stretch(g, GeoDeg::lat_lon(34.9, 41.03), GeoDeg::lat_lon(35.1, 38.52), 20, 20, up));
  CHECK(up.points.front().lon == doctest::Approx(41.05));
  CHECK(up.points.back().lon == doctest::Approx(38.5));
}

TEST_CASE("no stretch where no river comes within reach of both clicks") {
  const Geography g = two_rivers();
  RiverStretch s;
  CHECK_FALSE(river_stretch(g, GeoDeg::lat_lon(36.0, 39.0), GeoDeg::lat_lon(35.0, 40.0), 20, 20, s));  // 110 km off
  CHECK_FALSE(river_stretch(g, GeoDeg::lat_lon(35.0, 39.0), GeoDeg::lat_lon(37.0, 40.0), 20, 20, s));  // two rivers
  CHECK_FALSE(river_stretch(Geography{}, GeoDeg::lat_lon(35.0, 39.0), GeoDeg::lat_lon(35.0, 40.0), 20, 20, s));
}

TEST_CASE("a stretch's waypoints go into the route in one step, each following the river") {
  CampaignDocument doc(new_campaign("River march", ViewBox{37, 33, 43, 38}, "0540-03-01", "0540-04-01"));
  RiverStretch s;
  REQUIRE(river_stretch(two_rivers(), GeoDeg::lat_lon(35.0, 38.5), GeoDeg::lat_lon(35.0, 40.0), 20, 25, s));
  atlas_test::check_undoable(doc, [&](CampaignDocument& d) { return insert_river_waypoints(d, 0, 1, s); });
  const JsonValue& route = *doc.at(JsonPath::from("forces[0].route"));
  REQUIRE(route.array.size() == 2 + s.points.size());
  for (std::size_t i = 0; i < s.points.size(); ++i) {
    const JsonValue& w = route.array[1 + i];
    CHECK(w.find("lat")->value.number == doctest::Approx(s.points[i].lat));
    CHECK(w.find("follows")->value.string == "Long river");
  }
  CHECK(route.array.back().find("date") != nullptr);  // the route's dated end stays the end
  CHECK(doc.undo_steps() == 1);
  CHECK_FALSE(insert_river_waypoints(doc, 5, 0, s));  // no such army
  CHECK_FALSE(insert_river_waypoints(doc, 0, 99, s));  // past the end
}
