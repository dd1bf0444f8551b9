// Timeline queries: the army's position by date, places' status, current event, chapter and decisions.
#include <doctest/doctest.h>

#include <iterator>
#include <string>

#include "campaign_test_support.h"
#include "core/geo/great_circle.h"
#include "core/story/atlas_state.h"
#include "core/story/timeline.h"

using namespace atlas;
using atlas_test::day;
using atlas_test::real_campaign;

namespace {

double km_from(const ArmyPosition& p, const Place& place) { return great_circle_km(p.at, place.at); }

const Place& place(const Campaign& c, const char* id) {
  const int i = c.find_place(id);
  REQUIRE_MESSAGE(i >= 0, id);
  return c.places[static_cast<std::size_t>(i)];
}

int event_index(const Campaign& c, const char* id) {
  const int i = c.find_event(id);
  REQUIRE_MESSAGE(i >= 0, id);
  return i;
}

std::string chapter_title(const Timeline& t, const char* iso) {
  const int i = t.active_chapter(day(iso) + 0.5);
  return i < 0 ? "(none)" : t.campaign().chapters[static_cast<std::size_t>(i)].title;
}

}  // namespace

TEST_CASE("synthetic route: halts, interpolated waypoints, legs and the ends") {
  const Campaign c = atlas_test::load_or_fail(atlas_test::kMinimalCampaign);
  const Timeline t(c);
  const std::vector<double> km = cumulative_km(c.main_route());

  const ArmyPosition before = t.army_at(day("0540-03-01"));
  CHECK(before.before_start);
  CHECK(before.waypoint == 0);
  CHECK(before.km == 0);

  // The undated waypoint gets a time proportional to its distance between its dated neighbours.
  const double start = day("0540-03-15"), arrive = day("0540-06-01");
  CHECK(c.main_route()[1].arrive == doctest::Approx(start + (arrive - start) * km[1] / km[2]));
  CHECK_FALSE(c.main_route()[1].date_given);
  CHECK(c.main_route()[1].uncertain);
  const ArmyPosition mid = t.army_at(c.main_route()[1].arrive);
  CHECK(great_circle_km(mid.at, GeoDeg::lat_lon(35.0, 40.0)) < 1e-6);
  CHECK(mid.km == doctest::Approx(km[1]));

  const ArmyPosition halted = t.army_at(day("0540-06-10") + 0.5);
  CHECK(halted.waypoint == 2);
  CHECK(halted.km == doctest::Approx(km[2]));
  CHECK(km_from(halted, place(c, "antioch")) < 1e-6);

  const double leave = day("0540-06-20"), back = day("0540-09-30");
  const ArmyPosition moving = t.army_at((leave + back) / 2);
  CHECK(moving.waypoint == -1);
  CHECK(moving.leg == 2);
  CHECK(moving.fraction == doctest::Approx(0.5));
  CHECK(moving.approximate);
  CHECK(moving.km == doctest::Approx((km[2] + km[3]) / 2));
  const GeoDeg halfway = great_circle_point(c.main_route()[2].at, c.main_route()[3].at, 0.5);
  CHECK(great_circle_km(moving.at, halfway) < 1e-6);

  const ArmyPosition after = t.army_at(day("0540-12-01"));
  CHECK(after.after_end);
  CHECK(after.km == doctest::Approx(t.route_km()));

  double last_km = -1;
  int backwards = 0;
  const double first = day("0540-03-01"), last = day("0540-10-10");
  for (double d = first; d < last; d += 0.25) {
    const double k = t.army_at(d).km;
    backwards += k < last_km;
    last_km = k;
  }
  CHECK(backwards == 0);
}

TEST_CASE("synthetic events: started, current, in progress and place status") {
  const Campaign c = atlas_test::load_or_fail(atlas_test::kMinimalCampaign);
  const Timeline t(c);
  const int antioch = c.find_place("antioch");
  CHECK(t.events_started(day("0540-03-14")) == 0);
  CHECK(t.current_event(day("0540-03-14")) == -1);
  CHECK(t.events_started(day("0540-03-15")) == 1);
  CHECK(t.current_event(day("0540-05-01")) == 0);  // the latest started, though over
  CHECK(t.current_event(day("0540-06-05")) == 1);

  PlaceStatus s = t.place_status(antioch, day("0540-05-31"));
  CHECK(s.outcome == Outcome::None);
  CHECK(s.active_event == -1);
  s = t.place_status(antioch, day("0540-06-05"));
  CHECK(s.outcome == Outcome::None);  // the outcome counts from the event's last day
  CHECK(s.active_event == 1);
  s = t.place_status(antioch, day("0540-06-12"));
  CHECK(s.outcome == Outcome::Sacked);
  CHECK(s.event == 1);
  CHECK(s.holder == c.find_faction("roman"));
  CHECK(t.place_statuses(day("0540-07-01")).size() == c.places.size());

  CHECK(t.decisions_taken(day("0540-03-31")) == 0);
  CHECK(t.decisions_taken(day("0540-04-01")) == 1);
  CHECK(t.active_chapter(day("0540-06-01")) == 1);
}

TEST_CASE("real campaign: the army is near the place of each event while it happens") {
  const Campaign& c = real_campaign();
  const Timeline t(c);
  std::vector<bool> on_route(c.places.size(), false);
  for (const Waypoint& w : c.main_route()) {
    if (w.place_index >= 0) on_route[static_cast<std::size_t>(w.place_index)] = true;
  }
  int checked = 0;
  for (const Event& e : c.events) {
    if (e.kind == EventKind::March || e.kind == EventKind::Decision) continue;
    if (!on_route[static_cast<std::size_t>(e.place_index)]) continue;
    const Place& p = c.places[static_cast<std::size_t>(e.place_index)];
    INFO("event " << e.id);
    CHECK(km_from(t.army_at(e.date.start + 0.5), p) < 30);
    CHECK(km_from(t.army_at(e.date.end + 0.5), p) < 30);
    ++checked;
  }
  CHECK(checked >= 15);
}

TEST_CASE("real campaign: the army's position at chosen dates") {
  const Campaign& c = real_campaign();
  const Timeline t(c);
  CHECK(km_from(t.army_at(day("0540-03-15")), place(c, "ctesiphon")) < 1);
  // Mid-April he is on the Euphrates, passing Circesium on the far bank.
  const ArmyPosition circesium = t.army_at(day("0540-04-14") + 0.5);
  CHECK(km_from(circesium, place(c, "circesium")) < 15);
  CHECK(c.main_route()[static_cast<std::size_t>(circesium.leg) + 1].follows == "Euphrates");
  const ArmyPosition sura = t.army_at(day("0540-04-26"));
  CHECK(sura.waypoint >= 0);
  CHECK(c.main_route()[static_cast<std::size_t>(sura.waypoint)].place == "sura");
  CHECK(km_from(t.army_at(day("0540-06-10")), place(c, "antioch")) < 1);
  CHECK(km_from(t.army_at(day("0540-09-01")), place(c, "daras")) < 1);
  // The way home is the guessed route: approximate.
  const ArmyPosition home = t.army_at(day("0540-09-20"));
  CHECK(home.approximate);
  CHECK(c.main_route()[static_cast<std::size_t>(home.leg)].arrive >= day("0540-09-08"));  // past Nisibis
  CHECK(home.km > t.route_km() - 600);
  const ArmyPosition end = t.army_at(day("0540-10-15"));
  CHECK(end.after_end);
  CHECK(km_from(end, place(c, "ctesiphon")) < 1);
  CHECK(end.km == doctest::Approx(t.route_km()));
  CHECK(t.route_km() > 2000);
  CHECK(t.route_km() < 3000);
}

TEST_CASE("real campaign: places' status follows their events") {
  const Campaign& c = real_campaign();
  const Timeline t(c);
  const int sura = c.find_place("sura"), antioch = c.find_place("antioch");
  CHECK(t.place_status(sura, day("0540-04-24")).outcome == Outcome::None);
  CHECK(t.place_status(sura, day("0540-04-26")).active_event == event_index(c, "sura-razed"));
  const PlaceStatus razed = t.place_status(sura, day("0540-05-01"));
  CHECK(razed.outcome == Outcome::Razed);
  CHECK(razed.event == event_index(c, "sura-razed"));
  CHECK(razed.active_event == -1);

  CHECK(t.place_status(antioch, day("0540-05-28")).outcome == Outcome::Refused);
  CHECK(t.place_status(antioch, day("0540-06-13")).outcome == Outcome::Sacked);
  // The truce agreed there afterwards does not change what happened to the city.
  CHECK(t.place_status(antioch, day("0540-07-01")).outcome == Outcome::Sacked);

  const double end = c.end_day;
  CHECK(t.place_status(c.find_place("daras"), end).outcome == Outcome::SiegeFailed);
  CHECK(t.place_status(c.find_place("circesium"), end).outcome == Outcome::Bypassed);
  CHECK(t.place_status(c.find_place("hierapolis"), end).outcome == Outcome::Paid);
  CHECK(t.place_status(c.find_place("sergiopolis"), end).outcome == Outcome::None);  // not attacked in 540
  CHECK(t.place_status(c.find_place("constantinople"), end).outcome == Outcome::None);

  const int ravenna = c.find_place("ravenna");
  CHECK(t.holder_at(ravenna, day("0540-05-01")) == c.find_faction("gothic"));
  CHECK(t.holder_at(ravenna, day("0540-06-01")) == c.find_faction("roman"));
}

TEST_CASE("real campaign: current event, active chapter and Justinian's decisions so far") {
  const Campaign& c = real_campaign();
  const Timeline t(c);
  CHECK(t.current_event(day("0540-02-01")) == -1);
  CHECK(t.current_event(day("0540-04-10")) == event_index(c, "march-up-euphrates"));
  CHECK(t.current_event(day("0540-04-14") + 0.5) == event_index(c, "circesium-bypassed"));
  CHECK(t.current_event(day("0540-06-05")) == event_index(c, "antioch-sacked"));
  CHECK(t.current_event(day("0540-12-01")) == event_index(c, "return-to-persia"));
  CHECK(t.events_started(day("0540-12-31")) == static_cast<int>(c.events.size()));

  CHECK(chapter_title(t, "0540-03-10") == "Khusrau Invades");
  CHECK(chapter_title(t, "0540-06-05") == "The Sack of Antioch");
  CHECK(chapter_title(t, "0540-09-01") == "The Siege of Daras");
  CHECK(chapter_title(t, "0540-12-01") == "Reflections of the Vizier");

  CHECK(t.decisions_taken(day("0540-02-01")) == 0);  // before the timeline starts
  CHECK(t.decisions_taken(day("0540-03-10")) == 3);  // the three taken before the invasion
  CHECK(c.decisions[0].id == "end-gothic-war");
  CHECK(t.decisions_taken(day("0540-06-05")) == 6);
  CHECK(c.decisions[5].id == "ravenna-taken");
  CHECK(t.decisions_taken(day("0540-09-01")) == 7);
  CHECK(t.decisions_taken(day("0540-12-01")) == 9);
}

TEST_CASE("playback starts at the default of the speeds the timeline offers, slowest first") {
  const atlas::AtlasState s;
  CHECK(s.speed == atlas::kPlaybackSpeeds[atlas::kDefaultPlaybackSpeed].days_per_second);
  for (std::size_t i = 1; i < std::size(atlas::kPlaybackSpeeds); ++i)
    CHECK(atlas::kPlaybackSpeeds[i - 1].days_per_second < atlas::kPlaybackSpeeds[i].days_per_second);
}
