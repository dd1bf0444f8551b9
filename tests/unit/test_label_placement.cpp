// Unit tests of label placement: no two placed labels overlap, priorities win, bounds are kept.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>

#include "core/geo/label_placement.h"

using namespace atlas;

TEST_CASE("a lone label goes to the right of its anchor") {
  auto p = place_labels({{100, 100, 40, 10, 5, 1}}, {}, {0, 0, 500, 500});
  REQUIRE(p[0].placed);
  CHECK(p[0].box.x0 == doctest::Approx(105));
  CHECK(p[0].box.y0 == doctest::Approx(95));
}

TEST_CASE("crowded labels never overlap and the most important is placed first") {
  std::vector<LabelRequest> req;
  for (int i = 0; i < 30; ++i) req.push_back({200.0f + (i % 5) * 6, 200.0f + (i / 5) * 6, 60, 12, 4, i});
  auto p = place_labels(req, {}, {0, 0, 600, 600});
  int placed = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (!p[i].placed) continue;
    ++placed;
    for (std::size_t j = i + 1; j < p.size(); ++j)
      if (p[j].placed) CHECK_FALSE(p[i].box.overlaps(p[j].box));
  }
  CHECK(placed >= 4);
  CHECK(placed < 30);
  CHECK(p[29].placed);  // highest priority
}

TEST_CASE("labels avoid obstacles and stay inside the bounds") {
  // Right side blocked by an obstacle, left side outside the bounds: the label goes above.
  auto p = place_labels({{30, 100, 40, 10, 4, 1}}, {{32, 97, 100, 110}}, {0, 0, 300, 300});
  REQUIRE(p[0].placed);
  CHECK(p[0].box.y1 <= 96.0f);
  auto none = place_labels({{5, 5, 400, 400, 2, 1}}, {}, {0, 0, 100, 100});
  CHECK_FALSE(none[0].placed);
}

TEST_CASE("a label whose near positions are all taken tries its farther ring, if it has one") {
  // A ring obstacle of radius 13 around the anchor (a city's event ring): every position at gap 12 touches it.
  const std::vector<Rect> ring{{87, 87, 113, 113}};
  LabelRequest near_only{100, 100, 60, 12, 12, 1};
  CHECK_FALSE(place_labels({near_only}, ring, {0, 0, 400, 400})[0].placed);
  LabelRequest with_far = near_only;
  with_far.far_gap = 24;
  auto p = place_labels({with_far}, ring, {0, 0, 400, 400});
  REQUIRE(p[0].placed);
  CHECK_FALSE(p[0].box.overlaps(ring[0]));
  CHECK(p[0].box.x0 == doctest::Approx(124));  // right of the anchor, at the far gap
}

TEST_CASE("a label is never nearer another place's dot than its own") {
  // Sura at (100,100), Hierapolis 30 px to its right: Sura's name cannot go right (over Hierapolis's dot).
  LabelRequest sura{100, 100, 40, 10, 6, 2}, hierapolis{130, 100, 60, 10, 6, 1};
  sura.dot = hierapolis.dot = true;
  sura.reach = hierapolis.reach = 3;
  sura.clear_by = hierapolis.clear_by = 4;
  auto p = place_labels({sura, hierapolis}, {}, {0, 0, 400, 400});
  REQUIRE(p[0].placed);
  REQUIRE(p[1].placed);
  const float own = std::max(p[0].box.x0 - 100, 100 - p[0].box.x1);
  CHECK(p[0].box.x1 <= 100);  // to the left: the right-hand position lay over the other dot
  CHECK(own <= 8);
  CHECK(p[1].box.x0 >= 130);  // Hierapolis's own name goes right, away from Sura
  // Dots packed so close that every position is nearer a neighbour: the lower priority label is left out.
  std::vector<LabelRequest> packed;
  for (int i = 0; i < 9; ++i) {
    LabelRequest r{200.0f + (i % 3) * 8, 200.0f + (i / 3) * 8, 50, 10, 4, i};
    r.dot = true;
    r.reach = 2;
    r.clear_by = 4;
    packed.push_back(r);
  }
  auto q = place_labels(packed, {}, {0, 0, 600, 600});
  CHECK(q[8].placed);
  CHECK_FALSE(q[4].placed);  // the middle dot: every side has a neighbour nearer than itself
  // A big ring (an event under way) does not push its own name away: distance is to the marker's edge.
  LabelRequest ringed{100, 100, 60, 10, 18, 2}, neighbour{100, 140, 40, 10, 6, 1};
  ringed.dot = neighbour.dot = true;
  ringed.reach = 15, neighbour.reach = 3;
  auto r = place_labels({ringed, neighbour}, {}, {0, 0, 400, 400});
  REQUIRE(r[0].placed);
  CHECK(r[0].box.x0 == doctest::Approx(118));  // right of the ring, although the neighbour's dot is 40 px away
}
