// Builds thick-line meshes: polylines become triangles whose width is applied in the vertex shader.
#pragma once
#include <cstdint>
#include <vector>

#include "core/geo/camera.h"

namespace atlas {

// One vertex of an extruded line. The shader computes
//   screen = world_to_screen(pos) + offset * (half_width_px(width) + antialias_px)
// and uses |side| (0 on the centre line, 1 on the edge) for antialiasing and stripes.
struct LineVertex {
  float x, y;     // projected km
  float ox, oy;   // unit offset in screen orientation (y down), miter-scaled at joins
  float side;     // -1..1 across the line (0 at a round join's or cap's centre)
  float along;    // km from the start of the polyline
  float width;    // caller's value per point (river taper, plunder carried...)
  float time;     // caller's value per point (the route: when the army passed, core/geo/map_geometry route_time)
};

struct LineMesh {
  std::vector<LineVertex> vertices;
  std::vector<std::uint32_t> indices;  // triangles
};

struct LinePoint {
  MapKm pos;
  float width = 1.0f;
  float time = 0.0f;
};

// Appends the mesh of one polyline: miter joins (sharp turns get a round join instead of a spike),
// round caps when `round_caps`. Points closer than 1e-6 km to their predecessor are skipped.
void extrude_polyline(const std::vector<LinePoint>& points, bool round_caps, LineMesh& out);

// Makes room in `out` for `polylines` polylines of `points` points in all (joins round at sharp turns only):
// the shores and rivers of a geography, extruded at start, without growing the mesh a hundred times.
void reserve_polylines(LineMesh& out, std::size_t points, std::size_t polylines, bool round_caps);

}  // namespace atlas
