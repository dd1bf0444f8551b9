// The one small API every panel shares: draw from a context, ask the App for changes via requests.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/story/atlas_state.h"
#include "core/data/campaign.h"
#include "core/story/ledger.h"
#include "core/story/legend.h"
#include "core/story/navigator.h"
#include "core/story/panel_table.h"
#include "core/story/timeline.h"
#include "ui/fonts.h"

namespace atlas::ui {

// What a panel asks for; the App hands it to the navigator after the panels are drawn.
using PanelRequests = ReaderRequests;

// What the panels remember between frames (as chips' ui_*_t structs), owned by the App.
struct DemandsPanelState {
  int shown = -1;        // the selected row last scrolled into view (follow_selection)
  int sort_column = 0;   // the narrow list's sort control: an index into the columns
  bool ascending = true;
};
struct SiegesPanelState {
  int shown = -1;
};
struct DecisionsPanelState {
  int shown = -1;
};
struct LegendState {
  bool open = false;  // the key's entries are shown (the reader opens it with its button)
  const Campaign* built_for = nullptr;  // the campaign `entries` were made from (the App resets the state on a switch)
  std::vector<LegendEntry> entries;
};

struct PanelStates {
  LegendState legend;
  DemandsPanelState demands;
  SiegesPanelState sieges;
  DecisionsPanelState decisions;
};

struct PanelContext {
  const Campaign& campaign;
  const Timeline& timeline;
  const Ledger& ledger;
  const AtlasState& state;
  const Fonts& fonts;
  float scale;               // device pixels per CSS pixel
  PanelRequests& requests;
  PanelStates& panel_states;
};

// Draws a panel (core/story/panel_table's entry `id`) inside the current ImGui window or child.
void draw_panel(PanelId id, PanelContext& ctx);
// Panels (one file each). Each draws inside the current ImGui window or child.
void draw_event_card(PanelContext& ctx);
// The map's key (core/story/legend), under a "Key" button; `max_width` device px.
// With buttons: "Key" (open / hide) and "Save image"; without (in a saved picture), the heading "Key".
void draw_legend(PanelContext& ctx, float max_width, bool with_buttons = true);
void draw_story_panel(PanelContext& ctx);
void draw_demands_panel(PanelContext& ctx);
void draw_sieges_panel(PanelContext& ctx);
void draw_decisions_panel(PanelContext& ctx);
void draw_sources_panel(PanelContext& ctx);
// The timeline bar: play/pause, speed, previous/next, the scrubber with event ticks, the date.
void draw_timeline_bar(PanelContext& ctx);

// Shared helpers for panels.
// Wrapped text as ImGui::TextWrapped draws it, but never broken inside a number ("5,000", "II.14").
void wrapped_text(std::string_view text);
float wrapped_text_height(std::string_view text, float width);  // its height at `width`, current font
void heading(const PanelContext& ctx, const char* text);
void muted_text(const char* text);         // wrapped, in the soft ink colour
void italic_text(const PanelContext& ctx, const char* text);  // wrapped, italic
std::string fit_line(const std::string& text, float width);  // cut to width in the current font, ending in "…"
// The "Source: …" line under an item, in small capitals and the soft ink colour; and its height
// when wrapped at `width` (for rows that are laid out before they are drawn).
void source_line(const PanelContext& ctx, const std::string& sources);
float source_line_height(const PanelContext& ctx, const std::string& sources, float width);
// Dims what is drawn while it lives, for a row that has not happened yet at the current date: slightly
// (palette::not_yet_alpha), for contrast; the row also says "not yet" in words.
class NotYetDimming {
 public:
  explicit NotYetDimming(bool not_yet);
  ~NotYetDimming();
  NotYetDimming(const NotYetDimming&) = delete;
  NotYetDimming& operator=(const NotYetDimming&) = delete;

 private:
  bool dimmed_;
};
// Scrolls the row just drawn into view when it has just become the selected one (tracked in `shown`),
// so a selection made on the map or the timeline shows up in the open panel; the reader may scroll away.
void follow_selection(int& shown, int id, bool selected);

}  // namespace atlas::ui
