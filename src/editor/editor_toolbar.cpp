// The tools above the map (select, add a place, extend a route; the army; undo, redo, save) and their keys:
// the buttons flow onto more rows when the map is narrow, and the hint wraps.
#include <imgui.h>

#include "core/edit/campaign_edits.h"
#include "editor/editor_parts.h"
#include "ui/targets.h"

namespace atlas {
namespace {

bool tool_button(EditorState& e, const char* label, Tool tool, const char* target) {
  const bool chosen = e.tool == tool;
  if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  const bool pressed = ImGui::Button(label);
  if (chosen) ImGui::PopStyleColor();
  ui::mark_item(target);
  if (pressed) e.tool = tool, e.river_from.reset(), e.status.clear();
  return pressed;
}

void army_choice(EditorState& e) {
  const std::size_t n = army_count(e.doc.root());
  if (e.army >= n) e.army = 0, e.waypoint.reset();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
  if (ImGui::BeginCombo("##army", n ? army_name(e.doc.root(), e.army).c_str() : "no army")) {
    for (std::size_t i = 0; i < n; ++i)
      if (ImGui::Selectable(army_name(e.doc.root(), i).c_str(), i == e.army)) e.army = i, e.waypoint.reset();
    ImGui::EndCombo();
  }
  ui::mark_item("army-choice");
}

void delete_chosen_waypoint(EditorState& e) {
  if (e.waypoint && delete_waypoint(e.doc, e.army, *e.waypoint)) e.waypoint.reset(), e.selected = {};
}

void history_buttons(EditorState& e) {
  flow(button_w("Undo"));
  ImGui::BeginDisabled(!e.doc.can_undo());
  if (ImGui::Button("Undo")) e.doc.undo();
  ui::mark_item("undo");
  ImGui::EndDisabled();
  flow(button_w("Redo"));
  ImGui::BeginDisabled(!e.doc.can_redo());
  if (ImGui::Button("Redo")) e.doc.redo();
  ui::mark_item("redo");
  ImGui::EndDisabled();
}

// The hint (or the last outcome) after the buttons when it fits there, else on rows of its own, wrapped.
void hint(const EditorState& e) {
  const char* text = e.status.empty() ? "Drag a point to move it; click a leg to insert one." : e.status.c_str();
  flow(ImGui::CalcTextSize(text).x);
  wrapped_note(text);
}

void play_button(App::Impl& app) {
  const char* label = app.state.playing ? "Stop" : "Play";
  flow(button_w(label));
  if (ImGui::Button(label)) {
    if (app.state.playing) app.state.playing = false;
    else app.nav.play_from_start(30.0);
  }
  ui::mark_item("play");
}

}  // namespace

void flow(float w) {
  ImGui::SameLine();
  if (ImGui::GetCursorPosX() + w > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
}

float button_w(const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2; }

void draw_toolbar(EditorState& e, App::Impl& app, const Box& box, bool stacked) {
  begin_fixed_window("Tools", box, ImGuiWindowFlags_NoDecoration);
  tool_button(e, "Select", Tool::Select, "tool:select");
  flow(button_w("Add place"));
  tool_button(e, "Add place", Tool::AddPlace, "tool:add-place");
  flow(button_w("Extend route of") + ImGui::GetStyle().ItemSpacing.x + ImGui::GetFontSize() * 9);  // with its army
  tool_button(e, "Extend route of", Tool::ExtendRoute, "tool:extend-route");
  ImGui::SameLine();
  army_choice(e);
  flow(button_w("Follow river"));
  if (tool_button(e, "Follow river", Tool::FollowRiver, "tool:follow-river")) e.status = "Click where the army meets the river.";
  flow(button_w("Delete waypoint"));
  ImGui::BeginDisabled(!e.waypoint);
  if (ImGui::Button("Delete waypoint")) delete_chosen_waypoint(e);
  ui::mark_item("delete-waypoint");
  ImGui::EndDisabled();
  history_buttons(e);
  if (!e.path.empty()) {
    flow(button_w("Save*"));
    if (ImGui::Button(e.dirty() ? "Save*" : "Save")) e.save_requested = true;
    ui::mark_item("save");
  }
  play_button(app);
  if (stacked) {  // the map and the forms share the height: the author chooses which gets more
    const char* label = e.larger_forms ? "Larger map" : "Larger forms";
    flow(button_w(label));
    if (ImGui::Button(label)) e.larger_forms = !e.larger_forms;
    ui::mark_item("larger-forms");
  }
  hint(e);
  measure_window(e.tools_h, e.relayout);
  ImGui::End();
}

// Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, Ctrl+S saves (natively), Delete removes the chosen waypoint;
// not while a text field has the keyboard (it has its own).
void handle_editor_keys(EditorState& e) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;
  const bool ctrl = io.KeyCtrl || io.KeySuper;
  if (ctrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z))) (io.KeyShift ? e.doc.redo() : e.doc.undo());
  if (ctrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y))) e.doc.redo();
  if (ctrl && ImGui::IsKeyPressed('S') && !e.path.empty()) e.save_requested = true;
  if (!ctrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Delete), false)) delete_chosen_waypoint(e);
}

}  // namespace atlas
