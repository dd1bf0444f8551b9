// Adaptive timeline ticks: the finest calendar step whose labels do not collide.
#include "core/story/time_ticks.h"

#include <array>
#include <cstdlib>

#include "core/data/date.h"

namespace atlas {
namespace {

enum class Unit { day, month, year };
struct Step {
  Unit unit;
  int count;
};
constexpr std::array<Step, 18> kSteps{{{Unit::day, 1},    {Unit::day, 2},    {Unit::day, 5},     {Unit::day, 10},
                                       {Unit::month, 1},  {Unit::month, 2},  {Unit::month, 3},   {Unit::month, 6},
                                       {Unit::year, 1},   {Unit::year, 2},   {Unit::year, 5},    {Unit::year, 10},
                                       {Unit::year, 25},  {Unit::year, 50},  {Unit::year, 100},  {Unit::year, 250},
                                       {Unit::year, 500}, {Unit::year, 1000}}};
constexpr double kMinTickSpacingPx = 8;  // minor ticks closer than this are left out
constexpr double kMaxTicksPerPx = 0.25;  // a step with more ticks than width/4 is never drawn

double approx_days(const Step& s) { return s.unit == Unit::day ? s.count : s.unit == Unit::month ? 30.4 * s.count : 365.25 * s.count; }

std::string month_abbrev(int month) { return std::string(month_name(month)).substr(0, 3); }

// Day-of-month ticks: every day, odd days to the 29th, 1/6/…/26, or 1/11/21 — each month restarts.
bool on_day_step(int day_of_month, int count) {
  if (count == 1) return true;
  if (count == 2) return day_of_month % 2 == 1 && day_of_month <= 29;
  if (count == 5) return (day_of_month - 1) % 5 == 0 && day_of_month <= 26;
  return (day_of_month - 1) % 10 == 0 && day_of_month <= 21;
}

// Years on a round step, counted in the reader's numbering: 540, 550…; 10 BC, 20 BC… (year 0 is 1 BC).
bool on_year_step(int year, int count) { return year >= 1 ? year % count == 0 : (1 - year) % count == 0; }

std::vector<TimeTick> ticks_of(const Step& step, int first, int last) {
  std::vector<TimeTick> out;
  const CivilDate a = civil_date(first), b = civil_date(last);
  const bool crosses_years = a.year != b.year;
  if (step.unit == Unit::day) {
    for (int d = first; d <= last; ++d) {
      const CivilDate c = civil_date(d);
      if (!on_day_step(c.day, step.count)) continue;
      std::string label = c.day == 1 ? month_abbrev(c.month) : std::to_string(c.day);
      if (c.day == 1 && c.month == 1 && crosses_years) label = format_year(c.year);
      else if (out.empty() && c.day != 1) label += " " + month_abbrev(c.month);
      out.push_back({d, label});
    }
  } else if (step.unit == Unit::month) {
    for (CivilDate m{a.year, a.month, 1}; m.year <= b.year; m = m.month == 12 ? CivilDate{m.year + 1, 1, 1} : CivilDate{m.year, m.month + 1, 1}) {
      const int d = day_number(m);
      if (d > last) break;
      if (d < first || (m.month - 1) % step.count != 0) continue;
      out.push_back({d, m.month == 1 && crosses_years ? format_year(m.year) : month_abbrev(m.month)});
    }
  } else {
    for (int y = a.year; y <= b.year; ++y) {
      const int d = day_number({y, 1, 1});
      if (d >= first && on_year_step(y, step.count)) out.push_back({d, format_year(y)});
    }
  }
  return out;
}

struct Bar {
  int first;
  double days, width;
  double x(int day) const { return (day - first) / days * width; }
};

bool labels_fit(const std::vector<TimeTick>& ticks, const Bar& bar, const TextWidth& text_width, double gap) {
  for (size_t i = 0; i + 1 < ticks.size(); ++i)
    if (bar.x(ticks[i + 1].day) - bar.x(ticks[i].day) < text_width(ticks[i].label) + gap) return false;
  return true;
}

bool spaced(const std::vector<TimeTick>& ticks, const Bar& bar) {
  for (size_t i = 0; i + 1 < ticks.size(); ++i)
    if (bar.x(ticks[i + 1].day) - bar.x(ticks[i].day) < kMinTickSpacingPx) return false;
  return true;
}

bool contains_all(const std::vector<TimeTick>& finer, const std::vector<TimeTick>& major) {
  size_t j = 0;
  for (const TimeTick& t : finer)
    if (j < major.size() && t.day == major[j].day) ++j;
  return j == major.size();
}

// The labelled ticks plus, unlabelled, the finest finer step that nests them and is not crowded
// (monthly ticks under quarterly labels, not bimonthly ones that miss every other quarter).
std::vector<TimeTick> with_minor(std::vector<TimeTick> major, const std::vector<std::vector<TimeTick>>& finer, const Bar& bar) {
  for (const std::vector<TimeTick>& minor : finer) {
    if (minor.size() <= major.size() || !spaced(minor, bar) || !contains_all(minor, major)) continue;
    std::vector<TimeTick> out;
    size_t j = 0;
    for (const TimeTick& m : minor) out.push_back(j < major.size() && major[j].day == m.day ? std::move(major[j++]) : TimeTick{m.day, ""});
    return out;
  }
  return major;
}

// No step's labels all fit (a long span on a narrow bar): the coarsest ticks, keeping each label that
// clears the one before it.
std::vector<TimeTick> thinned(std::vector<TimeTick> ticks, const Bar& bar, const TextWidth& text_width, double gap) {
  double free_from = -1e300;
  for (TimeTick& t : ticks) {
    const double x = bar.x(t.day);
    if (x < free_from) t.label.clear();
    else free_from = x + text_width(t.label) + gap;
  }
  return ticks;
}

}  // namespace

std::vector<TimeTick> time_ticks(int first_day, int last_day, double width_px, const TextWidth& text_width, double gap_px) {
  if (last_day < first_day || width_px <= 0) return {};
  const Bar bar{first_day, last_day + 1.0 - first_day, width_px};
  const double max_ticks = width_px * kMaxTicksPerPx;
  std::vector<std::vector<TimeTick>> finer;  // the steps tried so far, finest first
  for (const Step& step : kSteps) {
    if (bar.days / approx_days(step) > max_ticks * 2) continue;  // far too dense: not worth generating
    std::vector<TimeTick> ticks = ticks_of(step, first_day, last_day);
    if (ticks.empty()) continue;  // e.g. no 1st of a month inside a three-day battle
    if (static_cast<double>(ticks.size()) <= max_ticks && labels_fit(ticks, bar, text_width, gap_px))
      return with_minor(std::move(ticks), finer, bar);
    finer.push_back(std::move(ticks));
  }
  if (finer.empty() || static_cast<double>(finer.back().size()) > max_ticks) return {};
  return thinned(std::move(finer.back()), bar, text_width, gap_px);
}

}  // namespace atlas
