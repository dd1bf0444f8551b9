// The validator's documented limits and hostile text: what passes draws safely, what does not is refused.
#include <doctest/doctest.h>

#include <string>

#include "campaign_test_support.h"
#include "core/data/campaign_loader.h"
#include "core/data/csv_export.h"
#include "core/data/utf8.h"

using namespace atlas;
using atlas_test::kMinimalCampaign;
using atlas_test::replace_once;

namespace {

std::string first_error(const std::string& text) { return load_campaign(text, "test.json").error.to_string(); }

std::string with_summary(const std::string& summary) {
  return replace_once(kMinimalCampaign, R"("summary": "He sets out.")", "\"summary\": \"" + summary + "\"");
}

// The minimal campaign with `n` more events like its first (each its own id, all on its first day).
std::string with_events(std::size_t n) {
  std::string more;
  for (std::size_t i = 0; i < n; ++i) {
    more += R"({"id": "more-)" + std::to_string(i) + R"(", "kind": "march", "date_start": "0540-03-15", "place": "ctesiphon",)"
            R"( "summary": "On.", "sources": [{"source": "post", "passage": "Khusrau Invades"}]},)";
  }
  return replace_once(kMinimalCampaign, R"("events": [)", "\"events\": [" + more);
}

}  // namespace

TEST_CASE("texts, names and lists are limited, and a file at the limits loads") {
  CHECK(load_campaign(with_summary(std::string(kMaxTextChars, 'a')), "test.json").ok());
  CHECK(first_error(with_summary(std::string(kMaxTextChars + 1, 'a'))) ==
        "test.json:28:17: events[0].summary: is 4001 characters long; at most 4000");
  // Characters, not bytes: 4,000 Greek letters are 8,000 bytes and still allowed.
  std::string greek;
  for (std::size_t i = 0; i < kMaxTextChars; ++i) greek += "α";
  CHECK(load_campaign(with_summary(greek), "test.json").ok());

  const std::string long_title = replace_once(kMinimalCampaign, R"("title": "Test campaign")",
                                              "\"title\": \"" + std::string(kMaxNameChars + 1, 't') + "\"");
  CHECK(first_error(long_title) == "test.json:4:12: title: is 201 characters long; at most 200");

  CHECK(load_campaign(with_events(kMaxListEntries - 2), "test.json").ok());
  CHECK(first_error(with_events(kMaxListEntries - 1)) == "test.json:26:13: events: has 1001 entries; at most 1000");
}

TEST_CASE("a route may have many more waypoints than other lists have entries") {
  std::string points;
  for (std::size_t i = 0; i < kMaxRoutePoints - 3; ++i) points += R"({"lat": 35.0, "lon": 40.0},)";
  const std::string at_limit = replace_once(kMinimalCampaign, R"({"lat": 35.0, "lon": 40.0, "follows": "Euphrates"},)",
                                            points);
  CHECK(load_campaign(at_limit, "test.json").ok());
  const std::string over = replace_once(at_limit, R"({"lat": 35.0, "lon": 40.0},)", R"({"lat": 35.0, "lon": 40.0},{"lat": 35.0, "lon": 40.0},)");
  CHECK(first_error(over) == "test.json:20:12: route: has 5001 entries; at most 5000");
}

TEST_CASE("control characters are refused in texts; line breaks are kept") {
  CHECK(load_campaign(with_summary("Two\\nparagraphs."), "test.json").ok());
  CHECK(first_error(with_summary("cut\\u0000short")) ==
        "test.json:28:17: events[0].summary: control character U+0000 in a text: remove it (only line breaks may be written)");
  const std::string escape_in_name = replace_once(kMinimalCampaign, R"("name": "Antioch")", R"("name": "\u001b[2JAntioch")");
  CHECK(first_error(escape_in_name) ==
        "test.json:18:31: places[1].name: control character U+001B in a text: remove it (only line breaks may be written)");
  CHECK(first_error(with_summary("tab\\there")).find("U+0009") != std::string::npos);
  CHECK(first_error(with_summary("c1\\u0085here")).find("U+0085") != std::string::npos);
}

TEST_CASE("a hostile id is quoted escaped and cut short in the one-line message") {
  const std::string id = "\\u001b[2J" + std::string(10000, 'x');
  const std::string text = replace_once(kMinimalCampaign, R"("place": "antioch", "outcome")", "\"place\": \"" + id + "\", \"outcome\"");
  const std::string message = first_error(text);
  CHECK(message.find('\x1b') == std::string::npos);
  CHECK(message.size() < 200);
  CHECK(message.find(R"(unknown place id "\u001B[2Jxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…")") != std::string::npos);
  const std::string bad_key = replace_once(kMinimalCampaign, R"("title": "Test campaign")", "\"\\u001b]0;pwned\\u0007\": 1");
  const std::string key_message = first_error(bad_key);
  CHECK(key_message.find('\x1b') == std::string::npos);
  CHECK(key_message.find('\x07') == std::string::npos);
  CHECK(key_message.find(R"(unknown field "\u001B]0;pwned\u0007")") != std::string::npos);
}

TEST_CASE("quoted keeps readable text, escapes controls and invalid bytes, and cuts at a character") {
  CHECK(quoted("antioch") == "\"antioch\"");
  CHECK(quoted("Κτησιφῶν") == "\"Κτησιφῶν\"");
  CHECK(quoted("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(quoted("\x1b[2J\n\x7f") == "\"\\u001B[2J\\u000A\\u007F\"");
  CHECK(quoted("\xff" "a") == "\"\\xFFa\"");
  CHECK(quoted("αβγδ", false, 2) == "\"αβ…\"");
  CHECK(quoted("<b>&", true) == "\"\\x3Cb\\x3E\\x26\"");
  CHECK(quoted("é", true) == "\"\\xC3\\xA9\"");
}

TEST_CASE("what the validator lets through exports as CSV in full") {
  const LoadResult r = load_campaign(with_summary("line one\\nline two, with a comma"), "test.json");
  REQUIRE(r.ok());
  const std::string csv = export_events_csv(r.campaign);
  CHECK(csv.find("\"line one\nline two, with a comma\"") != std::string::npos);
  CHECK(csv.find('\0') == std::string::npos);
}
