// Computes the editor's boxes for a canvas size: the forms beside the map, or under it on a narrow screen.
#include "core/shell/editor_layout.h"

#include <algorithm>

namespace atlas {
namespace {

// A measured height within [lo, hi] (the most while it is not yet known).
float fitted(float content, float lo, float hi) {
  hi = std::max(hi, lo);
  return content > 0 ? std::clamp(content, lo, hi) : hi;
}

void wide(const EditorLayoutInput& in, float r, EditorLayout& l) {
  const float w = in.width, h = in.height;
  const float forms_w = std::min(std::clamp(w / r * 0.4f, 340.0f, 560.0f) * r, w * 0.6f);
  const float map_w = w - forms_w;
  const float tools_h = fitted(in.tools_h, 36 * r, h * 0.35f);
  const float problems_h = fitted(in.problems_h, 60 * r, std::min(170 * r, h * 0.3f));
  l.forms = {map_w, 0, forms_w, h};
  l.tools = {0, 0, map_w, tools_h};
  l.problems = {0, h - problems_h, map_w, problems_h};
  l.panel = l.forms;
  l.map.inset_top = tools_h, l.map.inset_right = forms_w, l.map.inset_bottom = problems_h;
}

void stacked(const EditorLayoutInput& in, float r, EditorLayout& l) {
  const float w = in.width, h = in.height;
  l.stacked = true;
  // Up to two fifths: at 320 CSS px the tools take five rows (their hint wraps), a third cut the last.
  const float tools_h = fitted(in.tools_h, 36 * r, h * 0.4f);
  const float rest = std::max(0.0f, h - tools_h);
  const float map_h = std::min(rest, std::max(140 * r, rest * (in.larger_forms ? 0.28f : 0.46f)));
  const float below = rest - map_h;  // the problems, then the forms
  const float problems_h = std::min(below * 0.4f, fitted(in.problems_h, 48 * r, 130 * r));
  l.tools = {0, 0, w, tools_h};
  l.problems = {0, tools_h + map_h, w, problems_h};
  l.forms = {0, tools_h + map_h + problems_h, w, below - problems_h};
  l.panel = {0, tools_h + map_h, w, below};
  l.map.inset_top = tools_h, l.map.inset_bottom = below;
}

}  // namespace

EditorLayout editor_layout(const EditorLayoutInput& in) {
  EditorLayout l;
  const float r = in.pixel_ratio > 0 ? in.pixel_ratio : 1.0f;
  l.map.width = in.width, l.map.height = in.height;
  if (in.width / r < kEditorStackedBelow) stacked(in, r, l);
  else wide(in, r, l);
  return l;
}

}  // namespace atlas
