// The template a new campaign starts from: one of each thing the format requires, as placeholders, and the
// new-campaign form's check of the author's title and dates.
#include "core/edit/campaign_template.h"

#include "core/data/date.h"

#include "core/edit/campaign_edits.h"
#include "core/edit/json_edit.h"

namespace atlas {
namespace {

JsonValue list_of(JsonValue item) {
  JsonValue list = json_array();
  list.array.push_back(std::move(item));
  return list;
}

JsonValue citation() {
  return list_of(with(with(json_object(), "source", json_text("source")), "passage", json_text("Where in the source")));
}

JsonValue waypoint(std::string_view date) { return with(with(json_object(), "place", json_text("start")), "date", json_text(date)); }

JsonValue first_place(const ViewBox& area) {
  JsonValue place = with(with(json_object(), "id", json_text("start")), "name", json_text("Starting point"));
  place = with(std::move(place), "modern", json_text("Its modern name"));
  place = with(std::move(place), "lat", json_number(round_degrees((area.south + area.north) / 2)));
  place = with(std::move(place), "lon", json_number(round_degrees((area.west + area.east) / 2)));
  return with(with(std::move(place), "held_by", json_text("first-side")), "role", json_text("Why this place matters."));
}

JsonValue first_army(std::string_view start, std::string_view end) {
  JsonValue route = list_of(waypoint(start));
  route.array.push_back(waypoint(end));
  JsonValue force = with(with(json_object(), "id", json_text("army")), "name", json_text("The army"));
  force = with(with(std::move(force), "faction", json_text("first-side")), "size", with(json_object(), "count", json_text("unknown")));
  return with(with(std::move(force), "sources", citation()), "route", std::move(route));
}

JsonValue first_event(std::string_view start) {
  JsonValue event = with(with(json_object(), "id", json_text("setting-out")), "kind", json_text("march"));
  event = with(with(std::move(event), "army", json_text("army")), "date_start", json_text(start));
  event = with(with(std::move(event), "place", json_text("start")), "summary", json_text("What happened, in your own words."));
  return with(std::move(event), "sources", citation());
}

JsonValue view_of(const ViewBox& area) {
  JsonValue view =
      with(with(json_object(), "west", json_number(round_degrees(area.west))), "south", json_number(round_degrees(area.south)));
  return with(with(std::move(view), "east", json_number(round_degrees(area.east))), "north", json_number(round_degrees(area.north)));
}

}  // namespace

JsonValue new_campaign(std::string_view title, const ViewBox& area, std::string_view start, std::string_view end) {
  JsonValue c = with(json_object(), "format", json_text("campaign-atlas/2"));
  c = with(with(std::move(c), "id", json_text(unique_id(json_array(), title, "campaign"))), "title", json_text(title));
  c = with(with(with(std::move(c), "start", json_text(start)), "end", json_text(end)), "view", view_of(area));
  JsonValue faction = with(with(json_object(), "id", json_text("first-side")), "name", json_text("First side"));
  c = with(std::move(c), "factions", list_of(with(std::move(faction), "color", json_text("#6d2f8f"))));
  JsonValue source = with(with(json_object(), "id", json_text("source")), "short", json_text("Short citation"));
  c = with(std::move(c), "sources", list_of(with(std::move(source), "reference", json_text("The full reference."))));
  c = with(with(std::move(c), "places", list_of(first_place(area))), "forces", list_of(first_army(start, end)));
  return with(std::move(c), "events", list_of(first_event(start)));
}

NewCampaignProblems check_new_campaign(std::string_view title, std::string_view start, std::string_view end) {
  NewCampaignProblems p;
  if (title.find_first_not_of(" \t") == std::string_view::npos) p.title = "needed: the campaign's name";
  int first = 0, last = 0;
  p.start = start.empty() ? "needed: its first day" : parse_date(start, first) ? "" : not_a_date(start);
  p.end = end.empty() ? "needed: its last day" : parse_date(end, last) ? "" : not_a_date(end);
  if (p.start.empty() && p.end.empty() && last < first)
    p.end = "is before the start (" + format_day(first) + ")";
  return p;
}

}  // namespace atlas
