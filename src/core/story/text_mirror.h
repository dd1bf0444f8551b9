// The panels as text for screen readers: headed sections of short items, and their JSON for the page.
#pragma once
#include <string>
#include <vector>

#include "core/data/campaign.h"
#include "core/story/ledger.h"
#include "core/story/panel_models.h"
#include "core/story/timeline.h"

namespace atlas {

// What the map and panels show at `day` with `selected_event` selected: where each army is ("On the
// map"), then each panel with content for this campaign, in the order of the tabs, as its own section
// (core/story/panel_table).
std::vector<TextSection> panels_as_text(const Campaign& campaign, const Timeline& timeline, const Ledger& ledger,
                                        double day, int selected_event);
// [{"title":"…","items":["…",…]},…]
std::string sections_json(const std::vector<TextSection>& sections);

}  // namespace atlas
