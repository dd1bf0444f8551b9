// Loader rejection tests: each bad input must fail with file:line:column, the field and a clear message.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "campaign_test_support.h"
#include "core/data/campaign_loader.h"

using namespace atlas;
using atlas_test::kMinimalCampaign;
using atlas_test::replace_once;

namespace {

struct BadCase {
  const char* name;
  const char* from;  // text of the minimal campaign to replace...
  const char* to;    // ...with this
  const char* expected;
};

// Mutations of the minimal valid campaign, each with the exact message it must produce.
const BadCase kBadCases[] = {
    {"missing comma", R"~("id": "test",)~", R"~("id": "test")~",
     R"~(test.json:4:3: expected ',' or '}' but found character '"')~"},
    {"trailing comma in array", R"~({"text": "Syria", "lat": 35, "lon": 37.4, "size": "medium"}])~", R"~({"text": "Syria", "lat": 35, "lon": 37.4, "size": "medium"},])~",
     "test.json:46:74: trailing comma before ']'"},
    {"duplicate key", R"~("modern": "Antakya",)~", R"~("modern": "Antakya", "modern": "Antioch",)~",
     R"~(test.json:18:63: duplicate key "modern" (first at line 18, column 42))~"},
    {"NaN number", R"~("lat": 35.0, "lon": 40.0)~", R"~("lat": NaN, "lon": 40.0)~",
     "test.json:22:13: NaN and Infinity are not JSON numbers"},
    {"number out of range", R"~("lat": 35.0, "lon": 40.0)~", R"~("lat": 1e999, "lon": 40.0)~",
     "test.json:22:13: number is out of range"},
    {"wrong format", R"~("format": "campaign-atlas/1")~", R"~("format": "campaign-atlas/9")~",
     R"~(test.json:2:13: format: expected "campaign-atlas/1" or "campaign-atlas/2", found "campaign-atlas/9")~"},
    {"missing title", "  \"title\": \"Test campaign\",\n", "",
     R"~(test.json:1:1: missing field "title")~"},
    {"title of wrong type", R"~("title": "Test campaign")~", R"~("title": 42)~",
     "test.json:4:12: title: expected a string, found a number"},
    {"unknown top-level field", R"~("title": "Test campaign")~", R"~("titel": "Test campaign")~",
     R"~(test.json:4:3: unknown field "titel" (did you mean "title"?))~"},
    {"unknown event field", R"~("place": "antioch", "outcome")~", R"~("plcae": "antioch", "outcome")~",
     R"~(test.json:30:27: events[1]: unknown field "plcae" (did you mean "place"?))~"},
    {"unknown place id", R"~("place": "antioch", "outcome")~", R"~("place": "antoich", "outcome")~",
     R"~(test.json:30:36: events[1].place: unknown place id "antoich" (did you mean "antioch"?))~"},
    {"unknown faction id", R"~("held_by": "roman")~", R"~("held_by": "romans")~",
     R"~(test.json:18:101: places[1].held_by: unknown faction id "romans" (did you mean "roman"?))~"},
    {"unknown source id", R"~({"source": "procopius", "passage": "II.8"})~", R"~({"source": "procopious", "passage": "II.8"})~",
     R"~(test.json:33:29: events[1].sources[0].source: unknown source id "procopious" (did you mean "procopius"?))~"},
    {"latitude out of range", R"~("lat": 36.2, "lon": 36.17)~", R"~("lat": 96.2, "lon": 36.17)~",
     "test.json:18:70: places[1].lat: must be between -90 and 90"},
    {"longitude out of range", R"~("lat": 33.09, "lon": 44.58)~", R"~("lat": 33.09, "lon": 184.58)~",
     "test.json:17:91: places[0].lon: must be between -180 and 180"},
    {"malformed date", R"~("date_start": "0540-06-01", "date_end")~", R"~("date_start": "540-06-01", "date_end")~",
     R"~(test.json:29:50: events[1].date_start: "540-06-01" is not a date: write YYYY-MM-DD with a four-digit year, e.g. "1066-10-14" or "-0217-06-21" (218 BC))~"},
    {"impossible date", R"~("date_end": "0540-06-12")~", R"~("date_end": "0540-06-31")~",
     R"~(test.json:29:76: events[1].date_end: "0540-06-31" is not a date: write YYYY-MM-DD with a four-digit year, e.g. "1066-10-14" or "-0217-06-21" (218 BC))~"},
    {"reversed date range", R"~("date_end": "0540-06-12")~", R"~("date_end": "0540-05-12")~",
     "test.json:29:76: events[1].date_end: 0540-05-12 is before date_start 0540-06-01"},
    {"date outside the campaign", R"~("date_end": "0540-06-12")~", R"~("date_end": "0541-01-05")~",
     "test.json:29:76: events[1].date_end: 0541-01-05 is outside the campaign (0540-01-01 to 0540-12-31)"},
    {"negative amount", R"~({"lb": 1000, "metal": "gold"})~", R"~({"lb": -1000, "metal": "gold"})~",
     "test.json:31:25: events[1].demanded.lb: must not be negative"},
    {"unknown metal", R"~({"lb": 1000, "metal": "gold"})~", R"~({"lb": 1000, "metal": "bronze"})~",
     R"~(test.json:31:40: events[1].demanded.metal: unknown metal "bronze"; expected one of: gold, silver)~"},
    {"amount neither number nor unknown", R"~("paid": {"lb": "unknown"})~", R"~("paid": {"lb": "lots"})~",
     R"~(test.json:31:64: events[1].paid.lb: must be a number of pounds or "unknown")~"},
    {"known amount without metal", R"~({"lb": 1000, "metal": "gold"})~", R"~({"lb": 1000})~",
     R"~(test.json:31:18: events[1].demanded: missing field "metal")~"},
    {"unknown event kind", R"~("kind": "sack")~", R"~("kind": "seige")~",
     R"~(test.json:29:28: events[1].kind: unknown kind "seige"; expected one of: march, demand, payment, siege, sack, truce, decision, other, battle, landing, sea_passage, surrender, raid)~"},
    {"unknown outcome", R"~("outcome": "sacked")~", R"~("outcome": "destroyed")~",
     R"~(test.json:30:58: events[1].outcome: unknown outcome "destroyed"; expected one of: taken, razed, burned, ransomed, spared, refused, siege_failed, bypassed, paid, sacked, plundered, visited, crossed, agreed, other, victory, defeat, surrendered, abandoned)~"},
    {"event with empty sources", R"~("sources": [{"source": "procopius", "passage": "II.8"}])~", R"~("sources": [])~",
     "test.json:33:17: events[1].sources: needs at least 1 entry"},
    {"event without sources", R"~("summary": "He sets out.", "sources": [{"source": "post", "passage": "Khusrau Invades"}])~", R"~("summary": "He sets out.")~",
     R"~(test.json:27:5: events[0]: missing field "sources")~"},
    {"source without passage", R"~({"source": "procopius", "passage": "II.8"})~", R"~({"source": "procopius"})~",
     R"~(test.json:33:18: events[1].sources[0]: missing field "passage")~"},
    {"duplicate event id", R"~({"id": "sack", "kind")~", R"~({"id": "march", "kind")~",
     R"~(test.json:29:12: events[1].id: duplicate event id "march")~"},
    {"duplicate place id", R"~({"id": "antioch", "name")~", R"~({"id": "ctesiphon", "name")~",
     R"~(test.json:18:12: places[1].id: duplicate place id "ctesiphon")~"},
    {"invalid id", R"~({"id": "antioch", "name")~", R"~({"id": "Antioch City", "name")~",
     R"~(test.json:18:12: places[1].id: "Antioch City" is not a valid id (use lowercase letters, digits, '-' and '_', e.g. "seleucia-pieria"))~"},
    {"route dates going backwards", R"~({"place": "antioch", "date": "0540-06-01", "leave")~", R"~({"place": "antioch", "date": "0540-03-01", "leave")~",
     "test.json:23:34: route[2].date: 0540-03-01 is before 0540-03-15 at route[0]: route dates must not go backwards"},
    {"leave before arrival", R"~("leave": "0540-06-20")~", R"~("leave": "0540-05-20")~",
     "test.json:23:57: route[2].leave: 0540-05-20 is before the arrival date"},
    {"first waypoint without a date", R"~({"place": "ctesiphon", "date": "0540-03-15"})~", R"~({"place": "ctesiphon"})~",
     R"~(test.json:21:5: route[0]: the first waypoint needs a "date")~"},
    {"waypoint far from its place", R"~({"place": "antioch", "date")~", R"~({"place": "antioch", "lat": 33.5, "lon": 36.3, "date")~",
     R"~(test.json:23:33: route[2].lat: is 300 km from place "antioch" (at most 50 km): check lat/lon or the place id)~"},
    {"uncertain date without a note", R"~("date_note": "June", )~", "",
     R"~(test.json:29:103: events[1].uncertain: an uncertain date needs a "date_note" saying what the sources do say)~"},
    {"events out of date order", R"~({"id": "march", "kind": "march", "date_start": "0540-03-15")~", R"~({"id": "march", "kind": "march", "date_start": "0540-07-15")~",
     R"~(test.json:29:50: events[1].date_start: 0540-06-01 is before the start of events[0] ("march", 0540-07-15): list them in date order)~"},
    {"differs with one version", R"~({"source": "post", "passage": "Sack", "claim": "razed"},)~", "",
     "test.json:34:17: events[1].differs: give at least two versions, one per source that tells it differently"},
    {"captives not a whole number", R"~("count": 12000)~", R"~("count": 12000.5)~",
     "test.json:32:28: events[1].captives.count: must be a whole number"},
    {"bad colour", R"~("color": "#b8512c")~", R"~("color": "orange")~",
     R"~(test.json:10:53: factions[1].color: write a colour as "#rrggbb")~"},
    {"view box reversed", R"~("east": 45)~", R"~("east": 25)~",
     R"~(test.json:7:45: view.east: must be greater than "west")~"},
    {"overlapping chapters", R"~("date_start": "0540-06-01", "date_end": "0540-12-31")~", R"~("date_start": "0540-05-01", "date_end": "0540-12-31")~",
     "test.json:43:65: chapters[1].date_start: 0540-05-01 is not after the end of chapters[0] (0540-05-31): chapters follow one another without overlapping"},
    {"label size unknown", R"~("size": "medium")~", R"~("size": "huge")~",
     R"~(test.json:46:64: labels[0].size: unknown label size "huge"; expected one of: large, medium, small)~"},
    {"control character in a string", R"~("Antioch falls.")~", "\"Antioch\tfalls.\"",
     "test.json:32:71: control character U+0009 in a string must be escaped"},
    {"wrongly typed flag", R"~("approximate": true)~", R"~("approximate": "yes")~",
     "test.json:24:65: route[3].approximate: expected true or false, found a string"},
    {"a source's url that is not a web address", R"~("reference": "Wars"})~", R"~("reference": "Wars", "url": "javascript:alert(1)"})~",
     R"~(test.json:13:75: sources[0].url: "javascript:alert(1)" is not a web address (it must begin with https:// or http://))~"},
};

void check_rejected(const std::string& text, const std::string& expected) {
  const LoadResult r = load_campaign(text, "test.json");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error.to_string() == expected);
  // Nothing is half-loaded.
  CHECK(r.campaign.places.empty());
  CHECK(r.campaign.events.empty());
  CHECK(r.campaign.main_route().empty());
  CHECK(r.campaign.title.empty());
}

}  // namespace

TEST_CASE("the minimal campaign used by the rejection tests is itself valid") {
  const LoadResult r = load_campaign(kMinimalCampaign, "test.json");
  REQUIRE_MESSAGE(r.ok(), r.error.to_string());
  CHECK(r.campaign.events.size() == 2);
  CHECK(r.campaign.main_route().size() == 4);
}

TEST_CASE("bad campaign files are rejected with file, line, column, field and reason") {
  for (const BadCase& c : kBadCases) {
    INFO("case: " << c.name);
    check_rejected(replace_once(kMinimalCampaign, c.from, c.to), c.expected);
  }
}

TEST_CASE("a route needs at least two waypoints") {
  const std::string text = replace_once(kMinimalCampaign, R"~({"place": "ctesiphon", "date": "0540-03-15"},
    {"lat": 35.0, "lon": 40.0, "follows": "Euphrates"},
    {"place": "antioch", "date": "0540-06-01", "leave": "0540-06-20"},
)~", "");
  check_rejected(text, "test.json:20:12: route: needs at least 2 entries");
}

TEST_CASE("input that is not a campaign object is rejected") {
  check_rejected("", "test.json:1:1: empty input: expected a JSON value");
  check_rejected("   \n  ", "test.json:2:3: empty input: expected a JSON value");
  check_rejected("[]", "test.json:1:1: expected an object, found an array");
  check_rejected("{\"format\": \"campaign-atlas/1\"", "test.json:1:30: unexpected end of input: expected ',' or '}'");
  check_rejected(std::string("{\"title\": \"\xff\"}"), "test.json:1:12: invalid UTF-8 in a string");
}

TEST_CASE("deeply nested input is rejected, not recursed into") {
  const std::string deep = std::string(200, '[') + std::string(200, ']');
  const std::string text = replace_once(kMinimalCampaign, R"~("summary": "Antioch falls.")~", "\"summary\": " + deep);
  check_rejected(text, "test.json:32:124: nesting is deeper than 64 levels");
}

TEST_CASE("huge input is rejected before parsing") {
  std::string text = kMinimalCampaign;
  text += std::string(5u * 1024u * 1024u, ' ');
  check_rejected(text, "test.json:1:1: input is " + std::to_string(text.size()) +
                           " bytes; the limit is 4194304 bytes");
}

TEST_CASE("a missing file is reported by name and the model is left untouched") {
  Campaign c;
  c.title = "kept";
  const std::string error = load_campaign_file("/nonexistent/dir/khusrau-540.json", c);
  CHECK(error.find("cannot open campaign file \"/nonexistent/dir/khusrau-540.json\"") == 0);
  CHECK(c.title == "kept");
}

TEST_CASE("a file over the limit is reported with its real size, unparsed") {
  const std::string path = std::string(ATLAS_SOURCE_DIR) + "/build/test-huge-campaign.json";
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    REQUIRE(f);
    std::string chunk(1024 * 1024, ' ');
    for (int i = 0; i < 6; ++i) std::fwrite(chunk.data(), 1, chunk.size(), f);
    std::fclose(f);
  }
  Campaign c;
  c.title = "kept";
  const std::string error = load_campaign_file(path, c);
  std::remove(path.c_str());
  CHECK(error == path + ": the file is 6291456 bytes; a campaign may be at most 4194304 bytes (4 MiB)");
  CHECK(c.title == "kept");
}

TEST_CASE("a bad file leaves the caller's campaign untouched") {
  Campaign c;
  c.title = "kept";
  const std::string path = std::string(ATLAS_SOURCE_DIR) + "/docs/campaign-format.md";  // not JSON
  const std::string error = load_campaign_file(path, c);
  CHECK(error.rfind(path + ":1:1: ", 0) == 0);
  CHECK(c.title == "kept");
}

TEST_CASE("every broken part of a file is listed at once, in file order, each with its place") {
  std::string text = kMinimalCampaign;
  text = replace_once(text, R"~("title": "Test campaign")~", R"~("title": 42)~");
  text = replace_once(text, R"~("lat": 33.09, "lon": 44.58)~", R"~("lat": 33.09, "lon": 184.58)~");
  text = replace_once(text, R"~("held_by": "roman")~", R"~("held_by": "romans")~");
  text = replace_once(text, R"~({"source": "procopius", "passage": "II.8"})~", R"~({"source": "procopious", "passage": "II.8"})~");
  text = replace_once(text, R"~("approximate": true)~", R"~("approximate": "yes")~");
  const LoadResult r = load_campaign(text, "test.json");
  REQUIRE_FALSE(r.ok());
  std::vector<std::string> got;
  for (const LoadError& e : r.errors) got.push_back(e.to_string());
  const std::vector<std::string> expected = {
      "test.json:4:12: title: expected a string, found a number",
      "test.json:17:91: places[0].lon: must be between -180 and 180",
      R"~(test.json:18:101: places[1].held_by: unknown faction id "romans" (did you mean "roman"?))~",
      "test.json:24:65: route[3].approximate: expected true or false, found a string",
      R"~(test.json:33:29: events[1].sources[0].source: unknown source id "procopious" (did you mean "procopius"?))~"};
  CHECK(got == expected);
  CHECK(r.error.to_string() == expected.front());
  CHECK(r.campaign.events.empty());  // still nothing half-loaded
}

TEST_CASE("a part's later errors, often its first one's consequences, are not listed; a hopeless file stops at 100") {
  // One event with two problems: only the first is listed.
  const std::string twice = replace_once(kMinimalCampaign, R"~("place": "antioch", "outcome")~",
                                         R"~("place": "antoich", "outcome": "nonsense", "x")~");
  const LoadResult r = load_campaign(twice, "test.json");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].field == "events[1]");  // the unknown field "x", found first as the object is opened
  std::string many = R"({"format": "campaign-atlas/1", "places": [)";
  for (int i = 0; i < 300; ++i) many += std::string(i ? "," : "") + "{\"id\": 1}";
  many += "]}";
  const LoadResult m = load_campaign(many, "many.json");
  CHECK(m.errors.size() == ReadContext::kMaxErrors);
}

TEST_CASE("the app's message is the first error, saying how many more the check would list") {
  const std::string two = replace_once(replace_once(kMinimalCampaign, R"~("title": "Test campaign")~", R"~("title": 42)~"),
                                       R"~("held_by": "roman")~", R"~("held_by": "romans")~");
  CHECK(load_campaign(two, "test.json").message() ==
        "test.json:4:12: title: expected a string, found a number (and 1 more problem: `campaign-atlas check test.json` lists them all)");
  const std::string one = replace_once(kMinimalCampaign, R"~("title": "Test campaign")~", R"~("title": 42)~");
  CHECK(load_campaign(one, "test.json").message() == "test.json:4:12: title: expected a string, found a number");
}
