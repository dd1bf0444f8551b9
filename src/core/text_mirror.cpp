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
  demands.items.push_back("Demanded so far: " + describe_sums(totals.demanded, totals.demanded_unknown, "demand") +
                          ". Paid so far: " + describe_sums(totals.paid, totals.paid_unknown, "payment") + ".");
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
  JsonWriter w;
  w.begin_array();
  for (const TextSection& s : sections) {
    w.begin_object().key("title").string(s.title).key("items").begin_array();
    for (const std::string& item : s.items) w.string(item);
    w.end_array().end_object();
  }
  return w.end_array().text();
}

}  // namespace atlas
