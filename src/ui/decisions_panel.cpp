// Panel: Justinian's decisions in sequence — why and what followed; those not yet taken are marked.
#include <imgui.h>

#include "core/panel_models.h"
#include "ui/panel.h"
#include "ui/targets.h"

namespace atlas::ui {

void draw_decisions_panel(PanelContext& ctx) {
  static int shown = -1;
  for (const DecisionRow& r : decision_rows(ctx.campaign, ctx.timeline, ctx.state.day)) {
    ImGui::PushID(r.decision);
    if (!r.taken) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.45f);
    italic_text(ctx, (r.date + (r.taken ? "" : " · not yet taken")).c_str());
    ImGui::PushFont(ctx.fonts.heading);
    // A selectable heading: the date moves to the decision and the map to where the war then stood.
    const float wrap = ImGui::GetContentRegionAvail().x;
    const float h = ImGui::CalcTextSize(r.what.c_str(), nullptr, false, wrap).y;
    const ImVec2 top = ImGui::GetCursorPos();
    if (ImGui::Selectable("##decision", r.current, 0, ImVec2(0, h))) ctx.requests.select_decision = r.decision;
    mark_item("decision:" + ctx.campaign.decisions[static_cast<size_t>(r.decision)].id);
    follow_selection(shown, r.decision, r.current);
    const ImVec2 after = ImGui::GetCursorPos();
    ImGui::SetCursorPos(top);
    ImGui::TextWrapped("%s", r.what.c_str());
    ImGui::SetCursorPos(after);
    ImGui::PopFont();
    if (!r.why.empty()) ImGui::TextWrapped("Why: %s", r.why.c_str());
    if (!r.followed.empty()) ImGui::TextWrapped("What followed: %s", r.followed.c_str());
    ImGui::PushFont(ctx.fonts.caps);
    muted_text(("Source: " + r.sources).c_str());
    ImGui::PopFont();
    if (!r.taken) ImGui::PopStyleVar();
    ImGui::Separator();
    ImGui::PopID();
  }
}

}  // namespace atlas::ui
