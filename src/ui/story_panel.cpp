// Panel: the story's chapters (the post's four sections) with summaries, previous and next.
#include <imgui.h>

#include "core/data/date.h"
#include "core/story/panel_models.h"
#include "ui/panel.h"

namespace atlas::ui {

void draw_story_panel(PanelContext& ctx) {
  const Campaign& c = ctx.campaign;
  const int active = ctx.timeline.active_chapter(ctx.state.day);
  const int n = static_cast<int>(c.chapters.size());
  ImGui::BeginDisabled(active <= 0);
  if (ImGui::Button("‹ Previous chapter")) ctx.requests.select_chapter = active - 1;
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(active + 1 >= n);
  if (ImGui::Button("Next chapter ›")) ctx.requests.select_chapter = active + 1;
  ImGui::EndDisabled();
  ImGui::Separator();
  for (int i = 0; i < n; ++i) {
    const Chapter& ch = c.chapters[static_cast<size_t>(i)];
    ImGui::PushID(i);
    const bool is_active = i == active;
    ImGui::PushFont(ctx.fonts.heading);
    if (ImGui::Selectable(ch.title.c_str(), is_active)) ctx.requests.select_chapter = i;
    ImGui::PopFont();
    ImGui::PushFont(ctx.fonts.italic);
    ImGui::TextUnformatted(format_date_span(ch.date.start, ch.date.end, ch.date.uncertain).c_str());
    ImGui::PopFont();
    if (is_active) {
      wrapped_text(ch.summary);
      source_line(ctx, sources_text(c, ch.sources));
    }
    ImGui::Spacing();
    ImGui::PopID();
  }
}

}  // namespace atlas::ui
