// Checks a campaign file for an author: all the loader's errors, then warnings located in the file.
#include "core/data/campaign_check.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/geo/great_circle.h"

namespace atlas {
namespace {

std::string route_path(const Campaign& c, const Army& a) {
  return c.version >= 2 && a.force >= 0 ? element_path("forces", static_cast<std::size_t>(a.force)) + ".route" : "route";
}

std::string km_text(double km) { return std::to_string(static_cast<long>(std::lround(km))) + " km"; }

// Runs of undated waypoints whose stretch, from the dated waypoint before to the one after, is long,
// unless the waypoint after says in its date_note what the sources do say.
void undated_stretches(const Campaign& c, const Army& a, std::vector<LoadError>& out) {
  const std::vector<double> km = cumulative_km(a.route);
  std::size_t from = 0;
  for (std::size_t to = 1; to < a.route.size(); ++to) {
    if (!a.route[to].date_given) continue;
    const double span = km[to] - km[from];
    if (to > from + 1 && span > kLongUndatedKm && a.route[to].date_note.empty()) {  // a note says why
      const std::size_t n = to - from - 1;
      out.push_back({"", 0, 0, element_path(route_path(c, a), from + 1),
                     std::to_string(n) + " waypoint" + (n == 1 ? "" : "s") + " without a date over " + km_text(span) +
                         " (to " + element_path(route_path(c, a), to) +
                         "): the army's times along them are estimated from distance; give a date where a source does, or say in " +
                         element_path(route_path(c, a), to) + ".date_note why none can be"});
    }
    from = to;
  }
}

// The least distance from `p` to the route, its legs sampled every few km along their great circles.
double km_from_route(GeoDeg p, const std::vector<Waypoint>& route) {
  double best = 1e30;
  for (std::size_t i = 0; i < route.size(); ++i) {
    best = std::min(best, great_circle_km(p, route[i].at));
    if (i + 1 == route.size()) break;
    const int steps = std::min(2000, static_cast<int>(great_circle_km(route[i].at, route[i + 1].at) / 5.0));
    for (int s = 1; s < steps; ++s) best = std::min(best, great_circle_km(p, great_circle_point(route[i].at, route[i + 1].at, double(s) / steps)));
  }
  return best;
}

// Kinds of event the one army of a format 1 file is present at (a demand or a decision may be sent).
bool army_is_there(EventKind k) {
  return k == EventKind::Siege || k == EventKind::Sack || k == EventKind::Battle || k == EventKind::Landing ||
         k == EventKind::Surrender || k == EventKind::Raid;
}

// Format 2 events name their army (e.army is -1 otherwise); format 1's all concern the one army.
void events_off_route(const Campaign& c, std::vector<LoadError>& out) {
  for (std::size_t i = 0; i < c.events.size(); ++i) {
    const Event& e = c.events[i];
    const bool concerns = c.version >= 2 || army_is_there(e.kind);
    if (!concerns || e.army < 0 || e.place_index < 0 || e.army >= static_cast<int>(c.armies.size())) continue;
    const Army& a = c.armies[static_cast<std::size_t>(e.army)];
    const double km = km_from_route(c.places[static_cast<std::size_t>(e.place_index)].at, a.route);
    if (km <= kFarFromRouteKm) continue;
    out.push_back({"", 0, 0, element_path("events", i) + ".place",
                   "\"" + e.place + "\" is " + km_text(km) + " from every point of the route of " + a.label +
                       ", whom the event concerns: check the place, the army or the route"});
  }
}

}  // namespace

std::vector<LoadError> campaign_warnings(const Campaign& c) {
  std::vector<LoadError> out;
  for (const Army& a : c.armies) undated_stretches(c, a, out);
  events_off_route(c, out);
  return out;
}

CheckReport check_campaign(std::string_view text, std::string_view file_name) {
  CheckReport report;
  LoadResult r = load_campaign(text, file_name);
  report.errors = std::move(r.errors);
  if (!report.errors.empty()) return report;
  report.campaign = std::move(r.campaign);
  report.code_points = std::move(r.code_points);
  report.warnings = campaign_warnings(report.campaign);
  JsonValue root;
  JsonError ignored;
  parse_json(text, root, ignored);  // it parsed once already: place each warning at its field
  for (LoadError& w : report.warnings) {
    w.file = std::string(file_name);
    if (const JsonValue* at = value_at(root, w.field)) w.line = at->line, w.column = at->column;
  }
  return report;
}

}  // namespace atlas
