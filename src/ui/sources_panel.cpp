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
    wrapped_text(sources_text(c, e.sources));
    if (!e.differs.empty()) {
      wrapped_text("Where the accounts differ:");
      mark_item("sources-differ");
      for (const Claim& d : e.differs) {
        ImGui::Bullet();
        wrapped_text(sources_text(c, {d.source}) + ": " + d.claim);
      }
    }
    ImGui::Separator();
  }
  heading(ctx, "Bibliography");
  for (const Source& s : c.sources) {
    ImGui::PushFont(ctx.fonts.italic);
    wrapped_text(s.short_cite);
    ImGui::PopFont();
    wrapped_text(s.reference);
    if (!s.note.empty()) muted_text(s.note.c_str());
    ImGui::Spacing();
  }
  if (!c.unknowns.empty()) {
    heading(ctx, "What the sources do not tell");
    for (const Note& n : c.unknowns) {
      ImGui::Bullet();
      wrapped_text(n.text);
    }
  }
  if (!c.corrections.empty()) {
    heading(ctx, "Errors found elsewhere");
    for (const Note& n : c.corrections) {
      ImGui::Bullet();
      wrapped_text(n.text);
    }
  }
}

}  // namespace atlas::ui
