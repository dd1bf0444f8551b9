// libFuzzer target: the geography decoder must never crash on any bytes, and what it accepts must hold together.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/geo/geography.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  atlas::Geography g;
  std::string error;
  if (!atlas::parse_geography(data, size, g, error)) {
    if (error.empty() || !g.land.vertices.empty() || !g.rivers.empty()) std::abort();  // a reason, nothing half-filled
    return 0;
  }
  for (const atlas::GeoMesh* m : {&g.land, &g.lakes}) {
    for (std::uint32_t i : m->indices)
      if (i >= m->vertices.size()) std::abort();
    for (const atlas::GeoPolygon& p : m->polygons)
      if (p.first_vertex + p.vertex_count > m->vertices.size() || p.first_index + p.index_count > m->indices.size()) std::abort();
  }
  for (const atlas::GeoRiver& r : g.rivers)
    if (r.points.size() != r.taper.size() || r.points.size() < 2) std::abort();
  return 0;
}
