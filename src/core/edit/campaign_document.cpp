// CampaignDocument: edits applied as steps, undo and redo, merging while typing, the live problems.
#include "core/edit/campaign_document.h"

#include <utility>

#include "core/data/campaign_check.h"
#include "core/edit/campaign_writer.h"
#include "core/edit/key_order.h"

namespace atlas {

std::string Problem::to_string() const {
  const std::string field = path.empty() ? "" : path.to_string() + ": ";
  return (warning ? "warning: " : "") + field + message;
}

namespace {

// The field a message is about: its path; for a missing field, the member to add; else the value at its position.
JsonPath problem_path(const LoadError& e, const JsonValue& reparsed) {
  JsonPath path;
  if (e.field.empty() || !JsonPath::parse(e.field, path)) return path_at_position(reparsed, e.line, e.column);
  const std::string_view missing = "missing field \"";
  if (e.message.compare(0, missing.size(), missing) == 0) {
    const std::size_t end = e.message.find('"', missing.size());
    if (end != std::string::npos) path = path.key(e.message.substr(missing.size(), end - missing.size()));
  }
  return path;
}

}  // namespace

CampaignDocument::CampaignDocument() { root_.type = JsonType::Object; }

CampaignDocument::CampaignDocument(JsonValue root, std::string file_name) : root_(std::move(root)), file_name_(std::move(file_name)) {}

bool CampaignDocument::open(std::string_view text, std::string file_name, JsonError& error) {
  JsonValue parsed;
  if (!parse_json(text, parsed, error)) return false;
  *this = CampaignDocument(std::move(parsed), std::move(file_name));
  return true;
}

std::string CampaignDocument::text() const { return format_campaign_json(root_); }

bool CampaignDocument::set(const JsonPath& path, JsonValue value, Merge merge) {
  const std::string key = merge == Merge::Typing ? "set " + path.to_string() : "";
  JsonEdit e;
  if (path.empty() || resolve(root_, path) || path.last().is_index) {
    e.kind = EditKind::Set, e.path = path;
  } else {
    const JsonValue* object = resolve(root_, path.parent());
    e.kind = EditKind::AddMember, e.path = path.parent(), e.key = path.last().key;
    if (object) e.index = member_insert_position(*object, object_kind(e.path), e.key);
  }
  e.after = std::move(value);
  return apply({std::move(e)}, key);
}

bool CampaignDocument::insert(const JsonPath& array, std::size_t index, JsonValue value) {
  JsonEdit e;
  e.kind = EditKind::Insert, e.path = array, e.index = index, e.after = std::move(value);
  return apply({std::move(e)});
}

bool CampaignDocument::remove(const JsonPath& path) {
  if (path.empty()) return error_ = "the campaign itself cannot be removed", false;
  JsonEdit e;
  e.path = path.parent();
  if (path.last().is_index) {
    e.kind = EditKind::Remove, e.index = path.last().index;
  } else {
    e.kind = EditKind::RemoveMember, e.key = path.last().key;
  }
  return apply({std::move(e)});
}

bool CampaignDocument::move(const JsonPath& array, std::size_t from, std::size_t to) {
  JsonEdit e;
  e.kind = EditKind::Move, e.path = array, e.index = from, e.to = to;
  return apply({std::move(e)});
}

bool CampaignDocument::add_member(const JsonPath& object, std::string_view key, JsonValue value) {
  const JsonValue* o = resolve(root_, object);
  JsonEdit e;
  e.kind = EditKind::AddMember, e.path = object, e.key = std::string(key), e.after = std::move(value);
  if (o) e.index = member_insert_position(*o, object_kind(object), key);
  return apply({std::move(e)});
}

// What a removal or a replacement takes out, so that its inverse can put it back.
void CampaignDocument::fill_before(JsonEdit& e) const {
  const JsonValue* target = resolve(root_, e.path);
  if (!target) return;  // apply_edit reports it
  if (e.kind == EditKind::Set) e.before = *target;
  if (e.kind == EditKind::Remove && e.index < target->array.size()) e.before = target->array[e.index];
  if (e.kind == EditKind::RemoveMember) {
    for (std::size_t i = 0; i < target->object.size(); ++i) {
      if (target->object[i].key == e.key) e.index = i, e.before = target->object[i].value;
    }
  }
}

bool CampaignDocument::run(std::vector<JsonEdit>& edits) {
  for (std::size_t i = 0; i < edits.size(); ++i) {
    fill_before(edits[i]);
    if (!apply_edit(root_, edits[i], error_)) {
      std::string ignored;
      while (i-- > 0) apply_edit(root_, inverse(edits[i]), ignored);
      return false;
    }
  }
  return true;
}

bool CampaignDocument::apply(std::vector<JsonEdit> edits, const std::string& merge_key) {
  if (edits.empty()) return true;
  if (!run(edits)) return false;
  ++revision_;
  redo_.clear();
  if (merging_ && !merge_key.empty() && !undo_.empty() && undo_.back().merge_key == merge_key) {
    merge_into(undo_.back(), std::move(edits));
  } else {
    record({std::move(edits), merge_key});
  }
  merging_ = !merge_key.empty();
  return true;
}

// A later value of a field already set in the step replaces that edit's result; other edits are appended.
void CampaignDocument::merge_into(Step& step, std::vector<JsonEdit> edits) {
  for (JsonEdit& e : edits) {
    bool merged = false;
    for (JsonEdit& earlier : step.edits) {
      if (e.kind == EditKind::Set && earlier.kind == EditKind::Set && earlier.path == e.path) earlier.after = e.after, merged = true;
      if (e.kind == EditKind::Set && earlier.kind == EditKind::AddMember && earlier.path.key(earlier.key) == e.path) {
        earlier.after = e.after, merged = true;
      }
    }
    if (!merged) step.edits.push_back(std::move(e));
  }
}

void CampaignDocument::record(Step step) {
  undo_.push_back(std::move(step));
  if (undo_.size() > kHistoryLimit) undo_.erase(undo_.begin());
}

bool CampaignDocument::undo() {
  if (undo_.empty()) return false;
  Step step = std::move(undo_.back());
  undo_.pop_back();
  for (auto e = step.edits.rbegin(); e != step.edits.rend(); ++e) apply_edit(root_, inverse(*e), error_);
  redo_.push_back(std::move(step));
  merging_ = false;
  ++revision_;
  return true;
}

bool CampaignDocument::redo() {
  if (redo_.empty()) return false;
  Step step = std::move(redo_.back());
  redo_.pop_back();
  for (const JsonEdit& e : step.edits) apply_edit(root_, e, error_);
  undo_.push_back(std::move(step));
  merging_ = false;
  ++revision_;
  return true;
}

const std::vector<Problem>& CampaignDocument::problems() {
  if (problems_revision_ == revision_) return problems_;
  const std::string saved = text();
  const CheckReport report = check_campaign(saved, file_name_);
  JsonValue reparsed;
  JsonError ignored;
  parse_json(saved, reparsed, ignored);
  problems_.clear();
  const auto add = [&](const LoadError& e, bool warning) {
    problems_.push_back({warning, problem_path(e, reparsed), e.line, e.column, e.message});
  };
  for (const LoadError& e : report.errors) add(e, false);
  for (const LoadError& w : report.warnings) add(w, true);
  problems_revision_ = revision_;
  return problems_;
}

}  // namespace atlas
