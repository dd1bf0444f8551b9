// Unit tests of frame statistics: percentiles by nearest rank, the ring window, totals.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

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

// The selection agrees with a full sort for shuffled, repeated, sorted and reversed samples of any size.
TEST_CASE("percentiles agree with sorting, whatever the order and repeats") {
  unsigned seed = 12345;
  const auto next = [&seed] { seed = seed * 1103515245u + 12345u; return (seed >> 16) % 50; };  // many repeats
  for (int n : {1, 2, 3, 7, 100, 2048}) {
    for (int order = 0; order < 3; ++order) {
      atlas::FrameStats s(static_cast<std::size_t>(n));
      std::vector<double> all;
      for (int i = 0; i < n; ++i) all.push_back(order == 0 ? next() : order == 1 ? i : n - i);
      for (double v : all) s.add(v, 1);
      std::sort(all.begin(), all.end());
      const auto rank = [&](double q) { return all[static_cast<std::size_t>(std::max(1.0, std::ceil(q * n))) - 1]; };
      CHECK(s.median_ms() == rank(0.5));
      CHECK(s.p95_ms() == rank(0.95));
    }
  }
}
