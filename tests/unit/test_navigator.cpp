// Unit tests of the reader's rules (core/story/navigator): clicks, playback, panels, links, the hash and
// what the page hears — on a small campaign, without GL.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "campaign_test_support.h"
#include "core/geo/map_geometry.h"
#include "core/story/navigator.h"

using namespace atlas;
using atlas_test::day;
using atlas_test::kMinimalCampaign;
using atlas_test::load_or_fail;
using atlas_test::replace_once;

namespace {

// The minimal campaign with two more cities (Nisibis without events, Ravenna far to the west) and
// two more events: an embassy at Ravenna and the return to Ctesiphon.
std::string campaign_text() {
  std::string text = replace_once(kMinimalCampaign, R"("role": "sacked"})", R"("role": "sacked"},
    {"id": "nisibis", "name": "Nisibis", "modern": "Nusaybin", "lat": 37.07, "lon": 41.21, "held_by": "sasanian", "role": "other"},
    {"id": "ravenna", "name": "Ravenna", "modern": "Ravenna", "lat": 44.42, "lon": 12.2, "held_by": "roman", "role": "other"})");
  return replace_once(text, "\n  ],\n  \"decisions\"", R"(,
    {"id": "embassy", "kind": "other", "date_start": "0540-07-01", "place": "ravenna",
     "summary": "Envoys in Ravenna.", "sources": [{"source": "procopius", "passage": "II.4"}]},
    {"id": "return", "kind": "march", "date_start": "0540-09-30", "place": "ctesiphon",
     "summary": "Home again.", "sources": [{"source": "post", "passage": "Return"}]}
  ],
  "decisions")");
}

struct Fixture {
  Campaign campaign = load_or_fail(campaign_text());
  Timeline timeline{campaign};
  Ledger ledger{campaign};
  AtlasState state;
  Navigator nav{state};
  Fixture() {
    nav.set_campaign(campaign, timeline, ledger, map_projection_for(campaign).params().central_meridian);
    set_day(state, timeline, campaign.start_day + 0.5);
  }
  int event(const char* id) const { return campaign.find_event(id); }
  int place(const char* id) const { return campaign.find_place(id); }
  FlyTarget click(const char* place_id) {
    ReaderRequests r;
    r.select_place = place(place_id);
    return nav.apply(r);
  }
  FlyTarget link(const std::string& query, std::vector<std::string>& warnings, bool initial = false) {
    std::vector<std::string> parse_warnings;
    UrlParams p = parse_url_params(query, parse_warnings);
    REQUIRE(parse_warnings.empty());
    return nav.apply(p, initial, warnings);
  }
  const ViewParam view{38.5, 36.0, 1.25};
  HostNotice notice(KeysAt keys = KeysAt::Map, bool settled = true) {
    return nav.notice(keys, settled, view, PanelId::Story);
  }
};

}  // namespace

TEST_CASE("a click on a city selects its latest event by the date, or its first if none has happened yet") {
  Fixture f;
  CHECK(f.campaign.events.size() == 4);
  FlyTarget fly = f.click("ctesiphon");  // before anything: the march, the first at Ctesiphon
  CHECK(f.state.selected_event == f.event("march"));
  CHECK(f.state.selected_place == f.place("ctesiphon"));
  CHECK(fly.kind == FlyTarget::Kind::Event);  // its place, with the army there at the time
  CHECK(fly.place == f.place("ctesiphon"));
  CHECK(fly.army == 0);

  set_day(f.state, f.timeline, day("0540-08-01") + 0.5);  // the return has not happened yet
  f.click("ctesiphon");
  CHECK(f.state.selected_event == f.event("march"));

  set_day(f.state, f.timeline, day("0540-10-15") + 0.5);
  f.click("ctesiphon");
  CHECK(f.state.selected_event == f.event("return"));
  CHECK(f.state.day == doctest::Approx(day("0540-09-30") + 0.5));  // the date moves to the event
}

TEST_CASE("a click on a city without events flies there and keeps the date and the event") {
  Fixture f;
  set_day(f.state, f.timeline, day("0540-06-05") + 0.5);
  const int before = f.state.selected_event;
  const double date = f.state.day;
  FlyTarget fly = f.click("nisibis");
  CHECK(fly.kind == FlyTarget::Kind::Place);
  CHECK(fly.place == f.place("nisibis"));
  CHECK(f.state.selected_place == f.place("nisibis"));
  CHECK(f.state.selected_event == before);
  CHECK(f.state.day == date);
  CHECK(f.notice().push_history);  // the reader's own navigation: a history entry
}

TEST_CASE("an event in the theatre frames its place and its army at its start; one far away shows the army") {
  Fixture f;
  FlyTarget near = f.nav.target_for_event(f.event("sack"));
  CHECK(near.kind == FlyTarget::Kind::Event);
  CHECK(near.place == f.place("antioch"));
  CHECK(near.army == 0);  // format 1: the one army
  CHECK(near.day == doctest::Approx(day("0540-06-01") + 0.5));
  FlyTarget far = f.nav.target_for_event(f.event("embassy"));
  CHECK(far.kind == FlyTarget::Kind::Army);
  CHECK(far.day == doctest::Approx(focus_day(f.campaign.events[static_cast<size_t>(f.event("embassy"))])));
  CHECK(f.nav.target_for_event(-1).kind == FlyTarget::Kind::None);
  CHECK(f.nav.target_for_event(99).kind == FlyTarget::Kind::None);
}

TEST_CASE("Play at the end starts again from the beginning; elsewhere it plays on, and pauses") {
  Fixture f;
  ReaderRequests play;
  play.toggle_play = true;
  set_day(f.state, f.timeline, f.campaign.end_day + 0.999);
  f.nav.apply(play);
  CHECK(f.state.playing);
  CHECK(f.state.day == doctest::Approx(f.campaign.start_day + 0.5));

  set_day(f.state, f.timeline, day("0540-06-05") + 0.5);
  f.nav.apply(play);  // pause, where it is
  CHECK_FALSE(f.state.playing);
  CHECK(f.state.day == doctest::Approx(day("0540-06-05") + 0.5));
  f.nav.apply(play);
  CHECK(f.state.playing);
  CHECK(f.state.day == doctest::Approx(day("0540-06-05") + 0.5));
}

TEST_CASE("selecting, stepping and scrubbing stop playback; speed and the Sources link do not move the map") {
  Fixture f;
  f.state.playing = true;
  ReaderRequests select;
  select.select_event = f.event("sack");
  FlyTarget fly = f.nav.apply(select);
  CHECK_FALSE(f.state.playing);
  CHECK(f.state.selected_event == f.event("sack"));
  CHECK(f.state.selected_place == f.place("antioch"));
  CHECK(f.state.day == doctest::Approx(day("0540-06-01") + 0.5));  // the start of the sack
  CHECK(fly.kind == FlyTarget::Kind::Event);

  ReaderRequests next;
  next.step = +1;
  f.nav.apply(next);
  CHECK(f.state.selected_event == f.event("embassy"));
  ReaderRequests previous;
  previous.step = -1;
  f.nav.apply(previous);
  f.nav.apply(previous);
  CHECK(f.state.selected_event == f.event("march"));

  f.state.playing = true;
  ReaderRequests scrub;
  scrub.set_day = day("0540-06-03") + 0.25;
  CHECK(f.nav.apply(scrub).kind == FlyTarget::Kind::None);
  CHECK_FALSE(f.state.playing);
  CHECK(f.state.day == doctest::Approx(day("0540-06-03") + 0.25));
  CHECK(f.state.selected_event == f.event("sack"));  // the selection follows the date

  ReaderRequests other;
  other.set_speed = 12;
  other.open_sources = true;
  CHECK(f.nav.apply(other).kind == FlyTarget::Kind::None);
  CHECK(f.state.speed == 12);
  CHECK(f.nav.panel_request == PanelId::Sources);
}

TEST_CASE("a chapter goes to its start and its event; a decision to its date and the army there") {
  Fixture f;
  ReaderRequests chapter;
  chapter.select_chapter = 1;
  FlyTarget fly = f.nav.apply(chapter);
  CHECK(f.state.day == doctest::Approx(day("0540-06-01") + 0.5));
  CHECK(f.state.selected_event == f.event("sack"));
  CHECK(fly.kind == FlyTarget::Kind::Event);
  CHECK(fly.place == f.place("antioch"));

  ReaderRequests decision;
  decision.select_decision = 0;
  f.state.playing = true;
  fly = f.nav.apply(decision);
  CHECK_FALSE(f.state.playing);
  CHECK(f.state.day == doctest::Approx(day("0540-04-01") + 0.5));
  CHECK(fly.kind == FlyTarget::Kind::Army);
  CHECK(fly.day == doctest::Approx(f.state.day));

  ReaderRequests out_of_range;
  out_of_range.select_chapter = 7;
  out_of_range.select_decision = 3;
  out_of_range.select_event = 40;
  out_of_range.select_place = 40;
  CHECK(f.nav.apply(out_of_range).kind == FlyTarget::Kind::None);
  CHECK(f.state.day == doctest::Approx(day("0540-04-01") + 0.5));
}

TEST_CASE("a link sets the date, the chapter, the event and the view; the event's place is the target") {
  Fixture f;
  std::vector<std::string> w;
  FlyTarget fly = f.link("event=sack", w);
  CHECK(w.empty());
  CHECK(f.state.selected_event == f.event("sack"));
  CHECK(fly.kind == FlyTarget::Kind::Event);

  fly = f.link("date=540-07-02", w);
  CHECK(f.state.day == doctest::Approx(day("0540-07-02") + 0.5));
  CHECK(f.state.selected_event == f.event("embassy"));
  CHECK(fly.kind == FlyTarget::Kind::Army);  // the embassy is far away

  f.link("chapter=one", w);
  CHECK(f.state.day == doctest::Approx(day("0540-01-01") + 0.5));

  fly = f.link("event=sack&view=36.5,36.1,2.5", w);  // an explicit view wins over the event's place
  CHECK(fly.kind == FlyTarget::Kind::View);
  CHECK(fly.view.lon == doctest::Approx(36.5));
  CHECK(fly.view.zoom == doctest::Approx(2.5));
  CHECK(w.empty());
  CHECK(f.link("autoplay=1", w).kind == FlyTarget::Kind::None);
  CHECK(f.state.playing);
}

TEST_CASE("a link naming no event, chapter or date of this campaign is skipped with a warning") {
  Fixture f;
  std::vector<std::string> w;
  f.link("event=sack", w);
  REQUIRE(w.empty());
  const double before = f.state.day;
  UrlParams p;  // built by hand: parse_url_params already drops an impossible date (test_url_params)
  p.event = "nowhere", p.chapter = "epilogue", p.date = "540-02-30";
  f.nav.apply(p, false, w);
  REQUIRE(w.size() == 3);
  CHECK(w[0] == "date 540-02-30 ignored: not a date of the Julian calendar");
  CHECK(w[1] == "chapter epilogue ignored: no such chapter in this campaign");
  CHECK(w[2] == "event nowhere ignored: no such event in this campaign");
  CHECK(f.state.day == before);
  CHECK(f.state.selected_event == f.event("sack"));
}

TEST_CASE("a link's date outside the campaign is shown at its nearest end, with a warning") {
  Fixture f;
  std::vector<std::string> w;
  f.link("date=541-03-01", w);
  REQUIRE(w.size() == 1);
  CHECK(w[0] == "date 541-03-01 is outside the campaign (540-01-01 to 540-12-31): shown at its end");
  CHECK(std::floor(f.state.day) == f.campaign.end_day);
  w.clear();
  f.link("date=539-12-31", w);
  REQUIRE(w.size() == 1);
  CHECK(w[0] == "date 539-12-31 is outside the campaign (540-01-01 to 540-12-31): shown at its start");
  CHECK(std::floor(f.state.day) == f.campaign.start_day);
  w.clear();
  f.link("date=540-12-31", w);
  CHECK(w.empty());
}

TEST_CASE("a link arranges the page: panels, embed, the open panel and the phone's sheet") {
  Fixture f;
  std::vector<std::string> w;
  f.link("panel=justinian&panels=0&embed=1", w);
  CHECK(f.nav.panel_request == PanelId::Decisions);
  CHECK(f.nav.sheet_open);
  CHECK_FALSE(f.nav.panels);
  CHECK(f.nav.embed);
  // Without a campaign only the arrangement changes.
  AtlasState alone;
  Navigator empty(alone);
  empty.apply(parse_url_params("panel=sources&event=sack&date=540-06-01", w), false, w);
  CHECK(w.empty());
  CHECK(empty.panel_request == PanelId::Sources);
  CHECK(alone.selected_event == -1);
  CHECK(empty.notice(KeysAt::Map, true, f.view, PanelId::Story).state_changed == false);
}

TEST_CASE("autoplay from the page's own link waits when the reader prefers reduced motion") {
  Fixture f;
  f.state.reduced_motion = true;
  std::vector<std::string> w;
  f.link("autoplay=1", w, true);
  CHECK_FALSE(f.state.playing);
  f.link("autoplay=1", w, false);  // a host's command plays anyway
  CHECK(f.state.playing);
  f.link("autoplay=0", w, false);
  CHECK_FALSE(f.state.playing);
}

TEST_CASE("the hash writes the state, leaves out the default panel, and reads back to the same state") {
  Fixture f;
  ReaderRequests select;
  select.select_event = f.event("sack");
  f.nav.apply(select);
  CHECK(f.nav.hash(f.view, PanelId::Story) == "event=sack&date=540-06-01&view=38.500,36.000,1.25");
  f.nav.open_panel = PanelId::Story;
  CHECK(f.nav.hash(f.view, PanelId::Story).find("panel=") == std::string::npos);
  f.nav.open_panel = PanelId::Demands;
  const std::string hash = f.nav.hash(f.view, PanelId::Story);
  CHECK(hash == "event=sack&date=540-06-01&view=38.500,36.000,1.25&panel=demands");
  f.nav.embed = true;
  CHECK(f.nav.hash(f.view, PanelId::Story) == hash + "&embed=1");
  f.nav.panels = false;  // no panels: no panel in the link either
  CHECK(f.nav.hash(f.view, PanelId::Story) == "event=sack&date=540-06-01&view=38.500,36.000,1.25&panels=0&embed=1");

  Fixture g;
  std::vector<std::string> w;
  FlyTarget fly = g.link(hash, w);
  CHECK(w.empty());
  CHECK(g.state.selected_event == f.state.selected_event);
  CHECK(g.state.day == doctest::Approx(f.state.day));
  CHECK(g.nav.panel_request == PanelId::Demands);
  REQUIRE(fly.kind == FlyTarget::Kind::View);
  g.nav.open_panel = g.nav.panel_request;
  CHECK(g.nav.hash(fly.view, PanelId::Story) == hash);
}

TEST_CASE("the page hears of a new selection, a settled new hash, and where the keys went") {
  Fixture f;
  HostNotice first = f.notice();
  CHECK(first.state_changed);
  CHECK_FALSE(first.push_history);  // the opening state is not the reader's choice
  CHECK(first.hash == f.nav.hash(f.view, PanelId::Story));
  CHECK(f.state.selected_event == -1);  // before the march: nothing to announce, but the text mirror is written
  CHECK(first.announce.empty());
  CHECK(first.describe.find("\"title\":\"Sources\"") != std::string::npos);
  CHECK(first.describe.find("Selected event") == std::string::npos);
  HostNotice again = f.notice();
  CHECK_FALSE(again.state_changed);
  CHECK(again.announce.empty());
  CHECK(again.describe.empty());

  ReaderRequests select;
  select.select_event = f.event("sack");
  f.nav.apply(select);
  HostNotice chosen = f.notice();
  CHECK(chosen.state_changed);
  CHECK(chosen.push_history);
  CHECK(chosen.announce.find("Antioch") != std::string::npos);
  CHECK(chosen.announce.find("Antioch falls.") != std::string::npos);  // chosen: the summary too
  CHECK(chosen.describe.find("Selected event") != std::string::npos);
  // Playing on into the next event: the live region hears a word, not a paragraph.
  {
    Fixture g;
    g.notice();
    g.state.playing = true;
    set_day(g.state, g.timeline, day("0540-06-01") + 0.5);
    CHECK(g.notice(KeysAt::Map, false).announce == "Antioch, c. June 540: sacked (event 2 of 4).");
  }

  // Playback: the date moves but nothing is written while it plays; the settled state is no history entry.
  f.state.playing = true;
  set_day(f.state, f.timeline, day("0540-06-05") + 0.5);  // still the sack
  CHECK_FALSE(f.notice(KeysAt::Map, false).state_changed);
  f.state.playing = false;
  HostNotice stopped = f.notice();
  CHECK(stopped.state_changed);
  CHECK_FALSE(stopped.push_history);
  CHECK(stopped.hash.find("date=540-06-05") != std::string::npos);

  HostNotice keys = f.notice(KeysAt::Panels);
  CHECK(keys.announce == "Keyboard in the panels: arrows move between controls, Space or Enter selects, Escape returns to the map.");
  CHECK(keys.state_changed);  // state().keys changed, though the hash did not
  CHECK_FALSE(f.notice(KeysAt::Panels).state_changed);
  CHECK(f.notice(KeysAt::Map).announce == "Keyboard on the map: arrows step through events, Space plays.");
}

TEST_CASE("a state the page already shows (from its history) is not reported back") {
  Fixture f;
  f.notice();
  ReaderRequests select;
  select.select_event = f.event("sack");
  f.nav.apply(select);
  const ViewParam moved{37.0, 36.0, 2.0};
  f.nav.page_shows(moved, PanelId::Story);
  HostNotice n = f.nav.notice(KeysAt::Map, true, moved, PanelId::Story);
  CHECK_FALSE(n.state_changed);
  CHECK_FALSE(n.announce.empty());  // the screen reader still hears the new event
}

TEST_CASE("keys: where they are has a name; a panel's key opens it, Esc closes the sheet, then forgets the city") {
  CHECK(std::string(to_string(KeysAt::Map)) == "map");
  CHECK(std::string(to_string(KeysAt::Panels)) == "panels");
  CHECK(std::string(to_string(KeysAt::Timeline)) == "timeline");
  Fixture f;
  f.nav.open_panel_by_key(PanelId::Sieges, false);
  CHECK(f.nav.panel_request == PanelId::Sieges);
  CHECK_FALSE(f.nav.sheet_open);
  f.nav.open_panel_by_key(PanelId::Demands, true);
  CHECK(f.nav.panel_request == PanelId::Demands);
  CHECK(f.nav.sheet_open);
  f.click("nisibis");
  f.nav.escape();
  CHECK_FALSE(f.nav.sheet_open);
  CHECK(f.state.selected_place == f.place("nisibis"));
  f.nav.escape();
  CHECK(f.state.selected_place == -1);
}

TEST_CASE("playing from the start rewinds and sets the speed") {
  Fixture f;
  set_day(f.state, f.timeline, day("0540-08-01") + 0.5);
  f.nav.play_from_start(20);
  CHECK(f.state.playing);
  CHECK(f.state.speed == 20);
  CHECK(f.state.day == doctest::Approx(f.campaign.start_day + 0.5));
}

TEST_CASE("stepping through a real campaign lands on each event's start and never moves time back") {
  for (const std::string file : {"khusrau-540.json", "khusrau-belisarius-541.json"}) {
    CAPTURE(file);
    const Campaign c = atlas_test::shipped_campaign(file);
    const Timeline t(c);
    const Ledger ledger(c);
    AtlasState s;
    Navigator nav(s);
    nav.set_campaign(c, t, ledger, map_projection_for(c).params().central_meridian);
    set_day(s, t, c.start_day + 0.5);
    ReaderRequests step;
    step.step = +1;
    const int first = s.selected_event;  // the first event, if it starts on the campaign's first day
    int steps = 0;
    for (double last = -1; steps < 1000; ++steps) {
      const int before = s.selected_event;
      nav.apply(step);
      if (s.selected_event == before) break;  // the last event
      CHECK(s.day >= last);
      CHECK(s.day == doctest::Approx(c.events[static_cast<size_t>(s.selected_event)].date.start + 0.5));
      last = s.day;
    }
    CHECK(steps == static_cast<int>(c.events.size()) - 1 - first);
    // Scrubbing (or playing) forward, the card only moves on: never back to a long event begun earlier.
    int card = -1;
    for (double d = c.start_day; d <= c.end_day; d += 0.25) {
      const int now = t.current_event(d);
      CHECK(now >= card);
      card = now;
    }
  }
}
