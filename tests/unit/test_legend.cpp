// Unit tests of the map's key: built from each campaign's data, each thing the map draws named once.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "campaign_test_support.h"
#include "core/data/campaign_loader.h"
#include "core/story/legend.h"
#include "core/story/timeline.h"
#include "core/data/date.h"

using namespace atlas;

namespace {
Campaign load(const char* file) { return atlas_test::shipped_campaign(file); }
bool has(const std::vector<LegendEntry>& es, LegendEntry::Kind k, const std::string& part) {
  return std::any_of(es.begin(), es.end(), [&](const LegendEntry& e) { return e.kind == k && e.text.find(part) != std::string::npos; });
}
}  // namespace

TEST_CASE("the 540 key says the band is plunder, with its lines, factions and the fates that occur") {
  const Campaign c = load("khusrau-540.json");
  const std::vector<LegendEntry> es = legend_entries(c);
  CHECK(has(es, LegendEntry::Kind::Band, "Khusrau's army: the band's width is the gold and silver carried"));
  CHECK(std::count_if(es.begin(), es.end(), [](const LegendEntry& e) { return e.kind == LegendEntry::Kind::Band; }) == 1);
  CHECK(has(es, LegendEntry::Kind::Future, "still to come"));
  CHECK(has(es, LegendEntry::Kind::Guessed, "no source describes"));
  CHECK(has(es, LegendEntry::Kind::Frontier, "frontier"));
  for (const Faction& f : c.factions) CHECK(has(es, LegendEntry::Kind::Faction, f.name));
  CHECK(has(es, LegendEntry::Kind::Fate, "razed"));
  CHECK(has(es, LegendEntry::Kind::Fate, "siege failed"));
  CHECK_FALSE(has(es, LegendEntry::Kind::Fate, "victory"));  // no battle in 540
  for (const LegendEntry& e : es)  // no fate without a glyph, none twice
    CHECK(std::count_if(es.begin(), es.end(), [&](const LegendEntry& x) { return x.text == e.text; }) == 1);
}

TEST_CASE("the 541 key names both armies' lines, the detachments once, and a defeat") {
  const Campaign c = load("khusrau-belisarius-541.json");
  const std::vector<LegendEntry> es = legend_entries(c);
  CHECK(has(es, LegendEntry::Kind::Line, "Khusrau"));
  CHECK(has(es, LegendEntry::Kind::Line, "Belisarius"));
  CHECK(has(es, LegendEntry::Kind::Line, "Detachments: routes that split off"));
  CHECK_FALSE(has(es, LegendEntry::Kind::Line, "Arethas"));  // a detachment: under "detachments"
  CHECK(has(es, LegendEntry::Kind::Fate, "defeat"));
  CHECK(has(es, LegendEntry::Kind::Mark, "battle"));
  CHECK(has(es, LegendEntry::Kind::Mark, "raid"));
  CHECK(has(es, LegendEntry::Kind::Mark, "sea passage"));
  CHECK_FALSE(has(es, LegendEntry::Kind::Mark, "landing"));  // none in 541
  const TextSection t = legend_as_text(c);
  CHECK(t.title == "Key to the map");
  CHECK(t.items.size() == es.size());
  CHECK(std::any_of(t.items.begin(), t.items.end(), [](const std::string& s) { return s == "Symbol: defeat."; }));
}

TEST_CASE("a place is marked with what happened there once it has begun: a battle, a raid, a sea passage") {
  const Campaign c = load("khusrau-belisarius-541.json");
  const Timeline t(c);
  const int nisibis = c.find_place("nisibis"), trapezus = c.find_place("trapezus");
  REQUIRE(nisibis >= 0);
  REQUIRE(trapezus >= 0);
  int d = 0;
  REQUIRE(parse_date("0541-06-27", d));
  CHECK(t.place_status(nisibis, d + 0.5).mark_event == -1);  // the day before
  REQUIRE(parse_date("0541-06-28", d));
  const int battle = t.place_status(nisibis, d + 0.5).mark_event;
  REQUIRE(battle >= 0);
  CHECK(c.events[static_cast<size_t>(battle)].kind == EventKind::Battle);
  REQUIRE(parse_date("0541-07-20", d));
  const int passage = t.place_status(trapezus, d + 0.5).mark_event;
  REQUIRE(passage >= 0);
  CHECK(c.events[static_cast<size_t>(passage)].kind == EventKind::SeaPassage);
  CHECK(kind_has_mark(EventKind::Raid));
  CHECK_FALSE(kind_has_mark(EventKind::Siege));  // a siege's fate is its glyph
}
