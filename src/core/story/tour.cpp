// The paced tour's timings: reading time per card, the speed's share of it, and gaps crossed briskly.
#include "core/story/tour.h"

#include <algorithm>

#include "core/story/atlas_state.h"

namespace atlas {
namespace {

constexpr double kWordsPerSecond = 3.5;  // reading on a screen, with a glance at the map
constexpr double kLookSeconds = 1.5;     // finding the card and the place before reading
constexpr double kMinReading = 3, kMaxReading = 20;
constexpr double kNormalSpeed = 6;       // days per second at which a reader gets the whole reading time
constexpr double kMaxGapSeconds = 6;     // at the normal speed, the longest stretch without an event

int words(const std::string& text) {
  int n = 0;
  bool in_word = false;
  for (char c : text) {
    const bool blank = c == ' ' || c == '\n' || c == '\t';
    if (!blank && !in_word) ++n;
    in_word = !blank;
  }
  return n;
}

}  // namespace

double reading_seconds(const Event& e) {
  return std::clamp(kLookSeconds + words(e.summary) / kWordsPerSecond, kMinReading, kMaxReading);
}

double dwell_factor(double days_per_second) {
  return std::clamp(kNormalSpeed / std::max(days_per_second, 1e-6), 0.25, 1.5);
}

double dwell_seconds(const Event& e, double days_per_second) {
  return reading_seconds(e) * dwell_factor(days_per_second);
}

double gap_days_per_second(double gap_days, double days_per_second) {
  const double longest = kMaxGapSeconds * dwell_factor(days_per_second);
  return std::max(days_per_second, gap_days / longest);
}

double tour_seconds(const Campaign& c, double speed) {
  double seconds = 0, from = c.start_day + 0.5;  // where playback from the start begins
  auto cross = [&](double to) {
    if (to > from) seconds += (to - from) / gap_days_per_second(to - from, speed);
    from = std::max(from, to);
  };
  for (const Event& e : c.events) {
    cross(focus_day(e));
    seconds += dwell_seconds(e, speed);
  }
  cross(c.end_day + 0.999);
  return seconds;
}

}  // namespace atlas
