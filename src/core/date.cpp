// Julian-calendar day numbers (Julian Day Number) and the reader-facing date formats.
#include "core/date.h"

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

std::string month_year(const CivilDate& d) { return std::string(month_name(d.month)) + " " + std::to_string(d.year); }

}  // namespace

bool is_valid_date(const CivilDate& d) {
  return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
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

bool parse_date(std::string_view text, int& day_out) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int fields[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (int i = 0; i < lengths[f]; ++i) {
      const char c = text[static_cast<std::size_t>(starts[f] + i)];
      if (c < '0' || c > '9') return false;
      fields[f] = fields[f] * 10 + (c - '0');
    }
  }
  const CivilDate d{fields[0], fields[1], fields[2]};
  if (!is_valid_date(d)) return false;
  day_out = day_number(d);
  return true;
}

const char* month_name(int month) { return month >= 1 && month <= 12 ? kMonths[month - 1] : ""; }

bool parse_reader_date(const std::string& text, int& day) {
  size_t dash = text.find('-');
  if (dash == std::string::npos || dash == 0 || dash > 4) return false;
  return parse_date(std::string(4 - dash, '0') + text, day);
}

std::string format_iso_date(int jdn) {
  const CivilDate d = civil_date(jdn);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string format_day(int jdn) {
  const CivilDate d = civil_date(jdn);
  return std::to_string(d.day) + " " + month_year(d);
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
