// The campaign projected once onto the map: places, region labels, the frontier and the armies' routes in km.
#pragma once
#include <optional>
#include <vector>

#include "core/geo/camera.h"
#include "core/data/campaign.h"
#include "core/geo/geography.h"
#include "core/geo/projection.h"

namespace atlas {

// The projection a campaign is drawn in; the only place that chooses one: a Lambert conic centred on
// the campaign's area (its view and every army's route), standard parallels a sixth of its height
// inside either edge (scale error about 1% over 15 degrees of latitude). kTheatreConic if it has no area.
LambertConic map_projection_for(const Campaign& campaign);
// The largest upright rectangle of projected km inside a lon/lat frame (its parallels are arcs).
Bounds inner_bounds(const LambertConic& projection, double lon_min, double lon_max, double lat_min, double lat_max);

// A moment as the route's vertices and the line shader's time cut carry it: days since the campaign's
// start, as a float. (A float Julian Day Number, near 1.9 million, would step by 0.125 day.)
float route_time(double day, int start_day);

struct RoutePoint {  // the route subdivided along its great circles
  MapKm at;
  double day = 0;    // when the army passed (fractional day number); a halt gives two points
  bool guessed = false;  // the leg from here on is one the sources do not describe (drawn dashed)
};

class MapGeometry {
 public:
  MapGeometry(const Campaign& campaign, const LambertConic& projection);

  const LambertConic& projection() const { return projection_; }
  MapKm project(GeoDeg p) const { return projection_.forward(p); }
  GeoDeg unproject(MapKm p) const { return projection_.inverse(p); }

  const std::vector<MapKm>& places() const { return places_; }  // in the campaign's order
  MapKm place(int index) const { return places_[static_cast<std::size_t>(index)]; }
  const std::vector<MapKm>& labels() const { return labels_; }  // the region names' anchors
  const std::vector<MapKm>& frontier() const { return frontier_; }
  std::optional<MapKm> frontier_label_anchor() const;           // its middle point; none without a frontier
  // An army's route (index into Campaign::armies; the main army by default); empty if there is none.
  const std::vector<RoutePoint>& route(int army = 0) const;
  // Every army's waypoints' bounds: the marches frame the first view. Empty (min > max) without a route.
  const Bounds& campaign_bounds() const { return campaign_bounds_; }

 private:
  LambertConic projection_;
  std::vector<MapKm> places_, labels_, frontier_;
  std::vector<std::vector<RoutePoint>> routes_;  // one per army
  Bounds campaign_bounds_{1e30, 1e30, -1e30, -1e30};
};

// What the map's first view frames and where the map ends. `story`: every army's march and the places of
// the events inside the map (an embassy to a court off the map is left out); the whole world without a
// campaign. `world`: the largest rectangle inside the geography's lon/lat frame (`extent`, its projected
// land, if it has none), grown to hold the story (a campaign beyond its geography may still be visited).
// The App and the page's poster (src/poster/) both take the first view from here.
struct MapFrame {
  Bounds story, world;
};
MapFrame map_frame(const Campaign* campaign, const MapGeometry& geometry, const GeoBounds& frame, const Bounds& extent);

}  // namespace atlas
