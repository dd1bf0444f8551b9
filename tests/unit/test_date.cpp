// Unit tests of Julian-calendar day numbers, date parsing and the reader-facing date formats.
#include <doctest/doctest.h>

#include <string>

#include "core/data/date.h"

using namespace atlas;

namespace {
int parsed(const char* s) {
  int d = 0;
  REQUIRE_MESSAGE(parse_date(s, d), s);
  return d;
}
}  // namespace

TEST_CASE("day numbers are Julian Day Numbers of Julian-calendar dates") {
  CHECK(day_number({1582, 10, 4}) == 2299160);  // the last Julian day before the Gregorian reform
  CHECK(day_number({540, 6, 20}) == 1918464);
  CHECK(parsed("0540-06-21") - parsed("0540-06-20") == 1);
  CHECK(parsed("0541-01-01") - parsed("0540-01-01") == 366);  // 540 is a Julian leap year
  CHECK(parsed("0542-01-01") - parsed("0541-01-01") == 365);
}

TEST_CASE("civil_date inverts day_number across years, months and leap days") {
  int mismatches = 0, days = 0;
  const int first = parsed("0539-01-01"), last = parsed("0545-12-31");
  for (int d = first; d <= last; ++d, ++days) {
    const CivilDate c = civil_date(d);
    mismatches += !is_valid_date(c) || day_number(c) != d;
  }
  CHECK(days == 7 * 365 + 2);  // 540 and 544 are leap years
  CHECK(mismatches == 0);
  const CivilDate c = civil_date(parsed("0540-02-29"));
  CHECK(c.year == 540);
  CHECK(c.month == 2);
  CHECK(c.day == 29);
}

TEST_CASE("parse_date accepts only YYYY-MM-DD dates that exist") {
  int d = 0;
  CHECK(parse_date("1900-02-29", d));  // a leap year in the Julian calendar
  CHECK_FALSE(parse_date("0541-02-29", d));
  CHECK_FALSE(parse_date("0540-06-31", d));
  CHECK_FALSE(parse_date("0540-13-01", d));
  CHECK_FALSE(parse_date("0540-00-10", d));
  CHECK(parse_date("0000-01-01", d));  // 1 BC (astronomical year 0)
  CHECK_FALSE(parse_date("-4001-01-01", d));
  CHECK_FALSE(parse_date("540-06-20", d));
  CHECK_FALSE(parse_date("0540-6-20", d));
  CHECK_FALSE(parse_date("0540/06/20", d));
  CHECK_FALSE(parse_date("0540-06-2x", d));
  CHECK_FALSE(parse_date(" 0540-06-20", d));
  CHECK_FALSE(parse_date("", d));
}

TEST_CASE("formats for readers") {
  CHECK(format_iso_date(parsed("0540-06-20")) == "0540-06-20");
  CHECK(format_day(parsed("0540-06-20")) == "20 June 540");
  CHECK(format_month(parsed("0540-03-15")) == "March 540");
  CHECK(std::string(month_name(12)) == "December");
  CHECK(std::string(month_name(13)).empty());
}

TEST_CASE("date spans: exact days when certain, months with c. when uncertain") {
  const char* dash = "\xE2\x80\x93";
  CHECK(format_date_span(parsed("0540-06-20"), parsed("0540-06-20"), false) == "20 June 540");
  CHECK(format_date_span(parsed("0540-06-20"), parsed("0540-06-25"), false) == std::string("20") + dash + "25 June 540");
  CHECK(format_date_span(parsed("0540-06-20"), parsed("0540-07-03"), false) ==
        std::string("20 June ") + dash + " 3 July 540");
  CHECK(format_date_span(parsed("0540-12-30"), parsed("0541-01-02"), false) ==
        std::string("30 December 540 ") + dash + " 2 January 541");
  CHECK(format_date_span(parsed("0540-06-01"), parsed("0540-06-12"), true) == "c. June 540");
  CHECK(format_date_span(parsed("0540-03-15"), parsed("0540-04-24"), true) == std::string("c. March") + dash + "April 540");
  CHECK(format_date_span(parsed("0540-11-01"), parsed("0541-02-01"), true) ==
        std::string("c. November 540 ") + dash + " February 541");
  CHECK(format_date_span(parsed("0540-06-20"), parsed("0540-06-10"), false) == "20 June 540");  // reversed: one day
  CHECK(format_month_span(parsed("0540-03-01"), parsed("0540-04-30")) == std::string("March") + dash + "April 540");
  CHECK(format_month_span(parsed("0540-06-01"), parsed("0540-06-30")) == "June 540");
}

TEST_CASE("reader dates: a year of one to four digits, the same calendar rules") {
  int d = 0, e = 0;
  REQUIRE(parse_reader_date("540-06-20", d));
  REQUIRE(parse_date("0540-06-20", e));
  CHECK(d == e);
  REQUIRE(parse_reader_date("0540-06-20", d));
  CHECK(d == e);
  REQUIRE(parse_reader_date("1-01-01", d));
  CHECK(d == day_number({1, 1, 1}));
  REQUIRE(parse_reader_date("9999-12-31", d));
  CHECK(parse_reader_date("540-02-29", d));  // a Julian leap year
  for (const char* bad : {"", "-06-20", "--0217-08-01", "-4001-01-01", "12345-01-01", "540-6-20", "540-06-2", "540-13-01", "540-02-30",
                          "541-02-29", "540-06-20x", "540/06/20", "54a-06-20", " 540-06-20", "540-06-00"})
    CHECK_FALSE_MESSAGE(parse_reader_date(bad, d), bad);
  // Data files keep four-digit years.
  CHECK_FALSE(parse_date("540-06-20", d));
  CHECK_FALSE(parse_date("05-0-06-20", d));
}

TEST_CASE("years before 1: astronomical numbering in, BC out") {
  int d = 0;
  REQUIRE(parse_date("-0217-06-21", d));  // astronomical year -217 is 218 BC
  CHECK(civil_date(d).year == -217);
  CHECK(format_iso_date(d) == "-0217-06-21");
  CHECK(format_day(d) == "21 June 218 BC");
  CHECK(format_year(0) == "1 BC");
  CHECK(format_year(1) == "1");
  int e = 0;
  REQUIRE(parse_reader_date(format_iso_date(d), e));
  CHECK(e == d);
  // Day numbers run on across the change of era: 31 December 1 BC is the day before 1 January AD 1.
  REQUIRE(parse_date("0000-12-31", e));
  CHECK(e + 1 == day_number({1, 1, 1}));
  CHECK(is_valid_date({0, 2, 29}));   // 1 BC is a Julian leap year
  CHECK(is_valid_date({-4, 2, 29}));  // and 5 BC
  CHECK_FALSE(is_valid_date({-1, 2, 29}));
  CHECK(format_date_span(d, d + 3, false) == "21\xE2\x80\x93" "24 June 218 BC");
  CHECK(format_date_span(d, d, true) == "c. June 218 BC");
}

TEST_CASE("the short day format abbreviates the month, for narrow timelines") {
  CHECK(format_day_short(parsed("0540-09-05")) == "5 Sep 540");
  CHECK(format_day_short(parsed("0540-06-20")) == "20 Jun 540");
  CHECK(format_day_short(parsed("-0217-12-21")) == "21 Dec 218 BC");
}
