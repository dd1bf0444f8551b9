// A swipe across the panels steps through the story: what counts as one, from a press and a release.
#pragma once

namespace atlas {

// +1 (next event) for a swipe to the left, -1 (previous) to the right, 0 for anything else: a
// swipe is mostly sideways and at least 48 CSS px long, so a tap, a scroll or a wobble is none.
int swipe_step(float dx, float dy, float pixel_ratio);

}  // namespace atlas
