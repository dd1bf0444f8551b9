// What `campaign-atlas check` finds in a campaign file: every error, and warnings an author should look at.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/data/campaign_loader.h"

namespace atlas {

constexpr double kLongUndatedKm = 300;     // an undated stretch of route longer than this is worth a date
constexpr double kFarFromRouteKm = 75;     // an event this far from every point of its army's route

struct CheckReport {
  std::vector<LoadError> errors;    // the loader's, all of them; none means the map can be drawn
  std::vector<LoadError> warnings;  // the file loads, but a reader may be misled
  std::vector<std::uint32_t> code_points;  // the text's characters, for a glyph check by the caller
  Campaign campaign;                // loaded, when there are no errors
};

// Loads `text` and lists its errors; when it loads, also its warnings, each at file:line:col:
//  - a stretch of a route without dates longer than kLongUndatedKm (its times are estimated) that no
//    date_note at its end explains,
//  - an event at a place more than kFarFromRouteKm from its army's route (format 2 events that name an
//    army; format 1 sieges, sacks, battles, landings, surrenders and raids, which the one army is at).
CheckReport check_campaign(std::string_view text, std::string_view file_name);

// Warnings of a loaded campaign, with their fields (the caller places them in the file).
std::vector<LoadError> campaign_warnings(const Campaign& campaign);

}  // namespace atlas
