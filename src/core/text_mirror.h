// The panels as text for screen readers: headed sections of short items, and their JSON for the page.
#pragma once
#include <string>
#include <vector>

#include "core/campaign.h"
#include "core/ledger.h"
#include "core/timeline.h"

namespace atlas {

struct TextSection {
  std::string title;
  std::vector<std::string> items;
};

// What the map and panels show at `day` with `selected_event` selected: the event, the chapter, the
// demands and payments, the sieges, Justinian's decisions (later ones marked as not yet), the sources.
std::vector<TextSection> panels_as_text(const Campaign& campaign, const Timeline& timeline, const Ledger& ledger,
                                        double day, int selected_event);
// [{"title":"…","items":["…",…]},…]
std::string sections_json(const std::vector<TextSection>& sections);

}  // namespace atlas
