// Places, waypoints and events added, moved and removed as single undoable steps.
#include "core/edit/campaign_edits.h"

#include <cmath>

#include "core/data/date.h"
#include "core/edit/key_order.h"

namespace atlas {
namespace {

bool taken(const JsonValue& list, const std::string& id) {
  for (const JsonValue& item : list.array) {
    const JsonMember* m = item.find("id");
    if (m && m->value.is(JsonType::String) && m->value.string == id) return true;
  }
  return false;
}

std::string id_stem(std::string_view name, std::string_view fallback) {
  std::string stem;
  for (char c : name) {
    const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
      stem += lower;
    } else if (!stem.empty() && stem.back() != '-') {
      stem += '-';
    }
  }
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  stem = stem.substr(0, 56);  // room for "-N" within the 64 characters of an id
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  return stem.empty() ? std::string(fallback) : stem;
}

const JsonValue& list_or_empty(const JsonValue& root, std::string_view key) {
  static const JsonValue empty = json_array();
  const JsonMember* m = root.find(key);
  return m && m->value.is(JsonType::Array) ? m->value : empty;
}

// Sets lat and lon of the object at `path` as one step (added in their canonical place when missing).
bool set_position(CampaignDocument& doc, const JsonPath& path, GeoDeg at, Merge merge) {
  const JsonValue* object = doc.at(path);
  if (!object || !object->is(JsonType::Object)) return false;
  JsonEdit e;
  e.kind = EditKind::Set, e.path = path, e.after = *object;
  set_member(e.after, object_kind(path), "lat", json_number(round_degrees(at.lat)));
  set_member(e.after, object_kind(path), "lon", json_number(round_degrees(at.lon)));
  return doc.apply({std::move(e)}, merge == Merge::Typing ? "position " + path.to_string() : "");
}

// Inserts `item` into the campaign's list `key`, or adds the list holding it: one step either way.
bool insert_into_list(CampaignDocument& doc, std::string_view key, std::size_t index, JsonValue item) {
  const JsonPath list = JsonPath().key(key);
  if (doc.at(list)) return doc.insert(list, index, std::move(item));
  JsonValue fresh = json_array();
  fresh.array.push_back(std::move(item));
  return doc.set(list, std::move(fresh));
}

JsonValue waypoint_at(GeoDeg at) {
  return with(with(json_object(), "lat", json_number(round_degrees(at.lat))), "lon", json_number(round_degrees(at.lon)));
}

// Where an event dated `date` goes: after every event that starts on or before that day.
std::size_t event_position(const JsonValue& events, std::string_view date) {
  int day = 0;
  if (!parse_date(date, day)) return events.array.size();
  std::size_t position = 0;
  for (std::size_t i = 0; i < events.array.size(); ++i) {
    const JsonMember* start = events.array[i].find("date_start");
    int other = 0;
    if (start && start->value.is(JsonType::String) && parse_date(start->value.string, other) && other <= day) position = i + 1;
  }
  return position;
}

}  // namespace

double round_degrees(double degrees) { return std::round(degrees * 1e4) / 1e4; }

std::string unique_id(const JsonValue& list, std::string_view name, std::string_view fallback) {
  const std::string stem = id_stem(name, fallback);
  std::string id = stem;
  for (int n = 2; taken(list, id); ++n) id = stem + "-" + std::to_string(n);
  return id;
}

std::size_t army_count(const JsonValue& root) {
  if (root.find("route")) return 1;
  std::size_t n = 0;
  for (const JsonValue& force : list_or_empty(root, "forces").array) n += force.find("route") != nullptr;
  return n;
}

bool route_path(const JsonValue& root, std::size_t army, JsonPath& out) {
  if (root.find("route")) {
    if (army == 0) out = JsonPath().key("route");
    return army == 0;
  }
  const JsonValue& forces = list_or_empty(root, "forces");
  for (std::size_t i = 0; i < forces.array.size(); ++i) {
    if (forces.array[i].find("route") && army-- == 0) {
      out = JsonPath().key("forces").index(i).key("route");
      return true;
    }
  }
  return false;
}

bool add_place(CampaignDocument& doc, std::string_view name, GeoDeg at) {
  const JsonValue& places = list_or_empty(doc.root(), "places");
  const JsonValue& factions = list_or_empty(doc.root(), "factions");
  const JsonMember* first_faction = factions.array.empty() ? nullptr : factions.array[0].find("id");
  JsonValue place = with(with(json_object(), "id", json_text(unique_id(places, name, "place"))), "name", json_text(name));
  place = with(std::move(place), "modern", json_text(""));
  place = with(with(std::move(place), "lat", json_number(round_degrees(at.lat))), "lon", json_number(round_degrees(at.lon)));
  place = with(std::move(place), "held_by", first_faction ? first_faction->value : json_text(""));
  place = with(std::move(place), "role", json_text(""));
  return insert_into_list(doc, "places", places.array.size(), std::move(place));
}

bool move_place(CampaignDocument& doc, std::size_t place, GeoDeg at, Merge merge) {
  return set_position(doc, JsonPath().key("places").index(place), at, merge);
}

bool add_waypoint(CampaignDocument& doc, std::size_t army, GeoDeg at) {
  JsonPath route;
  if (!route_path(doc.root(), army, route)) return false;
  return doc.insert(route, doc.at(route)->array.size(), waypoint_at(at));
}

bool insert_waypoint(CampaignDocument& doc, std::size_t army, std::size_t index, GeoDeg at) {
  JsonPath route;
  return route_path(doc.root(), army, route) && doc.insert(route, index, waypoint_at(at));
}

bool move_waypoint(CampaignDocument& doc, std::size_t army, std::size_t index, GeoDeg at, Merge merge) {
  JsonPath route;
  return route_path(doc.root(), army, route) && set_position(doc, route.index(index), at, merge);
}

bool delete_waypoint(CampaignDocument& doc, std::size_t army, std::size_t index) {
  JsonPath route;
  return route_path(doc.root(), army, route) && doc.remove(route.index(index));
}

bool add_event(CampaignDocument& doc, std::string_view kind, std::string_view place_id, std::string_view date) {
  const JsonValue& events = list_or_empty(doc.root(), "events");
  const std::string name = std::string(place_id) + "-" + std::string(kind);
  JsonValue event = with(with(json_object(), "id", json_text(unique_id(events, name, "event"))), "kind", json_text(kind));
  event = with(with(std::move(event), "date_start", json_text(date)), "place", json_text(place_id));
  event = with(with(std::move(event), "summary", json_text("")), "sources", json_array());
  return insert_into_list(doc, "events", event_position(events, date), std::move(event));
}

}  // namespace atlas
