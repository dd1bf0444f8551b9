// Panel: the bibliography, and for the selected event its citations and where the sources differ.
#include <imgui.h>

#include "core/shell/palette.h"
#include "core/story/panel_models.h"
#include "ui/panel.h"
#include "ui/targets.h"
#include "ui/theme.h"

namespace atlas::ui {
namespace {

// A link: underlined accent text that opens `url` in a new tab (its address in the tooltip); true if pressed.
bool link_button(const std::string& label, const std::string& id, const std::string& url) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour(palette::accent));
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, ImGui::GetStyle().FramePadding.y));
  const bool pressed = ImGui::Button((label + "###link-" + id).c_str());
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x, b.y - 3), ImVec2(b.x, b.y - 3), rgba(palette::accent), 1.0f);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
  mark_item("link:" + id);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", url.c_str());
  return pressed;
}

}  // namespace

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
  for (std::size_t k = 0; k < c.sources.size(); ++k) {
    const Source& s = c.sources[k];
    ImGui::PushFont(ctx.fonts.italic);
    wrapped_text(s.short_cite);
    ImGui::PopFont();
    wrapped_text(s.reference);
    if (!s.note.empty()) muted_text(s.note.c_str());
    if (!s.url.empty() && link_button("Read it online \xE2\x80\xBA", s.id, s.url))
      ctx.requests.open_source = static_cast<int>(k);
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
