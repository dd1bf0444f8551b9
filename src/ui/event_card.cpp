// Panel: the selected event — what happened, when (uncertain dates as "c. June 540"), amounts, sources.
#include <imgui.h>

#include <string>

#include "core/story/amount_text.h"
#include "core/story/panel_models.h"
#include "ui/panel.h"
#include "ui/targets.h"

namespace atlas::ui {

void draw_event_card(PanelContext& ctx) {
  const Campaign& c = ctx.campaign;
  const int i = ctx.state.selected_event;
  if (i < 0 || i >= static_cast<int>(c.events.size())) {  // before the first event, and the tour's ending
    heading(ctx, c.title.c_str());
    if (ctx.state.ended) {
      ImGui::PushFont(ctx.fonts.caps);
      ImGui::TextUnformatted("The end of the campaign");
      mark_item("tour-ended");
      ImGui::PopFont();
    }
    if (!c.summary.empty()) wrapped_text(c.summary);
    muted_text(ctx.state.ended ? "Press play to see it again, or choose an event."
                               : "Press play, or choose an event, to follow the campaign.");
    return;
  }
  const Event& e = c.events[static_cast<size_t>(i)];
  const std::string place = e.place_index >= 0 ? c.places[static_cast<size_t>(e.place_index)].ancient_name : "";
  heading(ctx, place.empty() ? outcome_text(e.outcome).c_str() : place.c_str());
  ImGui::PushFont(ctx.fonts.italic);
  ImGui::TextUnformatted(event_date_text(e).c_str());
  if (e.outcome != Outcome::None) {
    ImGui::SameLine();
    ImGui::TextUnformatted(("· " + outcome_text(e.outcome)).c_str());
  }
  ImGui::PopFont();
  if (e.date.uncertain && ImGui::IsItemHovered() && !e.date.note.empty()) ImGui::SetTooltip("%s", e.date.note.c_str());
  // Where the reader is in the story: "event 9 of 31", after the date and outcome if it fits there.
  const std::string step = "event " + std::to_string(i + 1) + " of " + std::to_string(c.events.size());
  ImGui::PushFont(ctx.fonts.caps);
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(step.c_str()).x + 8) ImGui::NewLine();
  ImGui::TextDisabled("%s", step.c_str());
  mark_item("event-step");
  ImGui::PopFont();
  wrapped_text(e.summary);
  auto line = [](const char* label, const std::string& value) {
    if (value.empty()) return;
    ImGui::TextDisabled("%s", label);
    ImGui::SameLine();
    wrapped_text(value);
  };
  line("Demanded", describe_amount(e.demanded));
  line("Paid", describe_amount(e.paid));
  line("Captives", describe_count(e.captives));
  if (e.date.uncertain && !e.date.note.empty()) line("Date", e.date.note);
  source_line(ctx, sources_text(c, e.sources));
  if (!e.differs.empty()) {  // the claims themselves are in the Sources panel, which has the room
    ImGui::PushFont(ctx.fonts.caps);
    if (ImGui::SmallButton("The sources differ here: compare them ›")) ctx.requests.open_sources = true;
    mark_item("compare-sources");
    ImGui::PopFont();
  }
}

}  // namespace atlas::ui
