// The editor's stable JSON layout: short scalar containers on one line, the rest one entry a line.
#include "core/edit/campaign_writer.h"

#include <algorithm>
#include <clocale>
#include <cmath>
#include <cstdio>

#include "core/data/text_parse.h"
#include "core/data/utf8.h"

namespace atlas {
namespace {

std::string with_decimal_point(std::string text) {
  const char* point = std::localeconv()->decimal_point;
  if (point && point[0] && point[0] != '.') {
    const std::size_t at = text.find(point);
    if (at != std::string::npos) text.replace(at, std::char_traits<char>::length(point), ".");
  }
  return text;
}

std::string quoted_json(const std::string& s) { return '"' + json_escape(s) + '"'; }

// 0 for a scalar, 1 for a container of scalars, 2 for a container of those, and so on.
int nesting(const JsonValue& v) {
  int deepest = 0;
  for (const JsonValue& item : v.array) deepest = std::max(deepest, nesting(item) + 1);
  for (const JsonMember& m : v.object) deepest = std::max(deepest, nesting(m.value) + 1);
  return v.is(JsonType::Array) || v.is(JsonType::Object) ? std::max(deepest, 1) : 0;
}

std::string one_line(const JsonValue& v) {
  switch (v.type) {
    case JsonType::Null: return "null";
    case JsonType::Bool: return v.boolean ? "true" : "false";
    case JsonType::Number: return format_json_number(v.number);
    case JsonType::String: return quoted_json(v.string);
    case JsonType::Array: {
      std::string out = "[";
      for (const JsonValue& item : v.array) out += (out.size() > 1 ? ", " : "") + one_line(item);
      return out + "]";
    }
    case JsonType::Object: {
      std::string out = "{";
      for (const JsonMember& m : v.object) out += (out.size() > 1 ? ", " : "") + quoted_json(m.key) + ": " + one_line(m.value);
      return out + "}";
    }
  }
  return "null";
}

std::size_t characters(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += !is_utf8_continuation(static_cast<unsigned char>(c));
  return n;
}

class LayoutWriter {
 public:
  std::string out;

  // Writes `prefix` (a member's key, or nothing) and `v` at `indent`; `comma` when more entries follow.
  // The document itself always takes a line per entry.
  void entry(const JsonValue& v, int indent, const std::string& prefix, bool comma) {
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    const bool container = v.is(JsonType::Array) || v.is(JsonType::Object);
    const bool empty = v.array.empty() && v.object.empty();
    if (!container || empty || (indent > 0 && nesting(v) <= 2)) {
      const std::string line = pad + prefix + one_line(v) + (comma ? "," : "");
      if (!container || empty || characters(line) <= static_cast<std::size_t>(kSavedLineWidth)) {
        out += line + '\n';
        return;
      }
    }
    out += pad + prefix + (v.is(JsonType::Array) ? "[" : "{") + '\n';
    for (std::size_t i = 0; i < v.array.size(); ++i) entry(v.array[i], indent + 2, "", i + 1 < v.array.size());
    for (std::size_t i = 0; i < v.object.size(); ++i) {
      entry(v.object[i].value, indent + 2, quoted_json(v.object[i].key) + ": ", i + 1 < v.object.size());
    }
    out += pad + (v.is(JsonType::Array) ? "]" : "}") + (comma ? "," : "") + '\n';
  }
};

}  // namespace

std::string format_json_number(double value) {
  if (!std::isfinite(value)) return "null";
  if (value == std::floor(value) && std::fabs(value) < 1e15) return format_fixed(value, 0);
  char buf[40];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, value);
    double back = 0;
    if (parse_decimal(with_decimal_point(buf), back) && back == value) return with_decimal_point(buf);
  }
  std::snprintf(buf, sizeof buf, "%.17g", value);
  return with_decimal_point(buf);
}

std::string format_campaign_json(const JsonValue& root) {
  LayoutWriter writer;
  writer.entry(root, 0, "", false);
  return writer.out;
}

}  // namespace atlas
