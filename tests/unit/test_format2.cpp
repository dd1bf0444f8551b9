// Unit tests of format 2: several armies with their own routes, events naming their army, the UI's
// words from the file, years before 1; and format 1 files loading as one army.
#include <doctest/doctest.h>

#include <string>

#include "campaign_test_support.h"
#include "core/geo/great_circle.h"
#include "core/geo/map_geometry.h"
#include "core/story/timeline.h"

using atlas::Army;
using atlas::BandMeasure;
using atlas::Campaign;
using atlas_test::day;
using atlas_test::load_or_fail;
using atlas_test::replace_once;

namespace {

// Two armies that move at the same time, and a detachment of the first that rejoins it.
const char* const kTwoArmies = R"({
  "format": "campaign-atlas/2",
  "id": "two-armies",
  "title": "Two armies",
  "start": "0541-03-01",
  "end": "0541-10-31",
  "view": {"west": 36, "south": 35, "east": 46, "north": 43},
  "factions": [
    {"id": "roman", "name": "Romans", "color": "#6d2f8f"},
    {"id": "sasanian", "name": "Persians", "color": "#b8512c"}
  ],
  "sources": [{"id": "wars", "short": "Procopius, Wars", "reference": "Wars"}],
  "places": [
    {"id": "daras", "name": "Daras", "modern": "Oguz", "lat": 37.18, "lon": 40.95, "held_by": "roman", "role": "base"},
    {"id": "nisibis", "name": "Nisibis", "modern": "Nusaybin", "lat": 37.07, "lon": 41.22, "held_by": "sasanian", "role": "city"},
    {"id": "petra", "name": "Petra", "modern": "Tsikhisdziri", "lat": 41.77, "lon": 41.75, "held_by": "roman", "role": "fort"},
    {"id": "ctesiphon", "name": "Ctesiphon", "modern": "Salman Pak", "lat": 33.09, "lon": 44.58, "held_by": "sasanian", "role": "capital"}
  ],
  "forces": [
    {"id": "khusrau", "name": "Khusrau's army", "label": "Khusrau", "faction": "sasanian", "size": {"count": "unknown"},
     "sources": [{"source": "wars", "passage": "II.15.35"}],
     "route": [{"place": "ctesiphon", "date": "0541-04-01"}, {"place": "petra", "date": "0541-06-01", "approximate": true}]},
    {"id": "belisarius", "name": "Belisarius's army", "faction": "roman", "color": "#224488", "band": "strength",
     "size": {"count": "unknown"}, "sources": [{"source": "wars", "passage": "II.16"}],
     "strength": [{"date": "0541-05-01", "count": {"count": 1200}, "sources": [{"source": "wars", "passage": "II.19.15"}]}],
     "route": [{"place": "daras", "date": "0541-05-01"}, {"place": "nisibis", "date": "0541-05-11", "leave": "0541-05-20"},
               {"place": "daras", "date": "0541-06-01"}]},
    {"id": "peter", "name": "Peter and John", "faction": "roman", "size": {"count": "unknown"},
     "sources": [{"source": "wars", "passage": "II.18.16"}], "detachment_of": "belisarius", "rejoins": true,
     "route": [{"place": "nisibis", "date": "0541-05-12"}, {"place": "nisibis", "date": "0541-05-14"}]}
  ],
  "events": [
    {"id": "rout", "kind": "battle", "date_start": "0541-05-13", "place": "nisibis", "army": "peter", "outcome": "defeat",
     "summary": "A rout before the walls.", "sources": [{"source": "wars", "passage": "II.18.19"}]},
    {"id": "petra", "kind": "surrender", "date_start": "0541-06-01", "place": "petra", "army": "khusrau",
     "outcome": "surrendered", "summary": "The fort gives itself up.", "sources": [{"source": "wars", "passage": "II.17.27"}]}
  ],
  "decisions": [
    {"id": "council", "date_start": "0541-06-21", "army": "belisarius", "what": "March on Nisibis.",
     "sources": [{"source": "wars", "passage": "II.16.6"}]}
  ],
  "decisions_by": {"name": "Councils", "title": "Decisions and councils"},
  "money": {"note": "No sums of money are known for this year."},
  "geography": "two-armies"
})";

std::string load_error(const std::string& text) {
  atlas::LoadResult r = atlas::load_campaign(text, "two.json");
  CHECK_FALSE(r.ok());
  return r.error.to_string();
}

bool has(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("format 2: every force with a route is an army, labelled, coloured and measured from the file") {
  const Campaign c = load_or_fail(kTwoArmies);
  CHECK(c.version == 2);
  REQUIRE(c.armies.size() == 3);
  CHECK(c.armies[0].label == "Khusrau");
  CHECK(c.armies[1].label == "Belisarius's army");  // no label: the force's name
  CHECK(c.armies[0].rgb == 0xb8512c);                // the faction's colour ...
  CHECK(c.armies[1].rgb == 0x224488);                // ... unless the force gives one
  CHECK(c.armies[0].band == BandMeasure::None);
  CHECK(c.armies[1].band == BandMeasure::Strength);
  REQUIRE(c.armies[1].strength.size() == 1);
  CHECK(c.armies[1].strength[0].count.value == 1200);
  CHECK(c.armies[2].parent == 1);
  CHECK(c.armies[2].rejoins);
  CHECK(c.events[0].army == 2);
  CHECK(c.events[0].kind == atlas::EventKind::Battle);
  CHECK(c.events[0].outcome == atlas::Outcome::Defeat);
  CHECK_FALSE(atlas::outcome_sets_place_status(atlas::Outcome::Defeat));  // it is the army's, not the place's
  CHECK(atlas::outcome_sets_place_status(atlas::Outcome::Surrendered));
  CHECK(c.decisions[0].army == 1);
  CHECK(c.decisions_by.name == "Councils");
  CHECK(c.decisions_by.title == "Decisions and councils");
  CHECK(c.money_note == "No sums of money are known for this year.");
  CHECK(c.geography == "two-armies");
  CHECK(&c.main_route() == &c.armies[0].route);
}

TEST_CASE("format 2: the timeline moves every army at once, and shows each only while it is out") {
  const Campaign c = load_or_fail(kTwoArmies);
  const atlas::Timeline t(c);
  const double d = day("0541-05-06");  // half-way from Daras to Nisibis, while Khusrau marches on Petra
  const atlas::ArmyPosition b = t.army_at(1, d);
  CHECK(b.fraction == doctest::Approx(0.5));
  const atlas::GeoDeg mid = atlas::great_circle_point(c.places[0].at, c.places[1].at, 0.5);
  CHECK(atlas::great_circle_km(b.at, mid) < 0.01);
  const atlas::ArmyPosition k = t.army_at(0, d);
  CHECK(k.leg == 0);
  CHECK(k.fraction > 0.5);  // 35 of 61 days on the way
  CHECK(k.fraction < 0.6);
  CHECK(t.army_at(1, day("0541-05-15")).waypoint == 1);  // halted before Nisibis
  CHECK(t.army_shown(0, day("0541-03-01")));               // the main army is always on the map
  CHECK_FALSE(t.army_shown(2, day("0541-05-11")));         // the detachment before it splits off
  CHECK(t.army_shown(2, day("0541-05-13")));
  CHECK_FALSE(t.army_shown(2, day("0541-05-16")));         // and after it rejoined
  CHECK_FALSE(t.army_shown(7, d));
  CHECK(t.route_km(1) > 2 * t.route_km(2));
  CHECK(t.route_km(9) == 0);
}

TEST_CASE("format 2: what a format 2 file must say, and where format 1 and 2 fields do not mix") {
  const std::string v2 = kTwoArmies;
  CHECK(has(load_error(replace_once(v2, R"("money": {)", R"("route": [], "money": {)")), "format 2 gives each army its route"));
  CHECK(has(load_error(replace_once(v2, R"("decisions_by": {"name": "Councils", "title": "Decisions and councils"},)", "")),
            "say who takes them"));
  CHECK(has(load_error(replace_once(v2, R"("detachment_of": "belisarius")", R"("detachment_of": "nobody")")),
            "unknown force id \"nobody\""));
  CHECK(has(load_error(replace_once(v2, R"("army": "peter")", R"("army": "nowhere")")), "unknown force id"));
  CHECK(has(load_error(replace_once(v2, R"("band": "strength")", R"("band": "width")")), "band"));
  CHECK(has(load_error(replace_once(v2, R"("band": "strength")", R"("band": "plunder", "rejoins": true)")),
            "only a detachment"));
  const std::string no_strength =
      replace_once(v2, R"("strength": [{"date": "0541-05-01", "count": {"count": 1200}, "sources": [{"source": "wars", "passage": "II.19.15"}]}],)", "");
  CHECK(has(load_error(no_strength), "needs a \"strength\" list"));
  CHECK(load_or_fail(replace_once(atlas_test::kMinimalCampaign, R"("labels":)", R"("money": {"note": "x"}, "labels":)")).money_note == "x");
  const Campaign miles = load_or_fail(replace_once(v2, R"("money": {)", R"("distance_unit": {"name": "stades", "km": 0.185}, "money": {)"));
  CHECK(miles.distance_unit.name == "stades");
  CHECK(miles.distance_unit.km == doctest::Approx(0.185));
  CHECK(load_or_fail(v2).distance_unit.name.empty());  // none given: the scale bar shows km only
  CHECK(has(load_error(replace_once(v2, R"("money": {)", R"("distance_unit": {"name": "stades", "km": 0}, "money": {)")), "distance_unit.km"));
  CHECK(has(load_error(replace_once(v2, R"("money": {)", R"("distance_unit": {"km": 1.5}, "money": {)")), "\"name\""));
  CHECK(has(load_error(replace_once(atlas_test::kMinimalCampaign, R"("place": "ctesiphon",
     "summary")", R"("place": "ctesiphon", "army": "army",
     "summary")")),
            "is a field of \"campaign-atlas/2\""));
  CHECK(has(load_error(replace_once(v2, R"("format": "campaign-atlas/2")", R"("format": "campaign-atlas/3")")),
            "expected \"campaign-atlas/1\" or \"campaign-atlas/2\""));
}

TEST_CASE("format 2: a campaign before the year 1") {
  std::string text = kTwoArmies;
  for (std::size_t at = text.find("0541-"); at != std::string::npos; at = text.find("0541-", at)) text.replace(at, 5, "-0217-");
  const Campaign c = load_or_fail(text);
  CHECK(c.first_year() == -217);
  CHECK(atlas::format_day(c.start_day) == "1 March 218 BC");
  const atlas::Timeline t(c);
  CHECK(t.army_at(1, day("-0217-05-06")).fraction == doctest::Approx(0.5));
}

TEST_CASE("format 1 files load as one army, labelled with the first force's name") {
  const Campaign& c = atlas_test::real_campaign();
  CHECK(c.version == 1);
  REQUIRE(c.armies.size() == 1);
  CHECK(c.armies[0].label == "Khusrau's army");
  CHECK(c.armies[0].band == BandMeasure::Plunder);
  CHECK(c.armies[0].force == 0);
  for (const atlas::Event& e : c.events) CHECK(e.army == 0);
  CHECK(c.decisions_by.name == "Justinian");  // the 540 file names who decides ...
  CHECK(load_or_fail(atlas_test::kMinimalCampaign).decisions_by.name == "Decisions");  // ... else the plain name
  const Campaign minimal = load_or_fail(atlas_test::kMinimalCampaign);
  CHECK(minimal.armies[0].label == "Army");
  CHECK(minimal.main_route().size() == 4);
}

TEST_CASE("the 541 campaigns load: two armies and their detachments, from the data alone") {
  Campaign c;
  const std::string error =
      atlas::load_campaign_file(std::string(ATLAS_SOURCE_DIR) + "/assets/campaigns/khusrau-belisarius-541.json", c);
  REQUIRE_MESSAGE(error.empty(), error);
  CHECK(c.version == 2);
  REQUIRE(c.armies.size() == 8);
  CHECK(c.armies[0].label == "Khusrau");
  int belisarius = -1;
  for (std::size_t i = 0; i < c.armies.size(); ++i)
    if (c.armies[i].label == "Belisarius") belisarius = static_cast<int>(i);
  REQUIRE(belisarius > 0);
  const atlas::Timeline t(c);
  // Both armies are out at the solstice council, about 20 June 541, and far apart.
  const double solstice = day("0541-06-20");
  CHECK(t.army_shown(belisarius, solstice));
  CHECK(atlas::great_circle_km(t.army_at(0, solstice).at, t.army_at(belisarius, solstice).at) > 400);
  int with_army = 0;
  for (const atlas::Event& e : c.events) {
    if (e.army < 0) continue;  // a few are preludes no army takes part in
    ++with_army;
    CHECK_MESSAGE(t.army_shown(e.army, e.date.start + 0.5), e.id << ": its army is on the map then");
  }
  CHECK(with_army >= 25);
  for (const Army& a : c.armies)
    if (a.parent >= 0) CHECK(a.parent < static_cast<int>(&a - c.armies.data()));  // detachments follow their parent
}

TEST_CASE("format 2: each army's route is projected, and the opening view frames them all") {
  const Campaign c = load_or_fail(kTwoArmies);
  const atlas::MapGeometry g(c, atlas::map_projection_for(c));
  for (int a = 0; a < 3; ++a) {
    CAPTURE(a);
    const std::vector<atlas::RoutePoint>& r = g.route(a);
    REQUIRE(r.size() >= 2);
    CHECK(r.front().day == c.armies[static_cast<std::size_t>(a)].route.front().arrive);
    CHECK(r.back().day == c.armies[static_cast<std::size_t>(a)].route.back().arrive);
  }
  CHECK(g.route(3).empty());
  const atlas::Bounds& b = g.campaign_bounds();
  for (const char* id : {"ctesiphon", "petra", "daras", "nisibis"}) {
    const atlas::MapKm p = g.place(c.find_place(id));
    CHECK(p.x >= b.min_x);
    CHECK(p.x <= b.max_x);
    CHECK(p.y >= b.min_y);
    CHECK(p.y <= b.max_y);
  }
}
