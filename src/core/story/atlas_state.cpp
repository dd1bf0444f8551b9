// Playback, scrubbing and selection rules for the reader's state.
#include "core/story/atlas_state.h"

#include <algorithm>

namespace atlas {

double focus_day(const Event& e) { return e.date.start + 0.5; }

double clamp_day(const Campaign& c, double day) {
  return std::clamp(day, static_cast<double>(c.start_day), static_cast<double>(c.end_day) + 0.999);
}

void set_day(AtlasState& s, const Timeline& t, double day) {
  s.day = clamp_day(t.campaign(), day);
  s.selected_event = t.current_event(s.day);
}

bool advance(AtlasState& s, const Timeline& t, double seconds) {
  if (!s.playing || seconds <= 0) return false;
  const double end = t.campaign().end_day + 0.999;
  set_day(s, t, s.day + seconds * s.speed);
  if (s.day >= end) s.playing = false;
  return true;
}

void select_event(AtlasState& s, const Campaign& c, int event) {
  if (event < 0 || event >= static_cast<int>(c.events.size())) return;
  s.selected_event = event;
  s.day = clamp_day(c, focus_day(c.events[static_cast<size_t>(event)]));
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
