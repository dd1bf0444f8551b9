// A sideways swipe's step: long enough, and twice as wide as it is tall.
#include "core/shell/swipe.h"

#include <cmath>

namespace atlas {

int swipe_step(float dx, float dy, float pixel_ratio) {
  constexpr float kMinCssPx = 48;
  if (std::fabs(dx) < kMinCssPx * pixel_ratio || std::fabs(dx) < 2 * std::fabs(dy)) return 0;
  return dx < 0 ? +1 : -1;
}

}  // namespace atlas
