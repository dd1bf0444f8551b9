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
  bool dot = false;          // the anchor is a place's marker: no label may sit nearer to it than to its own
  float reach = 0;           // the marker's half-size, px (dot, rings and marks): its square is what "near" measures to
  float clear_by = 0;        // a dot's label must be nearer its own marker than any other by this much, px
};

struct LabelPlacement {
  bool placed = false;
  Rect box{};                // where the label goes (top-left origin, y down)
};

// `obstacles` (markers, panels) are avoided too; labels must stay within `bounds`. A place's name (a
// request with `dot`) is always nearer its own marker than any other (by `clear_by`), so it cannot be read
// as that place's name; one with no such position left is not placed. Other labels (an army's, in its
// own style) are not held to it: an army often stands at a city.
std::vector<LabelPlacement> place_labels(const std::vector<LabelRequest>& labels, std::vector<Rect> obstacles,
                                         const Rect& bounds);

}  // namespace atlas
