// The stretch of a river between two clicks, and its points as route waypoints.
#include "core/edit/river_route.h"

#include "core/edit/campaign_edits.h"
#include "core/edit/json_edit.h"
#include "core/geo/great_circle.h"

namespace atlas {
namespace {

struct Nearest {
  std::size_t index = 0;
  double km = 1e30;
};

Nearest nearest_point(const std::vector<GeoDeg>& points, GeoDeg to) {
  Nearest n;
  for (std::size_t i = 0; i < points.size(); ++i)
    if (const double km = great_circle_km(points[i], to); km < n.km) n = {i, km};
  return n;
}

// The points from `first` to `last` (either way along the line), one at least every `spacing_km`.
std::vector<GeoDeg> thinned(const std::vector<GeoDeg>& line, std::size_t first, std::size_t last, double spacing_km) {
  std::vector<GeoDeg> out{line[first]};
  const long step = last >= first ? 1 : -1;
  double since = 0;
  for (std::size_t i = first; i != last;) {
    const std::size_t next = static_cast<std::size_t>(static_cast<long>(i) + step);
    since += great_circle_km(line[i], line[next]);
    i = next;
    if (i == last || since >= spacing_km) out.push_back(line[i]), since = 0;
  }
  if (out.size() >= 2 && great_circle_km(out[out.size() - 2], out.back()) < spacing_km / 2 && out.size() > 2)
    out.erase(out.end() - 2);  // no stub of a leg before the end
  return out;
}

}  // namespace

bool river_stretch(const Geography& geography, GeoDeg from, GeoDeg to, double reach_km, double spacing_km,
                   RiverStretch& out) {
  const GeoRiver* best = nullptr;
  Nearest best_from, best_to;
  for (const GeoRiver& river : geography.rivers) {
    const Nearest a = nearest_point(river.points, from), b = nearest_point(river.points, to);
    if (a.km > reach_km || b.km > reach_km || a.index == b.index) continue;
    if (!best || a.km + b.km < best_from.km + best_to.km) best = &river, best_from = a, best_to = b;
  }
  if (!best) return false;
  out.river = best->name;
  out.points = thinned(best->points, best_from.index, best_to.index, spacing_km);
  return true;
}

bool insert_river_waypoints(CampaignDocument& doc, std::size_t army, std::size_t index, const RiverStretch& stretch) {
  JsonPath route;
  if (stretch.points.empty() || !route_path(doc.root(), army, route) || index > doc.at(route)->array.size()) return false;
  std::vector<JsonEdit> edits;
  for (const GeoDeg& at : stretch.points) {
    JsonEdit e;
    e.kind = EditKind::Insert, e.path = route, e.index = index + edits.size();
    e.after = with(with(json_object(), "lat", json_number(round_degrees(at.lat))), "lon", json_number(round_degrees(at.lon)));
    if (!stretch.river.empty()) e.after = with(std::move(e.after), "follows", json_text(stretch.river));
    edits.push_back(std::move(e));
  }
  return doc.apply(std::move(edits));
}

}  // namespace atlas
