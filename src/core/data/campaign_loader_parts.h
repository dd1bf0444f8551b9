// Internal to the campaign loader: shared reading state and the readers of each part of the file.
#pragma once
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/data/campaign.h"
#include "core/data/json_reader.h"

namespace atlas {

// The ids of one list and their positions. A list holds at most kMaxListEntries, so a search along it is
// quick, and its code is a fraction of a hash table's (the web page has a size budget).
class IdIndex {
 public:
  using Entry = std::pair<std::string, int>;
  using const_iterator = std::vector<Entry>::const_iterator;
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  const_iterator find(std::string_view id) const {
    return std::find_if(begin(), end(), [id](const Entry& e) { return e.first == id; });
  }
  // Adds `id` at `index` unless it is there already; `.second` says whether it was added.
  std::pair<const_iterator, bool> emplace(const std::string& id, int index) {
    if (const auto it = find(id); it != end()) return {it, false};
    entries_.emplace_back(id, index);
    return {end() - 1, true};
  }

 private:
  std::vector<Entry> entries_;
};

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
