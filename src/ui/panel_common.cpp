// Helpers shared by the panels: headings, muted and italic text, the source line, "not yet" dimming.
#include <imgui.h>

#include <string>

#include "core/shell/palette.h"
#include "core/data/utf8.h"
#include "ui/panel.h"
#include "ui/theme.h"

namespace atlas::ui {

void heading(const PanelContext& ctx, const char* text) {
  ImGui::PushFont(ctx.fonts.heading);
  wrapped_text(text);
  ImGui::PopFont();
}

void muted_text(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour(palette::ink_soft));
  wrapped_text(text);
  ImGui::PopStyleColor();
}

void italic_text(const PanelContext& ctx, const char* text) {
  ImGui::PushFont(ctx.fonts.italic);
  wrapped_text(text);
  ImGui::PopFont();
}

namespace {
std::string source_label(const std::string& sources) { return "Source: " + sources; }
}  // namespace

void source_line(const PanelContext& ctx, const std::string& sources) {
  ImGui::PushFont(ctx.fonts.caps);
  muted_text(source_label(sources).c_str());
  ImGui::PopFont();
}

float source_line_height(const PanelContext& ctx, const std::string& sources, float width) {
  ImGui::PushFont(ctx.fonts.caps);
  const float h = wrapped_text_height(source_label(sources), width);
  ImGui::PopFont();
  return h;
}

NotYetDimming::NotYetDimming(bool not_yet) : dimmed_(not_yet) {
  // A hint only (the row says "not yet" in words): the softest text stays above 4.5:1 on the panel.
  if (dimmed_) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, palette::not_yet_alpha);
}

NotYetDimming::~NotYetDimming() {
  if (dimmed_) ImGui::PopStyleVar();
}

void follow_selection(int& shown, int id, bool selected) {
  if (!selected || shown == id) return;
  shown = id;
  const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowSize().y;
  if (ImGui::GetItemRectMin().y >= top && ImGui::GetItemRectMax().y <= bottom) return;  // in view already (a click)
  ImGui::SetScrollHereY(0.25f);
}

std::string fit_line(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  static const char kEllipsis[] = "\xE2\x80\xA6";
  // The longest prefix, cut at a character boundary (not inside a UTF-8 sequence), that fits with "…".
  size_t lo = 0, hi = text.size();
  while (lo < hi) {
    size_t mid = (lo + hi + 1) / 2;
    while (mid > 0 && mid < text.size() && is_utf8_continuation(static_cast<unsigned char>(text[mid]))) --mid;
    if (mid <= lo) { hi = lo; break; }
    if (ImGui::CalcTextSize((text.substr(0, mid) + kEllipsis).c_str()).x <= width) lo = mid;
    else hi = mid - 1;
  }
  std::string cut = text.substr(0, lo);
  while (!cut.empty() && (cut.back() == ' ' || cut.back() == ',' || cut.back() == ':')) cut.pop_back();
  return cut + kEllipsis;
}

}  // namespace atlas::ui
