// Unit tests of the small stable sort: it agrees with std::stable_sort, equal keys keep their order.
#include <doctest/doctest.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "core/data/small_sort.h"

TEST_CASE("small_stable_sort orders like std::stable_sort, ties in their first order") {
  unsigned seed = 7;
  const auto next = [&seed] { seed = seed * 1103515245u + 12345u; return static_cast<int>((seed >> 16) % 20); };
  for (int n : {0, 1, 2, 5, 64, 1000}) {
    std::vector<std::pair<int, int>> a;  // (key, original position)
    for (int i = 0; i < n; ++i) a.push_back({next(), i});
    std::vector<std::pair<int, int>> b = a;
    const auto by_key = [](const std::pair<int, int>& x, const std::pair<int, int>& y) { return x.first < y.first; };
    atlas::small_stable_sort(a.begin(), a.end(), by_key);
    std::stable_sort(b.begin(), b.end(), by_key);
    CHECK(a == b);
  }
}
