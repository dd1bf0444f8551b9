// Unit tests of core/shell/line_breaks: wrapped lines never end inside a number.
#include <doctest/doctest.h>

#include <string_view>

#include "core/shell/line_breaks.h"

using atlas::keep_numbers_whole;

TEST_CASE("a line break inside a number moves back to the blank before it") {
  const std::string_view t = "Demanded 5,000 lb of silver";
  const std::size_t in_number = t.find("000");                    // "…5," | "000 lb"
  CHECK(keep_numbers_whole(t, 0, in_number) == t.find("5,000"));  // the whole figure goes to the next line
  CHECK(keep_numbers_whole(t, 0, t.find("lb")) == t.find("lb"));  // between words: as proposed
  const std::string_view cite = "Procopius, Wars II.14";
  CHECK(keep_numbers_whole(cite, 0, cite.find("14")) == cite.find("II.14"));
  CHECK(keep_numbers_whole(cite, 0, cite.find("Wars")) == cite.find("Wars"));  // after a comma and a blank: fine
  const std::string_view lead = "5,000 lb";                       // the number begins the line: it must break somewhere
  CHECK(keep_numbers_whole(lead, 0, 2) == 2);
  const std::string_view later = "one two 12,000";
  CHECK(keep_numbers_whole(later, 8, 11) == 11);                  // the line starts at the number itself
  CHECK(keep_numbers_whole(later, 0, 11) == 8);
  CHECK(keep_numbers_whole(later, 0, later.size()) == later.size());  // the end of the text
  CHECK(keep_numbers_whole("a, b", 0, 3) == 3);                   // a comma not between digits
}
