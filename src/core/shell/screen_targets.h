// Named screen rectangles (where the last frame drew a control or a city) and their JSON for tests.
#pragma once
#include <string>
#include <vector>

namespace atlas {

struct ScreenTarget {
  std::string name;    // e.g. "tab:Demands", "demand:sura-sack", "place:antioch"
  float x0, y0, x1, y1;  // device pixels
};

// {"name":[x,y,w,h],...} in CSS pixels (device pixels divided by `pixel_ratio`), names escaped.
std::string screen_targets_json(const std::vector<ScreenTarget>& targets, float pixel_ratio);

}  // namespace atlas
