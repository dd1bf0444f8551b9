// Unit tests of the editor's stable writer: numbers, the layout, and the round trip of every shipped campaign.
#include <doctest/doctest.h>

#include <clocale>
#include <string>

#include "core/edit/campaign_writer.h"
#include "core/edit/json_path.h"
#include "edit_test_support.h"

using namespace atlas;

namespace {

JsonValue parsed(const std::string& text) {
  JsonValue v;
  JsonError e;
  REQUIRE_MESSAGE(parse_json(text, v, e), e.message << " at " << e.line << ":" << e.column << " in " << text);
  return v;
}

std::string formatted(const std::string& text) { return format_campaign_json(parsed(text)); }

}  // namespace

TEST_CASE("numbers are written in the shortest form that reads back the same") {
  CHECK(format_json_number(46) == "46");
  CHECK(format_json_number(46.0) == "46");
  CHECK(format_json_number(-3) == "-3");
  CHECK(format_json_number(35.8) == "35.8");
  CHECK(format_json_number(0.1) == "0.1");
  CHECK(format_json_number(1.4785) == "1.4785");
  CHECK(format_json_number(41.62805) == "41.62805");
  CHECK(format_json_number(1000000) == "1000000");
  CHECK(format_json_number(1e-7) == "1e-07");
  const double third = 1.0 / 3.0;
  double back = 0;
  JsonValue v = parsed(format_json_number(third));
  back = v.number;
  CHECK(back == third);
}

TEST_CASE("numbers keep their '.' in a locale with a decimal comma") {
  const std::string old = std::setlocale(LC_NUMERIC, nullptr);
  if (!std::setlocale(LC_NUMERIC, "de_DE.UTF-8")) std::setlocale(LC_NUMERIC, "fr_FR.UTF-8");
  CHECK(format_json_number(35.8) == "35.8");
  std::setlocale(LC_NUMERIC, old.c_str());
}

TEST_CASE("short containers of scalars stay on one line, longer ones take a line per entry") {
  CHECK(formatted(R"({"view":{"west":1,"south":2.5},"list":[],"o":{}})") ==
        "{\n  \"view\": {\"west\": 1, \"south\": 2.5},\n  \"list\": [],\n  \"o\": {}\n}\n");
  CHECK(formatted(R"({"a":[{"source":"s","passage":"II.1"}]})") == "{\n  \"a\": [{\"source\": \"s\", \"passage\": \"II.1\"}]\n}\n");
  const std::string long_text(200, 'x');
  CHECK(formatted(R"({"p":{"id":"a","role":")" + long_text + R"("}})") ==
        "{\n  \"p\": {\n    \"id\": \"a\",\n    \"role\": \"" + long_text + "\"\n  }\n}\n");
  // Three levels deep never goes on one line, however short.
  CHECK(formatted(R"({"a":[{"b":[1]}]})") == "{\n  \"a\": [\n    {\"b\": [1]}\n  ]\n}\n");
}

TEST_CASE("a line of exactly the width stays whole, one character more is broken") {
  const std::string fits(kSavedLineWidth - std::string("  \"k\": [\"\"]").size(), 'y');
  CHECK(formatted(R"({"k":[")" + fits + R"("]})") == "{\n  \"k\": [\"" + fits + "\"]\n}\n");
  CHECK(formatted(R"({"k":[")" + fits + R"(y"]})") == "{\n  \"k\": [\n    \"" + fits + "y\"\n  ]\n}\n");
  std::string accented;  // as many characters as `fits`, of two bytes each: characters are counted, not bytes
  for (std::size_t i = 0; i < fits.size(); ++i) accented += "\xC3\xA9";
  CHECK(formatted(R"({"k":[")" + accented + R"("]})").find("[\n") == std::string::npos);
}

TEST_CASE("strings keep UTF-8 and escape only what JSON needs") {
  CHECK(formatted(R"({"t":"caf\u00e9 \"x\" a\\b\u0001"})") == "{\n  \"t\": \"caf\xC3\xA9 \\\"x\\\" a\\\\b\\u0001\"\n}\n");
}

TEST_CASE("keys keep the document's order") {
  CHECK(formatted(R"({"z":1,"a":2,"m":{"y":true,"b":null}})") == "{\n  \"z\": 1,\n  \"a\": 2,\n  \"m\": {\"y\": true, \"b\": null}\n}\n");
}

TEST_CASE("every shipped campaign saves, reopens as the same tree, and saves byte-identical") {
  for (const auto& path : atlas_test::shipped_campaign_files()) {
    CAPTURE(path.string());
    const JsonValue original = parsed(atlas_test::file_text(path));
    const std::string once = format_campaign_json(original);
    const JsonValue reopened = parsed(once);
    CHECK(json_equal(reopened, original));
    CHECK(format_campaign_json(reopened) == once);
  }
}
