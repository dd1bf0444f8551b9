// Strict recursive-descent JSON parser with line/column tracking, depth and size limits; the JSON writer.
#include "core/data/json.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <numeric>

#include "core/data/text_parse.h"
#include "core/data/utf8.h"

namespace atlas {
namespace {

class Parser {
 public:
  Parser(std::string_view text, const JsonLimits& limits, JsonError& error)
      : s_(text), limits_(limits), error_(error) {}

  bool document(JsonValue& out) {
    if (s_.size() > limits_.max_bytes) {
      return fail("input is " + std::to_string(s_.size()) + " bytes; the limit is " +
                  std::to_string(limits_.max_bytes) + " bytes");
    }
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // byte-order mark: not a character
    skip_space();
    if (at_end()) return fail("empty input: expected a JSON value");
    if (!value(out, 0)) return false;
    skip_space();
    if (!at_end()) return fail("unexpected " + describe_here() + " after the JSON value");
    return true;
  }

 private:
  std::string_view s_;
  const JsonLimits& limits_;
  JsonError& error_;
  std::size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;

  bool at_end() const { return pos_ >= s_.size(); }
  unsigned char peek() const { return static_cast<unsigned char>(s_[pos_]); }

  void advance() {
    const unsigned char c = peek();
    ++pos_;
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if (at_end() || !is_utf8_continuation(peek())) {
      ++column_;  // the next byte starts a new character
    }
  }

  bool fail(std::string message) { return fail_at(line_, column_, std::move(message)); }
  bool fail_at(int line, int column, std::string message) {
    error_.message = std::move(message);
    error_.line = line;
    error_.column = column;
    return false;
  }

  std::string describe_here() const {
    if (at_end()) return "end of input";
    const unsigned char c = peek();
    if (c >= 0x20 && c < 0x7F) return std::string("character '") + static_cast<char>(c) + "'";
    char buf[16];
    std::snprintf(buf, sizeof buf, "byte 0x%02X", c);
    return buf;
  }

  void skip_space() {
    while (!at_end()) {
      const unsigned char c = peek();
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
      advance();
    }
  }

  bool value(JsonValue& v, int depth) {
    v.line = line_;
    v.column = column_;
    if (at_end()) return fail("unexpected end of input: expected a value");
    const unsigned char c = peek();
    switch (c) {
      case '{': return object(v, depth);
      case '[': return array(v, depth);
      case '"': v.type = JsonType::String; return string(v.string);
      case 't': v.type = JsonType::Bool; v.boolean = true; return literal("true");
      case 'f': v.type = JsonType::Bool; v.boolean = false; return literal("false");
      case 'n': v.type = JsonType::Null; return literal("null");
      case 'N': case 'I': return fail("NaN and Infinity are not JSON numbers");
      case '\'': return fail("strings must use double quotes, not single quotes");
      default:
        if (c == '-' || (c >= '0' && c <= '9')) { v.type = JsonType::Number; return number(v.number); }
        return fail("unexpected " + describe_here() + ": expected a value");
    }
  }

  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) {
      return fail("invalid literal: expected '" + std::string(word) + "'");
    }
    for (std::size_t i = 0; i < word.size(); ++i) advance();
    return true;
  }

  bool enter(int depth) {
    if (depth >= limits_.max_depth) {
      return fail("nesting is deeper than " + std::to_string(limits_.max_depth) + " levels");
    }
    advance();  // the opening bracket
    skip_space();
    return true;
  }

  bool array(JsonValue& v, int depth) {
    v.type = JsonType::Array;
    if (!enter(depth)) return false;
    if (!at_end() && peek() == ']') { advance(); return true; }
    for (;;) {
      v.array.emplace_back();
      if (!value(v.array.back(), depth + 1)) return false;
      skip_space();
      if (at_end()) return fail("unexpected end of input: expected ',' or ']'");
      if (peek() == ']') { advance(); return true; }
      if (peek() != ',') return fail("expected ',' or ']' but found " + describe_here());
      advance();
      skip_space();
      if (!at_end() && peek() == ']') return fail("trailing comma before ']'");
    }
  }

  bool object(JsonValue& v, int depth) {
    v.type = JsonType::Object;
    if (!enter(depth)) return false;
    if (!at_end() && peek() == '}') { advance(); return true; }
    for (;;) {
      if (at_end() || peek() != '"') {
        return fail("expected a member name in double quotes but found " + describe_here());
      }
      v.object.emplace_back();
      JsonMember& m = v.object.back();
      m.line = line_;
      m.column = column_;
      if (!string(m.key)) return false;
      skip_space();
      if (at_end() || peek() != ':') return fail("expected ':' after " + quoted(m.key));
      advance();
      skip_space();
      if (!value(m.value, depth + 1)) return false;
      skip_space();
      if (at_end()) return fail("unexpected end of input: expected ',' or '}'");
      if (peek() == '}') { advance(); return unique_keys(v.object); }
      if (peek() != ',') return fail("expected ',' or '}' but found " + describe_here());
      advance();
      skip_space();
      if (!at_end() && peek() == '}') return fail("trailing comma before '}'");
    }
  }

  // Reports the first key (in file order) that repeats an earlier key of the same object.
  bool unique_keys(const std::vector<JsonMember>& members) {
    if (members.size() < 2) return true;
    std::vector<std::size_t> order(members.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return members[a].key < members[b].key;
    });
    std::size_t dup = members.size(), first = 0;
    for (std::size_t i = 1; i < order.size(); ++i) {
      if (members[order[i]].key == members[order[i - 1]].key && order[i] < dup) {
        dup = order[i];
        first = order[i - 1];
      }
    }
    if (dup == members.size()) return true;
    const JsonMember& d = members[dup];
    return fail_at(d.line, d.column,
                   "duplicate key " + quoted(d.key) + " (first at line " +
                       std::to_string(members[first].line) + ", column " +
                       std::to_string(members[first].column) + ")");
  }

  bool hex4(std::uint32_t& out) {
    out = 0;
    for (int i = 0; i < 4; ++i) {
      if (at_end()) return fail("unexpected end of input in a \\u escape");
      const int d = hex_digit_value(static_cast<char>(peek()));
      if (d < 0) return fail("a \\u escape needs four hex digits");
      out = out * 16 + static_cast<std::uint32_t>(d);
      advance();
    }
    return true;
  }

  // After "\\u"; surrogate errors point at the escape's backslash (line, column).
  bool unicode_escape(std::string& out, int line, int column) {
    std::uint32_t cp = 0;
    if (!hex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return fail_at(line, column, "unpaired low surrogate in a \\u escape");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (s_.substr(pos_, 2) != "\\u") {
        return fail_at(line, column, "high surrogate not followed by a \\u low surrogate");
      }
      advance();
      advance();
      std::uint32_t low = 0;
      if (!hex4(low)) return false;
      if (low < 0xDC00 || low > 0xDFFF) {
        return fail_at(line, column, "high surrogate not followed by a low surrogate");
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, cp);
    return true;
  }

  bool escape(std::string& out) {
    const int line = line_, column = column_;
    advance();  // the backslash
    if (at_end()) return fail("unexpected end of input in an escape");
    const char c = static_cast<char>(peek());
    const char* plain = nullptr;
    switch (c) {
      case '"': plain = "\""; break;
      case '\\': plain = "\\"; break;
      case '/': plain = "/"; break;
      case 'b': plain = "\b"; break;
      case 'f': plain = "\f"; break;
      case 'n': plain = "\n"; break;
      case 'r': plain = "\r"; break;
      case 't': plain = "\t"; break;
      case 'u': advance(); return unicode_escape(out, line, column);
      default: return fail("invalid escape '\\" + std::string(1, c) + "'");
    }
    out += plain;
    advance();
    return true;
  }

  bool string(std::string& out) {
    const int line = line_, column = column_;
    advance();  // the opening quote
    for (;;) {
      if (at_end()) return fail_at(line, column, "unterminated string");
      const unsigned char c = peek();
      if (c == '"') { advance(); return true; }
      if (c == '\\') {
        if (!escape(out)) return false;
      } else if (c < 0x20) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "control character U+%04X in a string must be escaped", c);
        return fail(buf);
      } else if (c < 0x80) {
        out += static_cast<char>(c);
        advance();
      } else {
        std::uint32_t cp = 0;
        const std::size_t n = decode_utf8(s_, pos_, cp);
        if (n == 0) return fail("invalid UTF-8 in a string");
        out.append(s_.substr(pos_, n));
        for (std::size_t i = 0; i < n; ++i) advance();
      }
    }
  }

  bool digit() const { return !at_end() && peek() >= '0' && peek() <= '9'; }

  // Checks JSON's number grammar (stricter than parse_decimal's), then reads the value with it.
  bool number(double& out) {
    const int line = line_, column = column_;
    const std::size_t start = pos_;
    if (peek() == '-') advance();
    if (!digit()) return fail("a number needs a digit here");
    if (peek() == '0') {
      advance();
      if (digit()) return fail("numbers must not have leading zeros");
    } else {
      while (digit()) advance();
    }
    if (!at_end() && peek() == '.') {
      advance();
      if (!digit()) return fail("a digit must follow the decimal point");
      while (digit()) advance();
    }
    if (!at_end() && (peek() == 'e' || peek() == 'E')) {
      advance();
      if (!at_end() && (peek() == '+' || peek() == '-')) advance();
      if (!digit()) return fail("a digit must follow the exponent");
      while (digit()) advance();
    }
    if (!parse_decimal(s_.substr(start, pos_ - start), out)) return fail_at(line, column, "number is out of range");
    return true;
  }
};

}  // namespace

const JsonMember* JsonValue::find(std::string_view key) const {
  for (const JsonMember& m : object) {
    if (m.key == key) return &m;
  }
  return nullptr;
}

bool parse_json(std::string_view text, JsonValue& out, JsonError& error, const JsonLimits& limits) {
  JsonValue parsed;
  Parser parser(text, limits, error);
  if (!parser.document(parsed)) return false;
  out = std::move(parsed);
  return true;
}

const char* json_type_name(JsonType type) {
  switch (type) {
    case JsonType::Null: return "null";
    case JsonType::Bool: return "true or false";
    case JsonType::Number: return "a number";
    case JsonType::String: return "a string";
    case JsonType::Array: return "an array";
    case JsonType::Object: return "an object";
  }
  return "a value";
}

namespace {
// ASCII is marked in `ascii` (most of any text, and a sort of every character costs more than the rest
// of the load); other code points go to `others`, repeats and all.
void add_code_points(const JsonValue& v, std::array<bool, 0x80>& ascii, std::vector<std::uint32_t>& others) {
  if (v.is(JsonType::String)) {
    for (std::size_t i = 0; i < v.string.size();) {
      const unsigned char b = static_cast<unsigned char>(v.string[i]);
      if (b < 0x80) { ascii[b] = true, ++i; continue; }
      std::uint32_t c = 0;
      std::size_t n = decode_utf8(v.string, i, c);
      if (n == 0) break;  // the parser admits only UTF-8: cannot happen
      others.push_back(c);
      i += n;
    }
  }
  for (const JsonValue& item : v.array) add_code_points(item, ascii, others);
  for (const JsonMember& m : v.object) add_code_points(m.value, ascii, others);
}
}  // namespace

std::vector<std::uint32_t> string_code_points(const JsonValue& document) {
  std::array<bool, 0x80> ascii{};
  std::vector<std::uint32_t> others, out;
  add_code_points(document, ascii, others);
  std::sort(others.begin(), others.end());
  others.erase(std::unique(others.begin(), others.end()), others.end());
  for (std::uint32_t c = 0; c < 0x80; ++c)
    if (ascii[c]) out.push_back(c);
  out.insert(out.end(), others.begin(), others.end());  // all above 0x7F: the order holds
  return out;
}

std::string json_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\', out += c;
    else if (static_cast<unsigned char>(c) < 0x20) { char b[8]; std::snprintf(b, sizeof b, "\\u%04x", c); out += b; }
    else out += c;
  }
  return out;
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_items_.empty()) {
    if (has_items_.back()) out_ += ',';
    has_items_.back() = true;
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  has_items_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  has_items_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  out_ += bracket;
  if (!has_items_.empty()) has_items_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::end_object() { return close('}'); }
JsonWriter& JsonWriter::end_array() { return close(']'); }

JsonWriter& JsonWriter::key(std::string_view name) {
  before_value();
  out_ += '"';
  out_ += json_escape(name);
  out_ += "\":";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  before_value();
  out_ += '"';
  out_ += json_escape(text);
  out_ += '"';
  return *this;
}

JsonWriter& JsonWriter::number(double value, int decimals) {
  before_value();
  out_ += std::isfinite(value) ? format_fixed(value, decimals) : "null";
  return *this;
}

JsonWriter& JsonWriter::integer(long long value) {
  before_value();
  out_ += std::to_string(value);
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  before_value();
  out_ += value ? "true" : "false";
  return *this;
}

}  // namespace atlas
