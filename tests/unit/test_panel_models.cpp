// Unit tests of the panels' view-models on the real campaign: rows, sorting, totals, what a date shows.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "campaign_test_support.h"
#include "core/story/atlas_state.h"
#include "core/story/panel_models.h"

using namespace atlas;
using atlas_test::day;
using atlas_test::real_campaign;

namespace {
const DemandRow* row(const std::vector<DemandRow>& rows, const Campaign& c, const char* id) {
  for (const DemandRow& r : rows)
    if (c.events[static_cast<size_t>(r.event)].id == id) return &r;
  return nullptr;
}
}  // namespace

TEST_CASE("the Demands table lists every demand and payment with its figures and source") {
  const Campaign& c = real_campaign();
  auto rows = demand_rows(c, day("0540-12-31"));
  const DemandRow* beroea = row(rows, c, "beroea-burned");
  REQUIRE(beroea);
  CHECK(beroea->place == "Beroea");
  CHECK(beroea->demanded == "4,000 lb silver");
  CHECK(beroea->paid == "2,000 lb silver");
  CHECK(beroea->metal == "silver");
  CHECK(beroea->sources.find("Wars II.7") != std::string::npos);
  const DemandRow* hierapolis = row(rows, c, "hierapolis-pays");
  REQUIRE(hierapolis);
  CHECK(hierapolis->paid == "2,000 lb silver");
  CHECK(row(rows, c, "chalcis-pays")->paid == "200 lb gold");
  CHECK(row(rows, c, "edessa-pays")->paid == "200 lb gold");
  CHECK(row(rows, c, "sura-razed") == nullptr);  // no demand or payment: not a row
  for (const DemandRow& r : rows) CHECK(r.happened);
}

TEST_CASE("rows not yet reached at a date are marked, not hidden") {
  const Campaign& c = real_campaign();
  auto rows = demand_rows(c, day("0540-05-01"));
  CHECK_FALSE(row(rows, c, "edessa-pays")->happened);
  CHECK(rows.size() == demand_rows(c, day("0540-12-31")).size());
}

TEST_CASE("sorting by paid, place and date; ties keep the campaign's order") {
  const Campaign& c = real_campaign();
  auto rows = demand_rows(c, day("0540-12-31"));
  sort_demand_rows(rows, DemandColumn::Paid, false);
  CHECK(rows.front().paid_lb >= rows.back().paid_lb);
  for (size_t i = 1; i < rows.size(); ++i) CHECK(rows[i - 1].paid_lb >= rows[i].paid_lb);
  sort_demand_rows(rows, DemandColumn::Place, true);
  for (size_t i = 1; i < rows.size(); ++i) CHECK(rows[i - 1].place <= rows[i].place);
  sort_demand_rows(rows, DemandColumn::Date, true);
  for (size_t i = 1; i < rows.size(); ++i) CHECK(rows[i - 1].start_day <= rows[i].start_day);
}

TEST_CASE("the chart's series climbs with each payment and stops at the date") {
  const Campaign& c = real_campaign();
  Ledger ledger(c);
  auto series = plunder_series(ledger, c, day("0540-12-31"));
  REQUIRE(series.size() >= 3);
  for (size_t i = 1; i < series.size(); ++i) {
    CHECK(series[i].day >= series[i - 1].day);
    CHECK(series[i].gold >= series[i - 1].gold);
    CHECK(series[i].silver >= series[i - 1].silver);
  }
  CHECK(series.back().gold == doctest::Approx(400));
  auto early = plunder_series(ledger, c, day("0540-04-01"));
  CHECK(early.back().silver == doctest::Approx(0));
}

TEST_CASE("sieges: Sura, Antioch and Daras with their outcomes and episodes") {
  const Campaign& c = real_campaign();
  auto rows = siege_rows(c, day("0540-12-31"));
  auto find = [&](const char* place) {
    return std::find_if(rows.begin(), rows.end(), [&](const SiegeRow& r) { return r.place == place; });
  };
  REQUIRE(find("Sura") != rows.end());
  REQUIRE(find("Antioch") != rows.end());
  REQUIRE(find("Daras") != rows.end());
  CHECK(find("Daras")->outcome == "siege failed");
  CHECK(find("Sura")->episode.find("gate") != std::string::npos);
  CHECK(find("Daras")->episode.find("trench") != std::string::npos);
}

TEST_CASE("Justinian's decisions: taken or not yet at a date") {
  const Campaign& c = real_campaign();
  Timeline t(c);
  auto early = decision_rows(c, t, day("0540-03-20"));
  auto late = decision_rows(c, t, day("0540-12-31"));
  REQUIRE(early.size() == c.decisions.size());
  CHECK(early.front().taken);
  CHECK_FALSE(early.back().taken);
  for (const DecisionRow& r : late) CHECK(r.taken);
  // Exactly one row is the current one: the latest decision taken by the date.
  auto current = [](const std::vector<DecisionRow>& rows) {
    int n = 0, at = -1;
    for (const DecisionRow& r : rows)
      if (r.current) ++n, at = r.decision;
    return n == 1 ? at : -1;
  };
  CHECK(current(early) == 2);  // the last of the three decisions taken before the invasion
  CHECK(current(late) == static_cast<int>(late.size()) - 1);
  auto mid = decision_rows(c, t, day("0540-07-01"));
  const int m = current(mid);
  REQUIRE(m >= 0);
  CHECK(mid[static_cast<size_t>(m)].taken);
  if (m + 1 < static_cast<int>(mid.size())) CHECK_FALSE(mid[static_cast<size_t>(m) + 1].taken);
}

TEST_CASE("the event card and the announcement say when, where, what and the source") {
  const Campaign& c = real_campaign();
  int antioch = c.find_event("antioch-sacked");
  std::string card = event_card_text(c, antioch);
  CHECK(card.find("c. June 540") != std::string::npos);
  CHECK(card.find("Antioch") != std::string::npos);
  CHECK(card.find("1,000 lb gold") != std::string::npos);
  CHECK(card.find("Procopius") != std::string::npos);
  CHECK(event_announcement(c, antioch).rfind("Antioch, c. June 540: ", 0) == 0);
  CHECK(event_card_text(c, -1).empty());
}

TEST_CASE("the reader's state: select, step, scrub and play") {
  const Campaign& c = real_campaign();
  Timeline t(c);
  AtlasState s;
  set_day(s, t, day("0540-03-01"));
  select_event(s, c, c.find_event("beroea-burned"));
  CHECK(s.day == doctest::Approx(focus_day(c.events[static_cast<size_t>(c.find_event("beroea-burned"))])));
  int next = next_event(s, t);
  CHECK(next == c.find_event("beroea-burned") + 1);
  CHECK(previous_event(s, t) == c.find_event("beroea-burned") - 1);
  set_day(s, t, day("0540-06-05"));
  CHECK(s.selected_event == t.current_event(s.day));
  s.playing = true;
  s.speed = 10;
  double before = s.day;
  CHECK(advance(s, t, 0.5));
  CHECK(s.day == doctest::Approx(before + 5));
  for (int i = 0; i < 1000 && s.playing; ++i) advance(s, t, 1.0);
  CHECK_FALSE(s.playing);  // stops at the end
  CHECK(s.day < c.end_day + 1.0);
  CHECK(events_at_place(c, c.find_place("antioch")).size() >= 2);
}

TEST_CASE("siege rows name defenders and attackers where the sources give them") {
  const Campaign& c = real_campaign();
  auto rows = siege_rows(c, day("0540-12-31"));
  auto antioch = std::find_if(rows.begin(), rows.end(), [](const SiegeRow& r) { return r.place == "Antioch"; });
  REQUIRE(antioch != rows.end());
  CHECK(antioch->forces.find("Defenders: Reinforcements for Antioch under Theoctistus and Molatzes (6,000)") == 0);
  CHECK(antioch->forces.find("Attackers: Khusrau's army (size unknown)") != std::string::npos);
}

TEST_CASE("an event naming an unknown force is rejected with its position") {
  std::string text = atlas_test::replace_once(atlas_test::kMinimalCampaign, R"("id": "march", "kind": "march",)",
                                              R"("id": "march", "kind": "march", "forces": ["ghosts"],)");
  LoadResult r = load_campaign(text, "test.json");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error.to_string().find("events[0].forces[0]: unknown force id \"ghosts\"") != std::string::npos);
}
