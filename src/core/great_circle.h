// Great-circle distance and interpolation on a spherical Earth (for route lengths and the army's position).
#pragma once
#include <vector>

#include "core/campaign.h"

namespace atlas {

constexpr double kEarthRadiusKm = 6371.0088;  // IUGG mean radius

// Distance in km along the great circle between two points (haversine).
double great_circle_km(const LatLon& a, const LatLon& b);

// The point a fraction t (0..1) of the way from a to b along the great circle.
LatLon great_circle_point(const LatLon& a, const LatLon& b, double t);

// Distance along the route from its first waypoint to each waypoint, in km (first entry 0).
std::vector<double> cumulative_km(const std::vector<Waypoint>& route);

}  // namespace atlas
