// Waypoints along a river of the geography, so "follows the river" is two clicks, not forty coordinates.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/edit/campaign_document.h"
#include "core/geo/geography.h"

namespace atlas {

struct RiverStretch {
  std::string river;           // its name in the geography ("" if unnamed)
  std::vector<GeoDeg> points;  // from the river's point nearest `from` to the one nearest `to`
};

// The river that passes nearest both `from` and `to` (each within `reach_km` of one of its points), from its
// point nearest `from` to its point nearest `to` (down- or upstream), thinned so that consecutive points are
// at least `spacing_km` apart (both ends kept). False when no river comes within reach of both.
bool river_stretch(const Geography& geography, GeoDeg from, GeoDeg to, double reach_km, double spacing_km,
                   RiverStretch& out);

// The stretch's points inserted into army `army`'s route before waypoint `index` (its size: at the end), each
// with "follows": the river's name when it has one. One undoable step.
bool insert_river_waypoints(CampaignDocument& doc, std::size_t army, std::size_t index, const RiverStretch& stretch);

}  // namespace atlas
