// Playback, scrubbing and selection rules for the reader's state.
#include "core/story/atlas_state.h"

#include <algorithm>

#include "core/story/tour.h"

namespace atlas {

double focus_day(const Event& e) { return e.date.start + 0.5; }

double clamp_day(const Campaign& c, double day) {
  return std::clamp(day, static_cast<double>(c.start_day), static_cast<double>(c.end_day) + 0.999);
}

void set_day(AtlasState& s, const Timeline& t, double day) {
  s.day = clamp_day(t.campaign(), day);
  s.selected_event = t.current_event(s.day);
  s.dwell = 0;
  s.ended = false;
}

namespace {

// The tour's next stop after the selected event: the next event's start, or the campaign's end (-1).
int next_stop(const AtlasState& s, const Campaign& c) {
  const int n = static_cast<int>(c.events.size());
  for (int i = std::max(s.selected_event + 1, 0); i < n; ++i)
    if (focus_day(c.events[static_cast<size_t>(i)]) >= s.day) return i;
  return -1;
}

}  // namespace

bool advance(AtlasState& s, const Timeline& t, double seconds) {
  if (!s.playing || seconds <= 0) return false;
  const Campaign& c = t.campaign();
  const double end = c.end_day + 0.999;
  s.ended = false;
  while (seconds > 0 && s.playing) {
    if (s.dwell > 0) {  // reading the card
      const double used = std::min(s.dwell, seconds);
      s.dwell -= used, seconds -= used;
      continue;
    }
    const int next = next_stop(s, c);
    const double from = s.selected_event >= 0 ? focus_day(c.events[static_cast<size_t>(s.selected_event)]) : c.start_day + 0.5;
    const double to = next >= 0 ? focus_day(c.events[static_cast<size_t>(next)]) : end;
    const double rate = gap_days_per_second(to - std::min(from, s.day), s.speed);
    if (s.day + seconds * rate < to) {
      s.day += seconds * rate;
      break;
    }
    seconds -= (to - s.day) / rate;
    s.day = to;
    if (next >= 0) {
      s.selected_event = next;
      s.dwell = dwell_seconds(c.events[static_cast<size_t>(next)], s.speed);
    } else {
      s.playing = false, s.ended = true, s.selected_event = -1;
    }
  }
  return true;
}

void start_tour(AtlasState& s, const Timeline& t) {
  const Campaign& c = t.campaign();
  set_day(s, t, c.start_day + 0.5);
  s.selected_event = -1;  // the tour stops on every event from the first, also those of the first day
  const int first = next_stop(s, c);
  if (first >= 0 && focus_day(c.events[static_cast<size_t>(first)]) <= s.day) {
    s.selected_event = first;
    s.dwell = dwell_seconds(c.events[static_cast<size_t>(first)], s.speed);
  }
  s.playing = true;
}

void select_event(AtlasState& s, const Campaign& c, int event) {
  if (event < 0 || event >= static_cast<int>(c.events.size())) return;
  s.selected_event = event;
  s.day = clamp_day(c, focus_day(c.events[static_cast<size_t>(event)]));
  s.dwell = 0;
  s.ended = false;
}

int next_event(const AtlasState& s, const Timeline& t) {
  const int n = static_cast<int>(t.campaign().events.size());
  int cur = s.selected_event >= 0 ? s.selected_event : t.current_event(s.day);
  if (cur < 0) return n > 0 ? 0 : -1;
  return cur + 1 < n ? cur + 1 : -1;
}

int previous_event(const AtlasState& s, const Timeline& t) {
  int cur = s.selected_event >= 0 ? s.selected_event : t.current_event(s.day);
  return cur > 0 ? cur - 1 : -1;
}

std::vector<int> events_at_place(const Campaign& c, int place) {
  std::vector<int> out;
  for (size_t i = 0; i < c.events.size(); ++i)
    if (c.events[i].place_index == place) out.push_back(static_cast<int>(i));
  return out;
}

}  // namespace atlas
