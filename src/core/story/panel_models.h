// What the panels show, computed from the campaign at a date: rows, totals, texts. No ImGui here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/data/campaign.h"
#include "core/story/ledger.h"
#include "core/story/timeline.h"

namespace atlas {

// "Procopius, Wars II.7; the blog post, 'The Sack of the City'".
std::string sources_text(const Campaign& campaign, const std::vector<SourceRef>& refs);
// "siege failed", "razed", "" for None.
std::string outcome_text(Outcome outcome);
// The event's date as readers see it: "20 June 540", "c. June 540".
std::string event_date_text(const Event& event);

// ---- Demands and payments -------------------------------------------------------------------
struct DemandRow {
  int event = -1;
  int start_day = 0;
  std::string date, place, demanded, paid, metal, outcome, sources;
  double demanded_lb = -1, paid_lb = -1;  // -1: absent or unknown (sorts first)
  bool happened = false;                   // started by the current date
};
enum class DemandColumn { Date, Place, Demanded, Paid, Metal, Outcome, Source };

// Every event with a demand or a payment, in date order. A demand that repeats an earlier sum
// (demand_same_as) says so in its text: "1,000 lb gold (the same sum as at the city before, counted once)".
std::vector<DemandRow> demand_rows(const Campaign& campaign, double day);
void sort_demand_rows(std::vector<DemandRow>& rows, DemandColumn column, bool ascending);

// The totals above the table, each saying what it counts: "Demanded of the cities so far …",
// "Paid so far …", truce terms apart, captives carried off. Shared by the panel and the text mirror.
std::vector<std::string> ledger_summary_lines(const LedgerTotals& totals);

// Gold and silver extracted over time, one point per payment up to `day` (for the chart).
struct PlunderPoint {
  double day = 0;
  double gold = 0, silver = 0;  // cumulative lb
};
std::vector<PlunderPoint> plunder_series(const Ledger& ledger, const Campaign& campaign, double day);

// ---- Sieges ----------------------------------------------------------------------------------
struct SiegeRow {
  int event = -1;
  std::string place, date, outcome, episode, forces, sources;
  bool happened = false;
};
// Every siege, storming or sack, in date order.
std::vector<SiegeRow> siege_rows(const Campaign& campaign, double day);

// ---- Decisions (decisions_by) -------------------------------------------------------------------
struct DecisionRow {
  int decision = -1;
  std::string date, what, why, followed, sources;
  bool taken = false;    // by the current date
  bool current = false;  // the latest taken by the current date
};
std::vector<DecisionRow> decision_rows(const Campaign& campaign, const Timeline& timeline, double day);

// ---- The event card and the text mirror for screen readers --------------------------------------
// One paragraph describing an event: date, place, what happened, amounts, captives, sources.
std::string event_card_text(const Campaign& campaign, int event);
// A line for the live region: "<place>, c. June 540: <summary>" for an event the reader chose; `brief`
// while it plays, "<place>, c. June 540: sacked (event 11 of 24)." (the summary is in the text mirror).
std::string event_announcement(const Campaign& campaign, int event, bool brief = false);
// What the live region says when the tour reaches the campaign's end: its summary, once.
std::string ending_announcement(const Campaign& campaign);

// A panel as text for screen readers (core/story/text_mirror): a heading and short items.
// `text` ending in a full stop: one is added unless it ends in . ! ? or … (before any closing bracket
// or quote), so "(size unknown)." or "stay." never gains a second.
std::string with_full_stop(const std::string& text);

struct TextLink {        // a link in the text mirror: what it says, and where it goes (a checked web address)
  std::string text, url;
};
struct TextSection {
  std::string title;
  std::vector<std::string> items;
  std::vector<TextLink> links;  // after the items (e.g. a source to read online)
};
// What the panels show from: the campaign at `day` with `selected_event` selected (-1 for none).
struct PanelData {
  const Campaign& campaign;
  const Timeline& timeline;
  const Ledger& ledger;
  double day;
  int selected_event;
};
// Each panel's section (core/story/panel_table): nullopt when it has nothing to say at this moment.
std::optional<TextSection> map_as_text(const PanelData& data);        // where each army is at the date
std::optional<TextSection> event_as_text(const PanelData& data);      // the selected event
std::optional<TextSection> chapter_as_text(const PanelData& data);    // the chapter at the date
std::optional<TextSection> demands_as_text(const PanelData& data);    // later rows marked "not yet"
std::optional<TextSection> sieges_as_text(const PanelData& data);
std::optional<TextSection> decisions_as_text(const PanelData& data);  // later ones "not yet taken"
std::optional<TextSection> sources_as_text(const PanelData& data);

}  // namespace atlas
