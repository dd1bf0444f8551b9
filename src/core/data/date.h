// Julian-calendar dates as day numbers, parsed from "YYYY-MM-DD" and formatted for readers.
#pragma once
#include <string>
#include <string_view>

#include "core/data/utf8.h"

namespace atlas {

// A date in the Julian calendar (the calendar historians use for 540).
// Years before 1 are astronomical: year 0 is 1 BC, -217 is 218 BC (the Julian calendar run backwards).
constexpr int kFirstYear = -4000;
struct CivilDate {
  int year = 0;   // kFirstYear..9999; 0 and below are BC (0 = 1 BC)
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// Julian Day Number of a valid Julian-calendar date (e.g. 0540-06-20 -> 1918464).
int day_number(const CivilDate& date);
// The Julian-calendar date of a day number.
CivilDate civil_date(int day_number);
// True if the year/month/day exist in the Julian calendar (every 4th year is a leap year).
bool is_valid_date(const CivilDate& date);

// Parses exactly "YYYY-MM-DD" (four-digit year, e.g. "0540-06-20"; "-0217-06-21" for 218 BC), as data files write dates.
// Returns false on anything else, including days that do not exist.
bool parse_date(std::string_view text, int& day_number_out);
// What the checker says after a field's name when parse_date refuses `text` (and the editor under a date
// being typed): how to write a date.
// Inline: the reader's checker (FieldReader::date) compiles it as it did before the editor shared it.
inline std::string not_a_date(std::string_view text) {
  return quoted(text) + " is not a date: write YYYY-MM-DD with a four-digit year, e.g. \"1066-10-14\" or \"-0217-06-21\" (218 BC)";
}
// Parses a date as readers, links (date=) and the command line (--date) write it: "Y-MM-DD" with a
// year of one to four digits ("540-06-20", "0540-06-20"); false otherwise or for a day that does not exist.
bool parse_reader_date(std::string_view text, int& day_number_out);

std::string format_iso_date(int day_number);  // "0540-06-20", "-0217-06-21"
std::string format_year(int year);            // "540", "218 BC" for -217
std::string format_day(int day_number);       // "20 June 540"
std::string format_day_short(int day_number); // "20 Jun 540", "5 Sep 218 BC": where "20 June 540" does not fit
std::string format_month(int day_number);     // "June 540"
const char* month_name(int month);            // "June"; "" when out of range

// The months of a span: "June 540", "March–April 540", "December 540 – January 541".
// The dash is U+2013 (UTF-8), here and below.
std::string format_month_span(int first_day, int last_day);

// A span of whole days for display. Certain: "20 June 540", "20–25 June 540",
// "20 June – 3 July 540". Uncertain dates are shown to the month only, after "c.":
// "c. June 540", "c. March–April 540".
std::string format_date_span(int first_day, int last_day, bool uncertain);

}  // namespace atlas
