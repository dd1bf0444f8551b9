// Keeps the rectangles of named controls from the last frame, so tests can click what a reader sees.
#include "ui/targets.h"

#include <imgui.h>

#include <vector>

#include "core/shell/screen_targets.h"

namespace atlas::ui {
namespace {

std::vector<ScreenTarget> g_targets;

}  // namespace

void mark_item(const std::string& name) {
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  g_targets.push_back({name, min.x, min.y, max.x, max.y});
}

void mark_rect(const std::string& name, float x0, float y0, float x1, float y1) { g_targets.push_back({name, x0, y0, x1, y1}); }

void clear_targets() { g_targets.clear(); }

std::string targets_json(float pixel_ratio) { return screen_targets_json(g_targets, pixel_ratio); }

}  // namespace atlas::ui
