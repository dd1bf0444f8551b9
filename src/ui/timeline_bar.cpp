// The timeline bar: play/pause, speed, previous/next event, a draggable scrubber with event ticks.
#include <imgui.h>
#include <imgui_internal.h>  // NavMoveRequestCancel: ←/→ on the focused scrubber step events instead

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>

#include "core/data/date.h"
#include "core/shell/palette.h"
#include "core/story/time_ticks.h"
#include "ui/panel.h"
#include "ui/targets.h"
#include "ui/theme.h"

namespace atlas::ui {
namespace {

void scrubber(PanelContext& ctx, float width, float height) {
  const Campaign& c = ctx.campaign;
  const float s = ctx.scale;
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("scrubber", ImVec2(width, height));
  mark_item("scrubber");
  const bool active = ImGui::IsItemActive();
  const double d0 = c.start_day, d1 = c.end_day + 1.0;
  auto x_of = [&](double day) { return p0.x + static_cast<float>((day - d0) / (d1 - d0)) * width; };
  if (active) {
    float t = std::clamp((ImGui::GetIO().MousePos.x - p0.x) / width, 0.0f, 1.0f);
    ctx.requests.set_day = d0 + t * (d1 - d0);
  }
  if (ImGui::IsItemFocused()) {  // keyboard scrubbing when the bar has focus: ←/→ step, not leave
    const bool left = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow), false);
    const bool right = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow), false);
    if (left || right) {
      ctx.requests.step = right ? +1 : -1;
      ImGui::NavMoveRequestCancel();
    }
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float mid = p0.y + height * 0.55f;
  dl->AddLine(ImVec2(p0.x, mid), ImVec2(p0.x + width, mid), rgba(palette::panel_edge), stroke(3 * s));
  dl->AddLine(ImVec2(p0.x, mid), ImVec2(x_of(ctx.state.day), mid), rgba(palette::accent), stroke(3 * s));
  // Calendar ticks: days, months or years, whichever labels fit this width.
  ImGui::PushFont(ctx.fonts.caps);
  const auto text_width = [](const std::string& t) { return static_cast<double>(ImGui::CalcTextSize(t.c_str()).x); };
  for (const TimeTick& t : time_ticks(c.start_day, c.end_day, width, text_width, 18 * s)) {
    const float x = x_of(t.day), half = (t.label.empty() ? 3.0f : 5.0f) * s;
    dl->AddLine(ImVec2(x, mid - half), ImVec2(x, mid + half), rgba(palette::ink_soft, 0.6f), stroke(1 * s));
    const bool fits = x + 3 * s + ImGui::CalcTextSize(t.label.c_str()).x <= p0.x + width;
    if (!t.label.empty() && fits) dl->AddText(ImVec2(x + 3 * s, p0.y), rgba(palette::ink_soft), t.label.c_str());
  }
  ImGui::PopFont();
  // Event ticks: uncertain dates drawn hollow.
  for (size_t i = 0; i < c.events.size(); ++i) {
    const Event& e = c.events[i];
    float x = x_of(e.date.start + 0.5);
    bool sel = static_cast<int>(i) == ctx.state.selected_event;
    float r = (sel ? 5.0f : 3.5f) * s;
    ImU32 col = rgba(e.date.start <= ctx.state.day ? palette::accent : palette::ink_soft, sel ? 1.0f : 0.8f);
    if (e.date.uncertain) dl->AddCircle(ImVec2(x, mid), r, col, kRoundCircle, stroke(1.5f * s));
    else dl->AddCircleFilled(ImVec2(x, mid), r, col, kRoundCircle);
  }
  // The playhead.
  float hx = x_of(ctx.state.day);
  dl->AddTriangleFilled(ImVec2(hx - 6 * s, p0.y + height), ImVec2(hx + 6 * s, p0.y + height), ImVec2(hx, mid + 2 * s),
                        rgba(palette::ink));
  if (ImGui::IsItemHovered() && !active && ImGui::IsMouseHoveringRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax())) {
    float t = std::clamp((ImGui::GetIO().MousePos.x - p0.x) / width, 0.0f, 1.0f);
    ImGui::SetTooltip("%s", format_day(static_cast<int>(d0 + t * (d1 - d0))).c_str());
  }
}

}  // namespace

void draw_timeline_bar(PanelContext& ctx) {
  const float s = ctx.scale;
  if (ImGui::Button(ctx.state.playing ? "Pause###play" : "Play###play", ImVec2(64 * s, 0))) ctx.requests.toggle_play = true;
  mark_item("play");
  ImGui::SameLine();
  if (ImGui::ArrowButton("prev", ImGuiDir_Left)) ctx.requests.step = -1;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous event (←)");
  ImGui::SameLine();
  if (ImGui::ArrowButton("next", ImGuiDir_Right)) ctx.requests.step = +1;
  mark_item("next");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next event (→)");
  ImGui::SameLine();
  int cur = kDefaultPlaybackSpeed;
  const int count = static_cast<int>(std::size(kPlaybackSpeeds));
  for (int i = 0; i < count; ++i)
    if (std::fabs(ctx.state.speed - kPlaybackSpeeds[i].days_per_second) < 1e-6) cur = i;
  ImGui::SetNextItemWidth(86 * s);
  if (ImGui::BeginCombo("##speed", kPlaybackSpeeds[cur].name)) {
    for (int i = 0; i < count; ++i)
      if (ImGui::Selectable(kPlaybackSpeeds[i].name, i == cur)) ctx.requests.set_speed = kPlaybackSpeeds[i].days_per_second;
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Playback speed");
  ImGui::SameLine();
  ImGui::PushFont(ctx.fonts.heading);
  // The date, never cut: in full, else with the month shortened, else on a row of its own. Its box is
  // as wide as the widest date of the campaign, so the bar does not jump as the date changes.
  const int day = static_cast<int>(std::floor(ctx.state.day));
  const auto widest = [&](bool short_month) {  // of any day of the campaign's last year
    float w = 0;
    for (int m = 1; m <= 12; ++m) {
      const std::string name = short_month ? std::string(month_name(m)).substr(0, 3) : month_name(m);
      w = std::max(w, ImGui::CalcTextSize(("30 " + name + " " + format_year(ctx.campaign.last_year())).c_str()).x);
    }
    return w;
  };
  const float full_w = widest(false);
  const bool shorten = ImGui::GetContentRegionAvail().x < full_w;
  const float box_w = shorten ? widest(true) : full_w;
  const bool own_row = ImGui::GetContentRegionAvail().x < box_w;  // then the scrubber shares its row
  if (own_row) ImGui::NewLine();
  const std::string date = shorten ? format_day_short(day) : format_day(day);
  ImGui::TextUnformatted(date.c_str());
  mark_item("date");
  ImGui::PopFont();
  ImGui::SameLine(0, 0);
  ImGui::Dummy(ImVec2(std::max(0.0f, box_w - ImGui::CalcTextSize(date.c_str()).x), 1));
  ImGui::SameLine();
  // Narrow: the scrubber gets a row of its own, or shares the date's; the bar never has three rows.
  if (ImGui::GetContentRegionAvail().x < (own_row ? 90 : 180) * s) ImGui::NewLine();
  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail > 60 * s) scrubber(ctx, avail, ImGui::GetFrameHeight() + 4 * s);
}

}  // namespace atlas::ui
