// Applying and inverting the primitive edits of a JSON tree.
#include "core/edit/json_edit.h"

#include <algorithm>

namespace atlas {
namespace {

bool fail(std::string& error, const JsonPath& path, const std::string& what) {
  error = (path.empty() ? std::string("the campaign") : path.to_string()) + ": " + what;
  return false;
}

bool array_edit(JsonValue& array, const JsonEdit& e, std::string& error) {
  std::vector<JsonValue>& items = array.array;
  const std::size_t n = items.size();
  switch (e.kind) {
    case EditKind::Insert:
      if (e.index > n) return fail(error, e.path, "no position " + std::to_string(e.index) + " in a list of " + std::to_string(n));
      items.insert(items.begin() + static_cast<std::ptrdiff_t>(e.index), e.after);
      return true;
    case EditKind::Remove:
      if (e.index >= n) return fail(error, e.path, "no element " + std::to_string(e.index) + " in a list of " + std::to_string(n));
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(e.index));
      return true;
    default: {
      if (e.index >= n || e.to >= n) return fail(error, e.path, "cannot move within a list of " + std::to_string(n));
      JsonValue moved = std::move(items[e.index]);
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(e.index));
      items.insert(items.begin() + static_cast<std::ptrdiff_t>(e.to), std::move(moved));
      return true;
    }
  }
}

bool member_edit(JsonValue& object, const JsonEdit& e, std::string& error) {
  std::vector<JsonMember>& members = object.object;
  const auto found = std::find_if(members.begin(), members.end(), [&](const JsonMember& m) { return m.key == e.key; });
  if (e.kind == EditKind::AddMember) {
    if (found != members.end()) return fail(error, e.path, "already has \"" + e.key + "\"");
    if (e.index > members.size()) return fail(error, e.path, "no member position " + std::to_string(e.index));
    JsonMember m;
    m.key = e.key;
    m.value = e.after;
    members.insert(members.begin() + static_cast<std::ptrdiff_t>(e.index), std::move(m));
    return true;
  }
  if (found == members.end()) return fail(error, e.path, "has no \"" + e.key + "\"");
  members.erase(found);
  return true;
}

}  // namespace

bool apply_edit(JsonValue& root, const JsonEdit& e, std::string& error) {
  JsonValue* target = resolve(root, e.path);
  if (!target) return fail(error, e.path, "no such value");
  switch (e.kind) {
    case EditKind::Set: *target = e.after; return true;
    case EditKind::Insert:
    case EditKind::Remove:
    case EditKind::Move:
      if (!target->is(JsonType::Array)) return fail(error, e.path, "not a list");
      return array_edit(*target, e, error);
    case EditKind::AddMember:
    case EditKind::RemoveMember:
      if (!target->is(JsonType::Object)) return fail(error, e.path, "not an object");
      return member_edit(*target, e, error);
  }
  return fail(error, e.path, "unknown edit");
}

JsonEdit inverse(const JsonEdit& e) {
  JsonEdit back = e;
  std::swap(back.before, back.after);
  switch (e.kind) {
    case EditKind::Set: break;
    case EditKind::Insert: back.kind = EditKind::Remove; break;
    case EditKind::Remove: back.kind = EditKind::Insert; break;
    case EditKind::Move: std::swap(back.index, back.to); break;
    case EditKind::AddMember: back.kind = EditKind::RemoveMember; break;
    case EditKind::RemoveMember: back.kind = EditKind::AddMember; break;
  }
  return back;
}

}  // namespace atlas

namespace atlas {

JsonValue json_text(std::string_view text) {
  JsonValue v;
  v.type = JsonType::String, v.string = std::string(text);
  return v;
}

JsonValue json_number(double value) {
  JsonValue v;
  v.type = JsonType::Number, v.number = value;
  return v;
}

JsonValue json_bool(bool value) {
  JsonValue v;
  v.type = JsonType::Bool, v.boolean = value;
  return v;
}

JsonValue json_object() {
  JsonValue v;
  v.type = JsonType::Object;
  return v;
}

JsonValue json_array() {
  JsonValue v;
  v.type = JsonType::Array;
  return v;
}

JsonValue with(JsonValue object, std::string_view key, JsonValue value) {
  JsonMember m;
  m.key = std::string(key), m.value = std::move(value);
  object.object.push_back(std::move(m));
  return object;
}

}  // namespace atlas
