// Unit tests of the shared small parsers: hex digits, locale-free decimals and integers, ids, UTF-8.
#include <doctest/doctest.h>

#include <clocale>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/data/text_parse.h"
#include "core/data/utf8.h"

using namespace atlas;

namespace {

double decimal(const char* text) {
  double v = -999;
  REQUIRE_MESSAGE(parse_decimal(text, v), text);
  return v;
}

bool rejected(const char* text) {
  double v = -999;
  return !parse_decimal(text, v) && v == -999;  // a refused number leaves the output alone
}

}  // namespace

TEST_CASE("hex digits: one function for \\u escapes, percent-decoding and colours") {
  CHECK(hex_digit_value('0') == 0);
  CHECK(hex_digit_value('9') == 9);
  CHECK(hex_digit_value('a') == 10);
  CHECK(hex_digit_value('F') == 15);
  CHECK(hex_digit_value('g') == -1);
  CHECK(hex_digit_value('/') == -1);
  std::uint32_t v = 0;
  CHECK(parse_hex("1a2B3c", v));
  CHECK(v == 0x1A2B3C);
  CHECK(parse_hex("ffffffff", v));
  CHECK(v == 0xFFFFFFFFu);
  CHECK_FALSE(parse_hex("", v));
  CHECK_FALSE(parse_hex("123456789", v));  // more than 32 bits
  CHECK_FALSE(parse_hex("12 3", v));
  CHECK_FALSE(parse_hex("0x12", v));
}

TEST_CASE("decimals: the strtod forms links use, read exactly") {
  CHECK(decimal("0") == 0.0);
  CHECK(decimal("36.2055") == 36.2055);
  CHECK(decimal("-12.5e2") == -1250.0);
  CHECK(decimal("+3") == 3.0);
  CHECK(decimal(".5") == 0.5);
  CHECK(decimal("5.") == 5.0);
  CHECK(decimal("1E3") == 1000.0);
  CHECK(decimal("2e+2") == 200.0);
  CHECK(decimal("0.1") == 0.1);
  CHECK(decimal("007") == 7.0);
  CHECK(decimal("1e-400") == 0.0);
  CHECK(decimal("123456789012345678901234") == doctest::Approx(1.2345678901234568e23));
  CHECK(std::signbit(decimal("-0")));
}

TEST_CASE("decimals: anything else is refused") {
  for (const char* bad : {"", "-", "+", ".", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "0x10", "inf", "nan", "1e999",
                          "--1", "1-", "e5", "12abc"})
    CHECK_MESSAGE(rejected(bad), bad);
}

TEST_CASE("decimals and fixed-point text do not follow LC_NUMERIC") {
  // strtod follows the C locale: in de_DE "1,5" is one and a half and "1.5" stops at the point. The
  // shared parser is the same in every locale. If de_DE.UTF-8 is not installed (LOCPATH may point at a
  // built one) this checks the contract in the C locale: '.' is the point, ',' is not a number.
  const bool german = std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr;
  if (german) CHECK(std::strtod("1,5", nullptr) == 1.5);
  double v = 0;
  const bool point = parse_decimal("1.5", v);
  const double read = v;
  const bool comma = parse_decimal("1,5", v);
  const std::string written = format_fixed(-2.25, 2);
  std::setlocale(LC_NUMERIC, "C");
  CHECK(point);
  CHECK(read == 1.5);
  CHECK_FALSE(comma);
  CHECK(written == "-2.25");
  MESSAGE((std::string("comma-decimal locale ") + (german ? "tested" : "not installed")));
}

TEST_CASE("integers: base 10, all of the text") {
  long long v = 0;
  CHECK(parse_integer("1280", v));
  CHECK(v == 1280);
  CHECK(parse_integer("-7", v));
  CHECK(v == -7);
  for (const char* bad : {"", "12x", " 5", "1.0", "99999999999999999999", "0x10"}) CHECK_FALSE_MESSAGE(parse_integer(bad, v), bad);
}

TEST_CASE("ids: the one rule for data files and links") {
  CHECK(is_valid_id("seleucia-pieria"));
  CHECK(is_valid_id("sack_1"));
  CHECK(is_valid_id("540"));
  CHECK(is_valid_id(std::string(64, 'a')));
  CHECK_FALSE(is_valid_id(std::string(65, 'a')));
  CHECK_FALSE(is_valid_id(""));
  CHECK_FALSE(is_valid_id("-antioch"));
  CHECK_FALSE(is_valid_id("_antioch"));
  CHECK_FALSE(is_valid_id("Antioch"));
  CHECK_FALSE(is_valid_id("a b"));
  CHECK_FALSE(is_valid_id("<script>"));
}

TEST_CASE("UTF-8: one strict decoder") {
  std::uint32_t cp = 0;
  CHECK(decode_utf8("A", 0, cp) == 1);
  CHECK(cp == 'A');
  CHECK(decode_utf8("\xC3\xA9", 0, cp) == 2);
  CHECK(cp == 0xE9);
  CHECK(decode_utf8("x\xE2\x80\x93", 1, cp) == 3);
  CHECK(cp == 0x2013);
  CHECK(decode_utf8("\xF0\x9F\x97\xBA", 0, cp) == 4);
  CHECK(cp == 0x1F5FA);
  for (const char* bad : {"\x80", "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
                          "\xC3", "\xE2\x80", "\xC3\x28", "\xFF"})
    CHECK_MESSAGE(decode_utf8(bad, 0, cp) == 0, "bytes ", std::string(bad).size());
  CHECK(is_utf8("Ktesiphon \xE2\x80\x93 \xCE\x9A\xCF\x84\xCE\xB7\xCF\x83\xCE\xB9\xCF\x86\xE1\xBF\xB6\xCE\xBD"));
  CHECK(is_utf8(""));
  CHECK(is_utf8_continuation(0x80));
  CHECK(is_utf8_continuation(0xBF));
  CHECK_FALSE(is_utf8_continuation(0xC3));
  CHECK_FALSE(is_utf8_continuation('a'));
  CHECK_FALSE(is_utf8("ok\xC0\x80"));
  std::string out;
  for (std::uint32_t c : {0x41u, 0xE9u, 0x2013u, 0x1F5FAu}) append_utf8(out, c);
  CHECK(out == "A\xC3\xA9\xE2\x80\x93\xF0\x9F\x97\xBA");
  CHECK(is_utf8(out));
}

TEST_CASE("a source's link is a web address and nothing else") {
  CHECK(atlas::is_web_link("https://www.gutenberg.org/ebooks/16764"));
  CHECK(atlas::is_web_link("http://penelope.uchicago.edu/Thayer/E/Roman/Texts/Procopius/"));
  for (const char* bad : {"javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "https://", "https:///x",
                          "//example.org/x", "https://exa mple.org", "https://example.org/\"><script>", "ftp://example.org"})
    CHECK_MESSAGE(!atlas::is_web_link(bad), bad);
  CHECK_FALSE(atlas::is_web_link("https://example.org/" + std::string(2000, 'a')));
}
