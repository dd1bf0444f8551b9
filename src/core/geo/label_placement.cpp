// Greedy label placement: right, left, above, below and diagonals of the anchor, by priority.
#include "core/geo/label_placement.h"
#include "core/data/small_sort.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace atlas {
namespace {

float distance(const Rect& a, const Rect& b) {
  const float dx = std::max({a.x0 - b.x1, 0.0f, b.x0 - a.x1}), dy = std::max({a.y0 - b.y1, 0.0f, b.y0 - a.y1});
  return std::hypot(dx, dy);
}

Rect marker(const LabelRequest& l) {
  return {l.anchor_x - l.reach, l.anchor_y - l.reach, l.anchor_x + l.reach, l.anchor_y + l.reach};
}

// Whether `box`, the label of `self`, is nearer some other place's marker than its own.
bool nearer_another_dot(const std::vector<LabelRequest>& labels, std::size_t self, const Rect& box) {
  const float own = distance(box, marker(labels[self])) + labels[self].clear_by;
  for (std::size_t j = 0; j < labels.size(); ++j)
    if (j != self && labels[j].dot && distance(box, marker(labels[j])) < own) return true;
  return false;
}

}  // namespace

std::vector<LabelPlacement> place_labels(const std::vector<LabelRequest>& labels, std::vector<Rect> taken,
                                         const Rect& bounds) {
  std::vector<LabelPlacement> out(labels.size());
  std::vector<size_t> order(labels.size());
  std::iota(order.begin(), order.end(), 0);
  small_stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return labels[a].priority > labels[b].priority; });
  // The first free box among eight positions around the anchor at distance `g`.
  auto try_ring = [&](std::size_t i, float g, LabelPlacement& result) {
    const LabelRequest& l = labels[i];
    const float w = l.width, h = l.height, ax = l.anchor_x, ay = l.anchor_y;
    Rect candidates[] = {
        {ax + g, ay - h / 2, ax + g + w, ay + h / 2},          // right
        {ax - g - w, ay - h / 2, ax - g, ay + h / 2},          // left
        {ax - w / 2, ay - g - h, ax + w / 2, ay - g},          // above
        {ax - w / 2, ay + g, ax + w / 2, ay + g + h},          // below
        {ax + g * 0.7f, ay - g * 0.7f - h, ax + g * 0.7f + w, ay - g * 0.7f},  // above right
        {ax - g * 0.7f - w, ay - g * 0.7f - h, ax - g * 0.7f, ay - g * 0.7f},  // above left
        {ax + g * 0.7f, ay + g * 0.7f, ax + g * 0.7f + w, ay + g * 0.7f + h},  // below right
        {ax - g * 0.7f - w, ay + g * 0.7f, ax - g * 0.7f, ay + g * 0.7f + h},  // below left
    };
    if (l.above_first) std::swap(candidates[0], candidates[2]);
    for (const Rect& c : candidates) {
      if (c.x0 < bounds.x0 || c.y0 < bounds.y0 || c.x1 > bounds.x1 || c.y1 > bounds.y1) continue;
      if (std::any_of(taken.begin(), taken.end(), [&](const Rect& t) { return t.overlaps(c); })) continue;
      if (l.dot && nearer_another_dot(labels, i, c)) continue;
      result = {true, c};
      taken.push_back(c);
      return true;
    }
    return false;
  };
  for (size_t i : order) {
    const LabelRequest& l = labels[i];
    if (!try_ring(i, l.gap, out[i]) && l.far_gap > l.gap) try_ring(i, l.far_gap, out[i]);
  }
  return out;
}

}  // namespace atlas
