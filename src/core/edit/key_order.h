// The canonical order of each kind of object's keys, so that a member the editor adds lands in a stable place.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/data/json.h"
#include "core/edit/json_path.h"

namespace atlas {

// The kinds of object in a campaign file (docs/campaign-format.md and campaign-format-2.md).
enum class ObjectKind {
  Campaign,
  View,
  DecisionsBy,
  Money,
  DistanceUnit,
  Faction,
  Source,
  Place,
  ChangeOfHands,
  Waypoint,
  Event,
  Amount,
  Count,
  Decision,
  Chapter,
  Label,
  Frontier,
  Point,
  Force,
  Strength,
  Note,
  Citation,
  Version,
  Other
};

// What the object at `path` is, from where it sits: "places[2]" is a Place, "events[0].paid" an Amount,
// "events[0].sources[1]" a Citation; Other where the format has no such object.
ObjectKind object_kind(const JsonPath& path);

// The keys of a kind in their canonical order (the format doc's, as the shipped files write them); empty for Other.
const std::vector<std::string_view>& canonical_keys(ObjectKind kind);

// Where a new member `key` goes in `object` (of kind `kind`): after the last member that comes before it in the
// canonical order (unknown keys after all known ones), so a fresh object's keys are always in canonical order.
std::size_t member_insert_position(const JsonValue& object, ObjectKind kind, std::string_view key);
// Sets member `key` of `object`, adding it at member_insert_position when it is missing.
void set_member(JsonValue& object, ObjectKind kind, std::string_view key, JsonValue value);

}  // namespace atlas
