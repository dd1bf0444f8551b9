// The five changes every edit of a JSON tree is made of, each with its exact inverse (for undo).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "core/data/json.h"
#include "core/edit/json_path.h"

namespace atlas {

enum class EditKind {
  Set,           // the value at `path` becomes `after` (it was `before`)
  Insert,        // `after` becomes element `index` of the array at `path`
  Remove,        // element `index` (`before`) leaves the array at `path`
  Move,          // element `index` of the array at `path` moves to position `to`
  AddMember,     // member `key`: `after` is added to the object at `path` as its member number `index`
  RemoveMember,  // member `key` (`before`, member number `index`) leaves the object at `path`
};

struct JsonEdit {
  EditKind kind = EditKind::Set;
  JsonPath path;
  std::size_t index = 0;
  std::size_t to = 0;
  std::string key;
  JsonValue before;
  JsonValue after;
};

// Applies `edit` to `root`. False, with `error` set and `root` untouched, when the edit does not fit the
// tree (no value at the path, not an array, an index out of range, a key that exists or does not).
bool apply_edit(JsonValue& root, const JsonEdit& edit, std::string& error);

// The edit that undoes `edit` (once `edit` has been applied).
JsonEdit inverse(const JsonEdit& edit);

}  // namespace atlas

namespace atlas {

// Values to build trees with: json_text("x"), json_number(2.5), json_bool(true), an empty object or array,
// and a member appended to an object (`with(object, "id", json_text("a"))`, which returns the object).
JsonValue json_text(std::string_view text);
JsonValue json_number(double value);
JsonValue json_bool(bool value);
JsonValue json_object();
JsonValue json_array();
JsonValue with(JsonValue object, std::string_view key, JsonValue value);

}  // namespace atlas
