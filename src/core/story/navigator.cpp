// The reader's rules: requests and links applied to the reader's state, the hash, what the page hears.
#include "core/story/navigator.h"

#include <cmath>

#include "core/data/date.h"
#include "core/story/panel_models.h"
#include "core/story/text_mirror.h"

namespace atlas {
namespace {

// Events this far (degrees of longitude) from the map's central meridian (e.g. in the capital of a distant ruler) are shown
// by the army at their date rather than by flying away to their place.
constexpr double kFarLongitude = 14;

// The reader's way of writing a date: no leading zero in the year ("540-06-20").
std::string reader_date(double day) {
  const std::string iso = format_iso_date(static_cast<int>(std::floor(day)));
  return iso.substr(0, 1) == "0" ? iso.substr(1) : iso;
}

int find_chapter(const Campaign& c, const std::string& id) {
  for (size_t i = 0; i < c.chapters.size(); ++i)
    if (c.chapters[i].id == id) return static_cast<int>(i);
  return -1;
}

}  // namespace

const char* to_string(KeysAt keys) {
  switch (keys) {
    case KeysAt::Map: return "map";
    case KeysAt::Panels: return "panels";
    case KeysAt::Timeline: return "timeline";
  }
  return "map";
}

std::string keys_announcement(KeysAt keys) {
  if (keys == KeysAt::Map) return "Keyboard on the map: arrows step through events, Space plays.";
  return std::string("Keyboard in the ") + to_string(keys) +
         ": arrows move between controls, Space or Enter selects, Escape returns to the map.";
}

void Navigator::set_campaign(const Campaign& campaign, const Timeline& timeline, const Ledger& ledger,
                             double central_meridian) {
  campaign_ = &campaign, timeline_ = &timeline, ledger_ = &ledger, central_meridian_ = central_meridian;
  last_event_announced_ = -2;  // another campaign: its first selection is announced
  if (open_panel && !panel_info(*open_panel).has_content(campaign)) open_panel.reset();
}

FlyTarget Navigator::target_for_event(int event) const {
  if (!campaign_ || event < 0 || event >= static_cast<int>(campaign_->events.size())) return {};
  const Event& e = campaign_->events[static_cast<size_t>(event)];
  const int army = e.army >= 0 ? e.army : campaign_->version < 2 ? 0 : -1;  // format 1: the one army
  if (e.place_index >= 0 &&
      std::fabs(campaign_->places[static_cast<size_t>(e.place_index)].at.lon - central_meridian_) < kFarLongitude)
    return FlyTarget::to_event(e.place_index, focus_day(e), army);
  return FlyTarget::to_army(focus_day(e), std::max(army, 0));  // far away, or no place
}

// A click on a city selects its latest event by the current date, or its first if none has happened yet.
int Navigator::place_click_event(int place) const {
  const std::vector<int> here = events_at_place(*campaign_, place);
  if (here.empty()) return -1;
  int event = here.front();
  for (int e : here)
    if (campaign_->events[static_cast<size_t>(e)].date.start <= state_.day) event = e;
  return event;
}

FlyTarget Navigator::apply(const ReaderRequests& r) {
  FlyTarget fly;
  if (!campaign_) return fly;
  const Campaign& c = *campaign_;
  if (r.toggle_play) {  // Play at the end starts again from the beginning
    play(!state_.playing);
  }
  if (r.set_speed > 0) state_.speed = r.set_speed;
  if (r.open_sources) panel_request = PanelId::Sources;
  if (r.set_day >= 0) {
    set_day(state_, *timeline_, r.set_day);
    state_.playing = false;
  }
  int event = r.select_event;
  if (r.step != 0) event = r.step > 0 ? next_event(state_, *timeline_) : previous_event(state_, *timeline_);
  if (r.select_place >= 0 && r.select_place < static_cast<int>(c.places.size())) {
    state_.selected_place = r.select_place;
    event = place_click_event(r.select_place);
    if (event < 0) {  // a city without events: the map goes there, the date stays
      fly = FlyTarget::to_place(r.select_place);
      reader_navigated_ = true;
    }
  }
  if (r.select_chapter >= 0 && r.select_chapter < static_cast<int>(c.chapters.size())) {
    set_day(state_, *timeline_, c.chapters[static_cast<size_t>(r.select_chapter)].date.start + 0.5);
    state_.playing = false;
    if (state_.selected_event >= 0) fly = target_for_event(state_.selected_event);
    reader_navigated_ = true;
  }
  if (r.select_decision >= 0 && r.select_decision < static_cast<int>(c.decisions.size())) {
    const Decision& d = c.decisions[static_cast<size_t>(r.select_decision)];
    set_day(state_, *timeline_, d.date.start + 0.5);
    state_.playing = false;
    fly = FlyTarget::to_army(state_.day, std::max(d.army, 0));  // the army it concerns, else the main one
    reader_navigated_ = true;
  }
  if (event >= 0 && event < static_cast<int>(c.events.size())) {
    select_event(state_, c, event);
    if (r.select_place < 0) state_.selected_place = c.events[static_cast<size_t>(event)].place_index;
    state_.playing = false;
    fly = target_for_event(event);
    reader_navigated_ = true;
  }
  return fly;
}

void Navigator::apply_frame(const UrlParams& p) {
  if (p.panels) panels = *p.panels;
  if (p.embed) embed = *p.embed;
}

FlyTarget Navigator::apply(const UrlParams& p, bool initial, std::vector<std::string>& warnings) {
  apply_frame(p);
  if (p.panel) {  // a link to one panel: open it (and the phone's sheet)
    panel_request = *p.panel;
    sheet_open = true;
  }
  if (!campaign_) return {};
  const Campaign& c = *campaign_;
  if (p.date) {
    int day = 0;
    if (!parse_reader_date(*p.date, day)) {
      warnings.push_back("date " + *p.date + " ignored: not a date of the Julian calendar");
    } else {
      if (day < c.start_day || day > c.end_day) {
        warnings.push_back("date " + *p.date + " is outside the campaign (" + reader_date(c.start_day) + " to " +
                           reader_date(c.end_day) + "): shown at " + (day < c.start_day ? "its start" : "its end"));
      }
      set_day(state_, *timeline_, day + 0.5);
    }
  }
  if (p.chapter) {
    const int ch = find_chapter(c, *p.chapter);
    if (ch >= 0) set_day(state_, *timeline_, c.chapters[static_cast<size_t>(ch)].date.start + 0.5);
    else warnings.push_back("chapter " + *p.chapter + " ignored: no such chapter in this campaign");
  }
  if (p.event) {
    const int e = c.find_event(*p.event);
    if (e >= 0) select_event(state_, c, e);
    else warnings.push_back("event " + *p.event + " ignored: no such event in this campaign");
  }
  FlyTarget fly;
  if (p.view) fly = FlyTarget::to_view(*p.view);
  else if (p.event || p.chapter || p.date) fly = target_for_event(state_.selected_event);
  if (p.autoplay) play(*p.autoplay && !(initial && state_.reduced_motion));
  return fly;
}

// Play at the end starts the tour again from the beginning.
void Navigator::play(bool on) {
  if (on && !state_.playing && state_.day >= campaign_->end_day + 0.99) start_tour(state_, *timeline_);
  else state_.playing = on;
}

void Navigator::open_panel_by_key(PanelId panel, bool has_sheet) {
  panel_request = panel;
  if (has_sheet) sheet_open = true;
}

void Navigator::escape() {
  if (sheet_open) sheet_open = false;
  else state_.selected_place = -1;
}

void Navigator::play_from_start(double speed) {
  if (!campaign_) return;
  state_.speed = speed;
  start_tour(state_, *timeline_);
}

std::string Navigator::hash(const ViewParam& view, PanelId default_panel) const {
  UrlParams p;
  if (campaign_) {
    if (state_.selected_event >= 0) p.event = campaign_->events[static_cast<size_t>(state_.selected_event)].id;
    p.date = reader_date(state_.day);
  }
  if (panels && open_panel && *open_panel != default_panel) p.panel = open_panel;
  p.view = view;
  if (!panels) p.panels = false;
  if (embed) p.embed = true;
  return format_url_params(p);
}

HostNotice Navigator::notice(KeysAt keys, bool settled, const ViewParam& view, PanelId default_panel) {
  HostNotice n;
  if (!campaign_) return n;
  const int cur = state_.selected_event;
  const bool event_changed = cur != last_event_announced_;
  if (event_changed) {
    last_event_announced_ = cur;
    n.announce = cur < 0 && state_.ended ? ending_announcement(*campaign_)
                                         : event_announcement(*campaign_, cur, state_.playing);  // playing: a word, not a paragraph
    // The panels as headed lists for screen readers: the canvas itself is opaque to them.
    n.describe = sections_json(panels_as_text(*campaign_, *timeline_, *ledger_, state_.day, cur));
  }
  const bool keys_moved = keys != keys_announced_;
  if (keys_moved) {  // a screen reader hears where the arrows and Space now act
    keys_announced_ = keys;
    n.announce = keys_announcement(keys);
  }
  if (!settled && !event_changed && !keys_moved) return n;
  std::string h = hash(view, default_panel);
  if (h == last_hash_ && !keys_moved) return n;
  last_hash_ = h;
  n.state_changed = true;
  n.push_history = reader_navigated_;
  n.hash = std::move(h);
  reader_navigated_ = false;
  return n;
}

}  // namespace atlas
