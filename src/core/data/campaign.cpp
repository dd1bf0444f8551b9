// Names of the campaign model's enums (as written in data files) and id look-ups.
#include "core/data/campaign.h"

#include "core/data/date.h"

namespace atlas {
namespace {

const char* const kMetals[] = {"gold", "silver"};
const char* const kKinds[] = {"march", "demand", "payment", "siege",     "sack",      "truce", "decision",
                              "other", "battle", "landing", "sea_passage", "surrender", "raid"};
// Index 0 (Outcome::None) has no name in files.
const char* const kOutcomes[] = {"",        "taken",      "razed",    "burned", "ransomed", "spared",
                                 "refused", "siege_failed", "bypassed", "paid",   "sacked",   "plundered",
                                 "visited", "crossed",    "agreed",   "other",  "victory",  "defeat",
                                 "surrendered", "abandoned"};
const char* const kLabelSizes[] = {"large", "medium", "small"};
const char* const kBandMeasures[] = {"none", "plunder", "strength"};

template <typename Enum, std::size_t N>
bool parse_name(const char* const (&names)[N], std::size_t first, std::string_view name, Enum& out) {
  for (std::size_t i = first; i < N; ++i) {
    if (name == names[i]) {
      out = static_cast<Enum>(i);
      return true;
    }
  }
  return false;
}

template <std::size_t N>
std::string join_names(const char* const (&names)[N], std::size_t first) {
  std::string out;
  for (std::size_t i = first; i < N; ++i) {
    if (!out.empty()) out += ", ";
    out += names[i];
  }
  return out;
}

template <typename T>
int find_by_id(const std::vector<T>& items, std::string_view id) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

const char* to_string(Metal m) { return kMetals[static_cast<int>(m)]; }
const char* to_string(EventKind k) { return kKinds[static_cast<int>(k)]; }
const char* to_string(Outcome o) { return kOutcomes[static_cast<int>(o)]; }
const char* to_string(LabelSize s) { return kLabelSizes[static_cast<int>(s)]; }
const char* to_string(BandMeasure b) { return kBandMeasures[static_cast<int>(b)]; }

bool parse_metal(std::string_view name, Metal& out) { return parse_name(kMetals, 0, name, out); }
bool parse_event_kind(std::string_view name, EventKind& out) { return parse_name(kKinds, 0, name, out); }
bool parse_outcome(std::string_view name, Outcome& out) { return parse_name(kOutcomes, 1, name, out); }
bool parse_label_size(std::string_view name, LabelSize& out) { return parse_name(kLabelSizes, 0, name, out); }
bool parse_band_measure(std::string_view name, BandMeasure& out) { return parse_name(kBandMeasures, 0, name, out); }

std::string metal_names() { return join_names(kMetals, 0); }
std::string event_kind_names() { return join_names(kKinds, 0); }
std::string outcome_names() { return join_names(kOutcomes, 1); }
std::string label_size_names() { return join_names(kLabelSizes, 0); }
std::string band_measure_names() { return join_names(kBandMeasures, 0); }

bool outcome_sets_place_status(Outcome o) {
  return o != Outcome::None && o != Outcome::Agreed && o != Outcome::Other && o != Outcome::Victory &&
         o != Outcome::Defeat;
}

int Campaign::first_year() const { return civil_date(start_day).year; }
int Campaign::last_year() const { return civil_date(end_day).year; }
int Campaign::find_place(std::string_view item_id) const { return find_by_id(places, item_id); }
int Campaign::find_faction(std::string_view item_id) const { return find_by_id(factions, item_id); }
int Campaign::find_source(std::string_view item_id) const { return find_by_id(sources, item_id); }
int Campaign::find_event(std::string_view item_id) const { return find_by_id(events, item_id); }
int Campaign::find_force(std::string_view item_id) const { return find_by_id(forces, item_id); }

const std::vector<Waypoint>& Campaign::main_route() const {
  static const std::vector<Waypoint> kNone;
  return armies.empty() ? kNone : armies.front().route;
}

}  // namespace atlas
