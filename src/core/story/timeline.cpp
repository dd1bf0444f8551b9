// Timeline queries by binary search over arrays precomputed from the campaign.
#include "core/story/timeline.h"
#include "core/data/small_sort.h"

#include <algorithm>

#include "core/geo/great_circle.h"

namespace atlas {
namespace {

// How many values of the sorted array are <= day.
int count_up_to(const std::vector<double>& sorted, double day) {
  return static_cast<int>(std::upper_bound(sorted.begin(), sorted.end(), day) - sorted.begin());
}

double exclusive_end(const DateSpan& d) { return static_cast<double>(d.end) + 1.0; }

}  // namespace

Timeline::Timeline(const Campaign& campaign) : campaign_(campaign) {
  for (const Army& a : campaign.armies) {
    km_.push_back(cumulative_km(a.route));
    arrive_.emplace_back();
    for (const Waypoint& w : a.route) arrive_.back().push_back(w.arrive);
  }
  double end_so_far = 0;
  status_events_.resize(campaign.places.size());
  mark_events_.resize(campaign.places.size());
  for (std::size_t i = 0; i < campaign.events.size(); ++i) {
    const Event& e = campaign.events[i];
    event_start_.push_back(e.date.start);
    end_so_far = std::max(end_so_far, exclusive_end(e.date));
    event_end_so_far_.push_back(end_so_far);
    if (e.place_index >= 0 && outcome_sets_place_status(e.outcome)) {
      status_events_[static_cast<std::size_t>(e.place_index)].push_back(static_cast<int>(i));
    }
    if (e.place_index >= 0 && kind_has_mark(e.kind)) mark_events_[static_cast<std::size_t>(e.place_index)].push_back(static_cast<int>(i));
  }
  status_ends_.resize(status_events_.size());
  for (std::size_t p = 0; p < status_events_.size(); ++p) {
    std::vector<int>& list = status_events_[p];
    small_stable_sort(list.begin(), list.end(), [&](int a, int b) {
      return campaign.events[static_cast<std::size_t>(a)].date.end < campaign.events[static_cast<std::size_t>(b)].date.end;
    });
    for (int e : list) status_ends_[p].push_back(campaign.events[static_cast<std::size_t>(e)].date.end);
  }
  for (const Chapter& c : campaign.chapters) chapter_start_.push_back(c.date.start);
  for (const Decision& d : campaign.decisions) decision_start_.push_back(d.date.start);
}

double Timeline::route_km(int army) const {
  if (army < 0 || army >= static_cast<int>(km_.size()) || km_[static_cast<std::size_t>(army)].empty()) return 0;
  return km_[static_cast<std::size_t>(army)].back();
}

bool Timeline::army_shown(int army, double day) const {
  if (army < 0 || army >= static_cast<int>(campaign_.armies.size())) return false;
  const Army& a = campaign_.armies[static_cast<std::size_t>(army)];
  return army == 0 || (!a.route.empty() && day >= a.first_day() && day <= a.last_day() + 1.0);
}

ArmyPosition Timeline::army_at(int army, double day) const {
  ArmyPosition p;
  if (army < 0 || army >= static_cast<int>(campaign_.armies.size())) return p;
  const std::vector<Waypoint>& route = campaign_.armies[static_cast<std::size_t>(army)].route;
  const std::vector<double>& arrive = arrive_[static_cast<std::size_t>(army)];
  const std::vector<double>& km = km_[static_cast<std::size_t>(army)];
  if (route.empty()) return p;
  const int last = static_cast<int>(route.size()) - 1;
  const int i = std::max(0, count_up_to(arrive, day) - 1);
  const Waypoint& w = route[static_cast<std::size_t>(i)];
  p.before_start = day < arrive.front();
  p.after_end = i == last && day >= w.arrive;
  if (p.before_start || i == last || day < w.leave) {
    p.at = w.at;
    p.leg = i;
    p.waypoint = i;
    p.km = km[static_cast<std::size_t>(i)];
    return p;
  }
  const Waypoint& next = route[static_cast<std::size_t>(i) + 1];
  p.leg = i;
  p.fraction = std::clamp((day - w.leave) / (next.arrive - w.leave), 0.0, 1.0);
  p.at = great_circle_point(w.at, next.at, p.fraction);
  p.km = km[static_cast<std::size_t>(i)] + p.fraction * (km[static_cast<std::size_t>(i) + 1] - km[static_cast<std::size_t>(i)]);
  p.approximate = next.approximate;
  return p;
}

int Timeline::events_started(double day) const { return count_up_to(event_start_, day); }

bool Timeline::in_progress(const Event& event, double day) {
  return day >= event.date.start && day < exclusive_end(event.date);
}

int Timeline::current_event(double day) const { return events_started(day) - 1; }

int Timeline::holder_at(int place, double day) const {
  const Place& p = campaign_.places[static_cast<std::size_t>(place)];
  int holder = p.held_by_index;
  for (const HandOver& h : p.changes_hands) {
    if (h.date.start > day) break;
    holder = h.to_index;
  }
  return holder;
}

PlaceStatus Timeline::place_status(int place, double day) const {
  PlaceStatus s;
  s.holder = holder_at(place, day);
  const std::size_t p = static_cast<std::size_t>(place);
  const int settled = count_up_to(status_ends_[p], day);
  if (settled > 0) {
    s.event = status_events_[p][static_cast<std::size_t>(settled) - 1];
    s.outcome = campaign_.events[static_cast<std::size_t>(s.event)].outcome;
  }
  const int started = events_started(day);
  for (int e : mark_events_[p])  // in file order, which is by start
    if (e < started) s.mark_event = e;
  for (int i = started - 1; i >= 0 && event_end_so_far_[static_cast<std::size_t>(i)] > day; --i) {
    const Event& event = campaign_.events[static_cast<std::size_t>(i)];
    if (event.place_index == place && in_progress(event, day)) {
      s.active_event = i;
      break;
    }
  }
  return s;
}

bool kind_has_mark(EventKind k) {
  return k == EventKind::Battle || k == EventKind::Landing || k == EventKind::SeaPassage || k == EventKind::Raid;
}

std::vector<PlaceStatus> Timeline::place_statuses(double day) const {
  std::vector<PlaceStatus> out;
  out.reserve(campaign_.places.size());
  for (std::size_t i = 0; i < campaign_.places.size(); ++i) out.push_back(place_status(static_cast<int>(i), day));
  return out;
}

int Timeline::active_chapter(double day) const { return count_up_to(chapter_start_, day) - 1; }

int Timeline::decisions_taken(double day) const { return count_up_to(decision_start_, day); }

}  // namespace atlas
