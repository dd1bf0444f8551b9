// Reads an army's route: waypoints, their places and dates, and estimates undated waypoints' times.
#include <cmath>

#include "core/data/campaign_loader_parts.h"
#include "core/data/date.h"
#include "core/geo/great_circle.h"

namespace atlas {
namespace {

constexpr double kMaxKmFromPlace = 50;  // a waypoint naming a place must lie near it

Waypoint read_waypoint(CampaignBuilder& b, FieldReader& r) {
  Waypoint w;
  w.place_index = b.reference(r, "place", b.places, "place", false);
  const Place* place = w.place_index >= 0 ? &b.campaign.places[static_cast<std::size_t>(w.place_index)] : nullptr;
  if (place) w.place = place->id;
  w.at = (!place || r.has("lat") || r.has("lon")) ? read_lat_lon(r) : place->at;
  if (place && b.ctx.ok()) {
    const double km = great_circle_km(w.at, place->at);
    if (km > kMaxKmFromPlace) {
      r.fail("lat", "is " + std::to_string(static_cast<long>(std::lround(km))) + " km from place \"" + place->id +
                        "\" (at most " + std::to_string(static_cast<int>(kMaxKmFromPlace)) +
                        " km): check lat/lon or the place id");
    }
  }
  w.near = r.name("near", false);
  w.date_given = r.has("date");
  if (w.date_given) {
    const int day = r.date("date");
    b.check_in_span(r, "date", day);
    w.arrive = w.leave = day;
  }
  if (r.has("leave")) {
    const int leave = r.date("leave");
    b.check_in_span(r, "leave", leave);
    if (!w.date_given) r.fail("leave", "needs a \"date\" (the day of arrival) as well");
    else if (leave != 0 && leave < w.arrive) r.fail("leave", format_iso_date(leave) + " is before the arrival date");
    else w.leave = leave;
  }
  w.uncertain = r.flag("uncertain") || !w.date_given;
  w.date_note = r.text("date_note", false);
  w.follows = r.text("follows", false);
  w.approximate = r.flag("approximate");
  return w;
}

// Gives each undated waypoint a time proportional to its distance between its dated neighbours.
void interpolate_times(std::vector<Waypoint>& route) {
  const std::vector<double> km = cumulative_km(route);
  std::size_t from = 0;
  for (std::size_t to = 1; to < route.size(); ++to) {
    if (!route[to].date_given) continue;
    const double span_km = km[to] - km[from];
    const double t0 = route[from].leave, t1 = route[to].arrive;
    for (std::size_t k = from + 1; k < to; ++k) {
      const double f = span_km > 0 ? (km[k] - km[from]) / span_km
                                   : static_cast<double>(k - from) / static_cast<double>(to - from);
      route[k].arrive = route[k].leave = t0 + f * (t1 - t0);
    }
    from = to;
  }
}

}  // namespace

void read_route(CampaignBuilder& b, const JsonValue& array, const std::string& path, std::vector<Waypoint>& route) {
  double previous_leave = 0;
  std::size_t previous_dated = 0;
  for (std::size_t i = 0; i < array.array.size() && b.ctx.ok(); ++i) {
    FieldReader r(b.ctx, array.array[i], element_path(path, i),
                  {"place", "lat", "lon", "near", "date", "leave", "uncertain", "date_note", "follows", "approximate"});
    Waypoint w = read_waypoint(b, r);
    if (!b.ctx.ok()) return;
    if ((i == 0 || i + 1 == array.array.size()) && !w.date_given) {
      b.ctx.fail(array.array[i], r.path(), std::string("the ") + (i == 0 ? "first" : "last") +
                                               " waypoint needs a \"date\"");
      return;
    }
    if (w.date_given) {
      if (i > 0 && w.arrive < previous_leave) {
        r.fail("date", format_iso_date(static_cast<int>(w.arrive)) + " is before " +
                           format_iso_date(static_cast<int>(previous_leave)) + " at " +
                           element_path(path, previous_dated) + ": route dates must not go backwards");
        return;
      }
      previous_leave = w.leave;
      previous_dated = i;
    }
    route.push_back(std::move(w));
  }
  if (b.ctx.ok()) interpolate_times(route);
}

}  // namespace atlas
