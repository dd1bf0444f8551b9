// Keeps the rectangles of named controls from the last frame, so tests can click what a reader sees.
#include "ui/targets.h"

#include <imgui.h>

#include <cstdio>
#include <vector>

namespace atlas::ui {
namespace {

struct Target {
  std::string name;
  ImVec2 min, max;
};
std::vector<Target> g_targets;

}  // namespace

void mark_item(const std::string& name) { g_targets.push_back({name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()}); }

void mark_rect(const std::string& name, float x0, float y0, float x1, float y1) {
  g_targets.push_back({name, ImVec2(x0, y0), ImVec2(x1, y1)});
}

void clear_targets() { g_targets.clear(); }

std::string targets_json(float r) {
  std::string out = "{";
  for (const Target& t : g_targets) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "[%.1f,%.1f,%.1f,%.1f]", t.min.x / r, t.min.y / r, (t.max.x - t.min.x) / r, (t.max.y - t.min.y) / r);
    if (out.size() > 1) out += ",";
    out += "\"" + t.name + "\":" + buf;
  }
  return out + "}";
}

}  // namespace atlas::ui
