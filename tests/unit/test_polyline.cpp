// Unit tests of thick-line extrusion: counts, normals, miters, sharp turns and degenerate input.
#include <doctest/doctest.h>

#include <cmath>

#include "core/geo/polyline.h"

using namespace atlas;

TEST_CASE("a straight two-point line is one quad with normals across it") {
  LineMesh m;
  extrude_polyline({{{0, 0}, 2.0f, 5.0f}, {{10, 0}, 3.0f, 6.0f}}, false, m);
  REQUIRE(m.vertices.size() == 4);
  REQUIRE(m.indices.size() == 6);
  // World x-axis line: the screen normal is vertical.
  CHECK(std::fabs(m.vertices[0].ox) < 1e-6);
  CHECK(std::fabs(std::fabs(m.vertices[0].oy) - 1) < 1e-6);
  CHECK(m.vertices[0].side == -1.0f);
  CHECK(m.vertices[1].side == 1.0f);
  CHECK(m.vertices[2].along == doctest::Approx(10));
  CHECK(m.vertices[0].width == 2.0f);
  CHECK(m.vertices[3].time == 6.0f);
  for (auto i : m.indices) CHECK(i < m.vertices.size());
}

TEST_CASE("a right angle gets a miter of length sqrt(2)") {
  LineMesh m;
  extrude_polyline({{{0, 0}}, {{10, 0}}, {{10, 10}}}, false, m);
  REQUIRE(m.vertices.size() == 6);
  const LineVertex& j = m.vertices[2];
  CHECK(std::hypot(j.ox, j.oy) == doctest::Approx(std::sqrt(2.0)));
  CHECK(m.indices.size() == 12);
}

TEST_CASE("a hairpin turn gets a round join instead of a spike") {
  LineMesh m;
  extrude_polyline({{{0, 0}}, {{10, 0}}, {{0, 0.1}}}, false, m);
  double longest = 0;
  for (const LineVertex& v : m.vertices) longest = std::fmax(longest, std::hypot(v.ox, v.oy));
  CHECK(longest <= 2.0 + 1e-9);
  CHECK(m.vertices.size() > 6);  // the fan's vertices
  for (auto i : m.indices) CHECK(i < m.vertices.size());
}

TEST_CASE("round caps and repeated points") {
  LineMesh m;
  extrude_polyline({{{0, 0}}, {{0, 0}}, {{5, 0}}, {{5, 0}}}, true, m);
  CHECK(m.vertices.size() == 4 + 2 * 11);
  CHECK(m.indices.size() == 6 + 2 * 3 * 10);
  LineMesh none;
  extrude_polyline({{{1, 1}}, {{1, 1}}}, true, none);
  CHECK(none.vertices.empty());
  CHECK(none.indices.empty());
}
