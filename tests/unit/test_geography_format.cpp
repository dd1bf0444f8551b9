// The Python encoder (tools/geography_format.py) and the C++ decoder agree on a small generated file.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <array>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/geo/geography.h"

namespace {

using Triangle = std::array<std::uint32_t, 3>;

std::string unhex(const std::string& h) {
  if (h == "-") return "";
  std::string out;
  for (std::size_t i = 0; i + 1 < h.size(); i += 2) out += static_cast<char>(std::stoi(h.substr(i, 2), nullptr, 16));
  return out;
}

// A triangle rotated to start at its lowest corner (the winding kept), as the fixture writes them.
Triangle canonical(Triangle t) {
  std::rotate(t.begin(), std::min_element(t.begin(), t.end()), t.end());
  return t;
}

struct Fixture {
  atlas::Geography geo;
  std::istringstream expect;
  double lon_min = 0, lon_max = 0, lat_min = 0, lat_max = 0, grid = 0;

  Fixture() {
    std::string error;
    const std::string base = std::string(ATLAS_FIXTURE_DIR) + "/geography_fixture";
    REQUIRE_MESSAGE(atlas::load_geography_file(base + ".bin", geo, error), error);
    std::ifstream f(base + ".expect");
    REQUIRE(f);
    std::stringstream all;
    all << f.rdbuf();
    expect.str(all.str());
  }
  std::string word(const char* want) {
    std::string w;
    expect >> w;
    REQUIRE(w == want);
    return w;
  }
  void check_point(atlas::GeoDeg p) {
    double qx = 0, qy = 0;
    expect >> qx >> qy;
    CHECK(p.lon == doctest::Approx(lon_min + qx / grid * (lon_max - lon_min)).epsilon(1e-6));
    CHECK(p.lat == doctest::Approx(lat_min + qy / grid * (lat_max - lat_min)).epsilon(1e-6));
  }
  void check_mesh(const atlas::GeoMesh& mesh, const char* tag) {
    std::size_t count = 0;
    word("mesh"), word(tag), expect >> count;
    REQUIRE(mesh.polygons.size() == count);
    for (const atlas::GeoPolygon& poly : mesh.polygons) {
      std::string name;
      std::size_t n = 0, t = 0;
      word("polygon"), expect >> name >> n >> t;
      CHECK(poly.name == unhex(name));
      REQUIRE(poly.vertex_count == n);
      REQUIRE(poly.index_count == 3 * t);
      for (std::uint32_t i = 0; i < n; ++i) word("v"), check_point(mesh.vertices[poly.first_vertex + i]);
      std::vector<Triangle> got, want(t);
      for (std::uint32_t i = poly.first_index; i < poly.first_index + poly.index_count; i += 3)
        got.push_back(canonical({mesh.indices[i] - poly.first_vertex, mesh.indices[i + 1] - poly.first_vertex,
                                 mesh.indices[i + 2] - poly.first_vertex}));
      for (Triangle& w : want) word("t"), expect >> w[0] >> w[1] >> w[2];
      std::sort(got.begin(), got.end());
      CHECK(got == want);
    }
  }
};

}  // namespace

TEST_CASE("geography format: the decoder reads back exactly what the Python encoder wrote") {
  Fixture fx;
  fx.word("bounds"), fx.expect >> fx.lon_min >> fx.lon_max >> fx.lat_min >> fx.lat_max;
  fx.word("grid"), fx.expect >> fx.grid;
  CHECK(fx.geo.bounds.lon_min == doctest::Approx(fx.lon_min));
  CHECK(fx.geo.bounds.lon_max == doctest::Approx(fx.lon_max));
  CHECK(fx.geo.bounds.lat_min == doctest::Approx(fx.lat_min));
  CHECK(fx.geo.bounds.lat_max == doctest::Approx(fx.lat_max));
  fx.check_mesh(fx.geo.land, "land");
  fx.check_mesh(fx.geo.lakes, "lake");
  std::size_t rivers = 0;
  fx.word("rivers"), fx.expect >> rivers;
  REQUIRE(fx.geo.rivers.size() == rivers);
  for (const atlas::GeoRiver& r : fx.geo.rivers) {
    std::string name;
    int cls = 0;
    std::size_t n = 0;
    fx.word("river"), fx.expect >> name >> cls >> n;
    CHECK(r.name == unhex(name));
    CHECK(r.river_class == cls);
    REQUIRE(r.points.size() == n);
    for (std::size_t i = 0; i < n; ++i) {
      double taper = 0;
      fx.word("p"), fx.check_point(r.points[i]), fx.expect >> taper;
      CHECK(r.taper[i] == doctest::Approx(taper / 255.0));
    }
  }
  // The fixture's second land polygon has its left edge on the frame: that edge is no shore.
  CHECK(fx.geo.coastlines.size() == 2);
  CHECK(fx.geo.lake_shores.size() == 1);
}

// A file the geography tool wrote (tests/tools/make_geography.sh names it in ATLAS_GEOGRAPHY_FILE;
// otherwise the fixture): it parses, and every vertex lies inside its frame.
TEST_CASE("geography format: a file the tool wrote parses and stays inside its frame") {
  const char* env = std::getenv("ATLAS_GEOGRAPHY_FILE");
  const std::string path = env && *env ? env : std::string(ATLAS_FIXTURE_DIR) + "/geography_fixture.bin";
  atlas::Geography g;
  std::string error;
  REQUIRE_MESSAGE(atlas::load_geography_file(path, g, error), path << ": " << error);
  CHECK(g.bounds.lon_min < g.bounds.lon_max);
  CHECK(g.bounds.lat_min < g.bounds.lat_max);
  CHECK_FALSE(g.land.polygons.empty());
  auto inside = [&](atlas::GeoDeg p) {
    return p.lon >= g.bounds.lon_min && p.lon <= g.bounds.lon_max && p.lat >= g.bounds.lat_min && p.lat <= g.bounds.lat_max;
  };
  std::size_t outside = 0;
  for (const atlas::GeoMesh* m : {&g.land, &g.lakes})
    for (atlas::GeoDeg p : m->vertices) outside += !inside(p);
  for (const atlas::GeoRiver& r : g.rivers)
    for (atlas::GeoDeg p : r.points) outside += !inside(p);
  CHECK(outside == 0);
  for (const atlas::GeoMesh* m : {&g.land, &g.lakes})
    for (std::uint32_t i : m->indices) REQUIRE(i < m->vertices.size());
}
