// Named screen rectangles of the last frame's controls (tabs, rows, buttons), for tests and automation.
#pragma once
#include <string>

namespace atlas::ui {

// Records the rectangle of the ImGui item just drawn under `name` (e.g. "tab:Demands", "demand:sura-sack").
void mark_item(const std::string& name);
// Records a rectangle drawn without an ImGui item (a city on the map), in device pixels.
void mark_rect(const std::string& name, float x0, float y0, float x1, float y1);
// Starts a new frame's record.
void clear_targets();
// {"name":[x,y,w,h],...} in CSS pixels (device pixels divided by `pixel_ratio`; core/shell/screen_targets).
std::string targets_json(float pixel_ratio);

}  // namespace atlas::ui
