// The App's ImGui windows: a problem's message, the timeline bar, and the panels with their tabs.
#include <imgui.h>
#include <imgui_internal.h>  // NavInitWindow: 1.86 has no public call to start navigation in a window

#include <algorithm>
#include <cmath>

#include "app_impl.h"
#include "core/story/panel_models.h"
#include "ui/targets.h"

namespace atlas {
namespace {

constexpr ImGuiWindowFlags kFixed = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoTitleBar |
                                    ImGuiWindowFlags_NoFocusOnAppearing;  // the map has the keys until a panel's key or T

// After the keys moved into the current window: its first control is highlighted, so Space acts at once.
void start_keyboard_navigation() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.NavWindow != ImGui::GetCurrentWindow()) return;
  ImGui::NavInitWindow(g.NavWindow, true);
  g.NavDisableHighlight = false;
}

void place_window(const Box& b) {
  ImGui::SetNextWindowPos(ImVec2(b.x, b.y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(b.w, b.h), ImGuiCond_Always);
}

// A window beside the map stands on the paper the frame is cleared to (draw_map), so it draws no background
// of its own: on a weak GPU that blended rectangle cost as much as the rest of the panel. One over the map
// (the embed's card) keeps its own.
ImGuiWindowFlags on_paper(const Box& b, const Layout& layout) {
  const Box open = open_map(layout);
  const bool over_map = b.x < open.x + open.w && open.x < b.x + b.w && b.y < open.y + open.h && open.y < b.y + b.h;
  return over_map ? 0 : ImGuiWindowFlags_NoBackground;
}

// The border ImGui leaves out with the background, drawn as ImGui draws it.
void paper_border() {
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  if (!(w->Flags & ImGuiWindowFlags_NoBackground) || w->WindowBorderSize <= 0) return;
  w->DrawList->PushClipRect(w->OuterRectClipped.Min, w->OuterRectClipped.Max);  // Begin leaves the inner one pushed
  w->DrawList->AddRect(w->Pos, ImVec2(w->Pos.x + w->Size.x, w->Pos.y + w->Size.y), ImGui::GetColorU32(ImGuiCol_Border),
                       w->WindowRounding, 0, w->WindowBorderSize);
  w->DrawList->PopClipRect();
}

}  // namespace

void App::Impl::draw_panels(const FrameInput& in, ui::PanelRequests& req) {
  if (!problem.empty()) draw_problem(in);
  if (has_campaign()) {
    ui::PanelContext ctx{campaign, *timeline, *ledger, state, fonts, in.pixel_ratio, req, panel_states};
    draw_timeline_window(ctx);
    if (!layout.panel.empty()) draw_panel_window(ctx);
    draw_legend_window(ctx);
  }
  keys.request.reset();  // a request for a window not drawn (no panels) lapses
}

void App::Impl::draw_problem(const FrameInput& in) {
  const float s = in.pixel_ratio;
  ImGui::SetNextWindowPos(ImVec2(layout.map.clear_centre().x, layout.map.clear_centre().y), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(520 * s, in.fb_width * 0.9f), 0), ImGuiCond_Always);
  ImGui::Begin("Problem", nullptr, kFixed);
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted("Something could not be shown");
  ImGui::PopFont();
  ui::wrapped_text(problem);
  ImGui::End();
}

// Gives the next window the keyboard if it was asked for (a panel's key, or T); true if it did.
bool App::Impl::take_focus(KeysAt window) {
  if (keys.request != window) return false;
  ImGui::SetNextWindowFocus();
  keys.request.reset();
  return true;
}

void App::Impl::draw_timeline_window(ui::PanelContext& ctx) {
  place_window(layout.timeline);
  const bool focus = take_focus(KeysAt::Timeline);
  ImGui::Begin("Timeline", nullptr, kFixed | ImGuiWindowFlags_NoScrollbar | on_paper(layout.timeline, layout));
  paper_border();
  if (focus) start_keyboard_navigation();
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) keys.at = KeysAt::Timeline;
  ui::draw_timeline_bar(ctx);
  ImGui::End();
}

// The key, at the top left of the map no panel covers, closed until the reader opens it (open, it would
// hide the places of the story); the labels keep clear of it.
void App::Impl::draw_legend_window(ui::PanelContext& ctx, bool with_buttons) {
  const float s = ctx.scale;
  const Viewport& v = layout.map;
  legend_box = {};
  const float max_w = std::min(300 * s, static_cast<float>(v.clear_width()) - 24 * s);
  if (max_w < 120 * s) return;
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(v.inset_left) + 10 * s, static_cast<float>(v.inset_top) + 10 * s), ImGuiCond_Always);
  // On the screen it leaves the map's lower part to the story; in a saved picture it may take the height.
  const float max_h = with_buttons ? static_cast<float>(v.clear_height()) * 0.7f : static_cast<float>(v.clear_height()) - 20 * s;
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(max_w + 16 * s, max_h));
  const bool open = panel_states.legend.open;  // closed, only its button shows: no box around it
  ImGui::SetNextWindowBgAlpha(open ? 0.92f : 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, open ? ImGui::GetStyle().WindowBorderSize : 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, open ? ImGui::GetStyle().WindowPadding : ImVec2(0, 0));
  ImGui::Begin("Key", nullptr, kFixed | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PopStyleVar(2);
  ui::draw_legend(ctx, max_w, with_buttons);
  // A click on the key leaves the keys with the map (K), once the button has had its release.
  if (ImGui::IsWindowFocused() && !ImGui::IsAnyMouseDown()) ImGui::SetWindowFocus(nullptr);
  const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  legend_box = {at.x, at.y, size.x, size.y};
  ImGui::End();
}

void App::Impl::draw_panel_window(ui::PanelContext& ctx) {
  const float s = ctx.scale;
  place_window(layout.panel);
  const bool focus = take_focus(KeysAt::Panels);
  const bool sheet_closed = layout.sheet && !nav.sheet_open;  // one line: no scrollbar beside it
  if (layout.card) ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 6 * s);
  ImGui::Begin("Panels", nullptr, kFixed | on_paper(layout.panel, layout) |
                                      (sheet_closed ? ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse : 0));
  paper_border();
  if (layout.card) ImGui::PopStyleVar();
  if (focus) start_keyboard_navigation();
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) keys.at = KeysAt::Panels;
  if (layout.sheet) {
    if (ImGui::Button(nav.sheet_open ? "Hide details###sheet" : "Details###sheet")) nav.sheet_open = !nav.sheet_open;
    ui::mark_item("sheet");
    ImGui::SameLine();
    const int e = state.selected_event;
    const std::string line = e >= 0 ? event_announcement(campaign, e) : campaign.title;
    const float room = layout.panel.x + layout.panel.w - 8 * s - ImGui::GetCursorScreenPos().x;
    ImGui::TextUnformatted(ui::fit_line(line, room).c_str());  // one line, ending in "…" if cut
    if (!nav.sheet_open) { ImGui::End(); return; }
  }
  if (layout.card) {
    draw_card(ctx);
  } else {
    if (layout.mode == LayoutMode::Wide) {  // the event card stands above the tabs
      ui::draw_event_card(ctx);
      ImGui::Separator();
    }
    draw_tabs(ctx);
  }
  measure_panel_content();
  ImGui::End();
}

// The compact embed's card: the event, and a way to the tabs (which then take the card's full height).
void App::Impl::draw_card(ui::PanelContext& ctx) {
  ImGui::PushFont(fonts.caps);
  const bool toggle = ImGui::SmallButton(nav.sheet_open ? "\xE2\x80\xB9 Back to the event###sheet" : "The story, sources and more \xE2\x80\xBA###sheet");
  ui::mark_item("sheet");
  ImGui::PopFont();
  if (toggle) nav.sheet_open = !nav.sheet_open;
  if (nav.sheet_open) draw_tabs(ctx);
  else ui::draw_event_card(ctx);
}

// How tall the panel's content is, for the next frame's layout (a closed sheet's single line, and an open
// card's tabs, which take all the height there is, are not measured).
void App::Impl::measure_panel_content() {
  if ((layout.sheet && !nav.sheet_open) || (layout.card && nav.sheet_open)) return;
  const float bottom = tabs_content_bottom >= 0 ? tabs_content_bottom : ImGui::GetCursorPosY();
  tabs_content_bottom = -1;
  const float h = bottom + ImGui::GetStyle().WindowPadding.y - ImGui::GetStyle().ItemSpacing.y;
  if (std::fabs(h - panel_content_h) <= 1) return;
  panel_content_h = h;
  settle_frames = std::max(settle_frames, 2);  // the layout follows on the next frame
}

// One tab per panel with content for this campaign (core/story/panel_table); the event card is one only
// in the narrow layouts.
void App::Impl::draw_tabs(ui::PanelContext& ctx) {
  if (!ImGui::BeginTabBar("tabs", ImGuiTabBarFlags_FittingPolicyScroll)) return;
  const bool card_in_tabs = layout.mode != LayoutMode::Wide && !layout.card;
  for (const PanelInfo& panel : panel_table()) {
    if ((panel.id == PanelId::Event && !card_in_tabs) || !panel.has_content(campaign)) continue;
    ImGuiTabItemFlags f = nav.panel_request == panel.id ? ImGuiTabItemFlags_SetSelected : 0;
    const std::string label = panel_label(panel.id, campaign) + "###" + panel.url_name;  // the ID outlives a rename
    const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, f);
    ui::mark_item("tab:" + panel_label(panel.id, campaign));
    if (open) {
      nav.open_panel = panel.id;
      const float top = ImGui::GetCursorPosY();
      ImGui::BeginChild("content", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);  // arrows reach the rows
      ui::draw_panel(panel.id, ctx);
      tabs_content_bottom = top + ImGui::GetCursorPosY();  // the child fills the window: measure inside it
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
  }
  nav.panel_request.reset();
  ImGui::EndTabBar();
}

}  // namespace atlas
