// The forms beside the map: the campaign's own fields, and each of its lists as a table with add,
// remove and reorder, the chosen row's fields below it.
#include <imgui.h>

#include "core/edit/campaign_edits.h"
#include "core/edit/json_edit.h"
#include "core/edit/key_order.h"
#include "editor/editor_fields.h"
#include "editor/editor_parts.h"
#include "ui/targets.h"

namespace atlas {
namespace {

struct Section {
  const char* key;    // the campaign's member ("campaign": its own fields)
  const char* label;
};
constexpr Section kSections[] = {
    {"campaign", "Campaign"}, {"places", "Places"},       {"forces", "Armies & routes"}, {"route", "Route"},
    {"events", "Events"},     {"sources", "Sources"},     {"factions", "Factions"},      {"decisions", "Decisions"},
    {"chapters", "Chapters"}, {"labels", "Labels"},       {"unknowns", "Unknowns"},      {"corrections", "Corrections"},
};

bool is_list(const JsonValue& root, std::string_view key) {
  const JsonMember* m = root.find(key);
  return m && m->value.is(JsonType::Array);
}

// The campaign's own fields: every member that is not one of the sections' lists.
void campaign_fields(EditorState& e) {
  for (std::size_t i = 0; i < e.doc.root().object.size(); ++i) {
    const std::string key = e.doc.root().object[i].key;
    bool listed = false;
    for (const Section& s : kSections) listed = listed || (key == s.key && is_list(e.doc.root(), key));
    if (!listed) edit_value(e, JsonPath().key(key), key);
  }
}

std::string row_date(const JsonValue& item) {
  for (const char* key : {"date_start", "date"})
    if (const JsonMember* m = item.find(key); m && m->value.is(JsonType::String)) return m->value.string;
  return "";
}

// A new place at the map's centre.
bool add_place_row(EditorState& e, App::Impl& app, std::size_t n) {
  const GeoDeg centre = app.geometry->unproject(screen_to_world(app.camera, app.layout.map, app.layout.map.clear_centre()));
  return add_place(e.doc, "New place " + std::to_string(n + 1), centre);
}

// A new event at the first place on the campaign's start, placed among the others by date: selected by its new id.
void add_event_row(EditorState& e, const JsonPath& list) {
  const JsonValue* start = e.doc.at(JsonPath().key("start"));
  const JsonValue* first_place = e.doc.at(JsonPath().key("places").index(0).key("id"));
  const JsonValue before = e.doc.at(list) ? *e.doc.at(list) : json_array();
  if (!add_event(e.doc, "march", first_place ? first_place->string : "", start ? start->string : "")) return;
  const JsonValue& after = *e.doc.at(list);
  for (std::size_t i = 0; i < after.array.size(); ++i)  // an id not yet taken before is the new one
    if (const JsonMember* id = after.array[i].find("id"); id && unique_id(before, id->value.string, "") == id->value.string)
      e.selected = list.index(i);
}

// Any other row: the shape of the last one emptied, with an id of its own when the rows have ids.
bool add_blank_row(EditorState& e, const JsonPath& list, std::size_t n) {
  const JsonValue rows = n ? *e.doc.at(list) : json_array();
  JsonValue row = blank_like(e.doc.root(), rows, list);
  if (row.find("id") || !n) set_member(row, object_kind(list.index(n)), "id", json_text(unique_id(rows, list.last().key, "item")));
  if (n) return e.doc.insert(list, n, std::move(row));
  JsonValue fresh = json_array();
  fresh.array.push_back(std::move(row));
  return e.doc.set(list, std::move(fresh));
}

void add_row(EditorState& e, App::Impl& app, const JsonPath& list) {
  const std::string key = list.last().key;
  const std::size_t n = is_list(e.doc.root(), key) ? e.doc.at(list)->array.size() : 0;
  if (key == "events") return add_event_row(e, list);
  if (key == "places" ? add_place_row(e, app, n) : add_blank_row(e, list, n)) e.selected = list.index(n);
}

bool row_chosen(const EditorState& e, const JsonPath& row) { return e.selected.starts_with(row); }

void row_buttons(EditorState& e, const JsonPath& list, std::size_t i, std::size_t n) {
  ImGui::BeginDisabled(i == 0);
  if (ImGui::SmallButton("^")) e.doc.move(list, i, i - 1), e.selected = list.index(i - 1);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(i + 1 >= n);
  if (ImGui::SmallButton("v")) e.doc.move(list, i, i + 1), e.selected = list.index(i + 1);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::SmallButton("x")) e.doc.remove(list.index(i)), e.selected = {};
  ui::mark_item("remove-row:" + list.index(i).to_string());
}

void list_table(EditorState& e, const JsonPath& list) {
  const JsonValue* rows = e.doc.at(list);
  const std::size_t n = rows && rows->is(JsonType::Array) ? rows->array.size() : 0;
  const float row_h = ImGui::GetFrameHeightWithSpacing();
  const float height = std::min(row_h * (static_cast<float>(n) + 1.2f), ImGui::GetContentRegionAvail().y * 0.4f);
  if (!ImGui::BeginTable("rows", 3, ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH, ImVec2(-1, height))) return;
  ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("date", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 6);
  ImGui::TableSetupColumn("order", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 5.2f);
  for (std::size_t i = 0; i < n && i < e.doc.at(list)->array.size(); ++i) {
    const JsonPath row = list.index(i);
    const JsonValue& item = e.doc.at(list)->array[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(static_cast<int>(i));
    const bool chosen = row_chosen(e, row);
    if (ImGui::Selectable(item_title(item, row).c_str(), chosen)) e.selected = row, e.waypoint.reset();
    if (chosen && e.scroll_to_selected) ImGui::SetScrollHereY(0.5f);
    ui::mark_item("row:" + row.to_string());
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", row_date(item).c_str());
    ImGui::TableNextColumn();
    row_buttons(e, list, i, n);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void list_section(EditorState& e, App::Impl& app, const char* key) {
  const JsonPath list = JsonPath().key(key);
  list_table(e, list);
  if (ImGui::Button("Add")) add_row(e, app, list);
  ui::mark_item(std::string("add-row:") + key);
  if (e.selected.size() < 2 || !e.selected.starts_with(list)) return;
  const JsonPath row = JsonPath().key(key).index(e.selected.steps()[1].index);
  if (!e.doc.at(row)) return;
  ImGui::SameLine();
  GeoDeg at;
  if (item_position(e.doc.root(), *e.doc.at(row), at) && ImGui::Button("Show on the map")) centre_map_on(app, at);
  ImGui::Separator();
  ImGui::BeginChild("fields");
  if (e.doc.at(row)->is(JsonType::Object)) edit_members(e, row);
  else edit_value(e, row, "value");
  ImGui::EndChild();
}

bool section_shown(const EditorState& e, std::string_view key) {  // format 1 has one route, format 2 armies with routes
  return !((key == "route" && !is_list(e.doc.root(), "route")) || (key == "forces" && is_list(e.doc.root(), "route")));
}

// A narrow form: the sections as buttons flowing onto rows (tabs would scroll out of sight), the chosen one's fields below.
void section_buttons(EditorState& e, App::Impl& app) {
  bool first = true;
  for (const Section& s : kSections) {
    if (!section_shown(e, s.key)) continue;
    if (!first) flow(button_w(s.label));
    first = false;
    const bool chosen = e.section == s.key;
    if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(s.label)) e.section = s.key;
    if (chosen) ImGui::PopStyleColor();
    ui::mark_item(std::string("section:") + s.key);
  }
  ImGui::Separator();
  if (e.section == "campaign") campaign_fields(e);
  else list_section(e, app, e.section.c_str());
}

}  // namespace

void draw_forms(EditorState& e, App::Impl& app, const Box& box) {
  begin_fixed_window("Campaign", box);
  if (e.scroll_to_selected && !e.selected.empty() && is_list(e.doc.root(), e.selected.steps()[0].key)) e.section = e.selected.steps()[0].key;
  else if (e.scroll_to_selected) e.section = "campaign";
  if (ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 30) {
    section_buttons(e, app);
  } else if (ImGui::BeginTabBar("sections", ImGuiTabBarFlags_FittingPolicyScroll)) {
    for (const Section& s : kSections) {
      const std::string_view key = s.key;
      if (!section_shown(e, key)) continue;
      const bool force = e.scroll_to_selected && e.section == s.key;
      const bool open = ImGui::BeginTabItem(s.label, nullptr, force ? ImGuiTabItemFlags_SetSelected : 0);
      ui::mark_item(std::string("section:") + s.key);
      if (!open) continue;
      if (!force && !e.scroll_to_selected) e.section = s.key;
      if (key == "campaign") campaign_fields(e);
      else list_section(e, app, s.key);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::End();
  if (e.scroll_to_selected > 0) --e.scroll_to_selected;  // a few frames to open the tab, the row and the field
}

}  // namespace atlas
