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

double FrameStats::percentile(double q) const {
  if (samples_.empty()) return 0;
  std::vector<double> s = samples_;
  size_t rank = static_cast<size_t>(std::ceil(std::clamp(q, 0.0, 1.0) * static_cast<double>(s.size())));
  size_t k = rank == 0 ? 0 : rank - 1;
  std::nth_element(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(k), s.end());
  return s[k];
}

}  // namespace atlas
