// Unit tests of the JSON parser: values, locations, escapes, numbers, strictness, limits and robustness.
#include <doctest/doctest.h>

#include <clocale>
#include <cstdint>
#include <string>
#include <vector>

#include "core/data/json.h"

using namespace atlas;

namespace {

JsonValue parse_ok(const std::string& text) {
  JsonValue v;
  JsonError e;
  REQUIRE_MESSAGE(parse_json(text, v, e), e.message << " at " << e.line << ":" << e.column);
  return v;
}

std::string error_of(const std::string& text, const JsonLimits& limits = {}) {
  JsonValue v;
  JsonError e;
  if (parse_json(text, v, e, limits)) return "parsed";
  return std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message;
}

}  // namespace

TEST_CASE("objects keep key order and every value knows where it starts") {
  const JsonValue v = parse_ok("{\n  \"b\": 1,\n  \"a\": [true, null, \"x\"]\n}");
  REQUIRE(v.is(JsonType::Object));
  REQUIRE(v.object.size() == 2);
  CHECK(v.object[0].key == "b");
  CHECK(v.object[1].key == "a");
  CHECK(v.object[1].line == 3);
  CHECK(v.object[1].column == 3);
  const JsonValue& a = v.object[1].value;
  CHECK(a.line == 3);
  CHECK(a.column == 8);
  REQUIRE(a.array.size() == 3);
  CHECK(a.array[0].boolean);
  CHECK(a.array[1].is(JsonType::Null));
  CHECK(a.array[2].column == 21);
  CHECK(v.find("b")->value.number == 1);
  CHECK(v.find("c") == nullptr);
}

TEST_CASE("columns count characters, not bytes") {
  const JsonValue v = parse_ok("[\"\xC3\x87" "evlik\", \"\xF0\x9F\x97\xBA\", 7]");
  CHECK(v.array[1].column == 12);
  CHECK(v.array[2].column == 17);
  CHECK(error_of("[\"\xC5\x9F\", x]") == "1:7: unexpected character 'x': expected a value");
}

TEST_CASE("escapes, including surrogate pairs, decode to UTF-8") {
  const JsonValue v = parse_ok(R"(["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u2013", "\ud83d\uddfa", "\u0041"])");
  CHECK(v.array[0].string == "a\"b\\c/d\b\f\n\r\t");
  CHECK(v.array[1].string == "\xC3\xA9\xE2\x80\x93");
  CHECK(v.array[2].string == "\xF0\x9F\x97\xBA");
  CHECK(v.array[3].string == "A");
}

TEST_CASE("numbers are parsed exactly and without the C locale") {
  std::setlocale(LC_NUMERIC, "de_DE.UTF-8");  // a comma-decimal locale if installed; harmless if not
  const JsonValue v = parse_ok("[0, -0, 36.2055, -12.5e2, 1E3, 2000, 0.1, 123456789012345678901234, 1e-400]");
  std::setlocale(LC_NUMERIC, "C");
  CHECK(v.array[0].number == 0.0);
  CHECK(v.array[1].number == 0.0);
  CHECK(v.array[2].number == 36.2055);
  CHECK(v.array[3].number == -1250.0);
  CHECK(v.array[4].number == 1000.0);
  CHECK(v.array[5].number == 2000.0);
  CHECK(v.array[6].number == 0.1);
  CHECK(v.array[7].number == doctest::Approx(1.2345678901234568e23));
  CHECK(v.array[8].number == 0.0);
}

TEST_CASE("strict JSON: malformed input is rejected with line and column") {
  CHECK(error_of("[1,]") == "1:4: trailing comma before ']'");
  CHECK(error_of("{\"a\":1,}") == "1:8: trailing comma before '}'");
  CHECK(error_of("{\"a\":1,\n \"a\":2}") == "2:2: duplicate key \"a\" (first at line 1, column 2)");
  CHECK(error_of("[NaN]") == "1:2: NaN and Infinity are not JSON numbers");
  CHECK(error_of("[Infinity]") == "1:2: NaN and Infinity are not JSON numbers");
  CHECK(error_of("[-]") == "1:3: a number needs a digit here");
  CHECK(error_of("[01]") == "1:3: numbers must not have leading zeros");
  CHECK(error_of("[1.]") == "1:4: a digit must follow the decimal point");
  CHECK(error_of("[1e]") == "1:4: a digit must follow the exponent");
  CHECK(error_of("[1e400]") == "1:2: number is out of range");
  CHECK(error_of("[\"a\tb\"]") == "1:4: control character U+0009 in a string must be escaped");
  CHECK(error_of("[\"abc") == "1:2: unterminated string");
  CHECK(error_of("['a']") == "1:2: strings must use double quotes, not single quotes");
  CHECK(error_of("[\"\\x\"]") == "1:4: invalid escape '\\x'");
  CHECK(error_of("[\"\\u12G4\"]") == "1:7: a \\u escape needs four hex digits");
  CHECK(error_of("[\"\\ud83d\"]") == "1:3: high surrogate not followed by a \\u low surrogate");
  CHECK(error_of("[\"\\ude00\"]") == "1:3: unpaired low surrogate in a \\u escape");
  CHECK(error_of("[\"\xC0\xAF\"]") == "1:3: invalid UTF-8 in a string");
  CHECK(error_of("[\"\xED\xA0\x80\"]") == "1:3: invalid UTF-8 in a string");
  CHECK(error_of("[tru]") == "1:2: invalid literal: expected 'true'");
  CHECK(error_of("{\"a\" 1}") == "1:6: expected ':' after \"a\"");
  CHECK(error_of("{1:2}") == "1:2: expected a member name in double quotes but found character '1'");
  CHECK(error_of("[1 2]") == "1:4: expected ',' or ']' but found character '2'");
  CHECK(error_of("{} {}") == "1:4: unexpected character '{' after the JSON value");
  CHECK(error_of("// comment\n{}") == "1:1: unexpected character '/': expected a value");
  CHECK(error_of("") == "1:1: empty input: expected a JSON value");
}

TEST_CASE("a byte-order mark is skipped; CRLF line ends count as one line") {
  const JsonValue v = parse_ok("\xEF\xBB\xBF{\r\n\"a\": 1}");
  CHECK(v.column == 1);
  CHECK(v.object[0].line == 2);
  CHECK(v.object[0].column == 1);
}

TEST_CASE("depth and size limits") {
  JsonLimits limits;
  limits.max_depth = 3;
  CHECK(error_of("[[[1]]]", limits) == "parsed");
  CHECK(error_of("[[[[1]]]]", limits) == "1:4: nesting is deeper than 3 levels");
  limits.max_bytes = 8;
  CHECK(error_of("[1,2,3,4,5]", limits) == "1:1: input is 11 bytes; the limit is 8 bytes");
  CHECK(error_of(std::string(100000, '['), {}) == "1:65: nesting is deeper than 64 levels");
}

TEST_CASE("a failed parse leaves the output untouched") {
  JsonValue v = parse_ok("[7]");
  JsonError e;
  CHECK_FALSE(parse_json("[8,", v, e));
  CHECK(v.array.size() == 1);
  CHECK(v.array[0].number == 7);
}

TEST_CASE("robustness: every prefix and many byte mutations of a document fail cleanly or parse") {
  const std::string doc =
      "{\"a\": [1, -2.5e3, true, false, null], \"b\": {\"c\": \"\\u00e9\\ud83d\\uddfa x\"}, \"d\": \"\xC3\xA7\"}";
  REQUIRE(error_of(doc) == "parsed");
  int prefixes_parsed = 0;
  for (std::size_t n = 0; n < doc.size(); ++n) prefixes_parsed += error_of(doc.substr(0, n)) == "parsed";
  CHECK(prefixes_parsed == 0);
  std::uint32_t seed = 12345;
  auto next = [&] { seed = seed * 1664525u + 1013904223u; return seed >> 8; };
  int rejected = 0, bad_errors = 0;
  for (int i = 0; i < 5000; ++i) {
    std::string m = doc;
    for (int k = 0; k < 3; ++k) m[next() % m.size()] = static_cast<char>(next() & 0xFF);
    JsonValue v;
    JsonError e;
    if (parse_json(m, v, e)) continue;
    ++rejected;
    bad_errors += e.line < 1 || e.column < 1 || e.message.empty();
  }
  CHECK(rejected > 2500);
  CHECK(bad_errors == 0);
}

TEST_CASE("type names for messages") {
  CHECK(std::string(json_type_name(JsonType::Object)) == "an object");
  CHECK(std::string(json_type_name(JsonType::Bool)) == "true or false");
}

TEST_CASE("a document's characters: its strings' code points, each once, in ascending order; keys are not text") {
  const JsonValue v = parse_ok(R"({"kéy": ["bab", "Ωa", {"z": "ö\u00e9 Ω"}], "n": 1, "é": "\ud83d\ude00b"})");
  const std::vector<std::uint32_t> want = {' ', 'a', 'b', 0xE9, 0xF6, 0x3A9, 0x1F600};
  CHECK(string_code_points(v) == want);
  CHECK(string_code_points(parse_ok(R"({"k": [1, true, null]})")).empty());
}
