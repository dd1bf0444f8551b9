// The timeline's ticks for any span: days for a battle, months for a season, years for a war of decades.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace atlas {

struct TimeTick {
  int day = 0;         // day number of the tick
  std::string label;   // empty for a minor (unlabelled) tick
};

// How wide a label is drawn, in the same pixels as `width_px`.
using TextWidth = std::function<double(const std::string&)>;

// Ticks for a bar `width_px` wide showing days [first_day, last_day] (the bar ends at last_day + 1).
// Picks the finest step (1, 2, 5, 10 days; 1, 2, 3, 6 months; 1, 2, 5, 10, 25… years) whose labels all
// fit with `gap_px` between them, and adds the next finer step's ticks, unlabelled, where they are not
// crowded. Labels: day of month ("14"; "Aug" on the 1st; "2 Aug" for a first tick mid-month), month
// ("Jun"; the year, "541", on January when the span crosses years), or year ("540", "218 BC").
std::vector<TimeTick> time_ticks(int first_day, int last_day, double width_px, const TextWidth& text_width,
                                 double gap_px);

}  // namespace atlas
