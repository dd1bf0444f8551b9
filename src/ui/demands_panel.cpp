// Panel: demands and payments — a sortable table with totals, and gold and silver extracted over time.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/story/amount_text.h"
#include "core/shell/palette.h"
#include "core/story/panel_models.h"
#include "ui/panel.h"
#include "ui/targets.h"
#include "ui/theme.h"

namespace atlas::ui {
namespace {

DemandColumn column_of(int index) {
  static const DemandColumn cols[] = {DemandColumn::Date, DemandColumn::Place, DemandColumn::Demanded, DemandColumn::Paid,
                                      DemandColumn::Metal, DemandColumn::Outcome, DemandColumn::Source};
  return cols[std::clamp(index, 0, 6)];
}

// Cumulative lb of gold and silver paid, as two step lines on one scale, up to the current date.
void plunder_chart(PanelContext& ctx, float height) {
  auto series = plunder_series(ctx.ledger, ctx.campaign, ctx.state.day);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x, s = ctx.scale;
  const ImVec2 p1(p0.x + w, p0.y + height);
  dl->AddRect(p0, p1, rgba(palette::panel_edge));
  MetalSums all = ctx.ledger.plunder_at(ctx.campaign.end_day + 1.0);
  const double top = std::max({all.gold, all.silver, 1.0});
  const double d0 = ctx.campaign.start_day, d1 = ctx.campaign.end_day + 1.0;
  auto x = [&](double day) { return p0.x + static_cast<float>((day - d0) / (d1 - d0)) * w; };
  auto y = [&](double lb) { return p1.y - 4 * s - static_cast<float>(lb / top) * (height - 8 * s); };
  for (int metal = 0; metal < 2; ++metal) {
    ImU32 col = rgba(metal == 0 ? palette::gold : palette::silver);
    for (size_t i = 1; i < series.size(); ++i) {
      double a = metal == 0 ? series[i - 1].gold : series[i - 1].silver, b = metal == 0 ? series[i].gold : series[i].silver;
      dl->AddLine(ImVec2(x(series[i - 1].day), y(a)), ImVec2(x(series[i].day), y(a)), col, 2 * s);
      dl->AddLine(ImVec2(x(series[i].day), y(a)), ImVec2(x(series[i].day), y(b)), col, 2 * s);
    }
  }
  ImGui::Dummy(ImVec2(w, height));
  MetalSums now = ctx.ledger.plunder_at(ctx.state.day);
  ImGui::TextColored(colour(palette::gold), "%s lb gold", format_pounds(now.gold).c_str());
  ImGui::SameLine();
  const palette::Rgb silver_text{palette::silver.r * 0.7f, palette::silver.g * 0.7f, palette::silver.b * 0.7f};  // darker than its line
  ImGui::TextColored(colour(silver_text), "%s lb silver", format_pounds(now.silver).c_str());
  const std::string note = "paid so far (scale up to " + format_pounds(top) + " lb)";
  ImGui::SameLine();  // on the same line if it fits, else wrapped on the next
  if (ImGui::CalcTextSize(note.c_str()).x > ImGui::GetContentRegionAvail().x) ImGui::NewLine();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  wrapped_text(note);
  ImGui::PopStyleColor();
}

const char* const kColumns[] = {"Date", "Place", "Demanded", "Paid", "Metal", "Outcome", "Source"};

// Wide panels: the sortable seven-column table.
void demand_table(PanelContext& ctx, std::vector<DemandRow>& rows) {
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("demands", 7, flags)) return;
  const float weights[] = {1.0f, 1.1f, 1.1f, 1.1f, 0.75f, 0.95f, 1.1f};  // room for every header
  for (int c = 0; c < 7; ++c) ImGui::TableSetupColumn(kColumns[c], c == 0 ? ImGuiTableColumnFlags_DefaultSort : 0, weights[c]);
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* spec = ImGui::TableGetSortSpecs(); spec && spec->SpecsCount > 0)
    sort_demand_rows(rows, column_of(spec->Specs[0].ColumnIndex), spec->Specs[0].SortDirection == ImGuiSortDirection_Ascending);
  for (const DemandRow& r : rows) {
    ImGui::TableNextRow();
    ImGui::PushID(r.event);
    NotYetDimming dim(!r.happened);
    ImGui::TableNextColumn();
    const std::string when = r.happened ? r.date : r.date + " · not yet";
    if (ImGui::Selectable(when.c_str(), ctx.state.selected_event == r.event, ImGuiSelectableFlags_SpanAllColumns))
      ctx.requests.select_event = r.event;
    mark_item("demand:" + ctx.campaign.events[static_cast<size_t>(r.event)].id);
    follow_selection(ctx.panel_states.demands.shown, r.event, ctx.state.selected_event == r.event);
    const std::string* cells[] = {&r.place, &r.demanded, &r.paid, &r.metal, &r.outcome, &r.sources};
    for (const std::string* cell : cells) {
      ImGui::TableNextColumn();
      wrapped_text(*cell);
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

// Narrow panels: a sort control, then one block a row — date and place, outcome, amounts, source.
void demand_list(PanelContext& ctx, std::vector<DemandRow>& rows) {
  int& sort_column = ctx.panel_states.demands.sort_column;
  bool& ascending = ctx.panel_states.demands.ascending;
  const float s = ctx.scale;
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("Sort by");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(110 * s);
  if (ImGui::BeginCombo("##sort", kColumns[sort_column])) {
    for (int c = 0; c < 7; ++c)
      if (ImGui::Selectable(kColumns[c], c == sort_column)) sort_column = c;
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (ImGui::ArrowButton("##direction", ascending ? ImGuiDir_Up : ImGuiDir_Down)) ascending = !ascending;
  mark_item("demands-direction");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip(ascending ? "Ascending" : "Descending");
  sort_demand_rows(rows, column_of(sort_column), ascending);

  const ImGuiStyle& style = ImGui::GetStyle();
  for (const DemandRow& r : rows) {
    ImGui::PushID(r.event);
    NotYetDimming dim(!r.happened);
    const float w = ImGui::GetContentRegionAvail().x;
    const std::string title = r.date + " · " + r.place + (r.happened ? "" : " · not yet");
    const std::string amounts = (r.demanded.empty() ? std::string("No demand recorded") : "Demanded " + r.demanded) +
                                (r.paid.empty() ? std::string(" · no payment recorded") : " · paid " + r.paid);
    ImGui::PushFont(ctx.fonts.caps);
    const float outcome_w = ImGui::CalcTextSize(r.outcome.c_str()).x;
    ImGui::PopFont();
    const float source_h = source_line_height(ctx, r.sources, w);
    const float title_h = wrapped_text_height(title, w - outcome_w - 12 * s);
    const float amounts_h = wrapped_text_height(amounts, w);
    const float h = title_h + amounts_h + source_h + 2 * style.ItemSpacing.y;
    const ImVec2 top = ImGui::GetCursorPos();
    if (ImGui::Selectable("##row", ctx.state.selected_event == r.event, 0, ImVec2(0, h))) ctx.requests.select_event = r.event;
    mark_item("demand:" + ctx.campaign.events[static_cast<size_t>(r.event)].id);
    follow_selection(ctx.panel_states.demands.shown, r.event, ctx.state.selected_event == r.event);
    const ImVec2 after = ImGui::GetCursorPos();
    // The block's text, drawn over the selectable (text takes no input).
    ImGui::SetCursorPos(top);
    ImGui::PushTextWrapPos(top.x + w - outcome_w - 12 * s);
    wrapped_text(title);
    ImGui::PopTextWrapPos();
    ImGui::PushFont(ctx.fonts.caps);
    const ImVec2 outcome_at(ImGui::GetWindowPos().x - ImGui::GetScrollX() + top.x + w - outcome_w,
                            ImGui::GetWindowPos().y - ImGui::GetScrollY() + top.y + 2 * s);
    ImGui::GetWindowDrawList()->AddText(outcome_at, ImGui::GetColorU32(ImGuiCol_Text), r.outcome.c_str());
    ImGui::PopFont();
    ImGui::SetCursorPos(ImVec2(top.x, top.y + title_h + style.ItemSpacing.y));
    wrapped_text(amounts);
    source_line(ctx, r.sources);
    ImGui::SetCursorPos(after);
    ImGui::Dummy(ImVec2(0, 3 * s));
    ImGui::PopID();
  }
}

}  // namespace

void draw_demands_panel(PanelContext& ctx) {
  LedgerTotals t = ctx.ledger.at(ctx.state.day);
  for (const std::string& line : ledger_summary_lines(t)) wrapped_text(line);
  if (!ctx.campaign.money_note.empty()) muted_text(ctx.campaign.money_note.c_str());
  plunder_chart(ctx, 70 * ctx.scale);

  auto rows = demand_rows(ctx.campaign, ctx.state.day);
  // Seven columns need about 620 px; a narrower panel lists each row as a small block instead.
  if (ImGui::GetContentRegionAvail().x >= 620 * ctx.scale) demand_table(ctx, rows);
  else demand_list(ctx, rows);
}

}  // namespace atlas::ui
