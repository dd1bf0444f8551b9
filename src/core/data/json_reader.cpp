// Field getters with type, range, id and date checks, and the "did you mean" hint for unknown keys.
#include "core/data/json_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "core/data/date.h"
#include "core/data/text_parse.h"

namespace atlas {
namespace {

// Why a text may not be used as is: a control character (other than a line feed) or its length; "" if fine.
std::string text_problem(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0, n = 0; i < text.size(); i += n == 0 ? 1 : n, ++chars) {
    std::uint32_t cp = 0;
    n = decode_utf8(text, i, cp);  // the parser let only UTF-8 through
    if (!is_forbidden_control(cp)) continue;
    char code[8];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
    return std::string("control character ") + code + " in a text: remove it (only line breaks may be written)";
  }
  if (chars <= max_chars) return {};
  return "is " + std::to_string(chars) + " characters long; at most " + std::to_string(max_chars);
}

std::string range_text(double lo, double hi) {
  auto num = [](double v) {  // as std::to_string writes it, but with '.' in every locale
    return v == std::floor(v) ? std::to_string(static_cast<long long>(v)) : format_fixed(v, 6);
  };
  return num(lo) + " and " + num(hi);
}

}  // namespace

std::string LoadError::to_string() const {
  std::string out = file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ";
  if (!field.empty()) out += field + ": ";
  return out + message;
}

void ReadContext::fail(int line, int column, std::string field, std::string message) {
  if (!ok()) return;
  errors_.push_back({file_, line, column, std::move(field), std::move(message)});
  full_ = errors_.size() >= kMaxErrors;
}

const LoadError& ReadContext::error() const {
  static const LoadError kNone;
  return errors_.empty() ? kNone : errors_.front();
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string element_path(const std::string& array_path, std::size_t index) {
  return array_path + "[" + std::to_string(index) + "]";
}

const JsonValue* value_at(const JsonValue& root, std::string_view path) {
  const JsonValue* v = &root;
  while (v && !path.empty()) {
    if (path[0] == '.') path.remove_prefix(1);
    if (!path.empty() && path[0] == '[') {
      const std::size_t close = path.find(']');
      long long index = 0;
      if (close == std::string_view::npos || !parse_integer(path.substr(1, close - 1), index) || !v->is(JsonType::Array) ||
          index < 0 || static_cast<std::size_t>(index) >= v->array.size())
        return nullptr;
      v = &v->array[static_cast<std::size_t>(index)];
      path.remove_prefix(close + 1);
    } else {
      const std::size_t end = std::min(path.find('.'), path.find('['));
      const JsonMember* m = v->find(path.substr(0, end));
      v = m ? &m->value : nullptr;
      path.remove_prefix(end == std::string_view::npos ? path.size() : end);
    }
  }
  return v;
}

FieldReader::FieldReader(ReadContext& ctx, const JsonValue& value, std::string path,
                         std::initializer_list<std::string_view> allowed)
    : ctx_(ctx), value_(value), path_(std::move(path)) {
  if (!value.is(JsonType::Object)) {
    ctx_.fail(value, path_, std::string("expected an object, found ") + json_type_name(value.type));
    return;
  }
  for (const JsonMember& m : value.object) {
    if (std::find(allowed.begin(), allowed.end(), m.key) != allowed.end()) continue;
    ctx_.fail(m.line, m.column, path_, "unknown field " + quoted(m.key) + did_you_mean(m.key, allowed));
    return;
  }
}

std::string FieldReader::path_of(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

bool FieldReader::has(std::string_view key) const { return value_.find(key) != nullptr; }

void FieldReader::fail(std::string_view key, std::string message) const {
  const JsonMember* m = value_.find(key);
  ctx_.fail(m ? m->value : value_, path_of(key), std::move(message));
}

const JsonValue* FieldReader::get(std::string_view key, JsonType type, bool required) {
  const JsonMember* m = value_.find(key);
  if (!m) {
    if (required) ctx_.fail(value_, path_, "missing field \"" + std::string(key) + "\"");
    return nullptr;
  }
  if (!m->value.is(type)) {
    fail(key, std::string("expected ") + json_type_name(type) + ", found " + json_type_name(m->value.type));
    return nullptr;
  }
  return &m->value;
}

std::string FieldReader::text(std::string_view key, bool required, std::size_t max_chars) {
  const JsonValue* v = get(key, JsonType::String, required);
  if (!v) return {};
  if (required && v->string.find_first_not_of(" \t\r\n") == std::string::npos) {
    fail(key, "must not be empty");
    return {};
  }
  if (const std::string problem = text_problem(v->string, max_chars); !problem.empty()) {
    fail(key, problem);
    return {};
  }
  return v->string;
}

std::string FieldReader::id(std::string_view key, bool required) {
  const JsonValue* v = get(key, JsonType::String, required);
  if (!v) return {};
  if (!is_valid_id(v->string)) {
    fail(key, quoted(v->string) + " is not a valid id (use lowercase letters, digits, '-' and '_', e.g. \"seleucia-pieria\")");
    return {};
  }
  return v->string;
}

bool FieldReader::flag(std::string_view key, bool fallback) {
  const JsonValue* v = get(key, JsonType::Bool, false);
  return v ? v->boolean : fallback;
}

double FieldReader::number(std::string_view key, double lo, double hi, bool required, double fallback) {
  const JsonValue* v = get(key, JsonType::Number, required);
  if (!v) return fallback;
  if (!(v->number >= lo && v->number <= hi)) {
    fail(key, "must be between " + range_text(lo, hi));
    return fallback;
  }
  return v->number;
}

long long FieldReader::integer(std::string_view key, long long lo, long long hi, bool required) {
  const double d = number(key, static_cast<double>(lo), static_cast<double>(hi), required, static_cast<double>(lo));
  if (d != std::floor(d)) {
    fail(key, "must be a whole number");
    return lo;
  }
  return static_cast<long long>(d);
}

int FieldReader::date(std::string_view key, bool required) {
  const JsonValue* v = get(key, JsonType::String, required);
  if (!v) return 0;
  int day = 0;
  if (!parse_date(v->string, day)) {
    fail(key, not_a_date(v->string));
    return 0;
  }
  return day;
}

const JsonValue* FieldReader::array(std::string_view key, bool required, std::size_t min_items,
                                    std::size_t max_items) {
  const JsonValue* v = get(key, JsonType::Array, required);
  if (v && v->array.size() < min_items) {
    fail(key, "needs at least " + std::to_string(min_items) + (min_items == 1 ? " entry" : " entries"));
    return nullptr;
  }
  if (v && v->array.size() > max_items) {
    fail(key, "has " + std::to_string(v->array.size()) + " entries; at most " + std::to_string(max_items));
    return nullptr;
  }
  return v;
}

}  // namespace atlas
