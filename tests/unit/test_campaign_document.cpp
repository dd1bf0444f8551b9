// Unit tests of the editor's document: paths, every primitive edit with undo and redo, merging, the history.
#include <doctest/doctest.h>

#include <string>

#include "campaign_test_support.h"
#include "core/edit/campaign_document.h"
#include "core/edit/key_order.h"
#include "edit_test_support.h"

using namespace atlas;
using atlas_test::check_undoable;

namespace {

CampaignDocument minimal() { return atlas_test::document_of(atlas_test::kMinimalCampaign); }

JsonPath path(const char* text) {
  JsonPath p;
  REQUIRE_MESSAGE(JsonPath::parse(text, p), text);
  return p;
}

std::string text_at(const CampaignDocument& doc, const char* where) {
  const JsonValue* v = doc.at(path(where));
  REQUIRE_MESSAGE(v, where);
  return v->string;
}

}  // namespace

TEST_CASE("a path reads and writes as messages write it") {
  CHECK(path("forces[1].route[3].lat").to_string() == "forces[1].route[3].lat");
  CHECK(path("").empty());
  CHECK(JsonPath().key("places").index(3).key("lat").to_string() == "places[3].lat");
  CHECK(path("places[3].lat").parent().to_string() == "places[3]");
  CHECK(path("places[3].lat").starts_with(path("places[3]")));
  CHECK_FALSE(path("places[3]").starts_with(path("places[3].lat")));
  JsonPath p;
  CHECK_FALSE(JsonPath::parse("places[x]", p));
  CHECK_FALSE(JsonPath::parse("places[-1]", p));
  CHECK_FALSE(JsonPath::parse(".title", p));
  CHECK_FALSE(JsonPath::parse("places..id", p));
  CHECK(JsonPath::from("not[a path").empty());
}

TEST_CASE("a path finds its value, and nothing where the tree has none") {
  const CampaignDocument doc = minimal();
  CHECK(text_at(doc, "places[1].name") == "Antioch");
  CHECK(doc.at(path("places[2]")) == nullptr);
  CHECK(doc.at(path("title[0]")) == nullptr);
  CHECK(doc.at(path("places.id")) == nullptr);
  CHECK(doc.at(path(""))->is(JsonType::Object));
}

TEST_CASE("the path at a position of the saved text is the innermost value there") {
  const CampaignDocument doc = minimal();
  JsonValue reparsed;
  JsonError e;
  REQUIRE(parse_json(doc.text(), reparsed, e));
  const JsonValue* lat = resolve(reparsed, path("places[1].lat"));
  REQUIRE(lat);
  CHECK(path_at_position(reparsed, lat->line, lat->column) == path("places[1].lat"));
  CHECK(path_at_position(reparsed, lat->line, lat->column + 2) == path("places[1].lat"));
  CHECK(path_at_position(reparsed, 1, 1).empty());
}

TEST_CASE("set replaces a value: undo puts it back, redo again") {
  CampaignDocument doc = minimal();
  check_undoable(doc, [](CampaignDocument& d) { return d.set(path("places[1].name"), json_text("Theopolis")); });
  CHECK(text_at(doc, "places[1].name") == "Theopolis");
  check_undoable(doc, [](CampaignDocument& d) { return d.set(path("route[1]"), json_text("whole element")); });
}

TEST_CASE("set of a missing member adds it in its kind's canonical place") {
  CampaignDocument doc = minimal();
  check_undoable(doc, [](CampaignDocument& d) { return d.set(path("places[0].coord_note"), json_text("Certain.")); });
  check_undoable(doc, [](CampaignDocument& d) { return d.set(path("events[0].date_end"), json_text("0540-03-16")); });
  CHECK(doc.at(path("events[0]"))->object[2].key == "date_start");
  CHECK(doc.at(path("events[0]"))->object[3].key == "date_end");
  CHECK(doc.at(path("places[0]"))->object.back().key == "coord_note");
}

TEST_CASE("insert, remove and move array elements, each undone and redone") {
  CampaignDocument doc = minimal();
  check_undoable(doc, [](CampaignDocument& d) { return d.insert(path("factions"), 1, with(json_object(), "id", json_text("third"))); });
  CHECK(text_at(doc, "factions[1].id") == "third");
  check_undoable(doc, [](CampaignDocument& d) { return d.remove(path("factions[0]")); });
  CHECK(text_at(doc, "factions[0].id") == "third");
  check_undoable(doc, [](CampaignDocument& d) { return d.move(path("route"), 0, 3); });
  CHECK(doc.at(path("route[0].lat"))->number == 35.0);
  check_undoable(doc, [](CampaignDocument& d) { return d.move(path("route"), 3, 1); });
}

TEST_CASE("add and remove object members, each undone and redone, in place") {
  CampaignDocument doc = minimal();
  check_undoable(doc, [](CampaignDocument& d) { return d.add_member(path("sources[0]"), "url", json_text("https://example.org/")); });
  CHECK(doc.at(path("sources[0]"))->object.back().key == "url");
  check_undoable(doc, [](CampaignDocument& d) { return d.add_member(path("sources[0]"), "note", json_text("Cited.")); });
  CHECK(doc.at(path("sources[0]"))->object[3].key == "note");  // before url, as the format lists them
  check_undoable(doc, [](CampaignDocument& d) { return d.remove(path("events[1].outcome")); });
  check_undoable(doc, [](CampaignDocument& d) { return d.remove(path("title")); });
  CHECK(doc.undo());
  CHECK(doc.root().object[2].key == "title");  // back where it was
}

TEST_CASE("an edit that does not fit the tree is refused and changes nothing") {
  CampaignDocument doc = minimal();
  const std::string before = doc.text();
  CHECK_FALSE(doc.insert(path("title"), 0, json_number(1)));
  CHECK(doc.error() == "title: not a list");
  CHECK_FALSE(doc.insert(path("places"), 9, json_number(1)));
  CHECK_FALSE(doc.remove(path("places[7]")));
  CHECK_FALSE(doc.remove(path("nothing")));
  CHECK_FALSE(doc.move(path("route"), 0, 4));
  CHECK_FALSE(doc.add_member(path("places[0]"), "name", json_text("twice")));
  CHECK_FALSE(doc.set(path("missing.deeper"), json_number(1)));
  CHECK_FALSE(doc.remove(JsonPath()));
  // A step of several edits is applied whole or not at all.
  JsonEdit good{EditKind::Set, path("title"), 0, 0, "", {}, json_text("Changed")};
  JsonEdit bad{EditKind::Remove, path("places"), 9, 0, "", {}, {}};
  CHECK_FALSE(doc.apply({good, bad}));
  CHECK(doc.text() == before);
  CHECK_FALSE(doc.can_undo());
}

TEST_CASE("several edits as one step are undone together") {
  CampaignDocument doc = minimal();
  JsonEdit title{EditKind::Set, path("title"), 0, 0, "", {}, json_text("Changed")};
  JsonEdit label{EditKind::Remove, path("labels"), 0, 0, "", {}, {}};
  check_undoable(doc, [&](CampaignDocument& d) { return d.apply({title, label}); });
  CHECK(doc.undo_steps() == 1);
}

TEST_CASE("typing in one field is one step; another field, or end_merge, starts the next") {
  CampaignDocument doc = minimal();
  const std::string before = doc.text();
  std::string typed;
  for (char c : std::string("Theopolis")) {
    typed += c;
    REQUIRE(doc.set(path("places[1].name"), json_text(typed), Merge::Typing));
  }
  CHECK(doc.undo_steps() == 1);
  CHECK(doc.set(path("places[1].role"), json_text("r"), Merge::Typing));
  CHECK(doc.set(path("places[1].role"), json_text("re"), Merge::Typing));
  CHECK(doc.undo_steps() == 2);
  doc.end_merge();
  CHECK(doc.set(path("places[1].role"), json_text("red"), Merge::Typing));
  CHECK(doc.undo_steps() == 3);
  CHECK(doc.undo());
  CHECK(text_at(doc, "places[1].role") == "re");
  CHECK(doc.undo());
  CHECK(doc.undo());
  CHECK(doc.text() == before);
  CHECK(doc.redo());
  CHECK(text_at(doc, "places[1].name") == "Theopolis");
}

TEST_CASE("typing into a field that was missing adds it, and one undo removes it") {
  CampaignDocument doc = minimal();
  const std::string before = doc.text();
  CHECK(doc.set(path("places[0].coord_note"), json_text("A"), Merge::Typing));
  CHECK(doc.set(path("places[0].coord_note"), json_text("Ab"), Merge::Typing));
  CHECK(text_at(doc, "places[0].coord_note") == "Ab");
  CHECK(doc.undo());
  CHECK(doc.text() == before);
  CHECK(doc.redo());
  CHECK(text_at(doc, "places[0].coord_note") == "Ab");
}

TEST_CASE("an undo ends the typing step: typing again is a new step") {
  CampaignDocument doc = minimal();
  CHECK(doc.set(path("title"), json_text("A"), Merge::Typing));
  CHECK(doc.set(path("summary"), json_text("B"), Merge::Typing));
  CHECK(doc.undo());
  CHECK(doc.set(path("title"), json_text("AC"), Merge::Typing));
  CHECK(doc.undo_steps() == 2);
}

TEST_CASE("a new edit clears redo") {
  CampaignDocument doc = minimal();
  CHECK(doc.set(path("title"), json_text("One")));
  CHECK(doc.undo());
  CHECK(doc.can_redo());
  CHECK(doc.set(path("title"), json_text("Two")));
  CHECK_FALSE(doc.can_redo());
  CHECK_FALSE(doc.redo());
  CHECK(text_at(doc, "title") == "Two");
}

TEST_CASE("the history keeps the latest kHistoryLimit steps") {
  CampaignDocument doc = minimal();
  for (std::size_t i = 0; i < CampaignDocument::kHistoryLimit + 20; ++i) REQUIRE(doc.set(path("title"), json_text(std::to_string(i))));
  CHECK(doc.undo_steps() == CampaignDocument::kHistoryLimit);
  while (doc.undo()) {}
  CHECK(text_at(doc, "title") == "19");  // steps 0..19 fell off the history
  CHECK_FALSE(doc.can_undo());
}

TEST_CASE("the revision moves with every edit, undo and redo, and not with a refused edit") {
  CampaignDocument doc = minimal();
  const auto r0 = doc.revision();
  CHECK(doc.set(path("title"), json_text("x")));
  CHECK(doc.revision() > r0);
  const auto r1 = doc.revision();
  CHECK_FALSE(doc.remove(path("places[9]")));
  CHECK(doc.revision() == r1);
  CHECK(doc.undo());
  CHECK(doc.revision() > r1);
}

TEST_CASE("open replaces the tree and clears the history; bad JSON changes nothing") {
  CampaignDocument doc = minimal();
  CHECK(doc.set(path("title"), json_text("x")));
  JsonError e;
  CHECK_FALSE(doc.open("{\"a\": ", "broken.json", e));
  CHECK(text_at(doc, "title") == "x");
  CHECK(doc.open("{\"a\": 1}", "other.json", e));
  CHECK_FALSE(doc.can_undo());
  CHECK(doc.file_name() == "other.json");
}

TEST_CASE("new members follow each kind's canonical key order") {
  CHECK(object_kind(path("")) == ObjectKind::Campaign);
  CHECK(object_kind(path("places[2]")) == ObjectKind::Place);
  CHECK(object_kind(path("forces[1].route[0]")) == ObjectKind::Waypoint);
  CHECK(object_kind(path("route[0]")) == ObjectKind::Waypoint);
  CHECK(object_kind(path("sources[0]")) == ObjectKind::Source);
  CHECK(object_kind(path("events[0].sources[0]")) == ObjectKind::Citation);
  CHECK(object_kind(path("events[0].paid")) == ObjectKind::Amount);
  CHECK(object_kind(path("forces[0].strength[1].count")) == ObjectKind::Count);
  CHECK(object_kind(path("events[0].differs[1]")) == ObjectKind::Version);
  CHECK(object_kind(path("something[0]")) == ObjectKind::Other);
  JsonValue place = json_object();
  for (const char* key : {"role", "lon", "id", "coord_note", "lat", "name", "made_up", "held_by", "modern"}) {
    set_member(place, ObjectKind::Place, key, json_text(key));
  }
  std::string keys;
  for (const JsonMember& m : place.object) keys += m.key + " ";
  CHECK(keys == "id name modern lat lon held_by role coord_note made_up ");
}
