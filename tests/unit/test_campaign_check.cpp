// Unit tests of the author's check: all errors, located warnings (undated stretches, events off their army's route).
#include <doctest/doctest.h>

#include <string>

#include "campaign_test_support.h"
#include "core/data/campaign_check.h"

using namespace atlas;
using atlas_test::kMinimalCampaign;
using atlas_test::replace_once;

TEST_CASE("value_at finds a value by the path messages give, and nothing for a path that is not there") {
  JsonValue root;
  JsonError error;
  REQUIRE(parse_json(R"({"a": [1, {"b": {"c": [true, "x"]}}], "t": "y"})", root, error));
  REQUIRE(value_at(root, "a[1].b.c[1]") != nullptr);
  CHECK(value_at(root, "a[1].b.c[1]")->string == "x");
  CHECK(value_at(root, "t")->column == 44);  // where its value starts
  CHECK(value_at(root, "")->is(JsonType::Object));
  for (const char* missing : {"a[2]", "a[-1]", "a[x]", "a[1", "t.u", "z", "a[1].b.d", "t[0]"}) {
    CAPTURE(missing);
    CHECK(value_at(root, missing) == nullptr);
  }
}

TEST_CASE("a long stretch of route without dates is a warning at its first waypoint, unless a note explains it") {
  // The minimal route: Ctesiphon (dated), an undated point on the Euphrates, Antioch (dated, no date_note).
  const CheckReport r = check_campaign(kMinimalCampaign, "test.json");
  REQUIRE(r.errors.empty());
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].line == 22);
  CHECK(r.warnings[0].column == 5);
  CHECK(r.warnings[0].field == "route[1]");
  CHECK(r.warnings[0].message.find("1 waypoint without a date over") == 0);
  const std::string noted = replace_once(kMinimalCampaign, R"~({"place": "antioch", "date": "0540-06-01",)~",
                                         R"~({"place": "antioch", "date": "0540-06-01", "date_note": "No source dates the march.",)~");
  CHECK(check_campaign(noted, "test.json").warnings.empty());
}

TEST_CASE("an event at a place its army never comes near is a warning; one the army reaches is not") {
  std::string text = replace_once(kMinimalCampaign, R"~({"place": "antioch", "date": "0540-06-01",)~",
                                  R"~({"place": "antioch", "date": "0540-06-01", "date_note": "June.",)~");
  text = replace_once(text, R"~("held_by": "roman", "role": "sacked"})~",
                      R"~("held_by": "roman", "role": "sacked"},
    {"id": "edessa", "name": "Edessa", "modern": "Urfa", "lat": 37.15, "lon": 38.79, "held_by": "roman", "role": "paid"})~");
  CHECK(check_campaign(text, "test.json").warnings.empty());  // the sack is at Antioch, on the route
  const std::string far = replace_once(text, R"~("place": "antioch", "outcome")~", R"~("place": "edessa", "outcome")~");
  const CheckReport r = check_campaign(far, "test.json");
  REQUIRE(r.errors.empty());
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].field == "events[1].place");
  CHECK(r.warnings[0].line == 31);
  CHECK(r.warnings[0].message.find("\"edessa\" is ") == 0);
  // A march (a demand, a decision) may be sent from afar: no warning for it.
  const std::string march = replace_once(text, R"~("kind": "march", "date_start": "0540-03-15", "place": "ctesiphon")~",
                                         R"~("kind": "march", "date_start": "0540-03-15", "place": "edessa")~");
  CHECK(check_campaign(march, "test.json").warnings.empty());
}

TEST_CASE("the check lists every error of a broken file and no warnings, and the shipped campaigns have none") {
  const std::string bad = replace_once(replace_once(kMinimalCampaign, R"~("title": "Test campaign")~", R"~("title": 1)~"),
                                       R"~("held_by": "roman")~", R"~("held_by": "romans")~");
  const CheckReport r = check_campaign(bad, "test.json");
  CHECK(r.errors.size() == 2);
  CHECK(r.warnings.empty());
  for (const char* file : {"khusrau-540.json", "khusrau-belisarius-541.json"}) {
    std::string text;
    REQUIRE(read_campaign_text(std::string(ATLAS_SOURCE_DIR) + "/assets/campaigns/" + file, text).empty());
    const CheckReport shipped = check_campaign(text, file);
    CHECK_MESSAGE(shipped.errors.empty(), file);
    CHECK_MESSAGE(shipped.warnings.empty(), file, ": ", shipped.warnings.empty() ? "" : shipped.warnings[0].to_string());
  }
}
