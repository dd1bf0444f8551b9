// A path to one value of a JSON tree (keys and indices), written and read as messages write it: "places[3].lat".
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/json.h"

namespace atlas {

// One step down the tree: an object member by key, or an array element by index.
struct JsonPathStep {
  bool is_index = false;
  std::string key;
  std::size_t index = 0;
  bool operator==(const JsonPathStep& o) const { return is_index == o.is_index && key == o.key && index == o.index; }
};

class JsonPath {
 public:
  JsonPath() = default;  // the root
  // "events[3].place", "title", "" (the root); false when the text is not such a path.
  static bool parse(std::string_view text, JsonPath& out);
  static JsonPath from(std::string_view text);  // parse, or the root when the text is not a path

  JsonPath key(std::string_view name) const;                  // this path's member: places[3] -> places[3].lat
  JsonPath index(std::size_t i) const;                        // this path's element: places -> places[3]
  JsonPath parent() const;                                    // the root's parent is the root
  const JsonPathStep& last() const { return steps_.back(); }  // not on the root
  const std::vector<JsonPathStep>& steps() const { return steps_; }
  bool empty() const { return steps_.empty(); }
  std::size_t size() const { return steps_.size(); }
  bool starts_with(const JsonPath& prefix) const;
  std::string to_string() const;
  bool operator==(const JsonPath& o) const { return steps_ == o.steps_; }
  bool operator!=(const JsonPath& o) const { return !(*this == o); }

 private:
  std::vector<JsonPathStep> steps_;
};

// The value at `path`, or nullptr when the tree has none there.
const JsonValue* resolve(const JsonValue& root, const JsonPath& path);
JsonValue* resolve(JsonValue& root, const JsonPath& path);

// The path of the innermost value or member that starts at or before (line, column) in the text `root`
// was parsed from, and holds that position: where a located message points.
JsonPath path_at_position(const JsonValue& root, int line, int column);

// Same type and content (members in the same order); where they were parsed is ignored.
bool json_equal(const JsonValue& a, const JsonValue& b);

}  // namespace atlas
