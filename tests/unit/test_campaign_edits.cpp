// Unit tests of the editor's map and form edits (places, waypoints, events), the live problems and the template.
#include <doctest/doctest.h>

#include <string>

#include "campaign_test_support.h"
#include "core/edit/campaign_edits.h"
#include "core/edit/campaign_template.h"
#include "edit_test_support.h"

using namespace atlas;
using atlas_test::check_undoable;

namespace {

CampaignDocument minimal() { return atlas_test::document_of(atlas_test::kMinimalCampaign); }

JsonPath path(const char* text) { return JsonPath::from(text); }

const JsonValue& at(const CampaignDocument& doc, const char* where) {
  const JsonValue* v = doc.at(path(where));
  REQUIRE_MESSAGE(v, where);
  return *v;
}

const GeoDeg kSomewhere = GeoDeg::lon_lat(38.123456, 35.987654);

std::string problem_list(CampaignDocument& doc) {
  std::string out;
  for (const Problem& p : doc.problems()) out += p.to_string() + "\n";
  return out;
}

// The errors only (the minimal campaign has one warning: a long undated stretch of its route).
std::vector<Problem> errors(CampaignDocument& doc) {
  std::vector<Problem> out;
  for (const Problem& p : doc.problems()) {
    if (!p.warning) out.push_back(p);
  }
  return out;
}

}  // namespace

TEST_CASE("ids are made from names and never repeat one in the list") {
  const CampaignDocument doc = minimal();
  const JsonValue& places = at(doc, "places");
  CHECK(unique_id(places, "Tall Hill", "place") == "tall-hill");
  CHECK(unique_id(places, "  Antioch!  ", "place") == "antioch-2");
  CHECK(unique_id(places, "Été 2", "place") == "t-2");
  CHECK(unique_id(places, "???", "place") == "place");
  CHECK(unique_id(places, std::string(100, 'a'), "place").size() == 56);
}

TEST_CASE("armies are the top-level route, or each force with a route") {
  const CampaignDocument one = minimal();
  JsonPath route;
  CHECK(army_count(one.root()) == 1);
  CHECK(route_path(one.root(), 0, route));
  CHECK(route.to_string() == "route");
  CHECK_FALSE(route_path(one.root(), 1, route));
  const CampaignDocument two(new_campaign("Two", ViewBox{30, 30, 40, 40}, "0540-01-01", "0540-12-31"));
  CHECK(army_count(two.root()) == 1);
  CHECK(route_path(two.root(), 0, route));
  CHECK(route.to_string() == "forces[0].route");
}

TEST_CASE("add a place: one step, an id from its name, rounded coordinates, the first faction") {
  CampaignDocument doc = minimal();
  check_undoable(doc, [](CampaignDocument& d) { return add_place(d, "Antioch", kSomewhere); });
  CHECK(at(doc, "places[2].id").string == "antioch-2");
  CHECK(at(doc, "places[2].lat").number == 35.9877);
  CHECK(at(doc, "places[2].lon").number == 38.1235);
  CHECK(at(doc, "places[2].held_by").string == "roman");
  CHECK(doc.undo_steps() == 1);
}

TEST_CASE("add a place to a campaign without places adds the list, in one step") {
  CampaignDocument doc = atlas_test::document_of(R"({"format": "campaign-atlas/2", "id": "x", "title": "X", "events": []})");
  check_undoable(doc, [](CampaignDocument& d) { return add_place(d, "First", kSomewhere); });
  CHECK(doc.root().object[3].key == "places");  // before events, as the format orders them
  CHECK(at(doc, "places[0].held_by").string.empty());
}

TEST_CASE("move a place; a drag is one step") {
  CampaignDocument doc = minimal();
  check_undoable(doc, [](CampaignDocument& d) { return move_place(d, 1, kSomewhere); });
  CHECK(at(doc, "places[1].lat").number == 35.9877);
  const std::string before = doc.text();
  for (int i = 1; i <= 10; ++i) REQUIRE(move_place(doc, 0, GeoDeg::lon_lat(40 + i * 0.1, 33), Merge::Typing));
  doc.end_merge();
  CHECK(at(doc, "places[0].lon").number == 41);
  CHECK(doc.undo());
  CHECK(doc.text() == before);
  CHECK_FALSE(move_place(doc, 5, kSomewhere));
}

TEST_CASE("waypoints: append, insert between two, move, delete, each one step") {
  CampaignDocument doc = minimal();
  check_undoable(doc, [](CampaignDocument& d) { return add_waypoint(d, 0, kSomewhere); });
  CHECK(at(doc, "route").array.size() == 5);
  CHECK(at(doc, "route[4].lon").number == 38.1235);
  check_undoable(doc, [](CampaignDocument& d) { return insert_waypoint(d, 0, 1, GeoDeg::lon_lat(42, 34)); });
  CHECK(at(doc, "route[1].lon").number == 42);
  CHECK(at(doc, "route[2].follows").string == "Euphrates");
  check_undoable(doc, [](CampaignDocument& d) { return move_waypoint(d, 0, 2, GeoDeg::lon_lat(41, 35.5)); });
  CHECK(at(doc, "route[2].lon").number == 41);
  CHECK(at(doc, "route[2].follows").string == "Euphrates");  // the rest of the waypoint stays
  check_undoable(doc, [](CampaignDocument& d) { return move_waypoint(d, 0, 0, GeoDeg::lon_lat(44.5, 33.1)); });
  CHECK(at(doc, "route[0].place").string == "ctesiphon");  // a named waypoint gains lat and lon beside its place
  CHECK(at(doc, "route[0]").object[1].key == "lat");
  check_undoable(doc, [](CampaignDocument& d) { return delete_waypoint(d, 0, 1); });
  CHECK(at(doc, "route").array.size() == 5);
  CHECK_FALSE(add_waypoint(doc, 1, kSomewhere));
  CHECK_FALSE(delete_waypoint(doc, 0, 9));
  CHECK_FALSE(insert_waypoint(doc, 0, 9, kSomewhere));
}

TEST_CASE("dragging a waypoint merges into one step until end_merge") {
  CampaignDocument doc = minimal();
  const std::string before = doc.text();
  for (int i = 0; i < 5; ++i) REQUIRE(move_waypoint(doc, 0, 1, GeoDeg::lon_lat(39 + i * 0.1, 35), Merge::Typing));
  CHECK(doc.undo_steps() == 1);
  doc.end_merge();
  REQUIRE(move_waypoint(doc, 0, 1, GeoDeg::lon_lat(39, 35), Merge::Typing));
  CHECK(doc.undo_steps() == 2);
  CHECK(doc.undo());
  CHECK(doc.undo());
  CHECK(doc.text() == before);
}

TEST_CASE("add an event: among the events by date, an id from place and kind") {
  CampaignDocument doc = minimal();
  check_undoable(doc, [](CampaignDocument& d) { return add_event(d, "siege", "antioch", "0540-05-01"); });
  CHECK(at(doc, "events[1].id").string == "antioch-siege");
  CHECK(at(doc, "events[1].kind").string == "siege");
  CHECK(at(doc, "events[2].id").string == "sack");
  check_undoable(doc, [](CampaignDocument& d) { return add_event(d, "siege", "antioch", "0540-06-01"); });
  CHECK(at(doc, "events[3].id").string == "antioch-siege-2");  // after the sack of the same day
  check_undoable(doc, [](CampaignDocument& d) { return add_event(d, "other", "antioch", "not a date"); });
  CHECK(at(doc, "events[4].id").string == "antioch-other");
}

TEST_CASE("the minimal campaign has no errors; a missing source reference is one, at the citation") {
  CampaignDocument doc = minimal();
  CHECK(errors(doc).empty());
  REQUIRE(doc.problems().size() == 1);
  CHECK(doc.problems()[0].warning);
  CHECK(doc.problems()[0].path.to_string() == "route[1]");
  REQUIRE(doc.set(path("events[1].sources[0].source"), json_text("procopios")));
  const std::vector<Problem> problems = doc.problems();
  REQUIRE(problems.size() == 1);
  CHECK_FALSE(problems[0].warning);
  CHECK(problems[0].path.to_string() == "events[1].sources[0].source");
  CHECK(problems[0].message.find("procopios") != std::string::npos);
  const JsonValue* there = doc.at(problems[0].path);
  REQUIRE(there);
  CHECK(there->string == "procopios");
  CHECK(problems[0].line > 1);
  REQUIRE(doc.set(path("events[1].sources[0].source"), json_text("procopius")));
  CHECK(errors(doc).empty());
}

TEST_CASE("problems: a missing required field names the field to add; a far waypoint; a warning") {
  CampaignDocument doc = minimal();
  REQUIRE(doc.remove(path("places[0].role")));
  REQUIRE(errors(doc).size() == 1);
  CHECK(errors(doc)[0].path.to_string() == "places[0].role");
  CHECK(doc.at(errors(doc)[0].path) == nullptr);
  REQUIRE(doc.undo());
  REQUIRE(doc.set(path("route[2].date_note"), json_text("No source dates the march.")));
  CHECK(doc.problems().empty());
  REQUIRE(move_waypoint(doc, 0, 0, GeoDeg::lon_lat(40, 36)));  // hundreds of km from the place it names
  REQUIRE(doc.problems().size() == 1);
  CHECK(doc.problems()[0].path.to_string() == "route[0].lat");
  CHECK_FALSE(doc.problems()[0].warning);
  REQUIRE(doc.undo());
  REQUIRE(doc.undo());  // the date_note again: the warning is back, and warnings are looked for once the file loads
  REQUIRE(doc.problems().size() == 1);
  CHECK(doc.problems()[0].warning);
}

TEST_CASE("problems are computed again only when the document changed") {
  CampaignDocument doc = minimal();
  const std::vector<Problem>* first = &doc.problems();
  CHECK(first == &doc.problems());
  REQUIRE(doc.set(path("title"), json_text("")));
  CHECK(errors(doc).size() == 1);
  CHECK(errors(doc)[0].path.to_string() == "title");
  REQUIRE(doc.undo());
  CHECK(errors(doc).empty());
}

TEST_CASE("a problem without a field points at the value at its line and column") {
  CampaignDocument doc = atlas_test::document_of(R"({"format": "campaign-atlas/9"})");
  REQUIRE_FALSE(doc.problems().empty());
  CHECK(doc.problems()[0].path.to_string() == "format");
}

TEST_CASE("a new campaign from a framed area passes the check without an error or a warning") {
  const ViewBox area{35.123456, 32.5, 45.25, 38};
  CampaignDocument doc(new_campaign("A Short Raid, 540", area, "0540-03-01", "0540-06-30"), "new.json");
  INFO(doc.text());
  CHECK_MESSAGE(problem_list(doc).empty(), problem_list(doc));
  CHECK(at(doc, "id").string == "a-short-raid-540");
  CHECK(at(doc, "view.west").number == 35.1235);
  CHECK(at(doc, "places[0].lon").number == 40.1867);
  // The author's first steps keep it valid: a place, a waypoint through it.
  REQUIRE(add_place(doc, "Second place", GeoDeg::lon_lat(41, 36)));
  REQUIRE(doc.set(path("places[1].modern"), json_text("Somewhere")));
  REQUIRE(doc.set(path("places[1].role"), json_text("On the way.")));
  REQUIRE(insert_waypoint(doc, 0, 1, GeoDeg::lon_lat(41, 36)));
  CHECK_MESSAGE(problem_list(doc).empty(), problem_list(doc));
  const std::string saved = doc.text();
  CHECK(atlas_test::document_of(saved).text() == saved);
}

TEST_CASE("a new campaign before year 1 loads too") {
  CampaignDocument doc(new_campaign("Old", ViewBox{10, 40, 16, 46}, "-0217-04-01", "-0217-10-31"));
  CHECK_MESSAGE(problem_list(doc).empty(), problem_list(doc));
}

TEST_CASE("a new campaign whose dates the author has not given never passes the check") {
  CampaignDocument doc(new_campaign("Unfinished", ViewBox{30, 30, 40, 40}, "", ""), "new.json");
  const std::string list = problem_list(doc);
  INFO(list);
  CHECK(list.find("start: \"\" is not a date") != std::string::npos);
  for (const char* date : {"\"start\": \"\"", "\"end\": \"\"", "\"date\": \"\"", "\"date_start\": \"\""}) CHECK(doc.text().find(date) != std::string::npos);
  CHECK(doc.text().find("0001-") == std::string::npos);  // no placeholder year
  // Given in the Campaign form one by one, each still missing date stays a problem until the last.
  REQUIRE(doc.set(path("start"), json_text("0540-03-01")));
  REQUIRE(doc.set(path("end"), json_text("0540-06-30")));
  CHECK_FALSE(errors(doc).empty());
  REQUIRE(doc.set(path("forces[0].route[0].date"), json_text("0540-03-01")));
  REQUIRE(doc.set(path("forces[0].route[1].date"), json_text("0540-06-30")));
  CHECK_FALSE(errors(doc).empty());
  REQUIRE(doc.set(path("events[0].date_start"), json_text("0540-03-01")));
  CHECK_MESSAGE(problem_list(doc).empty(), problem_list(doc));
}

TEST_CASE("the new-campaign form checks the title and the dates as the checker will") {
  CHECK(check_new_campaign("Raid", "0540-03-01", "0540-06-30").ok());
  CHECK(check_new_campaign("Cannae", "-0216-06-01", "-0216-08-02").ok());  // 217-216 BC, Julian
  const NewCampaignProblems none = check_new_campaign(" ", "", "");
  CHECK_FALSE(none.title.empty());
  CHECK(none.start.find("needed") == 0);
  CHECK(none.end.find("needed") == 0);
  CHECK(check_new_campaign("Raid", "540-03-01", "0540-06-30").start.find("is not a date") != std::string::npos);  // four digits
  CHECK(check_new_campaign("Raid", "0541-02-29", "0541-06-30").start.find("is not a date") != std::string::npos); // no such day
  CHECK(check_new_campaign("Raid", "0540-02-29", "0540-06-30").ok());                                             // a Julian leap year
  CHECK(check_new_campaign("Raid", "0540-06-30", "0540-03-01").end.find("is before the start") == 0);
  // The form's message is the checker's own.
  CampaignDocument doc(new_campaign("Raid", ViewBox{30, 30, 40, 40}, "0540-3-1", "0540-06-30"));
  CHECK(problem_list(doc).find(check_new_campaign("Raid", "0540-3-1", "0540-06-30").start) != std::string::npos);
}
