// The map's key: a "Key" button that opens what the bands, lines, colours and fate glyphs mean.
#include <imgui.h>

#include <string>

#include "core/shell/palette.h"
#include "core/story/legend.h"
#include "ui/map_overlay.h"
#include "ui/panel.h"
#include "ui/targets.h"
#include "ui/theme.h"

namespace atlas::ui {
namespace {

ImU32 entry_colour(const LegendEntry& e, float a = 1) {
  return e.house_colour ? rgba(palette::accent, a) : rgba(palette::rgb(e.rgb), a);
}

// The sample drawn before an entry's words, in a box `w` x `h` at `p`.
void swatch(ImDrawList* dl, const LegendEntry& e, ImVec2 p, float w, float h, float s) {
  const float y = p.y + h / 2, x0 = p.x + 2 * s, x1 = p.x + w - 2 * s;
  switch (e.kind) {
    case LegendEntry::Kind::Band:  // a band widening from left to right
      dl->AddTriangleFilled(ImVec2(x0, y - 1 * s), ImVec2(x1, y - 5 * s), ImVec2(x1, y + 5 * s), entry_colour(e, 0.78f));
      dl->AddTriangleFilled(ImVec2(x0, y - 1 * s), ImVec2(x0, y + 1 * s), ImVec2(x1, y + 5 * s), entry_colour(e, 0.78f));
      if (e.gold_core) dl->AddLine(ImVec2(x0 + 6 * s, y), ImVec2(x1, y), rgba(palette::gold), 2.5f * s);
      break;
    case LegendEntry::Kind::Line: dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), entry_colour(e, 0.78f), 2.2f * s); break;
    case LegendEntry::Kind::Future: dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), rgba(palette::accent, 0.22f), 1.8f * s); break;
    case LegendEntry::Kind::Guessed:
    case LegendEntry::Kind::Frontier: {
      const ImU32 col = e.kind == LegendEntry::Kind::Guessed ? rgba(palette::accent, 0.78f) : rgba(palette::ink_soft, 0.7f);
      for (float x = x0; x < x1; x += 9 * s) dl->AddLine(ImVec2(x, y), ImVec2(std::min(x + 5 * s, x1), y), col, 2.2f * s);
      break;
    }
    case LegendEntry::Kind::Faction: dl->AddCircleFilled(ImVec2(p.x + w / 2, y), 4.5f * s, entry_colour(e), kRoundCircle); break;
    case LegendEntry::Kind::Mark: {
      const float r = 3.0f * s;
      kind_mark(dl, ImVec2(p.x + w / 2 - r * 2.6f, y + r * 2.6f), r, e.event_kind, s);
      break;
    }
    case LegendEntry::Kind::Fate: {
      const ImVec2 c(p.x + w / 2, y + 2 * s);
      dl->AddCircleFilled(c, 3.0f * s, rgba(palette::ink_soft), kRoundCircle);
      fate_glyph(dl, c, 3.0f * s, e.outcome, s);
      break;
    }
  }
}

}  // namespace

void draw_legend(PanelContext& ctx, float max_width, bool with_buttons) {
  const float s = ctx.scale;
  LegendState& st = ctx.panel_states.legend;
  if (with_buttons) {
    if (ImGui::SmallButton(st.open ? "Hide key###legend" : "Key###legend")) st.open = !st.open;
    mark_item("legend");
    if (ImGui::IsItemHovered() && !st.open) ImGui::SetTooltip("What the map's lines, colours and symbols mean (K)");
    ImGui::SameLine();
    if (ImGui::SmallButton("Save image")) ctx.requests.save_image = true;
    mark_item("save-image");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Save this view as a picture, with its key, date and sources");
  } else {
    ImGui::PushFont(ctx.fonts.caps);
    ImGui::TextUnformatted("Key");
    ImGui::PopFont();
  }
  if (!st.open) return;
  ImGui::PushFont(ctx.fonts.caps);
  const float sw = 30 * s, text_w = max_width - sw - 12 * s;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + sw + 6 * s + text_w);
  ImGui::BeginGroup();
  if (st.built_for != &ctx.campaign) st.entries = legend_entries(ctx.campaign), st.built_for = &ctx.campaign;
  for (const LegendEntry& e : st.entries) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float line_h = ImGui::GetTextLineHeight();
    swatch(dl, e, p, sw, line_h, s);
    ImGui::SetCursorScreenPos(ImVec2(p.x + sw + 6 * s, p.y));
    wrapped_text(e.text);
  }
  ImGui::EndGroup();
  mark_item("legend:entries");  // the whole list
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

}  // namespace atlas::ui
