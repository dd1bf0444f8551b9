// The campaign model: plain structs for everything a campaign data file holds (see docs/campaign-format.md).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/geo/geo.h"

namespace atlas {

enum class Metal { Gold, Silver };
enum class EventKind {
  March, Demand, Payment, Siege, Sack, Truce, Decision, Other,
  Battle, Landing, SeaPassage, Surrender, Raid  // format 2
};
// What an event meant for its place (Victory, Defeat: for the event's army). None: no outcome of its own.
enum class Outcome {
  None, Taken, Razed, Burned, Ransomed, Spared, Refused, SiegeFailed, Bypassed, Paid, Sacked,
  Plundered, Visited, Crossed, Agreed, Other,
  Victory, Defeat, Surrendered, Abandoned  // format 2
};
// What an army's band on the map measures: plunder carried, troop strength, or nothing (a line).
enum class BandMeasure { None, Plunder, Strength };
enum class LabelSize { Large, Medium, Small };

// Names as written in the data file ("gold", "siege_failed"...), and back. Parsing fails (false)
// on unknown names; Outcome::None has no name and is never parsed.
const char* to_string(Metal m);
const char* to_string(EventKind k);
const char* to_string(Outcome o);
const char* to_string(LabelSize s);
const char* to_string(BandMeasure b);
bool parse_metal(std::string_view name, Metal& out);
bool parse_event_kind(std::string_view name, EventKind& out);
bool parse_outcome(std::string_view name, Outcome& out);
bool parse_label_size(std::string_view name, LabelSize& out);
bool parse_band_measure(std::string_view name, BandMeasure& out);
// Lists of the valid names, for messages and docs: "march, demand, ...".
std::string metal_names();
std::string event_kind_names();
std::string outcome_names();
std::string label_size_names();
std::string band_measure_names();

// True for outcomes that describe what happened to the place itself (its status on the map);
// false for None, Agreed (a bargain struck there), Other, and Victory and Defeat (of the event's army).
bool outcome_sets_place_status(Outcome o);

struct SourceRef {       // {"source": "procopius", "passage": "II.7"}
  std::string source;    // a Source id
  std::string passage;   // book.chapter(.section), page, or a section heading of a post
  int source_index = -1;
};

struct Claim {           // one version of an account where the sources differ
  SourceRef source;
  std::string claim;     // what this source says, in our words
};

struct DateSpan {        // whole days, inclusive, as Julian Day Numbers
  int start = 0;
  int end = 0;
  bool uncertain = false;  // an estimate: shown to the month only, with "c."
  std::string note;        // what the sources actually say about the date
};

struct Amount {          // pounds (lb) of gold or silver; "unknown" is allowed explicitly
  bool present = false;  // the field was given at all
  bool known = false;    // false: the sources give no figure
  double lb = 0;
  bool has_metal = false;
  Metal metal = Metal::Gold;
  bool uncertain = false;
  std::string note;
};

struct Count {           // people: a figure or explicitly unknown
  bool present = false;
  bool known = false;
  long long value = 0;
  std::string note;
};

struct Faction {
  std::string id, name;
  std::string color;     // "#rrggbb" as written
  unsigned rgb = 0;      // 0xRRGGBB
};

struct HandOver {        // a place passing to another faction during the campaign
  DateSpan date;
  std::string to;        // faction id
  int to_index = -1;
  std::vector<SourceRef> sources;
};

struct Place {
  std::string id, ancient_name, modern_name;
  GeoDeg at;
  std::string held_by;   // faction id at the start of the campaign
  int held_by_index = -1;
  std::string role;      // why the place matters, in our words
  bool coord_uncertain = false;
  std::string coord_note;
  std::vector<HandOver> changes_hands;  // in date order
};

struct Waypoint {
  GeoDeg at;
  std::string place;     // optional place id ("" if none)
  int place_index = -1;
  std::string near;      // optional free-text label for editors ("Hit", "opposite Raqqa")
  // Arrival and departure as fractional day numbers (day N starts at N.0). For a waypoint without
  // a date they are interpolated by distance between its dated neighbours; leave == arrive unless
  // the file gives "leave" (the day the army moves on).
  double arrive = 0, leave = 0;
  bool date_given = false;   // false: the times were interpolated
  bool uncertain = false;    // an estimated date (always true when !date_given)
  std::string date_note;
  std::string follows;   // a river or road the leg into this waypoint follows (e.g. a river's name)
  bool approximate = false;  // the leg into this waypoint is not described by the sources
};

struct Event {
  std::string id;
  EventKind kind = EventKind::Other;
  DateSpan date;
  std::string place;
  int place_index = -1;
  Amount demanded, paid;
  Count captives;
  Outcome outcome = Outcome::None;
  std::string summary;
  std::vector<SourceRef> sources;  // at least one
  std::vector<Claim> differs;      // empty, or two or more versions
  std::vector<int> forces;         // indices into Campaign::forces: who fought there, if known
  // "demand_same_as": an earlier event whose `demanded` is this very sum, sought again (e.g. the
  // sum bargained for at one place and then asked of the city). Totals count it once, there.
  std::string demand_same_as;
  int demand_same_as_index = -1;
  int army = -1;                   // index into Campaign::armies: the army it concerns (format 1: the one army)
};

struct Decision {        // decisions of the side named by Campaign::decisions_by
  std::string id;
  int army = -1;         // index into Campaign::armies, or -1
  DateSpan date;
  std::string what, why, followed;  // why/followed may be empty
  std::vector<SourceRef> sources;
  std::vector<Claim> differs;
};

struct Chapter {         // a section of the post the campaign accompanies
  std::string id, title;
  DateSpan date;
  std::string summary;
  std::vector<SourceRef> sources;
};

struct Source {
  std::string id, short_cite, reference;
  std::string note, url;  // optional
};

struct Label {           // a region name drawn on the map
  std::string text;
  GeoDeg at;
  LabelSize size = LabelSize::Medium;
};

struct Frontier {
  std::vector<GeoDeg> points;  // empty if the file has none
  std::string note;
};

struct Note {            // an unknown, or a correction of an error found elsewhere
  std::string id, text;
  std::vector<SourceRef> sources;
};

struct DistanceUnit {    // a unit the sources measure in, e.g. a mile of their era, for the scale bar
  std::string name;      // plural, as the bar says it ("" for none)
  double km = 0;         // one unit in kilometres
};

struct Force {           // an army or detachment and its size, if any source gives it
  std::string id, name;
  std::string faction;
  int faction_index = -1;
  Count size;
  std::vector<SourceRef> sources;
};

struct StrengthPoint {   // an army's troop strength from a day on, as a source gives it
  int day = 0;
  Count count;
  bool uncertain = false;
  std::string note;
  std::vector<SourceRef> sources;
};

// A force that moves on the map: its route, and how it is drawn. Format 1 has one, from the
// top-level "route", labelled with the first force's name; format 2 one per force with a "route".
struct Army {
  int force = -1;        // index into Campaign::forces (format 1 without forces: -1)
  std::string label;     // drawn beside its marker
  unsigned rgb = 0;      // its band and marker; the faction's colour unless the file gives one
  bool house_colour = false;  // format 1: drawn in the map's accent colour, as it always was
  std::vector<Waypoint> route;  // at least two, the first and last dated
  BandMeasure band = BandMeasure::None;
  std::vector<StrengthPoint> strength;  // for BandMeasure::Strength, in date order
  int parent = -1;       // detachment_of: index into Campaign::armies (an earlier entry), or -1
  bool rejoins = false;  // a detachment's last waypoint is where it joins its parent again
  double first_day() const { return route.front().arrive; }
  double last_day() const { return route.back().leave; }  // drawn until then
};

struct DecisionsBy {     // who takes the campaign's `decisions`: the panel's tab label and heading
  std::string name = "Decisions";
  std::string title = "Decisions";
};

struct ViewBox {
  double west = 0, south = 0, east = 0, north = 0;
};

struct Campaign {
  std::string format;    // "campaign-atlas/1" or "campaign-atlas/2"
  int version = 1;
  std::string id, title, summary;
  int start_day = 0, end_day = 0;  // the timeline's span
  ViewBox view;
  std::vector<Faction> factions;
  std::vector<Source> sources;
  std::vector<Place> places;
  std::vector<Army> armies;          // at least one; armies[0] is the main army
  DecisionsBy decisions_by;
  std::string money_note;            // the sentence under the Demands panel ("" for none)
  DistanceUnit distance_unit;        // the scale bar's second unit, the sources' own (km only if none)
  std::string geography;             // id of its geography file (format 2; "" for the built-in one)
  std::vector<Event> events;         // ordered by date.start
  std::vector<Decision> decisions;   // ordered by date.start
  std::vector<Chapter> chapters;     // ordered, not overlapping
  std::vector<Label> labels;
  Frontier frontier;
  std::vector<Force> forces;
  std::vector<Note> unknowns;
  std::vector<Note> corrections;

  int first_year() const;
  int last_year() const;
  // Index of the item with this id, or -1.
  int find_place(std::string_view item_id) const;
  int find_faction(std::string_view item_id) const;
  int find_source(std::string_view item_id) const;
  int find_event(std::string_view item_id) const;
  int find_force(std::string_view item_id) const;
  // The main army's route (armies[0]); empty while no army is loaded.
  const std::vector<Waypoint>& main_route() const;
};

}  // namespace atlas
