// JsonPath: parsing and writing "a[1].b", finding the value a path names, and the path at a text position.
#include "core/edit/json_path.h"

#include <algorithm>

#include "core/data/text_parse.h"

namespace atlas {

bool JsonPath::parse(std::string_view text, JsonPath& out) {
  JsonPath path;
  while (!text.empty()) {
    if (text[0] == '[') {
      const std::size_t close = text.find(']');
      long long i = 0;
      if (close == std::string_view::npos || !parse_integer(text.substr(1, close - 1), i) || i < 0) return false;
      path = path.index(static_cast<std::size_t>(i));
      text.remove_prefix(close + 1);
    } else {
      if (text[0] == '.') {
        if (path.empty()) return false;
        text.remove_prefix(1);
      }
      const std::size_t end = std::min(text.find('.'), text.find('['));
      const std::string_view name = text.substr(0, end);
      if (name.empty()) return false;
      path = path.key(name);
      text.remove_prefix(name.size());
    }
  }
  out = std::move(path);
  return true;
}

JsonPath JsonPath::from(std::string_view text) {
  JsonPath path;
  return parse(text, path) ? path : JsonPath();
}

JsonPath JsonPath::key(std::string_view name) const {
  JsonPath p = *this;
  p.steps_.push_back({false, std::string(name), 0});
  return p;
}

JsonPath JsonPath::index(std::size_t i) const {
  JsonPath p = *this;
  p.steps_.push_back({true, "", i});
  return p;
}

JsonPath JsonPath::parent() const {
  JsonPath p = *this;
  if (!p.steps_.empty()) p.steps_.pop_back();
  return p;
}

bool JsonPath::starts_with(const JsonPath& prefix) const {
  if (prefix.size() > size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (!(steps_[i] == prefix.steps_[i])) return false;
  }
  return true;
}

std::string JsonPath::to_string() const {
  std::string out;
  for (const JsonPathStep& s : steps_) {
    if (s.is_index) {
      out += "[" + std::to_string(s.index) + "]";
    } else {
      if (!out.empty()) out += '.';
      out += s.key;
    }
  }
  return out;
}

namespace {

template <typename Value>
Value* step_into(Value* v, const JsonPathStep& s) {
  if (s.is_index) return v->is(JsonType::Array) && s.index < v->array.size() ? &v->array[s.index] : nullptr;
  if (!v->is(JsonType::Object)) return nullptr;
  for (auto& m : v->object) {
    if (m.key == s.key) return &m.value;
  }
  return nullptr;
}

template <typename Value>
Value* resolve_in(Value& root, const JsonPath& path) {
  Value* v = &root;
  for (const JsonPathStep& s : path.steps()) {
    if (!(v = step_into(v, s))) return nullptr;
  }
  return v;
}

bool at_or_before(int line, int column, int target_line, int target_column) {
  return line < target_line || (line == target_line && column <= target_column);
}

}  // namespace

const JsonValue* resolve(const JsonValue& root, const JsonPath& path) { return resolve_in(root, path); }
JsonValue* resolve(JsonValue& root, const JsonPath& path) { return resolve_in(root, path); }

JsonPath path_at_position(const JsonValue& root, int line, int column) {
  JsonPath path;
  const JsonValue* v = &root;
  for (;;) {
    const JsonValue* next = nullptr;
    JsonPath next_path;
    for (std::size_t i = 0; i < v->array.size(); ++i) {
      if (!at_or_before(v->array[i].line, v->array[i].column, line, column)) break;
      next = &v->array[i], next_path = path.index(i);
    }
    for (const JsonMember& m : v->object) {
      if (!at_or_before(m.line, m.column, line, column)) break;
      next = &m.value, next_path = path.key(m.key);
    }
    if (!next) return path;
    v = next, path = std::move(next_path);
  }
}

bool json_equal(const JsonValue& a, const JsonValue& b) {
  if (a.type != b.type || a.array.size() != b.array.size() || a.object.size() != b.object.size()) return false;
  switch (a.type) {
    case JsonType::Null: return true;
    case JsonType::Bool: return a.boolean == b.boolean;
    case JsonType::Number: return a.number == b.number;
    case JsonType::String: return a.string == b.string;
    default: break;
  }
  for (std::size_t i = 0; i < a.array.size(); ++i) {
    if (!json_equal(a.array[i], b.array[i])) return false;
  }
  for (std::size_t i = 0; i < a.object.size(); ++i) {
    if (a.object[i].key != b.object[i].key || !json_equal(a.object[i].value, b.object[i].value)) return false;
  }
  return true;
}

}  // namespace atlas
