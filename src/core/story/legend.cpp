// The map's key: built from what the campaign file says its armies, lines, factions and fates are.
#include "core/story/legend.h"

#include "core/story/timeline.h"

#include <algorithm>

namespace atlas {
namespace {

std::string band_text(const Army& a) {
  switch (a.band) {
    case BandMeasure::Plunder: return a.label + ": the band's width is the gold and silver carried (pounds), its core the gold";
    case BandMeasure::Strength: return a.label + ": the band's width is the troops, where a source gives a figure";
    case BandMeasure::None: break;
  }
  return a.label + "'s route";
}

bool any_guessed_leg(const Campaign& c) {
  for (const Army& a : c.armies)
    for (const Waypoint& w : a.route)
      if (w.approximate) return true;
  return false;
}

// The outcomes the map marks with a glyph (ui/map_overlay.cpp, fate_glyph); the others leave the dot plain.
bool has_glyph(Outcome o) {
  switch (o) {
    case Outcome::None: case Outcome::Visited: case Outcome::Crossed: case Outcome::Agreed: case Outcome::Other: return false;
    default: return true;
  }
}

// What each fate glyph means, in words a reader knows.
std::string fate_text(Outcome o) {
  switch (o) {
    case Outcome::Paid: case Outcome::Ransomed: return "paid or ransomed";
    case Outcome::Taken: case Outcome::Sacked: return "taken or sacked";
    default: return outcome_text(o);
  }
}

}  // namespace

std::vector<LegendEntry> legend_entries(const Campaign& c) {
  std::vector<LegendEntry> out;
  const Army* detachment = nullptr;  // the first; all are named in one entry
  for (const Army& a : c.armies) {
    if (a.parent >= 0) { if (!detachment) detachment = &a; continue; }
    LegendEntry e{a.band == BandMeasure::None ? LegendEntry::Kind::Line : LegendEntry::Kind::Band, band_text(a), a.rgb,
                  a.house_colour, a.band == BandMeasure::Plunder, Outcome::None};
    out.push_back(e);
  }
  if (detachment)
    out.push_back({LegendEntry::Kind::Line, "Detachments: routes that split off an army's (some rejoin it)", detachment->rgb,
                   detachment->house_colour, false, Outcome::None});
  if (!c.armies.empty()) out.push_back({LegendEntry::Kind::Future, "Faint: the route still to come", 0, true, false, Outcome::None});
  if (any_guessed_leg(c)) out.push_back({LegendEntry::Kind::Guessed, "Dashed: a leg no source describes", 0, true, false, Outcome::None});
  if (c.frontier.points.size() >= 2) out.push_back({LegendEntry::Kind::Frontier, "Grey dashes: the frontier (approximate)", 0, false, false, Outcome::None});
  for (const Faction& f : c.factions) out.push_back({LegendEntry::Kind::Faction, f.name + ": places it holds", f.rgb, false, false, Outcome::None});
  std::vector<std::string> fates;  // one entry per glyph, in the order of the outcomes' list
  for (int o = static_cast<int>(Outcome::Taken); o <= static_cast<int>(Outcome::Abandoned); ++o) {
    const Outcome outcome = static_cast<Outcome>(o);
    const bool occurs = std::any_of(c.events.begin(), c.events.end(), [&](const Event& e) { return e.outcome == outcome; });
    const std::string text = fate_text(outcome);
    if (!occurs || !has_glyph(outcome) || text.empty() || std::find(fates.begin(), fates.end(), text) != fates.end()) continue;
    fates.push_back(text);
    out.push_back({LegendEntry::Kind::Fate, text, 0, false, false, outcome});
  }
  for (EventKind k : {EventKind::Battle, EventKind::Landing, EventKind::SeaPassage, EventKind::Raid}) {
    if (!std::any_of(c.events.begin(), c.events.end(), [&](const Event& e) { return e.kind == k && e.place_index >= 0; })) continue;
    std::string text = to_string(k);
    std::replace(text.begin(), text.end(), '_', ' ');
    LegendEntry e{LegendEntry::Kind::Mark, text, 0, false, false, Outcome::None};
    e.event_kind = k;
    out.push_back(e);
  }
  return out;
}

TextSection legend_as_text(const Campaign& c) {
  TextSection s{"Key to the map", {}, {}};
  for (const LegendEntry& e : legend_entries(c))
    s.items.push_back(e.kind == LegendEntry::Kind::Fate || e.kind == LegendEntry::Kind::Mark ? "Symbol: " + with_full_stop(e.text)
                                                                                         : with_full_stop(e.text));
  return s;
}

}  // namespace atlas
