// A new campaign from a title and the area the author framed on the map: the smallest file that loads.
#pragma once
#include <string_view>

#include "core/data/campaign.h"
#include "core/data/json.h"

namespace atlas {

// A format 2 campaign that `campaign-atlas check` accepts without an error or a warning: the framed `area`
// as its view, one faction, one source, one place at the area's centre, one army whose route starts and
// ends there, and one event citing the source, between `start` and `end` ("0540-03-01"). Every name and
// text is a placeholder that says what to write; the id comes from the title.
JsonValue new_campaign(std::string_view title, const ViewBox& area, std::string_view start, std::string_view end);

}  // namespace atlas
