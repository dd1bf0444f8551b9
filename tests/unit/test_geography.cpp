// Unit tests of the geography asset: the real file's contents (rivers, coasts, no reservoirs) and corrupt input.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <random>
#include <string>
#include <vector>

#include "core/geo/geography.h"
#include "core/geo/great_circle.h"
#include "core/geo/projection.h"

using atlas::GeoDeg;
using atlas::Geography;

namespace {

const Geography& real_asset() {
  static Geography g;
  static std::string error;
  static const bool ok = atlas::load_geography_file(std::string(ATLAS_SOURCE_DIR) + "/assets/geo/theatre.bin", g, error);
  REQUIRE_MESSAGE(ok, error);
  return g;
}

std::vector<unsigned char> real_bytes() {
  std::vector<unsigned char> out;
  FILE* f = std::fopen((std::string(ATLAS_SOURCE_DIR) + "/assets/geo/theatre.bin").c_str(), "rb");
  REQUIRE(f);
  int c;
  while ((c = std::fgetc(f)) != EOF) out.push_back(static_cast<unsigned char>(c));
  std::fclose(f);
  return out;
}

const atlas::LambertConic kProjection(atlas::kTheatreConic);

atlas::MapKm km(GeoDeg p) { return kProjection.forward(p); }

// Distance in km from (lon, lat) to a polyline, measured on the (conformal) map.
double distance_km(const std::vector<GeoDeg>& line, double lon, double lat) {
  const atlas::MapKm q = km(GeoDeg::lon_lat(lon, lat));
  double best = 1e18;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    const atlas::MapKm a = km(line[i]), b = km(line[i + 1]);
    const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(((q.x - a.x) * dx + (q.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    best = std::min(best, std::hypot(a.x + t * dx - q.x, a.y + t * dy - q.y));
  }
  return best / kProjection.scale_factor(lat);
}

double cross(GeoDeg a, GeoDeg b, GeoDeg c) {
  return (static_cast<double>(b.lon) - a.lon) * (static_cast<double>(c.lat) - a.lat) -
         (static_cast<double>(c.lon) - a.lon) * (static_cast<double>(b.lat) - a.lat);
}

bool in_mesh(const atlas::GeoMesh& m, double lon, double lat) {
  const GeoDeg p = GeoDeg::lon_lat(lon, lat);
  for (std::size_t i = 0; i + 2 < m.indices.size(); i += 3) {
    const GeoDeg a = m.vertices[m.indices[i]], b = m.vertices[m.indices[i + 1]], c = m.vertices[m.indices[i + 2]];
    const double d1 = cross(a, b, p), d2 = cross(b, c, p), d3 = cross(c, a, p);
    if ((d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0)) return true;
  }
  return false;
}

// Area of the mesh's triangles and of its polygons' rings (shoelace), in square degrees.
void planar_areas(const atlas::GeoMesh& m, double& triangles, double& rings) {
  triangles = rings = 0;
  for (const atlas::GeoPolygon& poly : m.polygons) {
    for (std::uint32_t i = poly.first_index; i < poly.first_index + poly.index_count; i += 3)
      triangles += std::fabs(cross(m.vertices[m.indices[i]], m.vertices[m.indices[i + 1]], m.vertices[m.indices[i + 2]])) / 2;
    const GeoDeg o = m.vertices[poly.first_vertex];
    for (std::uint32_t i = 1; i + 1 < poly.vertex_count; ++i)
      rings += cross(o, m.vertices[poly.first_vertex + i], m.vertices[poly.first_vertex + i + 1]) / 2;
  }
}

// Ground area of the mesh's triangles in km2 (projected area over the squared scale factor).
double ground_km2(const atlas::GeoMesh& m) {
  double sum = 0;
  for (std::size_t i = 0; i + 2 < m.indices.size(); i += 3) {
    const GeoDeg a = m.vertices[m.indices[i]], b = m.vertices[m.indices[i + 1]], c = m.vertices[m.indices[i + 2]];
    const atlas::MapKm p = km(a), q = km(b), r = km(c);
    const double k = kProjection.scale_factor((a.lat + b.lat + c.lat) / 3.0);
    sum += std::fabs((q.x - p.x) * (r.y - p.y) - (r.x - p.x) * (q.y - p.y)) / 2 / (k * k);
  }
  return sum;
}

// --- a tiny hand-built asset, to corrupt field by field ----------------------------------------
void uvar(std::vector<unsigned char>& b, std::uint32_t v) {
  while (v >= 0x80) {
    b.push_back(static_cast<unsigned char>(v | 0x80));
    v >>= 7;
  }
  b.push_back(static_cast<unsigned char>(v));
}
void svar(std::vector<unsigned char>& b, std::int32_t v) { uvar(b, v >= 0 ? 2u * v : 2u * static_cast<std::uint32_t>(-(v + 1)) + 1); }
void u32(std::vector<unsigned char>& b, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) b.push_back(static_cast<unsigned char>(v >> (8 * i)));
}
void f32(std::vector<unsigned char>& b, float f) {
  std::uint32_t u;
  std::memcpy(&u, &f, 4);
  u32(b, u);
}
void section(std::vector<unsigned char>& b, const char* tag, const std::vector<unsigned char>& payload) {
  b.insert(b.end(), tag, tag + 4);
  u32(b, static_cast<std::uint32_t>(payload.size()));
  b.insert(b.end(), payload.begin(), payload.end());
}

struct Tiny {  // the fields the cases below break
  std::uint16_t version = 1;
  std::uint32_t grid = 0;                // version 2: the grid size, in the header's last field
  unsigned char taper[2] = {10, 200};    // version 1: values; version 2: steps
  std::uint32_t triangle_index = 2, name_index = 1, river_class = 2, land_vertices = 3;
  std::int32_t second_dx = 100;
  bool duplicate_land = false, skip_lake = false;
  // Version 3: the land polygon is the hexagon (10,10) (110,10) (210,10) (210,210) (110,310) (10,210),
  // whose vertex 1 lies on the edge 0-2; `ops` drops it, then clips the ears 2, 4 and 3, giving the
  // triangles (0,2,3) (3,4,5) (0,3,5).
  std::uint32_t triangles = 3, drops = 1, explicit_triangles = 0;
  std::vector<std::uint32_t> ops = {1, 1, 2, 0};  // forward offsets: the drops, then the ears
  std::vector<std::int32_t> explicit_deltas;      // 3 per explicit triangle
  std::vector<unsigned char> bytes() const {
    std::vector<unsigned char> name, land, lake, river, b;
    uvar(name, 1);
    uvar(name, 6);
    for (char c : std::string("Tigris")) name.push_back(static_cast<unsigned char>(c));
    uvar(land, 1);  // one polygon
    uvar(land, 0);
    if (version >= 3) {
      uvar(land, 6);
      uvar(land, triangles);
      uvar(land, drops);
      uvar(land, explicit_triangles);
      const std::int32_t xy[6][2] = {{10, 10}, {100, 0}, {100, 0}, {0, 200}, {-100, 100}, {-100, -100}};
      for (const auto& d : xy) svar(land, d[0]), svar(land, d[1]);
      for (std::uint32_t k : ops) uvar(land, k);
      for (std::int32_t d : explicit_deltas) svar(land, d);
    } else {
      uvar(land, land_vertices);
      uvar(land, 1);
      const std::int32_t xy[3][2] = {{10, 10}, {second_dx, 0}, {-50, 200}};
      for (const auto& d : xy) svar(land, d[0]), svar(land, d[1]);
      svar(land, 0), svar(land, 1), svar(land, static_cast<std::int32_t>(triangle_index) - 1);
    }
    uvar(lake, 0);
    uvar(river, 1);
    uvar(river, name_index);
    river.push_back(static_cast<unsigned char>(river_class));
    uvar(river, 2);
    svar(river, 5), svar(river, 5), svar(river, 40), svar(river, 40);
    river.push_back(taper[0]), river.push_back(taper[1]);
    std::vector<unsigned char> body;
    section(body, "NAME", name);
    section(body, "LAND", land);
    if (duplicate_land) section(body, "LAND", land);
    if (!skip_lake) section(body, "LAKE", lake);
    section(body, "RIVR", river);
    b = {'A', 'G', 'E', 'O', static_cast<unsigned char>(version), 0};
    const std::uint16_t nsec = static_cast<std::uint16_t>(4 + duplicate_land - skip_lake);
    b.push_back(static_cast<unsigned char>(nsec)), b.push_back(0);
    f32(b, 25), f32(b, 50), f32(b, 29), f32(b, 43);
    u32(b, static_cast<std::uint32_t>(32 + body.size()));
    u32(b, grid);
    b.insert(b.end(), body.begin(), body.end());
    return b;
  }
};

std::string parse_error(const std::vector<unsigned char>& b) {
  Geography g;
  std::string error;
  const bool ok = atlas::parse_geography(b.data(), b.size(), g, error);
  if (ok) return "";
  CHECK(g.land.vertices.empty());  // nothing half-filled on failure
  CHECK(g.rivers.empty());
  return error.empty() ? "(failed without a message)" : error;
}

bool contains(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("geography: the real asset loads with land, lakes and rivers") {
  const Geography& g = real_asset();
  CHECK(g.bounds.lon_min <= 26);
  CHECK(g.bounds.lon_max >= 48);
  CHECK(g.bounds.lat_min <= 27.5);  // tall enough for a phone held upright to show the march whole
  CHECK(g.bounds.lat_max >= 44.5);
  CHECK(g.land.polygons.size() > 50);
  CHECK(g.land.vertices.size() > 5000);
  CHECK(g.lakes.polygons.size() > 10);
  CHECK(g.rivers.size() > 30);
  CHECK(g.coastlines.size() > 50);
  CHECK(g.lake_shores.size() > 10);
  for (const atlas::GeoMesh* m : {&g.land, &g.lakes}) {
    CHECK(m->indices.size() % 3 == 0);
    std::size_t outside = 0;
    for (const atlas::GeoPolygon& p : m->polygons) {
      CHECK(p.vertex_count >= 3);
      REQUIRE(p.first_index + p.index_count <= m->indices.size());
      for (std::uint32_t i = p.first_index; i < p.first_index + p.index_count; ++i)
        outside += m->indices[i] < p.first_vertex || m->indices[i] >= p.first_vertex + p.vertex_count;
    }
    CHECK(outside == 0);
  }
  for (const atlas::GeoRiver& r : g.rivers) {
    REQUIRE(r.points.size() == r.taper.size());
    CHECK(r.points.size() >= 2);
    CHECK(std::is_sorted(r.taper.begin(), r.taper.end()));  // widens downstream
  }
}

TEST_CASE("geography: triangles cover exactly the polygons, and the land area is plausible") {
  const Geography& g = real_asset();
  double tri = 0, ring = 0;
  planar_areas(g.land, tri, ring);
  CHECK(tri == doctest::Approx(ring).epsilon(1e-5));  // no overlaps, no holes: earcut covered each ring
  planar_areas(g.lakes, tri, ring);
  CHECK(tri == doctest::Approx(ring).epsilon(1e-5));
  const double land = ground_km2(g.land);
  CHECK(land > 2.95e6);  // 26..50E x 27.5..44.5N is about 4.07 million km2, a quarter of it sea
  CHECK(land < 3.25e6);
}

TEST_CASE("geography: the four rivers of the campaign pass their checkpoints") {
  const Geography& g = real_asset();
  const atlas::GeoRiver* eu = g.find_river("Euphrates");
  const atlas::GeoRiver* ti = g.find_river("Tigris");
  const atlas::GeoRiver* orontes = g.find_river("Orontes");
  const atlas::GeoRiver* kh = g.find_river("Khabur");
  REQUIRE(eu);
  REQUIRE(ti);
  REQUIRE(orontes);
  REQUIRE(kh);
  CHECK(g.find_river("Rubicon") == nullptr);
  CHECK(distance_km(eu->points, 38.78, 35.90) < 3);   // Sura
  CHECK(distance_km(eu->points, 38.30, 35.84) < 10);  // by Barbalissos (the river runs ~7 km north of this point)
  CHECK(distance_km(eu->points, 40.73, 34.75) < 3);   // Dura-Europos
  CHECK(distance_km(eu->points, 42.83, 33.64) < 3);   // Hit
  CHECK(distance_km(eu->points, 40.43, 35.16) < 3);   // Circesium
  CHECK(distance_km(ti->points, 44.58, 33.09) < 3);   // Ctesiphon
  CHECK(distance_km(ti->points, 43.13, 36.34) < 3);   // Mosul (Nineveh)
  CHECK(distance_km(orontes->points, 36.17, 36.20) < 3);  // Antioch
  CHECK(distance_km(kh->points, 40.74, 35.64) < 3);
  // Oriented from source to mouth, and the taper grows downstream.
  CHECK(eu->points.front().lat > eu->points.back().lat);
  CHECK(eu->points.back().lon > 47);  // reaches the Gulf through the Shatt (or Qurna)
  CHECK(ti->points.back().lon > 47);
  CHECK(kh->points.front().lat > kh->points.back().lat);  // the Khabur flows south...
  CHECK(distance_km(eu->points, kh->points.back().lon, kh->points.back().lat) < 1);  // ...into the Euphrates
  const GeoDeg mouth = orontes->points.back();
  CHECK(atlas::great_circle_km(mouth, GeoDeg::lon_lat(35.92, 36.12)) < 12);  // by Seleucia Pieria
  CHECK(eu->taper.front() < 0.3f);
  CHECK(eu->taper.back() > 0.95f);
  CHECK(orontes->taper.back() > orontes->taper.front());
}

TEST_CASE("geography: no modern reservoirs, no Suez canal") {
  const Geography& g = real_asset();
  struct Box { double lon0, lon1, lat0, lat1; const char* name; };
  const Box gone[] = {{38.0, 38.6, 35.9, 36.2, "Lake Assad"},    {38.3, 39.2, 37.4, 38.0, "Ataturk"},
                      {43.1, 43.5, 33.8, 34.3, "Tharthar"},      {38.7, 39.8, 38.7, 39.0, "Keban"},
                      {42.0, 42.4, 34.2, 34.6, "Qadisiyah"},     {42.5, 42.9, 36.65, 36.95, "Mosul dam"},
                      {43.45, 43.85, 32.55, 33.0, "Razzaza"},    {44.85, 45.05, 35.9, 36.2, "Dukan"}};
  for (const Box& b : gone) {
    INFO(b.name);
    CHECK(std::none_of(g.lakes.vertices.begin(), g.lakes.vertices.end(), [&](const GeoDeg& p) {
      return p.lon > b.lon0 && p.lon < b.lon1 && p.lat > b.lat0 && p.lat < b.lat1;
    }));
    CHECK_FALSE(in_mesh(g.lakes, (b.lon0 + b.lon1) / 2, (b.lat0 + b.lat1) / 2));
  }
  CHECK(in_mesh(g.land, 32.33, 30.59));  // Lake Timsah, on the Suez canal: dry land in 540
  CHECK(in_mesh(g.land, 32.40, 30.35));  // the Great Bitter Lake
  CHECK(in_mesh(g.land, 32.31, 31.0));   // the canal itself
}

TEST_CASE("geography: land, sea and lakes where they belong") {
  const Geography& g = real_asset();
  CHECK(in_mesh(g.land, 33.0, 35.0));    // Cyprus
  CHECK(in_mesh(g.land, 36.16, 36.20));  // Antioch
  CHECK(in_mesh(g.land, 44.58, 33.09));  // Ctesiphon
  CHECK(in_mesh(g.land, 28.98, 41.01));  // Constantinople
  CHECK_FALSE(in_mesh(g.land, 34.0, 34.0));  // the Mediterranean
  CHECK_FALSE(in_mesh(g.land, 36.0, 36.7));  // the Gulf of Iskenderun
  CHECK_FALSE(in_mesh(g.land, 35.0, 42.5));  // the Black Sea
  CHECK_FALSE(in_mesh(g.land, 49.0, 29.5));  // the head of the Persian Gulf
  CHECK(in_mesh(g.lakes, 42.9, 38.6));       // Lake Van
  CHECK(in_mesh(g.lakes, 35.5, 31.5));       // the Dead Sea
  // Shore lines never run along the frame.
  std::size_t on_frame = 0;
  for (const auto& line : g.coastlines)
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
      const GeoDeg a = line[i], b = line[i + 1];
      on_frame += (a.lon == b.lon && (a.lon == g.bounds.lon_min || a.lon == g.bounds.lon_max)) ||
                  (a.lat == b.lat && (a.lat == g.bounds.lat_min || a.lat == g.bounds.lat_max));
    }
  CHECK(on_frame == 0);
}

TEST_CASE("geography: the hand-built asset parses") {
  const Tiny t;
  const std::vector<unsigned char> b = t.bytes();
  Geography g;
  std::string error;
  REQUIRE_MESSAGE(atlas::parse_geography(b.data(), b.size(), g, error), error);
  REQUIRE(g.land.vertices.size() == 3);
  CHECK(g.land.indices == std::vector<std::uint32_t>{0, 1, 2});
  CHECK(g.land.vertices[0].lon == doctest::Approx(25 + 10 * 25.0 / 65535));
  CHECK(g.land.vertices[1].lon == doctest::Approx(25 + 110 * 25.0 / 65535));
  CHECK(g.land.vertices[2].lat == doctest::Approx(29 + 210 * 14.0 / 65535));
  REQUIRE(g.rivers.size() == 1);
  CHECK(g.rivers[0].name == "Tigris");
  CHECK(g.rivers[0].river_class == 2);
  CHECK(g.rivers[0].taper[1] == doctest::Approx(200 / 255.0));
  CHECK(g.coastlines.size() == 1);
  CHECK(g.coastlines[0].size() == 4);  // closed ring
}

TEST_CASE("geography: version 2 reads its grid size from the header and tapers as steps") {
  Tiny t;
  t.version = 2;
  t.grid = 16383;
  t.taper[1] = 190;  // 10, then 10 + 190
  const std::vector<unsigned char> b = t.bytes();
  Geography g;
  std::string error;
  REQUIRE_MESSAGE(atlas::parse_geography(b.data(), b.size(), g, error), error);
  CHECK(g.land.vertices[1].lon == doctest::Approx(25 + 110 * 25.0 / 16383));
  CHECK(g.rivers[0].taper[0] == doctest::Approx(10 / 255.0));
  CHECK(g.rivers[0].taper[1] == doctest::Approx(200 / 255.0));
  t.grid = 100;
  CHECK(contains(parse_error(t.bytes()), "grid size 100"));
  t.grid = 70000;
  CHECK(contains(parse_error(t.bytes()), "grid size 70000"));
  t.grid = 16383;
  t.taper[1] = 250;  // 10 + 250 > 255
  CHECK(contains(parse_error(t.bytes()), "past 255"));
  t.taper[1] = 190;
  t.second_dx = 16400;  // inside a 16-bit grid, outside this one
  CHECK(contains(parse_error(t.bytes()), "leaves the grid 0..16383"));
  Tiny v1;
  v1.grid = 5;  // version 1: the field is reserved and must be 0
  CHECK(contains(parse_error(v1.bytes()), "reserved"));
}

namespace {
Tiny tiny_v3() {
  Tiny t;
  t.version = 3;
  t.grid = 16383;
  return t;
}

std::vector<std::uint32_t> land_indices(const Tiny& t) {
  const std::vector<unsigned char> b = t.bytes();
  Geography g;
  std::string error;
  REQUIRE_MESSAGE(atlas::parse_geography(b.data(), b.size(), g, error), error);
  REQUIRE(g.land.polygons.size() == 1);
  CHECK(g.land.polygons[0].index_count == g.land.indices.size());
  return g.land.indices;
}
}  // namespace

TEST_CASE("geography: version 3 codes triangles as ear clips of the ring") {
  const Tiny t = tiny_v3();
  const std::vector<unsigned char> b = t.bytes();
  Geography g;
  std::string error;
  REQUIRE_MESSAGE(atlas::parse_geography(b.data(), b.size(), g, error), error);
  REQUIRE(g.land.vertices.size() == 6);
  CHECK(g.land.vertices[4].lon == doctest::Approx(25 + 110 * 25.0 / 16383));
  CHECK(g.land.vertices[4].lat == doctest::Approx(29 + 310 * 14.0 / 16383));
  CHECK(g.land.indices == std::vector<std::uint32_t>{0, 2, 3, 3, 4, 5, 0, 3, 5});
  CHECK(g.coastlines.size() == 1);
  CHECK(g.coastlines[0].size() == 7);  // the dropped vertex stays in the ring and its shore
  double tri = 0, ring = 0;
  planar_areas(g.land, tri, ring);
  CHECK(tri == doctest::Approx(ring));
  CHECK(g.rivers[0].taper[1] == doctest::Approx(210 / 255.0));  // tapers as steps, as in version 2

  Tiny u = tiny_v3();  // the same triangles, the last one as an explicit triple
  u.ops = {1, 1, 2};
  u.explicit_triangles = 1;
  u.explicit_deltas = {0, 3, 2};  // 0, 3, 5
  CHECK(land_indices(u) == std::vector<std::uint32_t>{0, 2, 3, 3, 4, 5, 0, 3, 5});
  u = tiny_v3();  // all explicit, as version 2 (the per-polygon fallback); no drop needed then
  u.drops = 0;
  u.ops = {};
  u.explicit_triangles = 3;
  u.explicit_deltas = {0, 2, 1, 0, 1, 1, -5, 3, 2};  // (0,2,3) (3,4,5) (0,3,5)
  CHECK(land_indices(u) == std::vector<std::uint32_t>{0, 2, 3, 3, 4, 5, 0, 3, 5});
  u = tiny_v3();  // offsets wrap around what is left of the ring: 1 + 6 places ahead of 0 is 1
  u.ops = {1, 0, 0, 0};  // drop 1; clip 0 (5,0,2); clip 5 (4,5,2); clip 4 (3,4,2)
  CHECK(land_indices(u) == std::vector<std::uint32_t>{5, 0, 2, 4, 5, 2, 3, 4, 2});
  u.ops = {1, 4, 3, 2};  // one short of a full turn: the vertex before the current one (5, then 3, then 0)
  CHECK(land_indices(u) == std::vector<std::uint32_t>{4, 5, 0, 2, 3, 4, 4, 0, 2});
}

TEST_CASE("geography: malformed ear sequences are rejected with a reason") {
  Tiny t = tiny_v3();
  t.ops = {1, 1, 4, 0};  // after a drop and an ear, 4 vertices are left: offsets 0..3
  CHECK(contains(parse_error(t.bytes()), "ear 1 offset 4 is outside the 4 vertices left"));
  t.ops = {6, 1, 2, 0};
  CHECK(contains(parse_error(t.bytes()), "drop 0 offset 6 is outside the 6 vertices left"));
  t.ops = {1, 1, 0xFFFFFFFFu, 0};  // an offset that would walk round the ring for ever
  CHECK(contains(parse_error(t.bytes()), "offset 4294967295 is outside"));
  t = tiny_v3();
  t.triangles = 4;  // too many ears: 1 drop + 4 ears would take the ring below 2 vertices
  t.ops = {1, 1, 2, 0, 0};
  CHECK(contains(parse_error(t.bytes()), "1 drops and 4 ears are more than the ring of 6 vertices allows (4)"));
  t = tiny_v3();
  t.triangles = 0xFFFFFFFFu;  // a count that would loop (or overflow) long after the data ends
  CHECK(contains(parse_error(t.bytes()), "are more than the ring"));
  t = tiny_v3();
  t.drops = 0xFFFFFFFFu;
  CHECK(contains(parse_error(t.bytes()), "are more than the ring"));
  t = tiny_v3();
  t.triangles = 2;  // too few ears: the triangles would leave part of the ring bare
  t.ops = {1, 1, 2};
  CHECK(contains(parse_error(t.bytes()), "1 drops and 2 ears leave 3 vertices of the ring unclipped"));
  t = tiny_v3();
  t.ops = {1, 1, 2};  // an ear missing from the data
  CHECK(contains(parse_error(t.bytes()), "does not fit"));
  t = tiny_v3();
  t.ops = {1, 1, 2, 0, 0};  // one byte too many
  CHECK(contains(parse_error(t.bytes()), "unread bytes"));
  t = tiny_v3();
  t.explicit_triangles = 4;
  CHECK(contains(parse_error(t.bytes()), "4 explicit triangles but only 3 triangles"));
  t = tiny_v3();
  t.ops = {1, 1, 2};
  t.explicit_triangles = 1;
  t.explicit_deltas = {0, 3, 3};  // vertex 6 of 6
  CHECK(contains(parse_error(t.bytes()), "triangle index 6 outside"));
  t = tiny_v3();
  t.triangles = 0;
  t.ops = {};
  CHECK(contains(parse_error(t.bytes()), "no triangles"));

  // Random offsets and counts: rejected with a message or parsed to triangles of the ring's vertices.
  std::mt19937 rng(3);
  std::uniform_int_distribution<std::uint32_t> small(0, 7);
  int parsed = 0;
  for (int i = 0; i < 2000; ++i) {
    t = tiny_v3();
    t.triangles = small(rng) % 5;
    t.drops = small(rng) % 3;
    t.ops.resize(small(rng) % 6);
    for (std::uint32_t& k : t.ops) k = small(rng);
    const std::vector<unsigned char> b = t.bytes();
    Geography g;
    std::string error;
    if (atlas::parse_geography(b.data(), b.size(), g, error)) {
      ++parsed;
      CHECK(g.land.indices.size() == 3 * t.triangles);
      CHECK(std::all_of(g.land.indices.begin(), g.land.indices.end(), [](std::uint32_t v) { return v < 6; }));
    } else {
      CHECK_FALSE(error.empty());
    }
  }
  CHECK(parsed > 0);
}

TEST_CASE("geography: names are strict UTF-8, as in the JSON reader") {
  std::vector<unsigned char> b = Tiny{}.bytes();
  b[42] = 0xC3, b[43] = 0xA9;  // "Tigris" -> "\u00E9gris": two bytes for two
  Geography g;
  std::string error;
  REQUIRE_MESSAGE(atlas::parse_geography(b.data(), b.size(), g, error), error);
  CHECK(g.rivers[0].name == "\xC3\xA9gris");
  b[42] = 0xC0, b[43] = 0x80;  // an overlong form of U+0000, which the old lax check let through
  CHECK(contains(parse_error(b), "UTF-8"));
  b[42] = 0xED, b[43] = 0xA0, b[44] = 0x80;  // a surrogate
  CHECK(contains(parse_error(b), "UTF-8"));
}

TEST_CASE("geography: corrupt buffers are rejected with a reason") {
  CHECK(contains(parse_error({}), "truncated"));
  Geography g;
  std::string error;
  CHECK_FALSE(atlas::parse_geography(nullptr, 0, g, error));
  CHECK(contains(error, "truncated"));
  const std::vector<unsigned char> good = Tiny{}.bytes();
  CHECK(contains(parse_error({good.begin(), good.begin() + 20}), "truncated"));
  std::vector<unsigned char> b = good;
  b[0] = 'X';
  CHECK(contains(parse_error(b), "magic"));
  Tiny t;
  t.version = 4;
  CHECK(contains(parse_error(t.bytes()), "version"));
  t.version = 0;
  CHECK(contains(parse_error(t.bytes()), "version"));
  CHECK(contains(parse_error({good.begin(), good.end() - 1}), "truncated or padded"));
  b = good;
  b.push_back(0);
  CHECK(contains(parse_error(b), "truncated or padded"));
  b = good;
  b[32 + 4] = 0xFF;  // NAME section length far past the end
  CHECK(contains(parse_error(b), "section NAME"));
  b = good;
  const float nan = std::nanf("");
  std::memcpy(&b[12], &nan, 4);  // lon_max
  CHECK(contains(parse_error(b), "bounds"));
  b = good;
  for (int k = 0; k < 5; ++k) b[40 + k] = 0x80;  // the name count becomes an endless varint
  CHECK(contains(parse_error(b), "varint"));
  b = good;
  b[42] = 0x01;  // a control character in the name
  CHECK(contains(parse_error(b), "UTF-8"));
  t = Tiny{};
  t.triangle_index = 3;
  CHECK(contains(parse_error(t.bytes()), "triangle index 3"));
  t = Tiny{};
  t.name_index = 7;
  CHECK(contains(parse_error(t.bytes()), "name index 7"));
  t = Tiny{};
  t.river_class = 0;
  CHECK(contains(parse_error(t.bytes()), "class"));
  t = Tiny{};
  t.second_dx = 70000;
  CHECK(contains(parse_error(t.bytes()), "leaves the grid"));
  t = Tiny{};
  t.land_vertices = 2;
  CHECK(contains(parse_error(t.bytes()), "3 vertices"));
  t = Tiny{};
  t.land_vertices = 100000;
  CHECK(contains(parse_error(t.bytes()), "does not fit"));
  t = Tiny{};
  t.duplicate_land = true;
  CHECK(contains(parse_error(t.bytes()), "duplicate section LAND"));
  t = Tiny{};
  t.skip_lake = true;
  CHECK(contains(parse_error(t.bytes()), "missing section LAKE"));
}

TEST_CASE("geography: truncated and mutated copies of the real asset never crash") {
  const std::vector<unsigned char> good = real_bytes();
  Geography g;
  std::string error;
  REQUIRE(atlas::parse_geography(good.data(), good.size(), g, error));
  for (std::size_t n = 0; n < good.size(); n += 1 + n / 3) {
    CHECK_FALSE(atlas::parse_geography(good.data(), n, g, error));
    CHECK_FALSE(error.empty());
    if (n < 32) continue;
    std::vector<unsigned char> cut(good.begin(), good.begin() + static_cast<std::ptrdiff_t>(n));
    for (int k = 0; k < 4; ++k) cut[24 + k] = static_cast<unsigned char>(n >> (8 * k));  // a consistent size field
    CHECK_FALSE(atlas::parse_geography(cut.data(), cut.size(), g, error));
    CHECK_FALSE(error.empty());
  }
  std::mt19937 rng(540);
  std::uniform_int_distribution<std::size_t> pos(0, good.size() - 1);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int i = 0; i < 300; ++i) {
    std::vector<unsigned char> b = good;
    for (int k = 0; k < 1 + i % 4; ++k) b[pos(rng)] = static_cast<unsigned char>(byte(rng));
    if (!atlas::parse_geography(b.data(), b.size(), g, error)) CHECK_FALSE(error.empty());
    CHECK(std::all_of(g.land.indices.begin(), g.land.indices.end(), [&](std::uint32_t idx) { return idx < g.land.vertices.size(); }));
  }
}
