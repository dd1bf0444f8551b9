// Panel: demands and payments — a sortable table with totals, and gold and silver extracted over time.
#include <imgui.h>

#include <algorithm>

#include "core/amount_text.h"
#include "core/panel_models.h"
#include "render/palette.h"
#include "ui/panel.h"
#include "ui/targets.h"

namespace atlas::ui {
namespace {

DemandColumn column_of(int index) {
  static const DemandColumn cols[] = {DemandColumn::Date, DemandColumn::Place, DemandColumn::Demanded, DemandColumn::Paid,
                                      DemandColumn::Metal, DemandColumn::Outcome, DemandColumn::Source};
  return cols[std::clamp(index, 0, 6)];
}

ImU32 rgba(palette::Rgb c, float a = 1) { return ImGui::GetColorU32(ImVec4(c.r, c.g, c.b, a)); }

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
  ImGui::TextColored(ImVec4(palette::gold.r, palette::gold.g, palette::gold.b, 1), "%s lb gold", format_pounds(now.gold).c_str());
  ImGui::SameLine();
  ImGui::TextColored(ImVec4(palette::silver.r * 0.7f, palette::silver.g * 0.7f, palette::silver.b * 0.7f, 1), "%s lb silver",
                     format_pounds(now.silver).c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("paid so far (scale up to %s lb)", format_pounds(top).c_str());
}

}  // namespace

void draw_demands_panel(PanelContext& ctx) {
  LedgerTotals t = ctx.ledger.at(ctx.state.day);
  ImGui::TextWrapped("Demanded so far: %s.", describe_sums(t.demanded, t.demanded_unknown, "demand").c_str());
  ImGui::TextWrapped("Paid so far: %s.", describe_sums(t.paid, t.paid_unknown, "payment").c_str());
  if (t.captives || t.captives_unknown)
    ImGui::TextWrapped("Captives: %s%s.", format_pounds(static_cast<double>(t.captives)).c_str(),
                       t.captives_unknown ? " and others in numbers no source gives" : "");
  muted_text("Gold and silver are kept apart: no source gives an exchange ratio for 540.");
  plunder_chart(ctx, 70 * ctx.scale);

  auto rows = demand_rows(ctx.campaign, ctx.state.day);
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("demands", 7, flags)) return;
  ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_DefaultSort, 1.1f);
  ImGui::TableSetupColumn("Place", 0, 1.0f);
  ImGui::TableSetupColumn("Demanded", 0, 1.2f);
  ImGui::TableSetupColumn("Paid", 0, 1.2f);
  ImGui::TableSetupColumn("Metal", 0, 0.6f);
  ImGui::TableSetupColumn("Outcome", 0, 0.9f);
  ImGui::TableSetupColumn("Source", 0, 1.0f);
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* spec = ImGui::TableGetSortSpecs(); spec && spec->SpecsCount > 0)
    sort_demand_rows(rows, column_of(spec->Specs[0].ColumnIndex), spec->Specs[0].SortDirection == ImGuiSortDirection_Ascending);
  for (const DemandRow& r : rows) {
    ImGui::TableNextRow();
    ImGui::PushID(r.event);
    if (!r.happened) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.45f);
    ImGui::TableNextColumn();
    if (ImGui::Selectable(r.date.c_str(), ctx.state.selected_event == r.event, ImGuiSelectableFlags_SpanAllColumns))
      ctx.requests.select_event = r.event;
    mark_item("demand:" + ctx.campaign.events[static_cast<size_t>(r.event)].id);
    const std::string* cells[] = {&r.place, &r.demanded, &r.paid, &r.metal, &r.outcome, &r.sources};
    for (const std::string* cell : cells) {
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", cell->c_str());
    }
    if (!r.happened) ImGui::PopStyleVar();
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace atlas::ui
