// Helpers shared by the panels: headings, muted and italic text.
#include <imgui.h>

#include "render/palette.h"
#include "ui/panel.h"

namespace atlas::ui {

void heading(const PanelContext& ctx, const char* text) {
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::TextWrapped("%s", text);
  ImGui::PopFont();
}

void muted_text(const char* text) {
  const auto c = palette::ink_soft;
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(c.r, c.g, c.b, 1));
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

void italic_text(const PanelContext& ctx, const char* text) {
  ImGui::PushFont(ctx.fonts.italic);
  ImGui::TextWrapped("%s", text);
  ImGui::PopFont();
}

}  // namespace atlas::ui
