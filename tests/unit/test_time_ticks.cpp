// Unit tests of the timeline's adaptive ticks: days, months or years, labels never colliding.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/data/date.h"
#include "core/story/time_ticks.h"

using namespace atlas;

namespace {
constexpr double kCharPx = 7, kGap = 24;
double text_width(const std::string& s) { return kCharPx * static_cast<double>(s.size()); }

int day(const char* iso) {
  int d = 0;
  REQUIRE_MESSAGE(parse_date(iso, d), iso);
  return d;
}

std::vector<std::string> labels(const std::vector<TimeTick>& ticks) {
  std::vector<std::string> out;
  for (const TimeTick& t : ticks)
    if (!t.label.empty()) out.push_back(t.label);
  return out;
}

// Every labelled tick's label ends, with the gap, before the next labelled tick starts.
void check_no_overlap(const std::vector<TimeTick>& ticks, int first, int last, double width) {
  const double days = last + 1.0 - first;
  double prev_end = -1e9;
  for (const TimeTick& t : ticks) {
    CHECK(t.day >= first);
    CHECK(t.day <= last);
    if (t.label.empty()) continue;
    const double x = (t.day - first) / days * width;
    CHECK_MESSAGE(x >= prev_end, t.label, " at ", x, " overlaps the previous label ending at ", prev_end);
    prev_end = x + text_width(t.label) + kGap;
  }
}
}  // namespace

TEST_CASE("a season-long campaign gets month labels, day ticks between them when there is room") {
  const int a = day("0540-03-01"), b = day("0540-12-31");
  const auto wide = time_ticks(a, b, 900, text_width, kGap);
  CHECK(labels(wide) == std::vector<std::string>{"Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"});
  CHECK(wide.size() == 60);  // the 1st, 6th, 11th, 16th, 21st and 26th of each month; the 1st labelled
  check_no_overlap(wide, a, b, 900);
  const auto narrow = time_ticks(a, b, 200, text_width, kGap);
  CHECK(labels(narrow) == std::vector<std::string>{"Apr", "Jul", "Oct"});  // quarterly
  CHECK(narrow.size() == 10);                                               // with each month's 1st as a minor tick
  check_no_overlap(narrow, a, b, 200);
}

TEST_CASE("a span across the new year names the year at January") {
  const int a = day("0541-05-01"), b = day("0542-02-28");
  const auto ticks = time_ticks(a, b, 700, text_width, kGap);
  CHECK(labels(ticks) == std::vector<std::string>{"May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "542", "Feb"});
}

TEST_CASE("a battle of three days gets a tick a day, the first naming its month") {
  const int a = day("-0215-08-02"), b = day("-0215-08-04");  // Cannae, 2 August 216 BC
  const auto ticks = time_ticks(a, b, 600, text_width, kGap);
  CHECK(labels(ticks) == std::vector<std::string>{"2 Aug", "3", "4"});
  const auto month_start = time_ticks(day("0533-08-30"), day("0533-09-02"), 600, text_width, kGap);
  CHECK(labels(month_start) == std::vector<std::string>{"30 Aug", "31", "Sep", "2"});
}

TEST_CASE("a war of years before 1 gets round years, in BC") {
  const int a = day("-0217-03-01"), b = day("-0200-10-01");  // the Second Punic War, 218-201 BC
  const auto wide = time_ticks(a, b, 600, text_width, kGap);
  const std::vector<std::string> biennial{"216 BC", "214 BC", "212 BC", "210 BC", "208 BC", "206 BC", "204 BC", "202 BC"};
  CHECK(labels(wide) == biennial);
  check_no_overlap(wide, a, b, 600);
  const auto narrow = time_ticks(a, b, 300, text_width, kGap);
  CHECK(labels(narrow) == std::vector<std::string>{"215 BC", "210 BC", "205 BC"});
  const auto across = time_ticks(day("-0030-01-01"), day("0030-01-01"), 400, text_width, kGap);
  CHECK(labels(across) == std::vector<std::string>{"30 BC", "20 BC", "10 BC", "10", "20", "30"});
}

TEST_CASE("at any width, labels never collide and ticks are never denser than one per 4 px") {
  const char* spans[][2] = {{"0540-06-01", "0540-06-03"}, {"0540-03-01", "0540-12-31"}, {"0541-04-01", "0542-03-31"},
                            {"-0217-03-01", "-0200-10-01"}, {"-0335-01-01", "-0322-12-31"}, {"-3000-01-01", "1500-01-01"}};
  for (const auto& span : spans) {
    const int a = day(span[0]), b = day(span[1]);
    for (double w = 40; w <= 2000; w *= 1.17) {
      const std::string first_date = span[0];
      CAPTURE(first_date);
      CAPTURE(w);
      const auto ticks = time_ticks(a, b, w, text_width, kGap);
      CHECK(static_cast<double>(ticks.size()) <= w / 4);
      CHECK(!labels(ticks).empty());
      check_no_overlap(ticks, a, b, w);
      for (size_t i = 0; i + 1 < ticks.size(); ++i) CHECK(ticks[i].day < ticks[i + 1].day);
    }
  }
  CHECK(time_ticks(10, 5, 500, text_width, kGap).empty());
  CHECK(time_ticks(10, 20, 0, text_width, kGap).empty());
}
