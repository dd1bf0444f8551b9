// Encodes the poster (poster_data.h): the land and lake rings and the major rivers projected, simplified and quantised.
#include "core/geo/poster_data.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "core/shell/palette.h"

namespace atlas {
namespace {

// Marks the vertices of ring[first..last] to keep (first and last are kept by the caller).
void keep_farthest(const std::vector<MapKm>& ring, std::size_t first, std::size_t last, double tolerance,
                   std::vector<bool>& keep) {
  std::vector<std::pair<std::size_t, std::size_t>> spans{{first, last}};
  while (!spans.empty()) {
    const auto [a, b] = spans.back();
    spans.pop_back();
    double far = tolerance;
    std::size_t at = 0;
    for (std::size_t i = a + 1; i < b; ++i) {
      const double d = distance_to_segment(ring[i], ring[a], ring[b]);
      if (d > far) far = d, at = i;
    }
    if (at == 0) continue;
    keep[at] = true;
    spans.push_back({a, at});
    spans.push_back({at, b});
  }
}

std::vector<MapKm> kept(const std::vector<MapKm>& line, const std::vector<bool>& keep) {
  std::vector<MapKm> out;
  for (std::size_t i = 0; i < line.size(); ++i)
    if (keep[i]) out.push_back(line[i]);
  return out;
}

void put_uvar(std::string& out, std::uint32_t v) {
  while (v >= 0x80) out += static_cast<char>((v & 0x7F) | 0x80), v >>= 7;
  out += static_cast<char>(v);
}
void put_svar(std::string& out, std::int32_t v) {
  put_uvar(out, (static_cast<std::uint32_t>(v) << 1) ^ static_cast<std::uint32_t>(v >> 31));
}
void put_f32(std::string& out, double v) {
  const float f = static_cast<float>(v);
  char b[4];
  std::memcpy(b, &f, 4);  // little-endian on every target this builds for (x86, wasm)
  out.append(b, 4);
}
void put_rgb(std::string& out, palette::Rgb c) {
  for (float v : {c.r, c.g, c.b}) out += static_cast<char>(std::lround(v * 255));
}

using GridLine = std::vector<std::pair<std::int32_t, std::int32_t>>;

// A line in steps of q from the world's corner, without repeated points.
GridLine on_grid(const std::vector<MapKm>& line, const Bounds& world, double q) {
  GridLine grid;
  for (const MapKm& k : line) {
    const std::pair<std::int32_t, std::int32_t> g{static_cast<std::int32_t>(std::lround((k.x - world.min_x) / q)),
                                                  static_cast<std::int32_t>(std::lround((k.y - world.min_y) / q))};
    if (grid.empty() || grid.back() != g) grid.push_back(g);
  }
  return grid;
}

void put_lines(std::string& out, const std::vector<GridLine>& lines) {
  put_uvar(out, static_cast<std::uint32_t>(lines.size()));
  for (const GridLine& line : lines) {
    put_uvar(out, static_cast<std::uint32_t>(line.size()));
    std::pair<std::int32_t, std::int32_t> at{0, 0};
    for (const auto& g : line) put_svar(out, g.first - at.first), put_svar(out, g.second - at.second), at = g;
  }
}

// The mesh's rings, projected, simplified and on the grid; those smaller than the tolerance are left out.
std::vector<GridLine> rings_of(const GeoMesh& mesh, const MapGeometry& geometry, const Bounds& world, double tolerance) {
  std::vector<GridLine> rings;
  for (const GeoPolygon& p : mesh.polygons) {
    std::vector<MapKm> ring;
    Bounds b{1e30, 1e30, -1e30, -1e30};
    for (std::uint32_t i = 0; i < p.vertex_count; ++i) {
      ring.push_back(geometry.project(mesh.vertices[p.first_vertex + i]));
      b = b.joined({ring.back().x, ring.back().y, ring.back().x, ring.back().y});
    }
    if (b.width() < tolerance && b.height() < tolerance) continue;
    GridLine grid = on_grid(simplify_ring(ring, tolerance), world, tolerance / 2);
    if (grid.size() >= 3) rings.push_back(std::move(grid));
  }
  return rings;
}

// The major rivers (the first view draws no others: src/render/geography_layer.cpp), simplified, on the grid.
std::vector<GridLine> major_rivers(const std::vector<GeoRiver>& rivers, const MapGeometry& geometry, const Bounds& world, double tolerance) {
  std::vector<GridLine> lines;
  for (const GeoRiver& r : rivers) {
    if (r.river_class > 2) continue;
    std::vector<MapKm> line;
    for (const GeoDeg& p : r.points) line.push_back(geometry.project(p));
    GridLine grid = on_grid(simplify_line(line, tolerance), world, tolerance / 2);
    if (grid.size() >= 2) lines.push_back(std::move(grid));
  }
  return lines;
}

}  // namespace

std::vector<MapKm> simplify_line(const std::vector<MapKm>& line, double tolerance) {
  if (line.size() < 3) return line;
  std::vector<bool> keep(line.size(), false);
  keep.front() = keep.back() = true;
  keep_farthest(line, 0, line.size() - 1, tolerance, keep);
  return kept(line, keep);
}

std::vector<MapKm> simplify_ring(const std::vector<MapKm>& ring, double tolerance) {
  if (ring.size() < 4) return ring;
  // Split the closed ring at its first vertex and the vertex farthest from it; simplify both halves.
  std::size_t far = 1;
  for (std::size_t i = 1; i < ring.size(); ++i)
    if (std::hypot(ring[i].x - ring[0].x, ring[i].y - ring[0].y) > std::hypot(ring[far].x - ring[0].x, ring[far].y - ring[0].y)) far = i;
  std::vector<MapKm> closed = ring;
  closed.push_back(ring[0]);
  std::vector<bool> keep(closed.size(), false);
  keep[0] = keep[far] = true;
  keep_farthest(closed, 0, far, tolerance, keep);
  keep_farthest(closed, far, closed.size() - 1, tolerance, keep);
  keep.pop_back();  // the closing copy of the first vertex
  return kept(ring, keep);
}

std::string encode_poster(const Geography& geography, const MapGeometry& geometry, const MapFrame& frame, double tolerance_km) {
  std::string out(1, '\x01');
  for (const Bounds& b : {frame.story, frame.world})
    for (double v : {b.min_x, b.min_y, b.max_x, b.max_y}) put_f32(out, v);
  put_f32(out, tolerance_km / 2);
  for (palette::Rgb c : {palette::sea, palette::land, palette::panel, palette::coast, palette::sea_line, palette::river})
    put_rgb(out, c);
  put_lines(out, rings_of(geography.land, geometry, frame.world, tolerance_km));
  put_lines(out, rings_of(geography.lakes, geometry, frame.world, tolerance_km));
  put_lines(out, major_rivers(geography.rivers, geometry, frame.world, tolerance_km));
  return out;
}

}  // namespace atlas
