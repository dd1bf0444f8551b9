// The campaign an author edits: its JSON tree, every change as an undoable step, and its problems, live.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/json.h"
#include "core/edit/json_edit.h"
#include "core/edit/json_path.h"

namespace atlas {

// One problem of the document, as `campaign-atlas check` reports it, and the field it is about.
struct Problem {
  bool warning = false;  // false: an error (the map cannot be drawn until it is fixed)
  JsonPath path;         // the field: may name a member still missing (a required field to add)
  int line = 0;          // in the saved text (format_campaign_json)
  int column = 0;
  std::string message;
  std::string to_string() const;  // "events[2].place: unknown place id ..." (with "warning: " for a warning)
};

// How an edit joins the step before it. Typing: consecutive edits of the same field (or drags of the
// same point) are one step until end_merge(), so undo takes back the whole word or the whole drag.
enum class Merge { Separate, Typing };

// The document the editor holds: the campaign's JSON tree (every field survives, even those no form
// shows) and its history. Each call below is one undoable step, applied whole or not at all (false,
// with error() saying why, leaves the tree as it was). A new step clears redo; the history keeps the
// latest kHistoryLimit steps.
class CampaignDocument {
 public:
  static constexpr std::size_t kHistoryLimit = 500;

  CampaignDocument();  // an empty object
  explicit CampaignDocument(JsonValue root, std::string file_name = "campaign.json");
  // Replaces the tree with the parsed `text` and clears the history; false (and nothing changed) when it is not JSON.
  bool open(std::string_view text, std::string file_name, JsonError& error);

  const JsonValue& root() const { return root_; }
  const JsonValue* at(const JsonPath& path) const { return resolve(root_, path); }
  const std::string& file_name() const { return file_name_; }
  std::string text() const;                             // what saving writes: format_campaign_json(root())
  std::uint64_t revision() const { return revision_; }  // changes with every edit, undo and redo
  const std::string& error() const { return error_; }   // why the last refused edit was refused

  // The value at `path` becomes `value`; a missing member of an existing object is added in its kind's
  // canonical place (core/edit/key_order.h).
  bool set(const JsonPath& path, JsonValue value, Merge merge = Merge::Separate);
  bool insert(const JsonPath& array, std::size_t index, JsonValue value);
  bool remove(const JsonPath& path);  // an array element or an object member
  bool move(const JsonPath& array, std::size_t from, std::size_t to);
  bool add_member(const JsonPath& object, std::string_view key, JsonValue value);  // fails if it exists
  // Several edits as one step; a non-empty `merge_key` joins it to the step before with the same key.
  bool apply(std::vector<JsonEdit> edits, const std::string& merge_key = "");
  void end_merge() { merging_ = false; }  // the field lost focus, the drag ended

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  bool undo();
  bool redo();
  std::size_t undo_steps() const { return undo_.size(); }

  // Every error of the saved text, then (when it loads) every warning, as `campaign-atlas check` finds
  // them; computed again only when the revision has changed.
  const std::vector<Problem>& problems();

 private:
  struct Step {
    std::vector<JsonEdit> edits;
    std::string merge_key;
  };
  bool run(std::vector<JsonEdit>& edits);  // applies all, or none; fills in what was removed or replaced
  void fill_before(JsonEdit& edit) const;
  void record(Step step);
  static void merge_into(Step& step, std::vector<JsonEdit> edits);

  JsonValue root_;
  std::string file_name_;
  std::vector<Step> undo_, redo_;
  bool merging_ = false;
  std::uint64_t revision_ = 1;
  std::string error_;
  std::vector<Problem> problems_;
  std::uint64_t problems_revision_ = 0;
};

}  // namespace atlas
