// Keeps a ring of recent frame times and answers percentile queries for the benchmark.
#include "core/shell/frame_stats.h"

#include <algorithm>
#include <cmath>

namespace atlas {

void FrameStats::add(double ms, int draw_calls) {
  if (samples_.size() < capacity_) samples_.push_back(ms);
  else samples_[next_] = ms;
  next_ = (next_ + 1) % capacity_;
  ++total_;
  last_draw_calls_ = draw_calls;
}

void FrameStats::clear() {
  samples_.clear();
  next_ = 0;
  total_ = 0;
}

double FrameStats::max_ms() const { return samples_.empty() ? 0 : *std::max_element(samples_.begin(), samples_.end()); }

namespace {

// The k-th smallest of s (0-based), by quickselect: a few lines where std::nth_element's instantiation
// weighed about 1 kB of the page's gzipped wasm.
double select(std::vector<double>& s, std::size_t k) {
  std::size_t lo = 0, hi = s.size() - 1;
  while (lo < hi) {
    std::swap(s[(lo + hi) / 2], s[hi]);  // the middle as pivot: sorted input stays linear
    std::size_t store = lo;
    for (std::size_t i = lo; i < hi; ++i)
      if (s[i] < s[hi]) std::swap(s[i], s[store++]);
    std::swap(s[store], s[hi]);
    if (store == k) break;
    if (store < k) lo = store + 1;
    else hi = store - 1;
  }
  return s[k];
}

}  // namespace

double FrameStats::percentile(double q) const {
  if (samples_.empty()) return 0;
  std::vector<double> s = samples_;
  size_t rank = static_cast<size_t>(std::ceil(std::clamp(q, 0.0, 1.0) * static_cast<double>(s.size())));
  size_t k = rank == 0 ? 0 : rank - 1;
  return select(s, k);
}

}  // namespace atlas
