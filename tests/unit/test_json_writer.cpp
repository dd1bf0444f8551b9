// Unit tests of the JSON writer: nesting, commas, escaping, fixed-precision numbers, empty containers,
// and the writers built on it (screen targets, the text mirror's sections).
#include <doctest/doctest.h>

#include <clocale>
#include <cmath>
#include <string>

#include "core/data/json.h"
#include "core/shell/screen_targets.h"
#include "core/story/text_mirror.h"
#include "core/data/text_parse.h"

using namespace atlas;

namespace {

// Parses what the writer wrote: it must be JSON.
JsonValue reparsed(const std::string& text) {
  JsonValue v;
  JsonError e;
  REQUIRE_MESSAGE(parse_json(text, v, e), e.message << " in " << text);
  return v;
}

}  // namespace

TEST_CASE("the writer nests objects and arrays with commas only between values") {
  JsonWriter w;
  w.begin_object().key("a").integer(1).key("list").begin_array().integer(2).begin_object().end_object();
  w.begin_array().end_array().string("x").end_array().key("b").boolean(true).key("c").boolean(false).end_object();
  CHECK(w.text() == R"({"a":1,"list":[2,{},[],"x"],"b":true,"c":false})");
  CHECK(reparsed(w.text()).object.size() == 4);
}

TEST_CASE("empty containers and a bare value are whole documents") {
  CHECK(JsonWriter().begin_object().end_object().text() == "{}");
  CHECK(JsonWriter().begin_array().end_array().text() == "[]");
  CHECK(JsonWriter().begin_array().begin_array().end_array().begin_object().end_object().end_array().text() == "[[],{}]");
  CHECK(JsonWriter().string("").text() == "\"\"");
  CHECK(JsonWriter().integer(-42).text() == "-42");
}

TEST_CASE("strings and keys are escaped, and read back unchanged") {
  const std::string nasty = std::string("say \"hi\" \\ back\tslash\n\x01 end \xE2\x80\x93 ok") + '\0' + "z";
  JsonWriter w;
  w.begin_object().key("k\"ey").string(nasty).end_object();
  CHECK(w.text() == "{\"k\\\"ey\":\"say \\\"hi\\\" \\\\ back\\u0009slash\\u000a\\u0001 end \xE2\x80\x93 ok\\u0000z\"}");
  const JsonValue v = reparsed(w.text());
  REQUIRE(v.object.size() == 1);
  CHECK(v.object[0].key == "k\"ey");
  CHECK(v.object[0].value.string == nasty);
}

TEST_CASE("numbers have a fixed number of decimals, as printf writes them") {
  JsonWriter w;
  w.begin_array().number(1.5, 2).number(-0.25, 1).number(36.123456789, 5).number(1918464.5, 6).number(2.0, 0);
  w.number(1e21, 1).number(std::nan(""), 2).number(HUGE_VAL, 2).end_array();
  CHECK(w.text() == "[1.50,-0.2,36.12346,1918464.500000,2,1000000000000000000000.0,null,null]");
  CHECK(reparsed(w.text()).array.size() == 8);
  CHECK(format_fixed(0.125, 2) == "0.12");  // the same rounding as "%.2f": the binary value's, to even
  CHECK(format_fixed(-3.14159, 3) == "-3.142");
}

TEST_CASE("a comma-decimal locale does not change the numbers written") {
  // de_DE.UTF-8 may be missing (then this checks the C locale only); LOCPATH can point at a built one.
  const bool german = std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr;
  if (german) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", 1.5);
    CHECK(std::string(buf) == "1,5");  // the locale is really in effect
  }
  const std::string text = JsonWriter().begin_array().number(1.5, 1).number(-1234.5678, 3).end_array().text();
  std::setlocale(LC_NUMERIC, "C");
  CHECK(text == "[1.5,-1234.568]");
  MESSAGE((std::string("comma-decimal locale ") + (german ? "tested" : "not installed")));
}

TEST_CASE("screen targets: CSS pixels, one decimal, names escaped") {
  const std::vector<ScreenTarget> targets = {{"tab:Demands", 10, 20, 110, 60},
                                             {"place:a\"b\\c\x01", 1, 2, 4, 8}};
  const std::string json = screen_targets_json(targets, 2.0f);
  CHECK(json == "{\"tab:Demands\":[5.0,10.0,50.0,20.0],\"place:a\\\"b\\\\c\\u0001\":[0.5,1.0,1.5,3.0]}");
  const JsonValue v = reparsed(json);
  REQUIRE(v.object.size() == 2);
  CHECK(v.object[1].key == "place:a\"b\\c\x01");
  CHECK(v.object[1].value.array[3].number == 3.0);
  CHECK(screen_targets_json({}, 1.0f) == "{}");
}

TEST_CASE("the text mirror's sections are written with the writer's escaping") {
  const std::vector<TextSection> sections = {{"A \"title\"", {"one", "two\nlines"}}, {"Empty", {}}};
  CHECK(sections_json(sections) ==
        "[{\"title\":\"A \\\"title\\\"\",\"items\":[\"one\",\"two\\u000alines\"]},{\"title\":\"Empty\",\"items\":[]}]");
  CHECK(sections_json({}) == "[]");
}
