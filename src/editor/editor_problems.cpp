// The live problems under the map: the checker's errors and warnings, each a link to its field, wrapped to the width.
#include <imgui.h>

#include "editor/editor_parts.h"
#include "ui/targets.h"

namespace atlas {
namespace {

// The place or waypoint a problem is about, to centre the map on: its path's first two steps.
bool problem_position(const EditorState& e, const JsonPath& path, GeoDeg& out) {
  for (JsonPath p = path; !p.empty(); p = p.parent())
    if (const JsonValue* v = e.doc.at(p); v && v->is(JsonType::Object) && item_position(e.doc.root(), *v, out)) return true;
  return false;
}

void choose(EditorState& e, App::Impl& app, const Problem& p) {
  e.selected = p.path;
  e.scroll_to_selected = 3;
  e.waypoint.reset();
  GeoDeg at;
  if (problem_position(e, p.path, at)) centre_map_on(app, at);
}

// Places the map's geography does not cover: how many, and the command that builds the campaign's own.
void geography_note(EditorState& e, const App::Impl& app) {
  const GeoBounds& b = app.geography.bounds;
  const JsonValue* places = e.doc.at(JsonPath().key("places"));
  if (!places || !places->is(JsonType::Array) || !(b.lon_max > b.lon_min)) return;
  std::size_t outside = 0, first = 0;
  for (std::size_t i = 0; i < places->array.size(); ++i) {
    GeoDeg at;
    if (!item_position(e.doc.root(), places->array[i], at)) continue;
    if (at.lon >= b.lon_min && at.lon <= b.lon_max && at.lat >= b.lat_min && at.lat <= b.lat_max) continue;
    if (outside++ == 0) first = i;
  }
  if (outside == 0) return;
  const JsonValue* id = e.doc.at(JsonPath().key("id"));
  const std::string text = std::to_string(outside) + " place(s) lie outside this map's geography: its coasts and rivers may not reach them.";
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.55f, 0.38f, 0, 1));
  if (ImGui::Selectable(text.c_str())) e.selected = JsonPath().key("places").index(first), e.scroll_to_selected = 3;
  ui::mark_item("geography-note");
  ImGui::TextWrapped("Build the campaign's own (saved beside it as <id>.geo.bin): tools/make-geography assets/campaigns/%s.json",
                     id && id->is(JsonType::String) ? id->string.c_str() : "<id>");
  ImGui::PopStyleColor();
}

// A line that selects when clicked, wrapped at the window's width (ImGui's Selectable has one line).
bool wrapped_selectable(const std::string& text, bool selected, const std::string& target) {
  const ImVec2 at = ImGui::GetCursorPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ImGui::CalcTextSize(text.c_str(), nullptr, false, width).y;
  const bool pressed = ImGui::Selectable("##line", selected, 0, ImVec2(0, height));
  ui::mark_item(target);
  ImGui::SetCursorPos(at);
  ImGui::PushTextWrapPos(at.x + width);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  return pressed;
}

}  // namespace

void draw_problems(EditorState& e, App::Impl& app, const Box& box) {
  const std::vector<Problem> problems = e.doc.problems();  // a copy: choosing one may edit nothing, but stays safe
  std::size_t errors = 0;
  for (const Problem& p : problems) errors += p.warning ? 0 : 1;
  char title[96];
  std::snprintf(title, sizeof title, "Problems: %zu error(s), %zu warning(s)###Problems", errors, problems.size() - errors);
  begin_fixed_window(title, box);
  if (!e.loads)
    wrapped_note(e.frame_only ? "Until the errors are fixed the map shows only the campaign's area."
                              : "Until the errors are fixed the map shows the last version that loaded.");
  geography_note(e, app);
  if (problems.empty()) wrapped_note("No problems: `campaign-atlas check` accepts this campaign.");
  for (std::size_t i = 0; i < problems.size(); ++i) {
    const Problem& p = problems[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushStyleColor(ImGuiCol_Text, p.warning ? ImVec4(0.55f, 0.38f, 0, 1) : ImVec4(0.7f, 0.12f, 0.08f, 1));
    const std::string line = std::string(p.warning ? "warning " : "error ") + p.path.to_string() + ": " + p.message;
    if (wrapped_selectable(line, e.selected == p.path, "problem:" + std::to_string(i))) choose(e, app, p);
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
  measure_window(e.problems_h, e.relayout);
  ImGui::End();
}

}  // namespace atlas
