// Panel: the bibliography, and for the selected event its citations and where the sources differ.
#include <imgui.h>

#include "core/story/panel_models.h"
#include "ui/panel.h"
#include "ui/targets.h"

namespace atlas::ui {

void draw_sources_panel(PanelContext& ctx) {
  const Campaign& c = ctx.campaign;
  const int i = ctx.state.selected_event;
  if (i >= 0 && i < static_cast<int>(c.events.size())) {
    const Event& e = c.events[static_cast<size_t>(i)];
    heading(ctx, "For this event");
    ImGui::TextWrapped("%s", sources_text(c, e.sources).c_str());
    if (!e.differs.empty()) {
      ImGui::TextWrapped("Where the accounts differ:");
      mark_item("sources-differ");
      for (const Claim& d : e.differs) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s: %s", sources_text(c, {d.source}).c_str(), d.claim.c_str());
      }
    }
    ImGui::Separator();
  }
  heading(ctx, "Bibliography");
  for (const Source& s : c.sources) {
    ImGui::PushFont(ctx.fonts.italic);
    ImGui::TextWrapped("%s", s.short_cite.c_str());
    ImGui::PopFont();
    ImGui::TextWrapped("%s", s.reference.c_str());
    if (!s.note.empty()) muted_text(s.note.c_str());
    ImGui::Spacing();
  }
  if (!c.unknowns.empty()) {
    heading(ctx, "What the sources do not tell");
    for (const Note& n : c.unknowns) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", n.text.c_str());
    }
  }
  if (!c.corrections.empty()) {
    heading(ctx, "Errors found elsewhere");
    for (const Note& n : c.corrections) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", n.text.c_str());
    }
  }
}

}  // namespace atlas::ui
