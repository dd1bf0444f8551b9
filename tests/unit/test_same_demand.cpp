// "demand_same_as" and truce terms: the loader validates the link, the ledger and the panels count a sum once.
#include <doctest/doctest.h>

#include <string>

#include "campaign_test_support.h"
#include "core/story/ledger.h"
#include "core/story/panel_models.h"

using namespace atlas;
using atlas_test::kMinimalCampaign;
using atlas_test::replace_once;

namespace {

// The minimal campaign with a third event after the sack: `extra` is its demand and link.
std::string with_event(const std::string& extra, const char* kind = "demand") {
  const std::string event = std::string(R"(,
    {"id": "again", "kind": ")") + kind + R"(", "date_start": "0540-07-01", "place": "ctesiphon", )" + extra +
                            R"(, "summary": "Asked again.", "sources": [{"source": "procopius", "passage": "II.8.4"}]}
  ],
  "decisions")";
  return replace_once(kMinimalCampaign, "\n  ],\n  \"decisions\"", event);
}

std::string load_error(const std::string& text) {
  const LoadResult r = load_campaign(text, "test.json");
  REQUIRE_FALSE(r.ok());
  return r.error.to_string();
}

}  // namespace

TEST_CASE("a demand that repeats an earlier sum is loaded with its link") {
  const Campaign c = atlas_test::load_or_fail(
      with_event(R"("demanded": {"lb": 1000, "metal": "gold"}, "demand_same_as": "sack")"));
  const Event& again = c.events[2];
  CHECK(again.demand_same_as == "sack");
  CHECK(again.demand_same_as_index == 1);
  CHECK(c.events[1].demand_same_as_index == -1);
}

TEST_CASE("demand_same_as is rejected unless it names an earlier event with the same sum") {
  CHECK(load_error(with_event(R"("demanded": {"lb": 1000, "metal": "gold"}, "demand_same_as": "sak")"))
            .find(R"(events[2].demand_same_as: unknown event id "sak" (did you mean "sack"?))") != std::string::npos);
  CHECK(load_error(with_event(R"("demanded": {"lb": 1000, "metal": "gold"}, "demand_same_as": "again")"))
            .find(R"("again" must name an event listed before it)") != std::string::npos);
  CHECK(load_error(with_event(R"("demanded": {"lb": 900, "metal": "gold"}, "demand_same_as": "sack")"))
            .find(R"("sack" demanded a different sum)") != std::string::npos);
  CHECK(load_error(with_event(R"("demanded": {"lb": 1000, "metal": "silver"}, "demand_same_as": "sack")"))
            .find("different sum") != std::string::npos);
  CHECK(load_error(with_event(R"("paid": {"lb": 1000, "metal": "gold"}, "demand_same_as": "sack")"))
            .find(R"(both this event and "sack" need a "demanded" amount)") != std::string::npos);
  CHECK(load_error(with_event(R"("demanded": {"lb": 1000, "metal": "gold"}, "demand_same_as": "march")"))
            .find("need a \"demanded\" amount") != std::string::npos);
}

TEST_CASE("the ledger counts a sum sought twice once, and truce terms apart from the cities' demands") {
  const Campaign twice = atlas_test::load_or_fail(
      with_event(R"("demanded": {"lb": 1000, "metal": "gold"}, "demand_same_as": "sack")"));
  LedgerTotals t = Ledger(twice).at(twice.end_day);
  CHECK(t.demanded.gold == 1000);
  CHECK(t.agreed.gold == 0);

  const Campaign unlinked = atlas_test::load_or_fail(with_event(R"("demanded": {"lb": 1000, "metal": "gold"})"));
  CHECK(Ledger(unlinked).at(unlinked.end_day).demanded.gold == 2000);  // without the link: two demands

  const Campaign truce = atlas_test::load_or_fail(with_event(R"("demanded": {"lb": 5000, "metal": "gold"})", "truce"));
  t = Ledger(truce).at(truce.end_day);
  CHECK(t.demanded.gold == 1000);
  CHECK(t.agreed.gold == 5000);
  CHECK(t.paid.gold == 0);
}

TEST_CASE("the Demands panel's rows and totals say what they count") {
  const Campaign c = atlas_test::load_or_fail(
      with_event(R"("demanded": {"lb": 1000, "metal": "gold"}, "demand_same_as": "sack")"));
  const std::vector<DemandRow> rows = demand_rows(c, c.end_day);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].demanded == "1,000 lb gold");
  CHECK(rows[1].demanded == "1,000 lb gold (the same sum as at Antioch, counted once)");

  const std::vector<std::string> lines = ledger_summary_lines(Ledger(c).at(c.end_day));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "Demanded of the cities so far (sums on record, each counted once): 1,000 lb gold.");
  CHECK(lines[1] == "Paid so far: 1 payment of unknown amount.");
  CHECK(lines[2] == "Captives carried off: 12,000.");

  LedgerTotals terms;
  terms.agreed.gold = 5000;
  terms.captives_unknown = 1;
  const std::vector<std::string> more = ledger_summary_lines(terms);
  REQUIRE(more.size() == 4);
  CHECK(more[0] == "Demanded of the cities so far (sums on record, each counted once): nothing.");
  CHECK(more[2] == "Agreed in the truce (terms, not paid): 5,000 lb gold.");
  CHECK(more[3] == "Captives carried off: in numbers no source gives.");
}
