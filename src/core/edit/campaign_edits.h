// The edits the editor's map and forms make, each one undoable step of a CampaignDocument.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "core/edit/campaign_document.h"
#include "core/geo/geo.h"

namespace atlas {

// Degrees as the editor writes them: rounded to 4 decimals (about 10 m), so a click gives "36.2016", not 17 digits.
double round_degrees(double degrees);

// An id for `name` not yet used by an element of `list` (its "id" members): lowercase letters and digits,
// other runs of characters as '-' ("Tall Hill" -> "tall-hill"; then "tall-hill-2"); `fallback` when the
// name has no such letter.
std::string unique_id(const JsonValue& list, std::string_view name, std::string_view fallback);

// The armies: the top-level route (format 1), or each force with a route (format 2), in file order.
std::size_t army_count(const JsonValue& root);
// The path of army `army`'s route ("route", "forces[2].route"); false when there is no such army.
bool route_path(const JsonValue& root, std::size_t army, JsonPath& out);

// A new place at the end of `places` (created if absent): an id from its name, held by the first faction;
// its modern name and role are left empty for the author (the problems say so).
bool add_place(CampaignDocument& doc, std::string_view name, GeoDeg at);
// Place `place`'s lat and lon; Merge::Typing while dragging, so the whole drag is one step.
bool move_place(CampaignDocument& doc, std::size_t place, GeoDeg at, Merge merge = Merge::Separate);

// Route waypoints of army `army`: appended, inserted before waypoint `index`, moved (lat and lon), removed.
bool add_waypoint(CampaignDocument& doc, std::size_t army, GeoDeg at);
bool insert_waypoint(CampaignDocument& doc, std::size_t army, std::size_t index, GeoDeg at);
bool move_waypoint(CampaignDocument& doc, std::size_t army, std::size_t index, GeoDeg at, Merge merge = Merge::Separate);
bool delete_waypoint(CampaignDocument& doc, std::size_t army, std::size_t index);

// A new event of `kind` at place `place_id` on `date` ("0540-06-20"), placed among the events by date (after
// those of the same day); its id from the place and kind; summary and sources left for the author.
bool add_event(CampaignDocument& doc, std::string_view kind, std::string_view place_id, std::string_view date);

}  // namespace atlas
