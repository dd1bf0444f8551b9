// The panels as text for screen readers: headed sections of short items, and their JSON for the page.
#include "core/text_mirror.h"

#include "core/json.h"
#include "core/panel_models.h"

namespace atlas {
namespace {

std::string sentence(const std::string& label, const std::string& value) {
  return value.empty() ? std::string() : " " + label + value + ".";
}

}  // namespace

std::vector<TextSection> panels_as_text(const Campaign& c, const Timeline& t, const Ledger& ledger, double day,
                                        int selected) {
  std::vector<TextSection> out;
  if (selected >= 0 && selected < static_cast<int>(c.events.size())) {
    TextSection s{"Selected event", {event_card_text(c, selected)}};
    for (const Claim& d : c.events[static_cast<size_t>(selected)].differs)
      s.items.push_back("Where the accounts differ, " + sources_text(c, {d.source}) + ": " + d.claim);
    out.push_back(std::move(s));
  }
  if (int ch = t.active_chapter(day); ch >= 0) {
    const Chapter& chapter = c.chapters[static_cast<size_t>(ch)];
    out.push_back({"Chapter: " + chapter.title, {chapter.summary}});
  }

  const LedgerTotals totals = ledger.at(day);
  TextSection demands{"Demands and payments", {}};
  std::string summary;
  for (const std::string& line : ledger_summary_lines(totals)) summary += (summary.empty() ? "" : " ") + line;
  demands.items.push_back(summary);
  for (const DemandRow& r : demand_rows(c, day))
    demands.items.push_back(r.date + ", " + r.place + (r.happened ? "" : " (not yet at this date)") + "." +
                            sentence("Demanded: ", r.demanded) + sentence("Paid: ", r.paid) +
                            sentence("Outcome: ", r.outcome) + sentence("Source: ", r.sources));
  out.push_back(std::move(demands));

  TextSection sieges{"Sieges", {}};
  for (const SiegeRow& r : siege_rows(c, day))
    sieges.items.push_back(r.place + ", " + r.date + (r.happened ? "" : " (not yet at this date)") + "." +
                           sentence("Outcome: ", r.outcome) + " " + r.episode + sentence("Forces: ", r.forces) +
                           sentence("Source: ", r.sources));
  out.push_back(std::move(sieges));

  TextSection decisions{"Justinian's decisions", {}};
  for (const DecisionRow& r : decision_rows(c, t, day))
    decisions.items.push_back(r.date + (r.taken ? "" : " (not yet taken)") + ": " + r.what + sentence("Why: ", r.why) +
                              sentence("What followed: ", r.followed) + sentence("Source: ", r.sources));
  out.push_back(std::move(decisions));

  TextSection sources{"Sources", {}};
  for (const Source& s : c.sources) sources.items.push_back(s.short_cite + ": " + s.reference);
  out.push_back(std::move(sources));
  return out;
}

std::string sections_json(const std::vector<TextSection>& sections) {
  std::string out = "[";
  for (const TextSection& s : sections) {
    if (out.size() > 1) out += ",";
    out += "{\"title\":\"" + json_escape(s.title) + "\",\"items\":[";
    for (size_t i = 0; i < s.items.size(); ++i) out += (i ? ",\"" : "\"") + json_escape(s.items[i]) + "\"";
    out += "]}";
  }
  return out + "]";
}

}  // namespace atlas
