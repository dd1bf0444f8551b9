// The forms' field editors: text, numbers, dates, choices, true/false, lists and objects, by path.
#include "editor/editor_fields.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstring>

#include "core/data/campaign.h"
#include "core/data/date.h"
#include "core/data/text_parse.h"
#include "core/edit/json_edit.h"
#include "core/edit/key_order.h"
#include "core/shell/soft_wrap.h"
#include "ui/targets.h"

namespace atlas {
namespace {

constexpr std::size_t kTextMax = 4096;  // the validator's longest text, 4,000 characters, with room

bool is_date_key(std::string_view key) {
  return key == "date" || key == "date_start" || key == "date_end" || key == "start" || key == "end" || key == "leave";
}

std::vector<std::string> split_names(const std::string& names) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : names + ",") {
    if (c == ',') { if (!cur.empty()) out.push_back(cur); cur.clear(); }
    else if (c != ' ' && c != '\'') cur += c;
  }
  return out;
}

std::vector<std::string> ids_of(const JsonValue& root, std::string_view list) {
  std::vector<std::string> out;
  const JsonMember* m = root.find(list);
  if (!m || !m->value.is(JsonType::Array)) return out;
  for (const JsonValue& item : m->value.array)
    if (const JsonMember* id = item.find("id"); id && id->value.is(JsonType::String)) out.push_back(id->value.string);
  return out;
}

// The values a key may take when the format lists them (kinds, outcomes) or they name something (ids); none: free text.
std::vector<std::string> choices_for(const JsonValue& root, const JsonPath& path, std::string_view key) {
  const ObjectKind kind = object_kind(path.parent());
  if (key == "kind" && kind == ObjectKind::Event) return split_names(event_kind_names());
  if (key == "outcome") return split_names(outcome_names());
  if (key == "metal") return split_names(metal_names());
  if (key == "size" && kind == ObjectKind::Label) return split_names(label_size_names());
  if (key == "band") return split_names(band_measure_names());
  if (key == "place") return ids_of(root, "places");
  if (key == "source") return ids_of(root, "sources");
  if (key == "faction" || key == "held_by" || key == "to") return ids_of(root, "factions");
  if (key == "army" || key == "detachment_of") return ids_of(root, "forces");
  return {};
}

bool is_long_text(std::string_view key, const std::string& text) {
  return key == "summary" || key == "role" || key == "reference" || key == "passage" || key == "note" || key == "what" ||
         key == "why" || key == "followed" || key == "claim" || key == "text" || text.size() > 60;
}

void after_edit(EditorState& e) {
  if (ImGui::IsItemDeactivatedAfterEdit() || ImGui::IsItemDeactivated()) e.doc.end_merge();  // the word is one step
}

// The long text being edited (one at a time): what its box shows, with its soft breaks told apart.
struct ActiveText {
  ImGuiID id = 0;
  SoftWrapped at_start, shown;  // when it was activated (Escape goes back to it); now
  std::string text;             // the text the box stands for
  bool edited = false;          // typed into since the document last took it
};
ActiveText g_active;

struct WrapCall {
  ImGuiID id;
  const SoftWrapped* first;     // what the box showed when it was not active
  float width;
};

float text_width(std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; }

// Every frame of the active box: an edit's text taken (soft breaks back to blanks), and wrapped again.
int wrap_text_callback(ImGuiInputTextCallbackData* d) {
  const WrapCall& call = *static_cast<const WrapCall*>(d->UserData);
  if (g_active.id != call.id) g_active = {call.id, *call.first, *call.first, unwrapped(*call.first), false};
  const std::string_view buffer(d->Buf, static_cast<std::size_t>(d->BufTextLen));
  if (d->EventFlag == ImGuiInputTextFlags_CallbackEdit) {
    g_active.text = unwrapped(carry_soft_breaks(g_active.shown, buffer, static_cast<std::size_t>(d->CursorPos)));
    g_active.edited = true;
  }
  g_active.shown = soft_wrap(g_active.text, call.width, text_width);
  if (g_active.shown.shown != buffer && g_active.shown.shown.size() == buffer.size()) {
    std::memcpy(d->Buf, g_active.shown.shown.data(), buffer.size());  // only blanks and breaks swapped: the same length
    d->BufDirty = true;
  }
  return 0;
}

// A long text in a box as tall as its wrapped lines (at most kMaxLines, then it scrolls down, never sideways).
void edit_long_text(EditorState& e, const JsonPath& path, const std::string& value) {
  constexpr std::size_t kMaxLines = 14;
  static char buffer[kTextMax];
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImGuiID id = ImGui::GetID("##v");
  const bool active = ImGui::GetActiveID() == id && g_active.id == id;
  if (!active && g_active.id == id) g_active.id = 0;  // edited before: its state starts afresh when clicked again
  float width = ImGui::GetContentRegionAvail().x - style.FramePadding.x * 2 - 2;
  SoftWrapped first = soft_wrap(active ? g_active.text : value, width, text_width);
  if (first.lines() > kMaxLines) width -= style.ScrollbarSize, first = soft_wrap(active ? g_active.text : value, width, text_width);
  const std::string& shown = active ? g_active.shown.shown : first.shown;
  std::strncpy(buffer, shown.c_str(), kTextMax - 1);
  buffer[kTextMax - 1] = '\0';
  const float lines = static_cast<float>(std::clamp<std::size_t>(first.lines(), 2, kMaxLines));
  WrapCall call{id, &first, width};
  const bool changed = ImGui::InputTextMultiline("##v", buffer, kTextMax, ImVec2(-1, lines * ImGui::GetTextLineHeight() + style.FramePadding.y * 2 + 1),
                                                 ImGuiInputTextFlags_CallbackEdit | ImGuiInputTextFlags_CallbackAlways, wrap_text_callback, &call);
  ui::mark_item("field:" + path.to_string());
  if (g_active.id == id && changed && !g_active.edited && buffer == g_active.at_start.shown)  // Escape: as it was
    g_active.text = unwrapped(g_active.at_start), g_active.edited = true;
  if (g_active.id == id && g_active.edited) {
    g_active.edited = false;
    if (g_active.text != value) e.doc.set(path, json_text(g_active.text), Merge::Typing);
  }
  after_edit(e);
}

void edit_text(EditorState& e, const JsonPath& path, std::string_view key, const std::string& value) {
  if (is_long_text(key, value)) return edit_long_text(e, path, value);
  static char buffer[kTextMax];
  std::strncpy(buffer, value.c_str(), kTextMax - 1);
  buffer[kTextMax - 1] = '\0';
  const bool changed = ImGui::InputText("##v", buffer, kTextMax);
  ui::mark_item("field:" + path.to_string());
  if (changed) e.doc.set(path, json_text(buffer), Merge::Typing);
  after_edit(e);
  int day = 0;  // a date as the reader will see it, checked as it is typed (the problems say what is wrong)
  if (is_date_key(key) && parse_date(buffer, day)) ImGui::TextDisabled("%s (Julian)", format_date_span(day, day, false).c_str());
}

void edit_choice(EditorState& e, const JsonPath& path, const std::string& value, const std::vector<std::string>& choices) {
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##v", value.c_str())) {
    for (const std::string& c : choices)
      if (ImGui::Selectable(c.c_str(), c == value)) e.doc.set(path, json_text(c));
    ImGui::EndCombo();
  }
  ui::mark_item("field:" + path.to_string());
}

// A number typed as text ("36.2016"): stored when it reads as one; until then the field is red.
void edit_number(EditorState& e, const JsonPath& path, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s", format_fixed(value, 6).c_str());
  for (std::size_t n = std::strlen(buffer); n > 1 && std::strchr(buffer, '.') && (buffer[n - 1] == '0' || buffer[n - 1] == '.');)
    buffer[--n] = '\0';  // 36.201600 -> 36.2016
  double typed = 0;
  const bool changed = ImGui::InputText("##v", buffer, sizeof buffer, ImGuiInputTextFlags_CharsScientific);
  ui::mark_item("field:" + path.to_string());
  if (changed && parse_decimal(buffer, typed)) e.doc.set(path, json_number(typed), Merge::Typing);
  after_edit(e);
}

// The versions of an account that differ ("differs"), side by side: a column each, its fields and its remove button.
void edit_versions(EditorState& e, const JsonPath& path, std::size_t n) {
  if (n == 0 || !ImGui::BeginTable("versions", static_cast<int>(n), ImGuiTableFlags_BordersInnerV)) return;
  e.labels_above = true;  // a column is too narrow for a label beside its field
  for (std::size_t i = 0; i < n; ++i) {
    ImGui::TableNextColumn();
    ImGui::PushID(static_cast<int>(i));
    if (e.doc.at(path.index(i)) && e.doc.at(path.index(i))->is(JsonType::Object)) edit_members(e, path.index(i));
    if (ImGui::SmallButton("remove")) e.doc.remove(path.index(i));
    ui::mark_item("remove:" + path.index(i).to_string());
    ImGui::PopID();
  }
  ImGui::EndTable();
  e.labels_above = false;
}

void edit_list(EditorState& e, const JsonPath& path, std::string_view key) {
  const std::size_t n = e.doc.at(path)->array.size();
  if (!e.selected.empty() && e.selected.starts_with(path) && e.scroll_to_selected) ImGui::SetNextItemOpen(true);
  if (!ImGui::TreeNode("##list", "%.*s (%zu)", static_cast<int>(key.size()), key.data(), n)) return;
  if (key == "differs") edit_versions(e, path, std::min<std::size_t>(n, 64));
  for (std::size_t i = 0; key != "differs" && i < n && e.doc.at(path) && i < e.doc.at(path)->array.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::SmallButton("x")) e.doc.remove(path.index(i));
    ui::mark_item("remove:" + path.index(i).to_string());
    ImGui::SameLine();
    if (e.doc.at(path.index(i))) edit_value(e, path.index(i), std::to_string(i + 1));
    ImGui::PopID();
  }
  if (const JsonValue* list = e.doc.at(path); list && ImGui::SmallButton("+ add")) e.doc.insert(path, list->array.size(), blank_like(e.doc.root(), *list, path));
  ui::mark_item("add:" + path.to_string());
  ImGui::TreePop();
}

// A value for a member the author adds: a list, a number, true/false or text, by what the key holds.
JsonValue fresh_value(const JsonValue& root, const JsonPath& object, std::string_view key) {
  if (key == "sources" && object_kind(object) != ObjectKind::Campaign) {
    JsonValue list = json_array();
    list.array.push_back(blank_like(root, list, object.key(key)));
    return list;
  }
  if (key == "lat" || key == "lon" || key == "lb" || key == "km") return json_number(0);
  if (key == "uncertain" || key == "approximate" || key == "coord_uncertain" || key == "rejoins") return json_bool(true);
  if (key == "differs" || key == "route" || key == "changes_hands" || key == "points" || key == "forces") return json_array();
  if (key == "view" || key == "paid" || key == "demanded" || key == "size" || key == "captives") return json_object();
  return json_text("");
}

void add_field(EditorState& e, const JsonPath& path) {
  const JsonValue* object = e.doc.at(path);
  std::vector<std::string_view> missing;
  for (std::string_view key : canonical_keys(object_kind(path)))
    if (!object->find(key)) missing.push_back(key);
  if (missing.empty()) return;
  // The members the problems ask for (a problem at the missing member, or at this object naming it in
  // quotes: 'the last waypoint needs a "date"'): a button each, ready to press.
  for (std::string_view key : missing) {
    bool wanted = false;
    for (const Problem& p : e.doc.problems())
      wanted = wanted || p.path == path.key(key) || (p.path == path && p.message.find("\"" + std::string(key) + "\"") != std::string::npos);
    if (!wanted) continue;
    if (ImGui::Button(("Add " + std::string(key)).c_str())) e.doc.add_member(path, key, fresh_value(e.doc.root(), path, key));
    ui::mark_item("add-field:" + path.key(key).to_string());
    if (e.scroll_to_selected && e.selected.starts_with(path)) ImGui::SetScrollHereY(0.3f), e.scroll_to_selected = 0;
    ImGui::SameLine();
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  if (ImGui::BeginCombo("##add", "Add field")) {
    for (std::string_view key : missing)
      if (ImGui::Selectable(std::string(key).c_str())) e.doc.add_member(path, key, fresh_value(e.doc.root(), path, key));
    ImGui::EndCombo();
  }
  ui::mark_item("add-field:" + path.to_string());
}

}  // namespace

JsonValue blank_like(const JsonValue& root, const JsonValue& list, const JsonPath& path) {
  if (object_kind(path.index(0)) == ObjectKind::Citation) {
    const std::vector<std::string> sources = ids_of(root, "sources");
    return with(with(json_object(), "source", json_text(sources.empty() ? "" : sources[0])), "passage", json_text(""));
  }
  if (list.array.empty()) return json_object();
  JsonValue out = list.array.back();
  for (JsonMember& m : out.object) {
    if (m.value.is(JsonType::String)) m.value = json_text("");
    else if (m.value.is(JsonType::Array)) m.value = json_array();
  }
  return out;
}

std::string item_title(const JsonValue& item, const JsonPath& path) {
  for (const char* key : {"name", "title", "short", "text", "what", "id", "place", "source", "date"})
    if (const JsonMember* m = item.find(key); m && m->value.is(JsonType::String) && !m->value.string.empty()) return m->value.string;
  const JsonMember *lat = item.find("lat"), *lon = item.find("lon");
  if (lat && lon && lat->value.is(JsonType::Number) && lon->value.is(JsonType::Number))
    return format_fixed(lat->value.number, 4) + ", " + format_fixed(lon->value.number, 4);
  return path.to_string();
}

void field_problems(EditorState& e, const JsonPath& path) {
  for (const Problem& p : e.doc.problems())
    if (p.path == path) ImGui::TextColored(p.warning ? ImVec4(0.6f, 0.4f, 0, 1) : ImVec4(0.75f, 0.15f, 0.1f, 1), "%s", p.message.c_str());
}

void edit_value(EditorState& e, const JsonPath& path, std::string_view key) {
  const JsonValue* v = e.doc.at(path);
  if (!v) return;
  ImGui::PushID(path.to_string().c_str());
  const bool selected = e.selected == path;
  if (v->is(JsonType::Object)) {
    if (selected && e.scroll_to_selected) ImGui::SetScrollHereY(0.3f);
    if (!e.selected.empty() && e.selected.starts_with(path) && e.scroll_to_selected) ImGui::SetNextItemOpen(true);
    const std::string title = item_title(*v, path);
    if (ImGui::TreeNode("##object", "%s", (std::string(key) + (title == path.to_string() ? "" : ": " + title)).c_str())) {
      edit_members(e, path);
      ImGui::TreePop();
    }
  } else if (v->is(JsonType::Array)) {
    edit_list(e, path, key);
  } else {
    if (selected && e.scroll_to_selected) ImGui::SetScrollHereY(0.3f), e.scroll_to_selected = 0;
    ImGui::AlignTextToFramePadding();
    const float label_x = ImGui::GetCursorPosX();
    ImGui::TextColored(selected ? ImVec4(0.8f, 0.45f, 0, 1) : ImGui::GetStyleColorVec4(ImGuiCol_Text), "%.*s", static_cast<int>(key.size()), key.data());
    const bool narrow_long = v->is(JsonType::String) && is_long_text(key, v->string) && ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 24;
    if (!e.labels_above && !narrow_long) ImGui::SameLine(label_x + ImGui::GetFontSize() * 6.5f);  // a narrow form: the text the whole width
    ImGui::SetNextItemWidth(-1);
    const std::vector<std::string> choices = v->is(JsonType::String) ? choices_for(e.doc.root(), path, key) : std::vector<std::string>{};
    if (v->is(JsonType::Bool)) {
      bool b = v->boolean;
      if (ImGui::Checkbox("##v", &b)) e.doc.set(path, json_bool(b));
      ui::mark_item("field:" + path.to_string());
    } else if (v->is(JsonType::Number)) {
      edit_number(e, path, v->number);
    } else if (!choices.empty()) {
      edit_choice(e, path, v->string, choices);
    } else if (v->is(JsonType::String)) {
      edit_text(e, path, key, v->string);
    }
  }
  field_problems(e, path);
  ImGui::PopID();
}

void edit_members(EditorState& e, const JsonPath& path) {
  for (std::size_t i = 0;; ++i) {
    const JsonValue* object = e.doc.at(path);
    if (!object || !object->is(JsonType::Object) || i >= object->object.size()) break;
    const std::string key = object->object[i].key;
    edit_value(e, path.key(key), key);
  }
  if (const JsonValue* object = e.doc.at(path); object && object->is(JsonType::Object)) add_field(e, path);
}

}  // namespace atlas
