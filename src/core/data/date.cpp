// Julian-calendar day numbers (Julian Day Number) and the reader-facing date formats.
#include "core/data/date.h"

#include <cstdio>

namespace atlas {
namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
const char* const kDash = "\xE2\x80\x93";  // U+2013 EN DASH

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && year % 4 == 0) return 29;  // Julian calendar: every fourth year
  return kDays[month - 1];
}

// All of `text` as a number, if it is only digits.
bool read_digits(std::string_view text, int& out) {
  out = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

// The one date reader: "Y-MM-DD" with a year of `min_year_digits` to four digits, a two-digit month and
// day, naming a day of the Julian calendar; a leading '-' writes a year before 1 in astronomical
// numbering ("-0217-08-01": year -217, 218 BC).
bool read_date(std::string_view text, std::size_t min_year_digits, int& day_out) {
  const bool before_year_1 = !text.empty() && text[0] == '-';
  if (before_year_1) text.remove_prefix(1);
  const std::size_t dash = text.find('-');
  if (dash == std::string_view::npos || dash < min_year_digits || dash > 4) return false;
  if (text.size() != dash + 6 || text[dash + 3] != '-') return false;
  CivilDate d;
  if (!read_digits(text.substr(0, dash), d.year) || !read_digits(text.substr(dash + 1, 2), d.month) ||
      !read_digits(text.substr(dash + 4, 2), d.day))
    return false;
  if (before_year_1) d.year = -d.year;
  if (!is_valid_date(d)) return false;
  day_out = day_number(d);
  return true;
}

std::string month_year(const CivilDate& d) { return std::string(month_name(d.month)) + " " + format_year(d.year); }

}  // namespace

std::string format_year(int year) { return year >= 1 ? std::to_string(year) : std::to_string(1 - year) + " BC"; }

bool is_valid_date(const CivilDate& d) {
  return d.year >= kFirstYear && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= days_in_month(d.year, d.month);
}

int day_number(const CivilDate& d) {
  const int a = (14 - d.month) / 12;
  const int y = d.year + 4800 - a;
  const int m = d.month + 12 * a - 3;
  return d.day + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083;
}

CivilDate civil_date(int jdn) {
  const int c = jdn + 32082;
  const int d = (4 * c + 3) / 1461;
  const int e = c - 1461 * d / 4;
  const int m = (5 * e + 2) / 153;
  CivilDate out;
  out.day = e - (153 * m + 2) / 5 + 1;
  out.month = m + 3 - 12 * (m / 10);
  out.year = d - 4800 + m / 10;
  return out;
}

bool parse_date(std::string_view text, int& day_out) { return read_date(text, 4, day_out); }

bool parse_reader_date(std::string_view text, int& day_out) { return read_date(text, 1, day_out); }

const char* month_name(int month) { return month >= 1 && month <= 12 ? kMonths[month - 1] : ""; }

std::string format_iso_date(int jdn) {
  const CivilDate d = civil_date(jdn);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%04d-%02d-%02d", d.year < 0 ? "-" : "", d.year < 0 ? -d.year : d.year, d.month, d.day);
  return buf;
}

std::string format_day(int jdn) {
  const CivilDate d = civil_date(jdn);
  return std::to_string(d.day) + " " + month_year(d);
}

std::string format_day_short(int jdn) {
  const CivilDate d = civil_date(jdn);
  return std::to_string(d.day) + " " + std::string(month_name(d.month)).substr(0, 3) + " " + format_year(d.year);
}

std::string format_month(int jdn) { return month_year(civil_date(jdn)); }

std::string format_month_span(int first_day, int last_day) {
  if (last_day < first_day) last_day = first_day;
  const CivilDate a = civil_date(first_day), b = civil_date(last_day);
  if (a.year != b.year) return month_year(a) + " " + kDash + " " + month_year(b);
  if (a.month != b.month) return month_name(a.month) + std::string(kDash) + month_year(b);
  return month_year(a);
}

std::string format_date_span(int first_day, int last_day, bool uncertain) {
  if (uncertain) return "c. " + format_month_span(first_day, last_day);
  if (last_day < first_day) last_day = first_day;
  const CivilDate a = civil_date(first_day), b = civil_date(last_day);
  const bool same_year = a.year == b.year, same_month = same_year && a.month == b.month;
  if (first_day == last_day) return format_day(first_day);
  if (same_month) return std::to_string(a.day) + kDash + format_day(last_day);
  if (same_year) return std::to_string(a.day) + " " + month_name(a.month) + " " + kDash + " " + format_day(last_day);
  return format_day(first_day) + " " + kDash + " " + format_day(last_day);
}

}  // namespace atlas
