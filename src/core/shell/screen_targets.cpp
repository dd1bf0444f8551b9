// Writes the named screen rectangles as one JSON object, one decimal of a CSS pixel each.
#include "core/shell/screen_targets.h"

#include "core/data/json.h"

namespace atlas {

std::string screen_targets_json(const std::vector<ScreenTarget>& targets, float r) {
  JsonWriter w;
  w.begin_object();
  for (const ScreenTarget& t : targets) {
    w.key(t.name).begin_array().number(t.x0 / r, 1).number(t.y0 / r, 1);
    w.number((t.x1 - t.x0) / r, 1).number((t.y1 - t.y0) / r, 1).end_array();
  }
  return w.end_object().text();
}

}  // namespace atlas
