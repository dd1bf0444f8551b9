// Ledger tests: running totals of demands, payments and captives checked against the sources' figures.
#include <doctest/doctest.h>

#include <string>

#include "campaign_test_support.h"
#include "core/story/amount_text.h"
#include "core/story/ledger.h"

using namespace atlas;
using atlas_test::day;
using atlas_test::real_campaign;

namespace {

const Event& event(const char* id) {
  const Campaign& c = real_campaign();
  const int i = c.find_event(id);
  REQUIRE_MESSAGE(i >= 0, id);
  return c.events[static_cast<std::size_t>(i)];
}

LedgerTotals totals_on(const Ledger& l, const char* iso) { return l.at(day(iso) + 0.5); }

}  // namespace

TEST_CASE("the sources' figures are in the events") {
  CHECK(event("hierapolis-pays").paid.lb == 2000);
  CHECK(event("hierapolis-pays").paid.metal == Metal::Silver);
  const Event& beroea = event("beroea-burned");
  CHECK(beroea.demanded.lb == 4000);
  CHECK(beroea.demanded.metal == Metal::Silver);
  CHECK(beroea.paid.lb == 2000);
  CHECK(beroea.paid.metal == Metal::Silver);
  for (const char* id : {"chalcis-pays", "edessa-pays"}) {
    INFO(id);
    CHECK(event(id).paid.lb == 200);
    CHECK(event(id).paid.metal == Metal::Gold);
  }
  const Event& antioch = event("antioch-sacked");
  CHECK(antioch.demanded.lb == 1000);
  CHECK(antioch.demanded.metal == Metal::Gold);
  CHECK_FALSE(antioch.paid.present);
  CHECK(event("antioch-payment-forbidden").outcome == Outcome::Refused);
  CHECK_FALSE(event("sura-razed").captives.present);  // sold on the spot to Candidus (II.5.29–32)
  CHECK(event("sura-captives-pledge").demanded.lb == 200);
  CHECK(event("antioch-sacked").demand_same_as == "megas-bargain");  // one sum (II.6.25, 8.4)
  CHECK_FALSE(event("constantina-pays").paid.known);
  CHECK_FALSE(event("daras-siege").paid.uncertain);  // a thousand in the Greek (II.13.28)
  CHECK(event("truce-agreed").demanded.lb == 5000);
}

TEST_CASE("running totals by date") {
  const Ledger l(real_campaign());
  LedgerTotals t = totals_on(l, "0540-03-20");
  CHECK(t.entries == 0);
  CHECK(describe_sums(t.paid, t.paid_unknown, "payment") == "nothing");

  t = totals_on(l, "0540-04-28");  // Sura's people were sold back on the spot, not carried off
  CHECK(t.captives == 0);
  CHECK(t.captives_unknown == 0);
  CHECK(t.demanded.gold == 200);   // Candidus' pledge

  CHECK(totals_on(l, "0540-05-15").paid.silver == 0);
  t = totals_on(l, "0540-05-16");
  CHECK(t.paid.silver == 2000);  // Hierapolis
  CHECK(t.paid.gold == 0);
  CHECK(t.demanded.gold == 200 + 1000);  // and Megas' bargain

  t = totals_on(l, "0540-05-19");  // Beroea asked, not yet paid
  CHECK(t.demanded.silver == 4000);
  CHECK(t.paid.silver == 2000);
  t = totals_on(l, "0540-05-23");
  CHECK(t.paid.silver == 4000);

  t = totals_on(l, "0540-06-01");  // Antioch asked the 1,000 lb of Megas' bargain again; nothing paid
  CHECK(t.demanded.gold == 200 + 1000);  // counted once
  CHECK(t.paid.gold == 0);
  t = totals_on(l, "0540-06-13");
  CHECK(t.agreed.gold == 5000);          // the truce's terms, apart
  CHECK(t.demanded.gold == 1200);
  CHECK(t.captives_unknown == 1);        // Antioch's people

  CHECK(totals_on(l, "0540-07-11").paid.silver == 5000);  // Apamea's 1,000 lb

  CHECK(totals_on(l, "0540-07-19").paid.gold == 200);  // Chalcis
  CHECK(totals_on(l, "0540-08-08").paid.gold == 400);  // and Edessa
  CHECK(totals_on(l, "0540-08-22").paid_unknown == 2);  // Apamea's treasure, Constantina
}

TEST_CASE("totals at the end of the campaign") {
  const Ledger l(real_campaign());
  const LedgerTotals t = l.at(real_campaign().end_day);
  CHECK(t.demanded.gold == 1200);    // 200 Sura's captives + 1,000 Megas = Antioch, counted once
  CHECK(t.agreed.gold == 5000);      // the truce's terms, kept apart from the cities' demands
  CHECK(t.demanded.silver == 5000);  // 4,000 Beroea + 1,000 Apamea
  CHECK(t.demanded_unknown == 0);
  CHECK(t.paid.gold == 400);         // Chalcis, Edessa
  CHECK(t.paid.silver == 6000);      // Hierapolis, Beroea, Apamea, Daras
  CHECK(t.paid_unknown == 2);        // Apamea's church treasure, Constantina
  CHECK(t.paid_uncertain == 0);      // Daras's 1,000 is firm (II.13.28)
  CHECK(t.captives == 0);
  CHECK(t.captives_unknown == 1);    // Antioch
  CHECK(t.entries == static_cast<int>(l.entries().size()));
  CHECK(describe_sums(t.paid, t.paid_unknown, "payment") ==
        "400 lb gold, 6,000 lb silver + 2 payments of unknown amount");
  CHECK(describe_sums(t.demanded, 0, "demand") == "1,200 lb gold, 5,000 lb silver");
  CHECK(describe_sums({0, 0}, 1, "payment") == "1 payment of unknown amount");
}

TEST_CASE("plunder grows and never shrinks; entries are in date order") {
  const Campaign& c = real_campaign();
  const Ledger l(c);
  int decreases = 0;
  MetalSums last;
  for (double d = c.start_day; d <= c.end_day + 1; d += 0.5) {
    const MetalSums p = l.plunder_at(d);
    decreases += p.gold < last.gold || p.silver < last.silver;
    last = p;
  }
  CHECK(decreases == 0);
  CHECK(last.gold == 400);
  CHECK(last.silver == 6000);
  int out_of_order = 0;
  for (std::size_t i = 1; i < l.entries().size(); ++i) out_of_order += l.entries()[i].day < l.entries()[i - 1].day;
  CHECK(out_of_order == 0);
}

TEST_CASE("unknown and uncertain amounts are counted apart from the sums") {
  const std::string text = atlas_test::replace_once(atlas_test::kMinimalCampaign,
                                                    R"("demanded": {"lb": 1000, "metal": "gold"})",
                                                    R"("demanded": {"lb": 1000, "metal": "silver", "uncertain": true})");
  const Campaign c = atlas_test::load_or_fail(text);
  const Ledger l(c);
  const LedgerTotals t = l.at(c.end_day);
  CHECK(t.demanded.silver == 1000);
  CHECK(t.demanded.gold == 0);
  CHECK(t.demanded_uncertain == 1);
  CHECK(t.paid_unknown == 1);
  CHECK(t.paid.gold + t.paid.silver == 0);
  CHECK(t.captives == 12000);
}

TEST_CASE("amounts and counts as text") {
  CHECK(format_pounds(2000) == "2,000");
  CHECK(format_pounds(1234567.5) == "1,234,567.5");
  CHECK(format_pounds(200) == "200");
  CHECK(format_pounds(0.05) == "0.05");
  CHECK(plain_number(12000) == "12000");
  CHECK(plain_number(2.25) == "2.25");
  CHECK(describe_amount(event("hierapolis-pays").paid) == "2,000 lb silver");
  CHECK(describe_amount(event("daras-siege").paid) == "1,000 lb silver");
  CHECK(describe_amount(event("constantina-pays").paid) == "amount unknown");
  CHECK(describe_amount(event("chalcis-pays").demanded).empty());
  Count sura;
  sura.present = sura.known = true;
  sura.value = 12000;
  CHECK(describe_count(sura) == "12,000");
  CHECK(describe_count(event("antioch-sacked").captives) == "unknown");
}
