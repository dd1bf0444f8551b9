// The reader's state: the timeline date, playback, the selection; and the rules that move them.
#pragma once
#include "core/data/campaign.h"
#include "core/story/timeline.h"

namespace atlas {

// The playback speeds the timeline offers, in days of the campaign per second; the reader starts at the default.
struct PlaybackSpeed {
  double days_per_second;
  const char* name;
};
constexpr PlaybackSpeed kPlaybackSpeeds[] = {{2, "slow"}, {6, "normal"}, {15, "fast"}};
constexpr int kDefaultPlaybackSpeed = 1;

struct AtlasState {
  double day = 0;            // fractional Julian Day Number (see timeline.h)
  bool playing = false;
  double speed = kPlaybackSpeeds[kDefaultPlaybackSpeed].days_per_second;
  int selected_event = -1;   // index into Campaign::events, or -1
  int selected_place = -1;   // a city clicked on the map, or -1
  bool reduced_motion = false;
  double dwell = 0;          // playback: seconds still to stay on the selected event's card
  bool ended = false;        // playback reached the end: the whole campaign and its summary are shown
};

// The moment that shows an event: the middle of its first day. Events are in order of their starts, so
// stepping from one to the next never moves time back.
double focus_day(const Event& event);

// Clamps a day into the campaign's span.
double clamp_day(const Campaign& campaign, double day);

// Moves the date by `seconds` of playback as a paced tour: it stops on each event in turn (also on
// events of the same day) for the time its card takes to read (see tour.h), crosses long quiet
// stretches briskly, and at the campaign's end stops with nothing selected and `ended` set, so the
// reader sees the whole campaign and its summary. Returns true if anything changed.
bool advance(AtlasState& state, const Timeline& timeline, double seconds);

// Sets the date (scrubbing); the selection follows the current event; the tour's pause and end are cleared.
void set_day(AtlasState& state, const Timeline& timeline, double day);

// Playback from the campaign's first day, staying first on the card of an event that starts then.
void start_tour(AtlasState& state, const Timeline& timeline);

// Selects an event and moves the date to it.
void select_event(AtlasState& state, const Campaign& campaign, int event);

// The event after / before the selected one (or the current one at the date); -1 if none.
int next_event(const AtlasState& state, const Timeline& timeline);
int previous_event(const AtlasState& state, const Timeline& timeline);

// Events at a place, in date order (for clicks on a city).
std::vector<int> events_at_place(const Campaign& campaign, int place);

}  // namespace atlas
