// Frame timing statistics: a window of recent frame CPU times with median and 95th percentile.
#pragma once
#include <cstddef>
#include <vector>

namespace atlas {

class FrameStats {
 public:
  explicit FrameStats(std::size_t capacity = 2048) : capacity_(capacity) { samples_.reserve(capacity); }
  void add(double ms, int draw_calls);
  void clear();
  std::size_t count() const { return samples_.size(); }
  long long frames_total() const { return total_; }
  double median_ms() const { return percentile(0.5); }
  double p95_ms() const { return percentile(0.95); }
  double max_ms() const;
  int last_draw_calls() const { return last_draw_calls_; }
  // Nearest-rank percentile over the kept window (q in 0..1); 0 when empty.
  double percentile(double q) const;

 private:
  std::size_t capacity_;
  std::size_t next_ = 0;
  std::vector<double> samples_;
  long long total_ = 0;
  int last_draw_calls_ = 0;
};

}  // namespace atlas
