// The map's key, from the campaign's data: what each army's band means, the lines, who holds what, the fates.
#pragma once
#include <string>
#include <vector>

#include "core/data/campaign.h"
#include "core/story/panel_models.h"

namespace atlas {

struct LegendEntry {
  enum class Kind { Band, Line, Future, Guessed, Frontier, Faction, Fate, Mark };
  Kind kind = Kind::Line;
  std::string text;            // "<army label>: the band's width is the gold and silver carried (pounds), …"
  unsigned rgb = 0;            // Band, Line, Faction: the colour drawn (0 with house_colour: the accent)
  bool house_colour = false;   // Band/Line of a format 1 army: drawn in the map's accent colour
  bool gold_core = false;      // Band: a gold core shows the gold
  Outcome outcome = Outcome::None;  // Fate: the glyph
  EventKind event_kind = EventKind::Other;  // Mark: what happened there (a battle, a landing…)
};

// Everything the map draws for this campaign, each once: the main armies (detachments as one entry),
// the route still to come, guessed legs, the frontier, each faction, each fate that occurs.
std::vector<LegendEntry> legend_entries(const Campaign& campaign);

// The key for screen readers: one item per entry.
TextSection legend_as_text(const Campaign& campaign);

}  // namespace atlas
