// One table of key orders per kind of campaign object, and where a new member goes.
#include "core/edit/key_order.h"

#include <algorithm>
#include <map>

namespace atlas {
namespace {

using Keys = std::vector<std::string_view>;

const std::map<ObjectKind, Keys>& key_tables() {
  static const std::map<ObjectKind, Keys> tables = {
      {ObjectKind::Campaign,
       {"about",     "format",        "id",        "title",    "summary",  "start",      "end",   "view",   "decisions_by",
        "money",     "distance_unit", "geography", "factions", "sources",  "places",     "route", "forces", "events",
        "decisions", "chapters",      "labels",    "frontier", "unknowns", "corrections"}},
      {ObjectKind::View, {"west", "south", "east", "north"}},
      {ObjectKind::DecisionsBy, {"name", "title"}},
      {ObjectKind::Money, {"note"}},
      {ObjectKind::DistanceUnit, {"name", "km"}},
      {ObjectKind::Faction, {"id", "name", "color"}},
      {ObjectKind::Source, {"id", "short", "reference", "note", "url"}},
      {ObjectKind::Place, {"id", "name", "modern", "lat", "lon", "held_by", "role", "changes_hands", "coord_uncertain", "coord_note"}},
      {ObjectKind::ChangeOfHands, {"to", "date", "uncertain", "date_note", "sources"}},
      {ObjectKind::Waypoint, {"place", "near", "lat", "lon", "date", "leave", "uncertain", "follows", "approximate", "date_note"}},
      {ObjectKind::Event,
       {"id", "kind", "army", "forces", "date_start", "date_end", "uncertain", "date_note", "place", "outcome", "demanded",
        "demand_same_as", "paid", "captives", "summary", "sources", "differs"}},
      {ObjectKind::Amount, {"lb", "metal", "uncertain", "note"}},
      {ObjectKind::Count, {"count", "note"}},
      {ObjectKind::Decision,
       {"id", "army", "date_start", "date_end", "uncertain", "date_note", "what", "why", "followed", "sources", "differs"}},
      {ObjectKind::Chapter, {"id", "title", "date_start", "date_end", "summary", "sources"}},
      {ObjectKind::Label, {"text", "lat", "lon", "size"}},
      {ObjectKind::Frontier, {"note", "points"}},
      {ObjectKind::Point, {"lat", "lon"}},
      {ObjectKind::Force,
       {"id", "name", "label", "faction", "color", "detachment_of", "rejoins", "band", "size", "strength", "sources", "route"}},
      {ObjectKind::Strength, {"date", "count", "uncertain", "note", "sources"}},
      {ObjectKind::Note, {"id", "text", "sources"}},
      {ObjectKind::Citation, {"source", "passage"}},
      {ObjectKind::Version, {"source", "passage", "claim"}},
      {ObjectKind::Other, {}},
  };
  return tables;
}

// The kind of an element of the list `list` (`top`: the list is a member of the campaign itself).
ObjectKind element_kind(std::string_view list, bool top) {
  static const std::map<std::string_view, ObjectKind> kinds = {
      {"factions", ObjectKind::Faction}, {"places", ObjectKind::Place},       {"route", ObjectKind::Waypoint},
      {"events", ObjectKind::Event},     {"decisions", ObjectKind::Decision}, {"chapters", ObjectKind::Chapter},
      {"labels", ObjectKind::Label},     {"points", ObjectKind::Point},       {"unknowns", ObjectKind::Note},
      {"corrections", ObjectKind::Note}, {"differs", ObjectKind::Version},    {"changes_hands", ObjectKind::ChangeOfHands},
      {"strength", ObjectKind::Strength}};
  if (list == "sources") return top ? ObjectKind::Source : ObjectKind::Citation;
  if (list == "forces") return top ? ObjectKind::Force : ObjectKind::Other;
  const auto it = kinds.find(list);
  return it == kinds.end() ? ObjectKind::Other : it->second;
}

ObjectKind member_kind(std::string_view key) {
  static const std::map<std::string_view, ObjectKind> kinds = {
      {"view", ObjectKind::View},         {"decisions_by", ObjectKind::DecisionsBy},
      {"money", ObjectKind::Money},       {"distance_unit", ObjectKind::DistanceUnit},
      {"frontier", ObjectKind::Frontier}, {"demanded", ObjectKind::Amount},
      {"paid", ObjectKind::Amount},       {"captives", ObjectKind::Count},
      {"size", ObjectKind::Count},        {"count", ObjectKind::Count}};
  const auto it = kinds.find(key);
  return it == kinds.end() ? ObjectKind::Other : it->second;
}

}  // namespace

ObjectKind object_kind(const JsonPath& path) {
  if (path.empty()) return ObjectKind::Campaign;
  const JsonPathStep& last = path.last();
  if (!last.is_index) return member_kind(last.key);
  const JsonPath list = path.parent();
  if (list.empty() || list.last().is_index) return ObjectKind::Other;
  return element_kind(list.last().key, list.size() == 1);
}

const std::vector<std::string_view>& canonical_keys(ObjectKind kind) { return key_tables().at(kind); }

std::size_t member_insert_position(const JsonValue& object, ObjectKind kind, std::string_view key) {
  const Keys& order = canonical_keys(kind);
  const auto rank = [&](std::string_view k) { return static_cast<std::size_t>(std::find(order.begin(), order.end(), k) - order.begin()); };
  const std::size_t wanted = rank(key);
  std::size_t position = 0;
  for (std::size_t i = 0; i < object.object.size(); ++i) {
    if (rank(object.object[i].key) <= wanted) position = i + 1;
  }
  return position;
}

void set_member(JsonValue& object, ObjectKind kind, std::string_view key, JsonValue value) {
  for (JsonMember& m : object.object) {
    if (m.key == key) {
      m.value = std::move(value);
      return;
    }
  }
  JsonMember m;
  m.key = std::string(key), m.value = std::move(value);
  const std::size_t at = member_insert_position(object, kind, key);
  object.object.insert(object.object.begin() + static_cast<std::ptrdiff_t>(at), std::move(m));
}

}  // namespace atlas
