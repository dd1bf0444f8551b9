// Unit tests of the paced tour (core/story/tour, advance in atlas_state): every card is stopped on
// long enough to read, in order, time never runs back, quiet stretches are brief, and it ends on the whole.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "campaign_test_support.h"
#include "core/story/atlas_state.h"
#include "core/shell/swipe.h"
#include "core/story/tour.h"

using namespace atlas;
using atlas_test::real_campaign;
using atlas_test::shipped_campaign;

namespace {

// One stop of a simulated tour: the event shown and for how long, and the longest time between cards.
struct Stop {
  int event;
  double seconds;
};
struct Tour {
  std::vector<Stop> stops;
  double longest_gap = 0, total = 0;
  bool day_went_back = false;
};

Tour play(const Campaign& c, double speed, double dt = 0.05) {
  Timeline t(c);
  AtlasState s;
  s.speed = speed;
  start_tour(s, t);
  Tour tour;
  if (s.selected_event >= 0) tour.stops.push_back({s.selected_event, 0});  // an event on the first day
  double gap = 0;
  for (int i = 0; i < 200000 && s.playing; ++i) {
    const int before = s.selected_event;
    const double day = s.day;
    advance(s, t, dt);
    tour.total += dt;
    tour.day_went_back = tour.day_went_back || s.day < day;
    const bool on_card = s.selected_event >= 0 && s.dwell > 0;
    if (s.selected_event != before && s.selected_event >= 0) tour.stops.push_back({s.selected_event, 0});
    if (on_card && !tour.stops.empty()) tour.stops.back().seconds += dt;
    gap = on_card ? 0 : gap + dt;
    tour.longest_gap = std::max(tour.longest_gap, gap);
  }
  return tour;
}

}  // namespace

TEST_CASE("a card's reading time grows with its words, within bounds") {
  Event short_one, long_one;
  short_one.summary = "Sura falls.";
  for (int i = 0; i < 60; ++i) long_one.summary += "word ";
  CHECK(reading_seconds(short_one) == doctest::Approx(3.0));  // the floor: finding the card and the place
  CHECK(reading_seconds(long_one) == doctest::Approx(1.5 + 60 / 3.5));
  for (int i = 0; i < 200; ++i) long_one.summary += "word ";
  CHECK(reading_seconds(long_one) == doctest::Approx(20.0));  // the ceiling: the reader can pause
  CHECK(dwell_seconds(long_one, 2) > dwell_seconds(long_one, 6));
  CHECK(dwell_seconds(long_one, 15) < dwell_seconds(long_one, 6));
  CHECK(dwell_seconds(long_one, 15) >= 0.25 * 20.0);
}

TEST_CASE("the tour stops on every event in order, each long enough to read, and time never runs back") {
  const Campaign& c = real_campaign();
  const Tour tour = play(c, 6.0);
  REQUIRE(tour.stops.size() == c.events.size());
  for (size_t i = 0; i < tour.stops.size(); ++i) {
    CAPTURE(c.events[i].id);
    CHECK(tour.stops[i].event == static_cast<int>(i));
    CHECK(tour.stops[i].seconds == doctest::Approx(dwell_seconds(c.events[i], 6.0)).epsilon(0.02));
    CHECK(tour.stops[i].seconds >= 3.0);  // the 0.27 s cards are gone
  }
  CHECK_FALSE(tour.day_went_back);
  CHECK(tour.longest_gap <= 6.0 + 0.1);  // no quiet stretch longer than 6 s at the normal speed
  CHECK(tour.total == doctest::Approx(tour_seconds(c, 6.0)).epsilon(0.01));
  MESSAGE("540 at normal speed: " << tour.total << " s; fast: " << tour_seconds(c, 15) << " s; slow: " << tour_seconds(c, 2) << " s");
}

TEST_CASE("events of the same day are each stopped on; the 541 campaign tours too") {
  Campaign c = shipped_campaign("khusrau-belisarius-541.json");
  c.events[2].date.start = c.events[1].date.start;  // two events on one day
  const Tour tour = play(c, 15.0);
  REQUIRE(tour.stops.size() == c.events.size());
  CHECK(tour.stops[1].event == 1);
  CHECK(tour.stops[2].event == 2);
  CHECK(tour.stops[2].seconds > 0.5);
  CHECK(tour.stops[0].seconds == doctest::Approx(dwell_seconds(c.events[0], 15.0)).epsilon(0.02));  // on the first day
}

TEST_CASE("the tour ends on the whole campaign, and Play there starts it again") {
  const Campaign& c = real_campaign();
  Timeline t(c);
  AtlasState s;
  s.speed = 15;
  start_tour(s, t);
  for (int i = 0; i < 100000 && s.playing; ++i) advance(s, t, 0.1);
  CHECK_FALSE(s.playing);
  CHECK(s.ended);
  CHECK(s.selected_event == -1);  // the card shows the campaign's summary
  CHECK(s.day >= c.end_day);
  start_tour(s, t);
  CHECK(s.playing);
  CHECK_FALSE(s.ended);
  CHECK(s.day < c.start_day + 1);
}

TEST_CASE("pausing keeps the time left on a card; scrubbing or choosing an event clears it") {
  const Campaign& c = real_campaign();
  Timeline t(c);
  AtlasState s;
  start_tour(s, t);
  for (int i = 0; i < 10000 && s.dwell <= 0; ++i) advance(s, t, 0.05);
  REQUIRE(s.dwell > 1.0);
  const int on = s.selected_event;
  advance(s, t, 1.0);
  const double left = s.dwell;
  s.playing = false;
  CHECK_FALSE(advance(s, t, 1.0));
  s.playing = true;
  CHECK(s.dwell == doctest::Approx(left));
  CHECK(s.selected_event == on);
  select_event(s, c, on + 3);
  CHECK(s.dwell == 0);
  set_day(s, t, s.day + 10);
  CHECK(s.dwell == 0);
}

TEST_CASE("a swipe across the panels steps: sideways and long enough, not a tap or a scroll") {
  CHECK(swipe_step(-120, 10, 1) == +1);   // to the left: the next event
  CHECK(swipe_step(120, -20, 1) == -1);   // to the right: the previous one
  CHECK(swipe_step(-40, 0, 1) == 0);      // too short (48 CSS px)
  CHECK(swipe_step(-80, 0, 2) == 0);      // ... in device pixels at 2x
  CHECK(swipe_step(-100, 0, 2) == +1);
  CHECK(swipe_step(-100, 60, 1) == 0);    // mostly a scroll
  CHECK(swipe_step(0, 0, 1) == 0);        // a tap
}
