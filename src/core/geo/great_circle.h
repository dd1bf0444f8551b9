// Great-circle distance and interpolation on a spherical Earth (for route lengths and the army's position).
#pragma once
#include <vector>

#include "core/data/campaign.h"
#include "core/geo/geo.h"

namespace atlas {

// Distance in km along the great circle between two points (haversine) on the sphere of `radius_km`.
double great_circle_km(GeoDeg a, GeoDeg b, double radius_km = kEarthRadiusKm);

// The point a fraction t (0..1) of the way from a to b along the great circle.
GeoDeg great_circle_point(GeoDeg a, GeoDeg b, double t);

// Distance along the route from its first waypoint to each waypoint, in km (first entry 0).
std::vector<double> cumulative_km(const std::vector<Waypoint>& route);

}  // namespace atlas
