// The one small API every panel shares: draw from a context, ask the App for changes via requests.
#pragma once
#include <string>

#include "core/atlas_state.h"
#include "core/campaign.h"
#include "core/ledger.h"
#include "core/navigator.h"
#include "core/panel_table.h"
#include "core/timeline.h"
#include "ui/fonts.h"

namespace atlas::ui {

// What a panel asks for; the App hands it to the navigator after the panels are drawn.
using PanelRequests = ReaderRequests;

struct PanelContext {
  const Campaign& campaign;
  const Timeline& timeline;
  const Ledger& ledger;
  const AtlasState& state;
  const Fonts& fonts;
  float scale;               // device pixels per CSS pixel
  PanelRequests& requests;
};

// Draws a panel (core/panel_table's entry `id`) inside the current ImGui window or child.
void draw_panel(PanelId id, PanelContext& ctx);
// Panels (one file each). Each draws inside the current ImGui window or child.
void draw_event_card(PanelContext& ctx);
void draw_story_panel(PanelContext& ctx);
void draw_demands_panel(PanelContext& ctx);
void draw_sieges_panel(PanelContext& ctx);
void draw_decisions_panel(PanelContext& ctx);
void draw_sources_panel(PanelContext& ctx);
// The timeline bar: play/pause, speed, previous/next, the scrubber with event ticks, the date.
void draw_timeline_bar(PanelContext& ctx);

// Shared helpers for panels.
void heading(const PanelContext& ctx, const char* text);
void muted_text(const char* text);         // wrapped, in the soft ink colour
void italic_text(const PanelContext& ctx, const char* text);  // wrapped, italic
std::string fit_line(const std::string& text, float width);  // cut to width in the current font, ending in "…"
// Scrolls the row just drawn into view when it has just become the selected one (tracked in `shown`),
// so a selection made on the map or the timeline shows up in the open panel; the reader may scroll away.
void follow_selection(int& shown, int id, bool selected);

}  // namespace atlas::ui
