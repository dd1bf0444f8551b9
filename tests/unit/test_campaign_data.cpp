// Checks of the real campaign file against the fact sheet: places, route, citations, uncertainty, unknowns.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "campaign_test_support.h"
#include "core/geo/great_circle.h"
#include "core/story/panel_models.h"

using namespace atlas;
using atlas_test::real_campaign;

namespace {

bool cites(const std::vector<Claim>& claims, const char* source) {
  for (const Claim& c : claims) {
    if (c.source.source == source) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("metadata, sources and the post's four chapters") {
  const Campaign& c = real_campaign();
  CHECK(c.format == "campaign-atlas/1");
  CHECK(c.id == "khusrau-540");
  CHECK(c.first_year() == 540);
  CHECK(c.last_year() == 540);
  std::vector<std::string> titles;
  for (const Chapter& ch : c.chapters) titles.push_back(ch.title);
  CHECK(titles == std::vector<std::string>{"Khusrau Invades", "The Sack of Antioch", "The Siege of Daras",
                                           "Reflections of the Vizier"});
  for (const char* id : {"post", "procopius", "moorhead1997", "norwich1990"}) CHECK(c.find_source(id) >= 0);
  CHECK(c.sources[static_cast<std::size_t>(c.find_source("procopius"))].reference.find("Dewing") != std::string::npos);
}

TEST_CASE("places carry the fact sheet's coordinates and holders") {
  const Campaign& c = real_campaign();
  CHECK(c.places.size() == 21);
  struct Expected { const char* id; double lat, lon; const char* held_by; };
  const Expected expected[] = {
      {"ctesiphon", 33.0936, 44.5806, "sasanian"}, {"sura", 35.8989, 38.7798, "roman"},
      {"antioch", 36.2055, 36.1718, "roman"},      {"daras", 37.1852, 40.9647, "roman"},
      {"nisibis", 37.0833, 41.2167, "sasanian"},   {"constantinople", 41.0139, 28.9556, "roman"},
      {"ravenna", 44.4161, 12.2017, "gothic"},     {"chalcis", 35.9875, 37.0428, "roman"},
  };
  for (const Expected& e : expected) {
    INFO(e.id);
    const int i = c.find_place(e.id);
    REQUIRE(i >= 0);
    const Place& p = c.places[static_cast<std::size_t>(i)];
    CHECK(p.at.lat == e.lat);
    CHECK(p.at.lon == e.lon);
    CHECK(p.held_by == e.held_by);
  }
  CHECK(c.places[static_cast<std::size_t>(c.find_place("chalcis"))].coord_uncertain);
}

TEST_CASE("every event and decision is cited, and every uncertain date explained") {
  const Campaign& c = real_campaign();
  int uncited = 0, unexplained = 0;
  for (const Event& e : c.events) {
    uncited += e.sources.empty() || e.sources[0].passage.empty();
    unexplained += e.date.uncertain && e.date.note.empty();
  }
  for (const Decision& d : c.decisions) {
    uncited += d.sources.empty();
    unexplained += d.date.uncertain && d.date.note.empty();
  }
  CHECK(uncited == 0);
  CHECK(unexplained == 0);
  CHECK(c.events.size() >= 20);
  CHECK(c.decisions.size() == 9);
}

TEST_CASE("where the post and Procopius differ, both versions are kept") {
  const Campaign& c = real_campaign();
  for (const char* id : {"beroea-burned", "antioch-sacked", "truce-agreed", "apamea-treasure", "daras-siege"}) {
    INFO(id);
    const int i = c.find_event(id);
    REQUIRE(i >= 0);
    const Event& e = c.events[static_cast<std::size_t>(i)];
    CHECK(cites(e.differs, "post"));
    CHECK(cites(e.differs, "procopius"));
  }
  const Decision& refusal = c.decisions[7];
  CHECK(refusal.id == "refuse-ratify");
  CHECK(cites(refusal.differs, "post"));
  CHECK(cites(refusal.differs, "procopius"));
}

TEST_CASE("the route follows the Euphrates closely, visits the places in order and guesses the way home") {
  const Campaign& c = real_campaign();
  int along_euphrates = 0;
  double longest_river_leg = 0;
  for (std::size_t i = 1; i < c.main_route().size(); ++i) {
    if (c.main_route()[i].follows != "Euphrates") continue;
    ++along_euphrates;
    const double km = great_circle_km(c.main_route()[i - 1].at, c.main_route()[i].at);
    if (km > longest_river_leg) longest_river_leg = km;
  }
  CHECK(along_euphrates >= 25);
  CHECK(longest_river_leg < 50);  // no long straight lines across the desert

  std::vector<std::string> visited;
  for (const Waypoint& w : c.main_route()) {
    if (!w.place.empty()) visited.push_back(w.place);
  }
  CHECK(visited == std::vector<std::string>{"ctesiphon", "circesium", "zenobia", "sura", "hierapolis", "beroea",
                                            "antioch", "seleucia-pieria", "daphne", "apamea", "chalcis",
                                            "barbalissos", "batnae", "edessa", "carrhae", "constantina", "daras", "nisibis",
                                            "ctesiphon"});
  std::size_t daras = 0;
  while (c.main_route()[daras].place != "daras") ++daras;
  int guessed = 0;
  for (std::size_t i = daras + 1; i < c.main_route().size(); ++i) guessed += c.main_route()[i].approximate;
  CHECK(guessed == static_cast<int>(c.main_route().size() - daras - 1));
}

TEST_CASE("unknowns are stated, never invented") {
  const Campaign& c = real_campaign();
  const Force& persians = c.forces[0];
  CHECK(persians.id == "persian-army");
  CHECK(persians.size.present);
  CHECK_FALSE(persians.size.known);
  CHECK(c.forces[1].size.value == 300);
  CHECK(c.forces[2].size.value == 6000);
  bool army_size_noted = false;
  for (const Note& n : c.unknowns) army_size_noted |= n.text == "No source gives the size of the Persian army in 540.";
  CHECK(army_size_noted);
  CHECK(c.corrections.size() == 9);
  CHECK_FALSE(c.frontier.note.empty());
  CHECK(c.frontier.points.size() >= 2);
  CHECK(c.labels.size() >= 5);
}

TEST_CASE("the complete example in docs/campaign-format.md is a valid campaign") {
  std::FILE* f = std::fopen((std::string(ATLAS_SOURCE_DIR) + "/docs/campaign-format.md").c_str(), "rb");
  REQUIRE(f != nullptr);
  std::string doc;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) doc.append(buf, n);
  std::fclose(f);
  const std::size_t open = doc.find("```json\n");
  REQUIRE(open != std::string::npos);
  const std::size_t begin = open + 8, end = doc.find("```", begin);
  REQUIRE(end != std::string::npos);
  const Campaign c = atlas_test::load_or_fail(doc.substr(begin, end - begin), "campaign-format.md");
  CHECK(c.events.size() == 1);
  CHECK(c.main_route().size() == 4);
}

TEST_CASE("enum names round-trip and read well") {
  for (int i = 1; i <= static_cast<int>(Outcome::Other); ++i) {
    Outcome o = Outcome::None;
    CHECK(parse_outcome(to_string(static_cast<Outcome>(i)), o));
    CHECK(o == static_cast<Outcome>(i));
  }
  CHECK(outcome_text(Outcome::SiegeFailed) == "siege failed");  // what the panels show
  CHECK(outcome_text(Outcome::Razed) == "razed");
  CHECK(outcome_text(Outcome::None).empty());
  CHECK_FALSE(outcome_sets_place_status(Outcome::Agreed));
  CHECK(outcome_sets_place_status(Outcome::Razed));
  EventKind k = EventKind::Other;
  CHECK(parse_event_kind("siege", k));
  CHECK(k == EventKind::Siege);
  CHECK_FALSE(parse_event_kind("", k));
  CHECK(event_kind_names() == "march, demand, payment, siege, sack, truce, decision, other, battle, landing, sea_passage, surrender, raid");
}
