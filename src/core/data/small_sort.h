// A stable insertion sort for a campaign's short lists (at most kMaxListEntries each, or the labels of a frame).
#pragma once
#include <utility>

namespace atlas {

// Sorts [first, last) by `less`, keeping equal elements in their order. Quadratic, so only for lists a
// validated campaign keeps short; its code is a few dozen bytes where each std::stable_sort with its own
// comparison weighed about 0.4 kB of the page's gzipped wasm. Input whose length nothing bounds (a JSON
// object's members) keeps std::stable_sort.
template <class It, class Less>
void small_stable_sort(It first, It last, Less less) {
  for (It i = first; i != last; ++i) {
    auto value = std::move(*i);
    It j = i;
    for (; j != first && less(value, *(j - 1)); --j) *j = std::move(*(j - 1));
    *j = std::move(value);
  }
}

}  // namespace atlas
