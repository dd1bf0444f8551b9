// Unit tests of frame statistics: percentiles by nearest rank, the ring window, totals.
#include <doctest/doctest.h>

#include "core/shell/frame_stats.h"

TEST_CASE("median and p95 by nearest rank") {
  atlas::FrameStats s(100);
  CHECK(s.median_ms() == 0);
  for (int i = 1; i <= 100; ++i) s.add(i, 7);
  CHECK(s.median_ms() == 50);
  CHECK(s.p95_ms() == 95);
  CHECK(s.max_ms() == 100);
  CHECK(s.last_draw_calls() == 7);
}

TEST_CASE("the window keeps only the most recent frames but counts them all") {
  atlas::FrameStats s(4);
  for (int i = 0; i < 10; ++i) s.add(i < 6 ? 100 : 1, 1);
  CHECK(s.count() == 4);
  CHECK(s.frames_total() == 10);
  CHECK(s.max_ms() == 1);
  s.clear();
  CHECK(s.count() == 0);
}
