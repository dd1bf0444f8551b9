// Panel: the decisions (of the side the campaign names) in sequence — why and what followed; those not yet taken are marked.
#include <imgui.h>

#include "core/story/panel_models.h"
#include "ui/panel.h"
#include "ui/targets.h"

namespace atlas::ui {
namespace {

// One decision: its date, a selectable heading, why, what followed and the source; dimmed until taken.
void draw_decision(PanelContext& ctx, const DecisionRow& r) {
  NotYetDimming dim(!r.taken);
  italic_text(ctx, (r.date + (r.taken ? "" : " · not yet taken")).c_str());
  ImGui::PushFont(ctx.fonts.heading);
  // A selectable heading: the date moves to the decision and the map to where the war then stood.
  const float wrap = ImGui::GetContentRegionAvail().x;
  const float h = wrapped_text_height(r.what, wrap);
  const ImVec2 top = ImGui::GetCursorPos();
  if (ImGui::Selectable("##decision", r.current, 0, ImVec2(0, h))) ctx.requests.select_decision = r.decision;
  mark_item("decision:" + ctx.campaign.decisions[static_cast<size_t>(r.decision)].id);
  follow_selection(ctx.panel_states.decisions.shown, r.decision, r.current);
  const ImVec2 after = ImGui::GetCursorPos();
  ImGui::SetCursorPos(top);
  wrapped_text(r.what);
  ImGui::SetCursorPos(after);
  ImGui::PopFont();
  if (!r.why.empty()) wrapped_text("Why: " + r.why);
  if (!r.followed.empty()) wrapped_text("What followed: " + r.followed);
  source_line(ctx, r.sources);
}

}  // namespace

void draw_decisions_panel(PanelContext& ctx) {
  for (const DecisionRow& r : decision_rows(ctx.campaign, ctx.timeline, ctx.state.day)) {
    ImGui::PushID(r.decision);
    draw_decision(ctx, r);
    ImGui::Separator();
    ImGui::PopID();
  }
}

}  // namespace atlas::ui
