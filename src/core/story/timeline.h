// The campaign at any moment: the armies' positions, each place's status, events, chapter and decisions.
#pragma once
#include <vector>

#include "core/data/campaign.h"

namespace atlas {

// Moments are fractional Julian Day Numbers: day N (see date.h) runs from N.0 to N+1.0.
// An event spans [date.start, date.end + 1); its outcome (and payments, captives) count from
// the start of its last day, date.end; its demand counts from date.start.

struct ArmyPosition {
  GeoDeg at;
  int leg = 0;               // moving from waypoint `leg` to `leg + 1`; when halted, the waypoint
  double fraction = 0;       // 0..1 along that leg (0 when halted)
  int waypoint = -1;         // the waypoint the army is halted at, or -1 while it moves
  double km = 0;             // great-circle km travelled along the route so far
  bool approximate = false;  // the current leg is not described by the sources
  bool before_start = false; // earlier than the first waypoint's date (the army is at its start)
  bool after_end = false;    // at or past the last waypoint's arrival
};

struct PlaceStatus {
  Outcome outcome = Outcome::None;  // the last outcome so far; None: untouched
  int event = -1;                   // the event that set `outcome`
  int active_event = -1;            // an event at this place in progress now, or -1
  int holder = -1;                  // faction index holding the place now
  int mark_event = -1;              // the latest started battle, landing, sea passage or raid here, or -1
};

// The kinds of event the map marks at their place, beside its fate: a battle, a landing, a sea passage, a raid.
bool kind_has_mark(EventKind kind);

class Timeline {
 public:
  // Precomputes everything the queries need. The campaign must outlive the timeline.
  explicit Timeline(const Campaign& campaign);
  const Campaign& campaign() const { return campaign_; }

  // The length of an army's route (index into campaign().armies; the main army by default).
  double route_km(int army = 0) const;

  // Where an army is, interpolated along its route (great circle per leg) by the waypoints' times:
  // all armies move at once. Before its first date it waits at its start, after its last at its end.
  ArmyPosition army_at(int army, double day) const;
  ArmyPosition army_at(double day) const { return army_at(0, day); }  // the main army
  // Whether an army is on the map at `day`: from its first waypoint's date to its last's departure
  // (the main army always is).
  bool army_shown(int army, double day) const;

  // How many events have started: they are campaign().events[0 .. n).
  int events_started(double day) const;
  // The latest-started event, -1 before the first: as the day moves on the card only ever moves on
  // (a long march that began first does not come back between the events it spans).
  int current_event(double day) const;
  static bool in_progress(const Event& event, double day);

  // `place` is an index into campaign().places.
  PlaceStatus place_status(int place, double day) const;
  std::vector<PlaceStatus> place_statuses(double day) const;  // one per place
  int holder_at(int place, double day) const;                  // faction index

  // The chapter whose span contains `day` (in a gap: the previous one); -1 before the first.
  int active_chapter(double day) const;
  // How many of the decisions have been taken: campaign().decisions[0 .. n).
  int decisions_taken(double day) const;

 private:
  const Campaign& campaign_;
  std::vector<std::vector<double>> km_;         // per army: cumulative km per waypoint
  std::vector<std::vector<double>> arrive_;     // per army: waypoint arrival times, non-decreasing
  std::vector<double> event_start_;             // events' start days, non-decreasing
  std::vector<double> event_end_so_far_;        // max over events[0..i] of their exclusive end
  std::vector<std::vector<int>> status_events_; // per place: events setting its status, by end day
  std::vector<std::vector<int>> mark_events_;   // per place: its marked events (kind_has_mark), by start
  std::vector<std::vector<double>> status_ends_;  // ... and those events' end days
  std::vector<double> chapter_start_, decision_start_;
};

}  // namespace atlas
