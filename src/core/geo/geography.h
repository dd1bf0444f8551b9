// Parses the geography asset (land, lakes, rivers of the theatre; assets/geo/theatre.bin) into plain structs.
#pragma once
/*
 * Binary format, version 3 (also in docs/geography-format.md; written by tools/make_geography.py);
 * versions 1 and 2 are still read. Little-endian. uvar = unsigned LEB128 (at most 5 bytes, value < 2^32);
 * svar = zigzag-encoded uvar ((n << 1) ^ (n >> 31)). Coordinates are quantised to a grid 0..G over
 * the bounds (G from the header; 65535 in version 1):
 *   lon = lon_min + qx / G * (lon_max - lon_min), lat likewise with qy.
 *
 * Header, 32 bytes:
 *   0  char[4] "AGEO"       4  u16 version (3)      6  u16 section count
 *   8  f32 lon_min  12 f32 lon_max  16 f32 lat_min  20 f32 lat_max
 *   24 u32 total size of the file (must equal the buffer length)   28 u32 G, 255..65535 (version 1: 0, G = 65535)
 * Sections follow, back to back: char[4] tag, u32 payload length, payload. NAME, LAND, LAKE and
 * RIVR must each appear exactly once; unknown tags are skipped; every payload is read exactly.
 *   NAME: uvar count; count x (uvar byte length 1..255, UTF-8 bytes)
 *   LAND, LAKE: uvar polygon count; per polygon:
 *     uvar name (0 = none, else 1 + index into NAME), uvar vertex count n (>= 3), uvar triangle count t (>= 1),
 *     version 3 only: uvar drop count d, uvar explicit triangle count x (<= t) (versions 1, 2: d = 0, x = t)
 *     n x (svar dqx, svar dqy)   deltas from (0, 0) for the first vertex, then from the previous
 *     (d + t - x) x uvar         version 3: ring removals. What is left of the ring starts as all n
 *                                vertices, with vertex 0 current; each value k (< vertices left) removes
 *                                the vertex k places ahead of the current one (0 = itself) and makes the
 *                                vertex before it current. The first d add no triangle (points on a
 *                                straight edge); each other one is an ear: triangle (before, it, after).
 *                                d + t - x <= n - 2, and = n - 2 when x = 0 (the ears use the ring up).
 *     x triples of svar          explicit triangles: each index = previous index (0 at the list's start)
 *                                + delta, local to the polygon, < n
 *     The vertices form the polygon's ring, counter-clockwise, closed implicitly. Rings are cut along
 *     the bounds' frame; edges lying on the frame are not shores. Lakes are drawn over the land.
 *   RIVR: uvar river count; per river: uvar name (as above), u8 class (1 major .. 4 minor),
 *     uvar vertex count (>= 2), vertices as above (source first, mouth last), vertex count x u8 taper
 *     (0..255 -> 0..1, growing downstream with the river length upstream of the vertex); versions 2
 *     and 3 store each taper as its step from the previous one (the first from 0), the sum staying <= 255.
 */
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/geo/geo.h"

namespace atlas {

struct GeoBounds {
  float lon_min = 0, lon_max = 0, lat_min = 0, lat_max = 0;
};

// A polygon of a GeoMesh: ring = vertices[first_vertex, +vertex_count) (counter-clockwise),
// triangles = indices[first_index, +index_count).
struct GeoPolygon {
  std::string name;  // empty if unnamed
  std::uint32_t first_vertex = 0, vertex_count = 0;
  std::uint32_t first_index = 0, index_count = 0;
};

// Triangulated polygons sharing one vertex array; indices are absolute, three per triangle.
struct GeoMesh {
  std::vector<GeoDeg> vertices;
  std::vector<std::uint32_t> indices;
  std::vector<GeoPolygon> polygons;
};

struct GeoRiver {
  std::string name;              // empty if unnamed
  int river_class = 1;           // 1 major .. 4 minor (World Data Bank classes)
  std::vector<GeoDeg> points;  // from source to mouth
  std::vector<float> taper;      // 0..1 per point, growing downstream (line width hint)
};

struct Geography {
  GeoBounds bounds;
  GeoMesh land, lakes;
  std::vector<GeoRiver> rivers;
  // Shore polylines: the polygon rings without their edges along the frame (closed rings repeat
  // their first point at the end).
  std::vector<std::vector<GeoDeg>> coastlines, lake_shores;

  const GeoRiver* find_river(std::string_view name) const;  // nullptr if absent
};

// Parses the asset. On failure returns false, leaves `out` empty and says why in `error`.
bool parse_geography(const unsigned char* data, std::size_t size, Geography& out, std::string& error);

// Reads and parses a file (tests and tools; the app uses the embedded copy).
bool load_geography_file(const std::string& path, Geography& out, std::string& error);

}  // namespace atlas
