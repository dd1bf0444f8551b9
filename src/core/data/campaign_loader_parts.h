// Internal to the campaign loader: shared reading state and the readers of each part of the file.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "core/data/campaign.h"
#include "core/data/json_reader.h"

namespace atlas {

using IdIndex = std::unordered_map<std::string, int>;

// What the section readers share: the error context, the campaign being built and id indexes.
struct CampaignBuilder {
  ReadContext& ctx;
  Campaign& campaign;
  IdIndex factions, sources, places, forces;

  // Records `id` (read from field `key`) as item `index`; reports a duplicate.
  void add_id(IdIndex& ids, FieldReader& r, std::string_view key, const std::string& id, int index,
              const char* what);
  // Reads an id field that must name an item of `ids`; -1 if absent or unknown (reported).
  int reference(FieldReader& r, std::string_view key, const IdIndex& ids, const char* what, bool required);
  // Reports if `day` (read from `key`) lies outside the campaign's start..end.
  void check_in_span(FieldReader& r, std::string_view key, int day);

  // "sources": [{"source": id, "passage": text}, ...]
  std::vector<SourceRef> source_list(FieldReader& r, std::string_view key, bool required);
  // "differs": [{"source", "passage", "claim"}, ...] with two or more versions.
  std::vector<Claim> differs(FieldReader& r);
  // date_start, date_end (optional, defaults to date_start), uncertain, date_note.
  DateSpan date_span(FieldReader& r, bool note_required_if_uncertain);
  // {"lb": number or "unknown", "metal", "uncertain", "note"}
  Amount amount(FieldReader& r, std::string_view key);
  // {"count": whole number or "unknown", "note"}
  Count count(FieldReader& r, std::string_view key, bool required);
  // A required "#rrggbb" field: its text as written, and the colour in `rgb` (a bad one is reported).
  std::string colour(FieldReader& r, std::string_view key, unsigned& rgb);
  // The army (index into campaign.armies) of force `force_index`, or -1 if it has no route.
  int army_of_force(int force_index) const;
  // "army": a force with a route (format 2); format 1's events all concern its one army.
  int army_reference(FieldReader& r);
};

// "lat" (-90..90) and "lon" (-180..180), in that order.
GeoDeg read_lat_lon(FieldReader& r);

void read_route(CampaignBuilder& b, const JsonValue& array, const std::string& path, std::vector<Waypoint>& route);
// Format 1's top-level "route": the one army, labelled with the first force's name.
void read_main_route(CampaignBuilder& b, const JsonValue& array);
// Format 2: a force's "route", "label", "color", "band", "strength", "detachment_of", "rejoins".
void read_force_route(CampaignBuilder& b, FieldReader& r, int force_index);
void read_events(CampaignBuilder& b, const JsonValue& array, const std::string& path);
void read_decisions(CampaignBuilder& b, const JsonValue& array, const std::string& path);
void read_chapters(CampaignBuilder& b, const JsonValue& array, const std::string& path);

}  // namespace atlas
