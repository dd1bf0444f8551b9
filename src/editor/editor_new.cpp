// The new-campaign form: the author's title, start and end (checked as typed, Julian, BCE as negative
// years), and the area the map shows now as the campaign's view; no date is invented.
#include <imgui.h>

#include "core/data/date.h"
#include "core/data/text_parse.h"
#include "core/edit/campaign_template.h"
#include "editor/editor_parts.h"
#include "ui/targets.h"

namespace atlas {
namespace {

const ImVec4 kProblem(0.75f, 0.15f, 0.1f, 1);

// One field with its label above it, then what it says: its problem once something is typed, else `note`.
void form_field(const char* label, char* buffer, std::size_t size, const char* hint, const std::string& problem,
                const std::string& note, const char* target) {
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint((std::string("##") + target).c_str(), hint, buffer, size);
  ui::mark_item(target);
  ImGui::PushTextWrapPos(0);
  if (*buffer && !problem.empty()) ImGui::TextColored(kProblem, "%s", problem.c_str());
  else if (!note.empty()) ImGui::TextDisabled("%s", note.c_str());
  ImGui::PopTextWrapPos();
}

// "20 June 540 (Julian)" for a date that reads, else "".
std::string day_note(const char* text) {
  int day = 0;
  return parse_date(text, day) ? format_day(day) + " (Julian)" : "";
}

std::string area_text(const ViewBox& v) {
  return "latitude " + format_fixed(v.south, 2) + " to " + format_fixed(v.north, 2) + ", longitude " + format_fixed(v.west, 2) +
         " to " + format_fixed(v.east, 2);
}

}  // namespace

void draw_new_campaign_form(EditorState& e, const Box& box) {
  NewCampaignForm& f = e.new_form;
  begin_fixed_window("New campaign", box);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted("Move and zoom the map to frame the campaign: Create takes the area it shows as the campaign's view.");
  ImGui::TextDisabled("Now: %s", area_text(e.view).c_str());
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  const NewCampaignProblems p = check_new_campaign(f.title, f.start, f.end);
  form_field("Title", f.title, sizeof f.title, "e.g. The Tagus raid, 1809", p.title, "", "new:title");
  const std::string dates = "YYYY-MM-DD, Julian calendar; years before 1 are negative: -0217-06-21 is 21 June 218 BC.";
  form_field("Start", f.start, sizeof f.start, "e.g. 0540-03-01", p.start, *f.start ? day_note(f.start) : dates, "new:start");
  form_field("End", f.end, sizeof f.end, "e.g. 0540-09-30", p.end, day_note(f.end), "new:end");
  ImGui::Spacing();
  ImGui::BeginDisabled(!p.ok());
  if (ImGui::Button("Create")) {
    const NewCampaignForm typed = f;
    start_new_campaign(e, typed.title, e.view, typed.start, typed.end);
  }
  ui::mark_item("new:create");
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) f.open = false;  // the document shown stays (its missing dates are problems)
  ui::mark_item("new:cancel");
  if (!p.ok()) ImGui::TextDisabled("Create needs a title, a start and an end.");
  ImGui::End();
}

}  // namespace atlas
