// Places map labels without overlaps: greedy by priority over a few positions around each anchor.
#pragma once
#include <vector>

namespace atlas {

struct Rect {
  float x0, y0, x1, y1;
  bool overlaps(const Rect& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

struct LabelRequest {
  float anchor_x, anchor_y;  // screen px of the thing labelled (e.g. a city marker's centre)
  float width, height;       // the label's box, px
  float gap;                 // space between the anchor and the box, px
  int priority;              // higher is placed first
  bool above_first = false;  // try above the anchor before the right-hand side
  float far_gap = 0;         // if > gap: a second ring of positions at this distance, tried when the first is full
};

struct LabelPlacement {
  bool placed = false;
  Rect box{};                // where the label goes (top-left origin, y down)
};

// `obstacles` (markers, panels) are avoided too; labels must stay within `bounds`.
std::vector<LabelPlacement> place_labels(const std::vector<LabelRequest>& labels, std::vector<Rect> obstacles,
                                         const Rect& bounds);

}  // namespace atlas
