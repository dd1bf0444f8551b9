// Panel: each siege, storming or sack — place, date, outcome, the key episode, forces, source.
#include <imgui.h>

#include "core/story/panel_models.h"
#include "ui/panel.h"
#include "ui/targets.h"

namespace atlas::ui {

void draw_sieges_panel(PanelContext& ctx) {
  int& shown = ctx.panel_states.sieges.shown;
  for (const SiegeRow& r : siege_rows(ctx.campaign, ctx.state.day)) {
    ImGui::PushID(r.event);
    NotYetDimming dim(!r.happened);
    ImGui::PushFont(ctx.fonts.heading);
    std::string title = r.place + (r.outcome.empty() ? "" : " — " + r.outcome);
    if (ImGui::Selectable(title.c_str(), ctx.state.selected_event == r.event)) ctx.requests.select_event = r.event;
    mark_item("siege:" + ctx.campaign.events[static_cast<size_t>(r.event)].id);
    follow_selection(shown, r.event, ctx.state.selected_event == r.event);
    ImGui::PopFont();
    italic_text(ctx, (r.date + (r.happened ? "" : " · not yet")).c_str());
    wrapped_text(r.episode);
    if (!r.forces.empty()) wrapped_text("Forces: " + r.forces);
    source_line(ctx, r.sources);
    ImGui::Spacing();
    ImGui::PopID();
  }
}

}  // namespace atlas::ui
