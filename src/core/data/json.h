// A small strict JSON parser that records where every value starts, for precise data-file errors; and a writer.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace atlas {

enum class JsonType { Null, Bool, Number, String, Array, Object };

struct JsonMember;

// One parsed value. line and column are 1-based; columns count characters (UTF-8 code points).
struct JsonValue {
  JsonType type = JsonType::Null;
  bool boolean = false;
  double number = 0.0;              // always finite
  std::string string;               // UTF-8; \u escapes decoded
  std::vector<JsonValue> array;
  std::vector<JsonMember> object;   // members in file order; keys are unique
  int line = 0;
  int column = 0;

  bool is(JsonType t) const { return type == t; }
  // The member with this key, or nullptr (also when this value is not an object).
  const JsonMember* find(std::string_view key) const;
};

struct JsonMember {
  std::string key;
  int line = 0;    // where the key's opening quote is
  int column = 0;
  JsonValue value;
};

struct JsonError {
  std::string message;
  int line = 0;
  int column = 0;
};

struct JsonLimits {
  std::size_t max_bytes = 4u * 1024u * 1024u;  // larger input is rejected before parsing
  int max_depth = 64;                          // arrays and objects nested deeper are rejected
};

// Parses one JSON document (RFC 8259, strict: no comments, trailing commas, NaN, duplicate keys,
// raw control characters or invalid UTF-8; a leading UTF-8 byte-order mark is skipped).
// Numbers are read without the C locale. Returns false with `error` set; never crashes or hangs.
bool parse_json(std::string_view text, JsonValue& out, JsonError& error, const JsonLimits& limits = {});

// "null", "true or false", "a number", "a string", "an array", "an object" (for messages).
const char* json_type_name(JsonType type);

// Every distinct code point of the document's string values (not its keys), in ascending order:
// the characters a campaign file asks the fonts for.
std::vector<std::uint32_t> string_code_points(const JsonValue& document);

// `s` escaped for use inside a JSON string literal (quotes, backslashes, control characters).
std::string json_escape(std::string_view s);

// Writes one JSON document: objects, arrays, escaped strings, fixed-precision numbers and bools, with
// the commas in their places. Numbers use '.' whatever the C locale. For example
//   JsonWriter w; w.begin_object().key("x").number(1.5, 2).key("ids").begin_array().string("a").end_array().end_object();
// gives {"x":1.50,"ids":["a"]}. Containers must be closed in order; text() is the document so far.
class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);        // in an object: the next value's name
  JsonWriter& string(std::string_view text);     // escaped with json_escape
  JsonWriter& number(double value, int decimals);  // fixed-point ("%.*f"); null when not finite
  JsonWriter& integer(long long value);
  JsonWriter& boolean(bool value);
  const std::string& text() const { return out_; }

 private:
  void before_value();
  JsonWriter& close(char bracket);
  std::string out_;
  std::vector<char> has_items_;  // one per open container: a value was written in it (char: vector<bool> is larger code)
  bool after_key_ = false;
};

}  // namespace atlas
