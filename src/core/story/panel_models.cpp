// Builds the panels' rows and texts from the campaign, the timeline and the ledger.
#include "core/story/panel_models.h"
#include "core/data/small_sort.h"

#include <algorithm>

#include "core/story/amount_text.h"
#include "core/data/date.h"

namespace atlas {
namespace {

double sortable(const Amount& a) { return a.present && a.known ? a.lb : -1; }

std::string metal_of(const Event& e) {
  const Amount& a = e.paid.has_metal ? e.paid : e.demanded;
  return a.has_metal ? to_string(a.metal) : "";
}

const std::string& place_name(const Campaign& c, int place) {
  static const std::string none;
  return place >= 0 ? c.places[static_cast<size_t>(place)].ancient_name : none;
}

bool is_siege(const Event& e) {
  return e.kind == EventKind::Siege || e.kind == EventKind::Sack || e.outcome == Outcome::Taken ||
         e.outcome == Outcome::Razed || e.outcome == Outcome::Sacked || e.outcome == Outcome::SiegeFailed;
}

// "Defenders: …(6,000). Attackers: the king's army (size unknown)." The holder of the place defends.
}  // namespace

std::string with_full_stop(const std::string& text) {
  std::size_t end = text.find_last_not_of(" \t\n");
  if (end == std::string::npos) return text;
  // Past closing brackets and quotes (ASCII, or U+2019 / U+201D in UTF-8), to the sentence's last mark.
  std::size_t k = end;
  while (k > 0) {
    const char ch = text[k];
    if (ch == ')' || ch == '"' || ch == '\'' || ch == ']') { --k; continue; }
    if (k >= 2 && static_cast<unsigned char>(text[k - 2]) == 0xE2 && static_cast<unsigned char>(text[k - 1]) == 0x80 &&
        (static_cast<unsigned char>(ch) == 0x99 || static_cast<unsigned char>(ch) == 0x9D)) { k -= 3; continue; }
    break;
  }
  const char last = text[k];
  const bool ellipsis = k >= 2 && text.compare(k - 2, 3, "\xE2\x80\xA6") == 0;
  if (last == '.' || last == '!' || last == '?' || ellipsis) return text.substr(0, end + 1);
  return text.substr(0, end + 1) + ".";
}

namespace {

std::string forces_text(const Campaign& c, const Event& e) {
  std::string defenders, attackers;
  const int holder = e.place_index >= 0 ? c.places[static_cast<size_t>(e.place_index)].held_by_index : -1;
  for (int f : e.forces) {
    const Force& force = c.forces[static_cast<size_t>(f)];
    std::string size = force.size.known ? format_pounds(static_cast<double>(force.size.value)) : "size unknown";
    std::string& side = force.faction_index == holder ? defenders : attackers;
    side += (side.empty() ? "" : "; ") + force.name + " (" + size + ")";
  }
  std::string out;
  if (!defenders.empty()) out += "Defenders: " + defenders + ".";
  if (!attackers.empty()) out += std::string(out.empty() ? "" : " ") + "Attackers: " + attackers + ".";
  return out;
}

std::string sentence(const std::string& label, const std::string& value) {
  return value.empty() ? std::string() : " " + label + with_full_stop(value);
}

// The demand column: the amount, and where the same sum was already sought.
std::string demanded_text(const Campaign& c, const Event& e) {
  std::string text = describe_amount(e.demanded);
  if (e.demand_same_as_index >= 0) {
    const Event& first = c.events[static_cast<size_t>(e.demand_same_as_index)];
    text += " (the same sum as at " + place_name(c, first.place_index) + ", counted once)";
  }
  return text;
}

}  // namespace

std::string sources_text(const Campaign& c, const std::vector<SourceRef>& refs) {
  std::string out;
  for (const SourceRef& r : refs) {
    if (!out.empty()) out += "; ";
    out += r.source_index >= 0 ? c.sources[static_cast<size_t>(r.source_index)].short_cite : r.source;
    if (!r.passage.empty()) out += " " + r.passage;
  }
  return out;
}

std::string outcome_text(Outcome o) {
  if (o == Outcome::None) return "";
  std::string s = to_string(o);
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

std::string event_date_text(const Event& e) { return format_date_span(e.date.start, e.date.end, e.date.uncertain); }

std::vector<DemandRow> demand_rows(const Campaign& c, double day) {
  std::vector<DemandRow> rows;
  for (size_t i = 0; i < c.events.size(); ++i) {
    const Event& e = c.events[i];
    if (!e.demanded.present && !e.paid.present) continue;
    DemandRow r;
    r.event = static_cast<int>(i);
    r.start_day = e.date.start;
    r.date = event_date_text(e);
    r.place = place_name(c, e.place_index);
    r.demanded = demanded_text(c, e);
    r.paid = describe_amount(e.paid);
    r.demanded_lb = sortable(e.demanded);
    r.paid_lb = sortable(e.paid);
    r.metal = metal_of(e);
    r.outcome = outcome_text(e.outcome);
    r.sources = sources_text(c, e.sources);
    r.happened = e.date.start <= day;
    rows.push_back(std::move(r));
  }
  return rows;
}

void sort_demand_rows(std::vector<DemandRow>& rows, DemandColumn col, bool asc) {
  auto key_less = [col](const DemandRow& a, const DemandRow& b) {
    switch (col) {
      case DemandColumn::Date: return a.start_day < b.start_day;
      case DemandColumn::Place: return a.place < b.place;
      case DemandColumn::Demanded: return a.demanded_lb < b.demanded_lb;
      case DemandColumn::Paid: return a.paid_lb < b.paid_lb;
      case DemandColumn::Metal: return a.metal < b.metal;
      case DemandColumn::Outcome: return a.outcome < b.outcome;
      case DemandColumn::Source: return a.sources < b.sources;
    }
    return false;
  };
  // Stable, with date order breaking ties, so equal keys keep the campaign's order.
  small_stable_sort(rows.begin(), rows.end(), [&](const DemandRow& a, const DemandRow& b) {
    if (key_less(a, b)) return asc;
    if (key_less(b, a)) return !asc;
    return a.start_day < b.start_day;
  });
}

std::vector<std::string> ledger_summary_lines(const LedgerTotals& t) {
  std::vector<std::string> lines{
      "Demanded of the cities so far (sums on record, each counted once): " +
          describe_sums(t.demanded, t.demanded_unknown, "demand") + ".",
      "Paid so far: " + describe_sums(t.paid, t.paid_unknown, "payment") + "."};
  if (t.agreed.gold > 0 || t.agreed.silver > 0 || t.agreed_unknown > 0)
    lines.push_back("Agreed in the truce (terms, not paid): " + describe_sums(t.agreed, t.agreed_unknown, "term") + ".");
  if (t.captives > 0)
    lines.push_back("Captives carried off: " + format_pounds(static_cast<double>(t.captives)) +
                    (t.captives_unknown ? " and others in numbers no source gives." : "."));
  else if (t.captives_unknown > 0)
    lines.push_back("Captives carried off: in numbers no source gives.");
  return lines;
}

std::vector<PlunderPoint> plunder_series(const Ledger& ledger, const Campaign& c, double day) {
  std::vector<PlunderPoint> out{{static_cast<double>(c.start_day), 0, 0}};
  for (const LedgerEntry& e : ledger.entries()) {
    if (e.day > day) break;
    if (e.kind != LedgerKind::Paid) continue;
    MetalSums s = ledger.plunder_at(e.day);
    out.push_back({e.day, s.gold, s.silver});
  }
  MetalSums now = ledger.plunder_at(day);
  out.push_back({day, now.gold, now.silver});
  return out;
}

std::vector<SiegeRow> siege_rows(const Campaign& c, double day) {
  std::vector<SiegeRow> rows;
  for (size_t i = 0; i < c.events.size(); ++i) {
    const Event& e = c.events[i];
    if (!is_siege(e)) continue;
    SiegeRow r;
    r.event = static_cast<int>(i);
    r.place = place_name(c, e.place_index);
    r.date = event_date_text(e);
    r.outcome = outcome_text(e.outcome);
    r.episode = e.summary;
    r.forces = forces_text(c, e);
    r.sources = sources_text(c, e.sources);
    r.happened = e.date.start <= day;
    rows.push_back(std::move(r));
  }
  return rows;
}

std::vector<DecisionRow> decision_rows(const Campaign& c, const Timeline& t, double day) {
  std::vector<DecisionRow> rows;
  const int taken = t.decisions_taken(day);
  for (size_t i = 0; i < c.decisions.size(); ++i) {
    const Decision& d = c.decisions[i];
    rows.push_back({static_cast<int>(i), format_date_span(d.date.start, d.date.end, d.date.uncertain), d.what, d.why,
                    d.followed, sources_text(c, d.sources), static_cast<int>(i) < taken, static_cast<int>(i) == taken - 1});
  }
  return rows;
}

namespace {

// A waypoint as a reader knows it: its place's name, else its note ("opposite Raqqa"), else "".
std::string waypoint_name(const Campaign& c, const Waypoint& w) {
  return w.place_index >= 0 ? place_name(c, w.place_index) : w.near;
}

// The nearest named waypoint from `from` stepping by `dir` (-1 back, +1 on), or "".
std::string named_waypoint(const Campaign& c, const Army& a, int from, int dir) {
  for (int i = from; i >= 0 && i < static_cast<int>(a.route.size()); i += dir)
    if (std::string n = waypoint_name(c, a.route[static_cast<std::size_t>(i)]); !n.empty()) return n;
  return "";
}

std::string army_whereabouts(const Campaign& c, const Army& a, const ArmyPosition& p) {
  const int last = static_cast<int>(a.route.size()) - 1;
  if (p.before_start) return "not yet set out; starts from " + named_waypoint(c, a, 0, +1);
  if (p.after_end) return "at " + named_waypoint(c, a, last, -1) + ", the end of its route";
  if (p.waypoint >= 0) {
    const std::string here = waypoint_name(c, a.route[static_cast<std::size_t>(p.waypoint)]);
    if (!here.empty()) return "at " + here;
  }
  const std::string from = named_waypoint(c, a, p.leg, -1), to = named_waypoint(c, a, p.leg + 1, +1);
  std::string s = from.empty() ? "on the march to " + to : to.empty() ? "on the march from " + from
                                                                      : "between " + from + " and " + to;
  return s + (p.approximate ? " (a route no source describes)" : "");
}

}  // namespace

std::optional<TextSection> map_as_text(const PanelData& d) {
  TextSection s{"On the map", {}, {}};
  const Campaign& c = d.campaign;
  for (std::size_t i = 0; i < c.armies.size(); ++i) {
    const Army& a = c.armies[i];
    if (a.route.empty() || !d.timeline.army_shown(static_cast<int>(i), d.day)) continue;
    s.items.push_back(a.label + ": " + army_whereabouts(c, a, d.timeline.army_at(static_cast<int>(i), d.day)) + ".");
  }
  if (s.items.empty()) return std::nullopt;
  return s;
}

std::string event_card_text(const Campaign& c, int index) {
  if (index < 0 || index >= static_cast<int>(c.events.size())) return "";
  const Event& e = c.events[static_cast<size_t>(index)];
  std::string s = event_date_text(e);
  if (e.place_index >= 0) s += ", " + place_name(c, e.place_index);
  s += ". " + e.summary;
  if (e.demanded.present) s += " Demanded: " + describe_amount(e.demanded) + ".";
  if (e.paid.present) s += " Paid: " + describe_amount(e.paid) + ".";
  if (e.captives.present) s += " Captives: " + describe_count(e.captives) + ".";
  if (e.date.uncertain && !e.date.note.empty()) s += " Date: " + with_full_stop(e.date.note);
  s += " Sources: " + sources_text(c, e.sources) + ".";
  return s;
}

std::string event_announcement(const Campaign& c, int index, bool brief) {
  if (index < 0 || index >= static_cast<int>(c.events.size())) return "";
  const Event& e = c.events[static_cast<size_t>(index)];
  std::string s = event_date_text(e);
  if (e.place_index >= 0) s = place_name(c, e.place_index) + ", " + s;
  if (!brief) return s + ": " + e.summary;
  const std::string outcome = outcome_text(e.outcome);
  return s + (outcome.empty() ? "" : ": " + outcome) + " (event " + std::to_string(index + 1) + " of " +
         std::to_string(c.events.size()) + ").";
}

std::string ending_announcement(const Campaign& c) {
  return "The end of the campaign. " + with_full_stop(c.summary.empty() ? c.title : c.summary);
}

std::optional<TextSection> event_as_text(const PanelData& d) {
  const Campaign& c = d.campaign;
  if (d.selected_event < 0 || d.selected_event >= static_cast<int>(c.events.size())) return std::nullopt;
  TextSection s{"Selected event", {event_card_text(c, d.selected_event)}, {}};
  for (const Claim& x : c.events[static_cast<size_t>(d.selected_event)].differs)
    s.items.push_back("Where the accounts differ, " + sources_text(c, {x.source}) + ": " + x.claim);
  return s;
}

std::optional<TextSection> chapter_as_text(const PanelData& d) {
  const int ch = d.timeline.active_chapter(d.day);
  if (ch < 0) return std::nullopt;
  const Chapter& chapter = d.campaign.chapters[static_cast<size_t>(ch)];
  return TextSection{"Chapter: " + chapter.title, {chapter.summary}, {}};
}

std::optional<TextSection> demands_as_text(const PanelData& d) {
  const LedgerTotals totals = d.ledger.at(d.day);
  TextSection demands{"Demands and payments", {}, {}};
  std::string summary;
  for (const std::string& line : ledger_summary_lines(totals)) summary += (summary.empty() ? "" : " ") + line;
  demands.items.push_back(summary);
  for (const DemandRow& r : demand_rows(d.campaign, d.day))
    demands.items.push_back(r.date + ", " + r.place + (r.happened ? "" : " (not yet at this date)") + "." +
                            sentence("Demanded: ", r.demanded) + sentence("Paid: ", r.paid) +
                            sentence("Outcome: ", r.outcome) + sentence("Source: ", r.sources));
  return demands;
}

std::optional<TextSection> sieges_as_text(const PanelData& d) {
  TextSection sieges{"Sieges", {}, {}};
  for (const SiegeRow& r : siege_rows(d.campaign, d.day))
    sieges.items.push_back(r.place + ", " + r.date + (r.happened ? "" : " (not yet at this date)") + "." +
                           sentence("Outcome: ", r.outcome) + " " + r.episode + sentence("Forces: ", r.forces) +
                           sentence("Source: ", r.sources));
  return sieges;
}

std::optional<TextSection> decisions_as_text(const PanelData& d) {
  TextSection decisions{d.campaign.decisions_by.title, {}, {}};
  for (const DecisionRow& r : decision_rows(d.campaign, d.timeline, d.day))
    decisions.items.push_back(r.date + (r.taken ? "" : " (not yet taken)") + ": " + r.what + sentence("Why: ", r.why) +
                              sentence("What followed: ", r.followed) + sentence("Source: ", r.sources));
  return decisions;
}

std::optional<TextSection> sources_as_text(const PanelData& d) {
  TextSection sources{"Sources", {}, {}};
  for (const Source& s : d.campaign.sources) {
    sources.items.push_back(s.short_cite + ": " + s.reference);
    if (!s.url.empty()) sources.links.push_back({s.short_cite + ": " + s.reference + " (read it online)", s.url});
  }
  return sources;
}

}  // namespace atlas
