// Typed, located reading of JSON object fields that reports errors as file:line:col: field: message.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/json.h"
#include "core/data/utf8.h"

namespace atlas {

struct LoadError {
  std::string file;
  int line = 0;
  int column = 0;
  std::string field;    // JSON path of the offending field, e.g. "events[3].place"; may be empty
  std::string message;  // e.g. "unknown place id \"antoich\""
  bool empty() const { return message.empty(); }
  // "khusrau-540.json:42:17: events[3].place: unknown place id \"antoich\""
  std::string to_string() const;
};

// Collects the errors of a document: the first of each part (an element of a list, a section), since
// later errors within a part are often its consequences; every part is read, so an author sees all
// the problems at once. ok() speaks of the part being read; clean() of the whole document.
class ReadContext {
 public:
  static constexpr std::size_t kMaxErrors = 100;  // beyond this a file is too broken to list

  explicit ReadContext(std::string file_name) : file_(std::move(file_name)) {}
  bool ok() const { return !full_ && errors_.size() == part_start_; }  // no error yet in the current part
  bool clean() const { return errors_.empty(); }
  void fail(int line, int column, std::string field, std::string message);
  void fail(const JsonValue& at, std::string field, std::string message) {
    fail(at.line, at.column, std::move(field), std::move(message));
  }
  const LoadError& error() const;  // the first error; empty when clean
  const std::vector<LoadError>& errors() const { return errors_; }

  // While alive, ok() is about one part only: an error in an earlier part does not stop this one. When
  // it ends, the enclosing part is not ok if this one had an error.
  class Part {
   public:
    explicit Part(ReadContext& ctx) : ctx_(ctx), enclosing_(ctx.part_start_) { ctx.part_start_ = ctx.errors_.size(); }
    ~Part() { ctx_.part_start_ = enclosing_; }
    Part(const Part&) = delete;
    Part& operator=(const Part&) = delete;

   private:
    ReadContext& ctx_;
    std::size_t enclosing_;
  };

 private:
  std::string file_;
  std::vector<LoadError> errors_;
  std::size_t part_start_ = 0;
  bool full_ = false;  // kMaxErrors reached: nothing is ok from then on
};

// Reads the fields of one JSON object. Construction checks that the value is an object and that
// every key is in `allowed` (unknown keys are typos: "did you mean ...?"). Getters report a
// missing required field at the object, and a bad value at the value; after any error they
// return their fallback, so a reader can carry on and check ctx().ok() at the end.
// The validator's limits (docs/campaign-format.md lists them). Within them a campaign loads, draws and
// plays; beyond them a file is refused with the field and the limit, never half-drawn.
inline constexpr std::size_t kMaxTextChars = 4000;    // a summary, a note, a passage, a claim
inline constexpr std::size_t kMaxNameChars = 200;     // a title, a name, a label, a short citation
inline constexpr std::size_t kMaxListEntries = 1000;  // the entries of any one list (events, places…)
inline constexpr std::size_t kMaxRoutePoints = 5000;  // the waypoints of one route

class FieldReader {
 public:
  FieldReader(ReadContext& ctx, const JsonValue& value, std::string path,
              std::initializer_list<std::string_view> allowed);

  ReadContext& ctx() const { return ctx_; }
  const std::string& path() const { return path_; }
  std::string path_of(std::string_view key) const;  // "events[3]" + "place" -> "events[3].place"
  bool has(std::string_view key) const;
  // The value of `key` if present and of type `type`; nullptr otherwise (with an error if it has
  // the wrong type, or if it is required and missing).
  const JsonValue* get(std::string_view key, JsonType type, bool required);
  // Reports an error at the field's value (at the object if the field is absent).
  void fail(std::string_view key, std::string message) const;

  // Text of at most `max_chars` characters with no control character but line feeds; required text
  // may not be empty.
  std::string text(std::string_view key, bool required = true, std::size_t max_chars = kMaxTextChars);
  std::string name(std::string_view key, bool required = true) { return text(key, required, kMaxNameChars); }
  std::string id(std::string_view key, bool required = true);    // lowercase letters, digits, - _
  bool flag(std::string_view key, bool fallback = false);
  double number(std::string_view key, double lo, double hi, bool required = true, double fallback = 0);
  long long integer(std::string_view key, long long lo, long long hi, bool required = true);
  int date(std::string_view key, bool required = true);  // "YYYY-MM-DD" -> day number, 0 if absent
  // An array field with `min_items` to `max_items` elements; nullptr if absent or wrong.
  const JsonValue* array(std::string_view key, bool required, std::size_t min_items = 0,
                         std::size_t max_items = kMaxListEntries);

  // A string field naming one of an enum's values. Returns false (out untouched) if absent/bad.
  template <typename Enum>
  bool choice(std::string_view key, bool (*parse)(std::string_view, Enum&), std::string (*names)(),
              const char* what, Enum& out, bool required = true) {
    const JsonValue* v = get(key, JsonType::String, required);
    if (!v) return false;
    if (parse(v->string, out)) return true;
    fail(key, "unknown " + std::string(what) + " " + quoted(v->string) + "; expected one of: " + names());
    return false;
  }

 private:
  ReadContext& ctx_;
  const JsonValue& value_;
  std::string path_;
};

// "events" + 3 -> "events[3]"
std::string element_path(const std::string& array_path, std::size_t index);
// The value at a path as messages write it ("forces[1].route[3]", "title"); nullptr if there is none.
const JsonValue* value_at(const JsonValue& root, std::string_view path);

// Levenshtein distance, for "did you mean" hints.
std::size_t edit_distance(std::string_view a, std::string_view b);
// " (did you mean \"x\"?)" for the candidate within two edits of `word`, or "".
template <typename Range>
std::string did_you_mean(std::string_view word, const Range& candidates) {
  std::string best;
  std::size_t best_distance = 3;
  for (const auto& c : candidates) {
    const std::string_view name(c);
    const std::size_t d = edit_distance(word, name);
    if (d < best_distance) { best = std::string(name); best_distance = d; }
  }
  return best.empty() ? best : " (did you mean " + quoted(best) + "?)";
}

}  // namespace atlas
