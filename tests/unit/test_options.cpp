// Unit tests of the command-line parser: defaults, values and clear rejections.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/shell/options.h"

using atlas::Options;

namespace {
bool parse(std::vector<const char*> args, Options& o, std::string& err) {
  args.insert(args.begin(), "campaign-atlas");
  return atlas::parse_command_line(static_cast<int>(args.size()), args.data(), o, err);
}
}  // namespace

TEST_CASE("no arguments give the defaults") {
  Options o;
  std::string err;
  REQUIRE(parse({}, o, err));
  CHECK(o.width == 1280);
  CHECK(o.height == 800);
  CHECK(o.screenshot.empty());
  CHECK(o.campaign_file.empty());
}

TEST_CASE("screenshot, size, date and campaign are read") {
  Options o;
  std::string err;
  REQUIRE(parse({"--screenshot", "out.png", "--size", "640x480", "--date", "540-06-20", "--campaign", "c.json",
                 "--pixel-ratio", "2", "--frames", "7", "--export-events", "csv"}, o, err));
  CHECK(o.screenshot == "out.png");
  CHECK(o.width == 640);
  CHECK(o.height == 480);
  CHECK(o.date == "540-06-20");
  CHECK(o.campaign_file == "c.json");
  CHECK(o.pixel_ratio == 2.0f);
  CHECK(o.frames == 7);
  CHECK(o.export_events == "csv");
}

TEST_CASE("a fractional pixel ratio is read with a decimal point") {
  Options o;
  std::string err;
  REQUIRE(parse({"--pixel-ratio", "1.5", "--size", "1100x650"}, o, err));
  CHECK(o.pixel_ratio == 1.5f);
  CHECK(o.width == 1100);
  CHECK(o.height == 650);
}

TEST_CASE("bad arguments are rejected with a message naming them") {
  struct Case { std::vector<const char*> args; const char* message; };
  const Case cases[] = {
      {{"--bogus"}, "unknown argument '--bogus' (see --help)"},
      {{"--size", "640"}, "--size: expected WxH between 16 and 8192, got '640'"},
      {{"--size", "0x480"}, "--size: expected WxH between 16 and 8192, got '0x480'"},
      {{"--size", "640x99999"}, "--size: expected WxH between 16 and 8192, got '640x99999'"},
      {{"--screenshot"}, "--screenshot needs a value"},
      {{"--export-events", "xml"}, "--export-events: only 'csv' is supported, not 'xml'"},
      {{"--pixel-ratio", "nan"}, "--pixel-ratio: expected a number from 0.5 to 4, got 'nan'"},
      {{"--pixel-ratio", "1,5"}, "--pixel-ratio: expected a number from 0.5 to 4, got '1,5'"},  // '.' in every locale
      {{"--size", "640x48O"}, "--size: expected WxH between 16 and 8192, got '640x48O'"},
      {{"--frames", "7.5"}, "--frames: expected a whole number from 1 to 100000, got '7.5'"},
      {{"--frames", "-3"}, "--frames: expected a whole number from 1 to 100000, got '-3'"},
      {{"check"}, "check needs a value"},
      {{"--autoplay", "check", "x.json"}, "unknown argument 'check' (see --help)"},  // a command comes first
  };
  for (const Case& c : cases) {
    Options o;
    o.width = 1;
    std::string err;
    CHECK_FALSE(parse(c.args, o, err));
    CHECK(err == c.message);
    CHECK(o.width == 1);  // untouched on failure
  }
}

TEST_CASE("check FILE is the author's command") {
  Options o;
  std::string err;
  REQUIRE(parse({"check", "my-campaign.json"}, o, err));
  CHECK(o.check == "my-campaign.json");
  CHECK(std::string(atlas::usage_text()).find("campaign-atlas check FILE") != std::string::npos);
}
