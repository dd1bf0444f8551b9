// Self-audit of assets/campaigns/khusrau-540.json against Procopius, Wars (the Greek, section by section):
// each fact names its passage, so a later edit cannot silently undo the corrections of issue 13.
#include <doctest/doctest.h>

#include <string>

#include "campaign_test_support.h"
#include "core/geo/great_circle.h"
#include "core/story/ledger.h"

using namespace atlas;
using atlas_test::real_campaign;

namespace {

int g_facts = 0;  // facts checked so far (each one CHECK with its passage)

void fact(bool holds, const std::string& what) {
  ++g_facts;
  CHECK_MESSAGE(holds, what);
}

const Event& event(const char* id) {
  const Campaign& c = real_campaign();
  const int i = c.find_event(id);
  REQUIRE_MESSAGE(i >= 0, "missing event " << id);
  return c.events[static_cast<std::size_t>(i)];
}

const Place& place(const char* id) {
  const Campaign& c = real_campaign();
  const int i = c.find_place(id);
  REQUIRE_MESSAGE(i >= 0, "missing place " << id);
  return c.places[static_cast<std::size_t>(i)];
}

const Decision& decision(const char* id) {
  for (const Decision& d : real_campaign().decisions)
    if (d.id == id) return d;
  FAIL("missing decision " << id);
  static const Decision none;
  return none;
}

bool amount_is(const Amount& a, double lb, Metal metal) {
  return a.present && a.known && a.lb == lb && a.has_metal && a.metal == metal;
}

bool cites(const std::vector<SourceRef>& refs, const std::string& passage) {
  for (const SourceRef& r : refs)
    if (r.source == "procopius" && r.passage == passage) return true;
  return false;
}

bool claims_from(const std::vector<Claim>& claims, const char* source) {
  for (const Claim& c : claims)
    if (c.source.source == source) return true;
  return false;
}

int route_index(const char* place_id) {
  const Campaign& c = real_campaign();
  for (std::size_t i = 0; i < c.main_route().size(); ++i)
    if (c.main_route()[i].place == place_id) return static_cast<int>(i);
  return -1;
}

}  // namespace

static void amounts_and_metals() {  // amounts and metals, as in the Greek
  struct Row { const char* event; bool paid; double lb; Metal metal; const char* passage; };
  const Row rows[] = {
      {"sura-captives-pledge", false, 200, Metal::Gold, "II.5.29: two centenaria for Sura's 12,000"},
      {"hierapolis-pays", true, 2000, Metal::Silver, "II.6.24: two thousand pounds of silver"},
      {"megas-bargain", false, 1000, Metal::Gold, "II.6.25: ten centenaria of gold to leave the Roman East"},
      {"beroea-burned", false, 4000, Metal::Silver, "II.7.5: double what Hierapolis gave"},
      {"beroea-burned", true, 2000, Metal::Silver, "II.7.6: they gave two thousand pounds of silver"},
      {"antioch-sacked", false, 1000, Metal::Gold, "II.8.4: ten centenaria of gold asked of Antioch"},
      {"truce-agreed", false, 5000, Metal::Gold, "II.10.24: fifty centenaria at once"},
      {"apamea-silver", true, 1000, Metal::Silver, "II.11.3, 11.24: the thousand pounds the envoys allowed"},
      {"chalcis-pays", true, 200, Metal::Gold, "II.12.2: two centenaria of gold"},
      {"edessa-pays", true, 200, Metal::Gold, "II.12.34: two centenaria of gold"},
      {"daras-siege", true, 1000, Metal::Silver, "II.13.28: a thousand pounds of silver"},
  };
  for (const Row& r : rows) {
    const Event& e = event(r.event);
    fact(amount_is(r.paid ? e.paid : e.demanded, r.lb, r.metal), std::string(r.event) + " — " + r.passage);
  }
  fact(!event("daras-siege").paid.uncertain, "II.13.28: Daras's thousand is firm, not an uncertain figure");
  fact(event("apamea-treasure").paid.present && !event("apamea-treasure").paid.known,
       "II.11.24: the church treasure, on top of the silver, has no figure");
  fact(event("constantina-pays").paid.present && !event("constantina-pays").paid.known,
       "II.13.8: Constantina paid an unrecorded sum");
  fact(!event("carrhae-refused").paid.present, "II.13.7: Khusrau refused Carrhae's money");
  fact(!event("sura-captives-pledge").paid.present, "II.5.31: Candidus promised to pay within a year; nothing paid in 540");
}

static void outcomes() {
  struct Row { const char* event; Outcome outcome; const char* passage; };
  const Row rows[] = {
      {"circesium-bypassed", Outcome::Bypassed, "II.5.4: neither attacked nor crossed to"},
      {"zenobia-refuses", Outcome::Refused, "II.5.7: would not come to terms"},
      {"sura-razed", Outcome::Razed, "II.5.26: burned to the ground"},
      {"beroea-burned", Outcome::Burned, "II.7.11: almost the whole city burned"},
      {"antioch-sacked", Outcome::Sacked, "II.8-10"},
      {"apamea-treasure", Outcome::Plundered, "II.11.24-29: the church treasure taken, the city spared"},
      {"carrhae-refused", Outcome::Spared, "II.13.7"},
      {"daras-siege", Outcome::SiegeFailed, "II.13.26-28: the mine met, the attempt given up"},
      {"obbane-crossing", Outcome::Crossed, "II.12.4"},
  };
  for (const Row& r : rows) fact(event(r.event).outcome == r.outcome, std::string(r.event) + " — " + r.passage);
  fact(event("circesium-bypassed").summary.find("across the Euphrates") != std::string::npos,
       "II.5.2: Circesium is across the Euphrates, not across the Khabur");
}

static void sums_counted_once() {  // one sum sought twice, truce terms apart, captives not carried off
  fact(event("antioch-sacked").demand_same_as == "megas-bargain",
       "II.6.25 and II.8.4: Megas's ten centenaria and Antioch's are one sum");
  fact(!event("sura-razed").captives.present, "II.5.29-32: Sura's 12,000 were sold on the spot and stayed in Roman hands");
  const Campaign& c = real_campaign();
  const LedgerTotals t = Ledger(c).at(c.end_day);
  fact(t.demanded.gold == 1200, "demanded of the cities: 200 (II.5.29) + 1,000 once (II.6.25 = II.8.4) lb of gold");
  fact(t.agreed.gold == 5000, "II.10.24: the truce's 5,000 lb are terms, apart from the cities' demands");
  fact(t.paid.silver == 6000, "paid silver: Hierapolis 2,000 (II.6.24), Beroea 2,000 (II.7.6), Apamea 1,000 (II.11.24), Daras 1,000 (II.13.28)");
  fact(t.paid.gold == 400, "paid gold: Chalcis 200 (II.12.2), Edessa 200 (II.12.34)");
}

static void day_counts_and_flags() {  // Procopius's day counts and the dates flagged
  const Event& hierapolis = event("hierapolis-pays");
  const Event& megas = event("megas-bargain");
  const Event& beroea = event("beroea-burned");
  const Event& ban = event("antioch-payment-forbidden");
  fact(megas.date.start == hierapolis.date.end, "II.7.1: Megas and Khusrau left Hierapolis the day it paid");
  fact(beroea.date.start == megas.date.start + 3, "II.7.4: Beroea reached on the fourth day");
  fact(ban.date.start == beroea.date.start, "II.7.4: Megas reached Antioch the day Khusrau reached Beroea");
  fact(beroea.date.end >= megas.date.start + 6 && ban.date.end < beroea.date.end,
       "II.7.25: Megas back on the seventh day, so the ban fell during Beroea's ordeal");
  fact(event("obbane-crossing").date.end - event("obbane-crossing").date.start == 2, "II.12.4-5: the bridge broken on the third day");
  int certain = 0;
  for (const Event& e : real_campaign().events) certain += !e.date.uncertain;
  fact(certain == 0, "Procopius dates no event of 540 to the day: every date is an estimate, flagged");
  const Decision& ravenna = decision("ravenna-taken");
  fact(ravenna.date.uncertain && ravenna.date.note.find("no month") != std::string::npos,
       "VI.29: no month for Ravenna; 'May 540' is a modern dating");
}

static void citations_and_differs() {  // citations of the letter, the refusal, and where the post and Procopius part ways
  fact(cites(decision("accept-truce").sources, "II.13.1\u20132"), "II.13.1: Justinian's letter; II.13.2 the hostages freed");
  fact(cites(event("edessa-letter").sources, "II.13.1\u20136"), "II.13.3-6: Buzes stopped the ransom at Edessa");
  fact(cites(decision("refuse-ratify").sources, "II.13.29"), "II.13.29: the refusal after Daras");
  fact(cites(decision("split-eastern-command").sources, "II.6.1\u20138"), "II.6.1: the eastern command split with Buzes");
  fact(cites(decision("send-anastasius").sources, "II.4.14\u201326"), "II.4.14-16: Anastasius sent with a letter");
  const Decision& ravenna = decision("ravenna-taken");
  fact(claims_from(ravenna.differs, "post") && claims_from(ravenna.differs, "procopius"),
       "VI.30.2, II.14.8-10: the army of Italy stayed; the post says it returned");
  const Event& beroea = event("beroea-burned");
  fact(claims_from(beroea.differs, "post") && claims_from(beroea.differs, "procopius"), "II.7.6: Beroea paid 2,000 of the 4,000");
  int corrections = 0;
  for (const Note& n : real_campaign().corrections)
    corrections += n.id == "circesium-euphrates" || n.id == "sura-captives" || n.id == "daras-thousand" || n.id == "italian-army";
  fact(corrections == 4, "the Sources panel lists the corrections of II.5.2, II.5.29-33, II.13.28 and VI.30.2");
}

static void people_and_forces() {  // people and forces where they explain an event
  fact(event("hierapolis-pays").summary.find("Buzes") != std::string::npos, "II.6.7-8: Buzes left Hierapolis with the best troops");
  fact(event("edessa-letter").summary.find("Buzes") != std::string::npos, "II.13.6: Buzes stopped the ransom");
  fact(event("daras-siege").summary.find("Martinus") != std::string::npos, "II.13.16, 14.9-10: Martinus at Daras");
  fact(event("chalcis-pays").summary.find("Paulus") != std::string::npos, "II.12.1: Paulus carried the threat to Chalcis");
  const Campaign& c = real_campaign();
  fact(c.forces[1].size.known && c.forces[1].size.value == 300, "II.6.9: Germanus came with 300 men");
  fact(c.forces[2].size.known && c.forces[2].size.value == 6000, "II.8.2: Theoctistus and Molatzes brought 6,000");
  fact(!c.forces[0].size.known, "II.5.1: 'a great army', no figure");
}

static void way_home_and_sites() {  // the way home by its named stages, and the places' sites
  const int chalcis = route_index("chalcis"), obbane = route_index("barbalissos"), batnae = route_index("batnae"),
            edessa = route_index("edessa"), carrhae = route_index("carrhae"), constantina = route_index("constantina"),
            daras = route_index("daras");
  fact(chalcis < obbane && obbane < batnae && batnae < edessa && edessa < carrhae && carrhae < constantina &&
           constantina < daras && chalcis >= 0,
       "II.12.1-13.16: Chalcis, Obbane, Batnae, Edessa, Carrhae, Constantina, Daras");
  const Campaign& c = real_campaign();
  int named_legs_guessed = 0;
  for (int i = chalcis + 1; i <= daras; ++i) named_legs_guessed += c.main_route()[static_cast<std::size_t>(i)].approximate;
  fact(named_legs_guessed == 0, "II.12-13: the stages to Daras are named, so not drawn as guesses");

  struct Site { const char* id; double lat, lon; const char* gazetteer; };
  const Site sites[] = {
      {"barbalissos", 36.0021, 38.1268, "Pleiades 668208"},
      {"batnae", 36.9764, 38.4269, "Suru\u00e7 / Tell Batnan, Wikipedia gazetteer data"},
      {"antioch", 36.2055, 36.1718, "fact sheet (Wikipedia/Pleiades-derived)"},
      {"edessa", 37.1583, 38.7917, "fact sheet (Wikipedia/Pleiades-derived)"},
      {"daras", 37.1852, 40.9647, "fact sheet (Wikipedia/Pleiades-derived)"},
      {"sura", 35.8989, 38.7798, "fact sheet (Wikipedia/Pleiades-derived)"},
      {"circesium", 35.1558, 40.43, "fact sheet (Wikipedia/Pleiades-derived)"},
  };
  for (const Site& s : sites) {
    const Place& p = place(s.id);
    const double km = great_circle_km(p.at, GeoDeg::lat_lon(s.lat, s.lon));
    fact(km <= 5.0, std::string(s.id) + " within 5 km of " + s.gazetteer + " (" + std::to_string(km) + " km)");
  }
  const Place& b = place("barbalissos");
  fact(great_circle_km(b.at, GeoDeg::lat_lon(35.84, 38.30)) > 20, "Barbalissos is not at the Wikipedia infobox value, ~24 km off");
}

TEST_CASE("540 audit: the data file agrees with Procopius on at least 25 facts") {
  g_facts = 0;
  amounts_and_metals();  // amounts and metals, as in the Greek
  outcomes();
  sums_counted_once();  // one sum sought twice, truce terms apart, captives not carried off
  day_counts_and_flags();  // Procopius's day counts and the dates flagged
  citations_and_differs();  // citations of the letter, the refusal, and where the post and Procopius part ways
  people_and_forces();  // people and forces where they explain an event
  way_home_and_sites();  // the way home by its named stages, and the places' sites
  CHECK_MESSAGE(g_facts >= 25, "facts checked: " << g_facts);
  MESSAGE("540 audit: " << g_facts << " facts checked");
}
