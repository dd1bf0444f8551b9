// Computes where the panels, the timeline bar and the clear map area go for a canvas size.
#include "core/shell/layout.h"

#include <algorithm>

namespace atlas {

Layout compute_layout(const LayoutInput& in) {
  Layout l;
  const float r = in.pixel_ratio > 0 ? in.pixel_ratio : 1.0f;
  const float css_w = in.width / r, css_h = in.height / r;
  l.map.width = in.width;
  l.map.height = in.height;
  l.mode = css_w >= 1000 ? LayoutMode::Wide : css_w <= 420 ? LayoutMode::Phone : LayoutMode::Blog;
  // Narrow screens put the scrubber on a second row of the timeline bar.
  const float bar_h = (css_w < 560 ? 86.0f : in.embed ? 46.0f : 52.0f) * r;
  if (l.mode == LayoutMode::Wide) {
    float panel_w = in.panels ? std::clamp(css_w * 0.34f, 360.0f, 500.0f) * r : 0.0f;
    if (in.panels) l.panel = {in.width - panel_w, 0, panel_w, in.height};
    l.timeline = {0, in.height - bar_h, in.width - panel_w, bar_h};
    l.map.inset_right = panel_w;
    l.map.inset_bottom = bar_h;
  } else if (l.mode == LayoutMode::Blog || !in.panels) {
    float panel_h = in.panels ? std::clamp(css_h * 0.42f, 150.0f, 420.0f) * r : 0.0f;
    if (css_h < 300) panel_h = in.panels ? std::max(0.0f, in.height - bar_h - 150 * r) : 0.0f;
    if (in.panels) l.panel = {0, in.height - panel_h, in.width, panel_h};
    l.timeline = {0, in.height - panel_h - bar_h, in.width, bar_h};
    l.map.inset_bottom = panel_h + bar_h;
  } else {  // phone: a bottom sheet, collapsed to its header unless open
    l.sheet = true;
    float header = 44.0f * r;
    float open_h = std::max(header, std::min(in.height * 0.62f, in.height - bar_h - 80 * r));
    float sheet_h = in.sheet_open ? open_h : header;
    l.panel = {0, in.height - sheet_h, in.width, sheet_h};
    l.timeline = {0, in.height - sheet_h - bar_h, in.width, bar_h};
    l.map.inset_bottom = sheet_h + bar_h;
  }
  // Never let the insets swallow the whole map.
  l.map.inset_bottom = std::min(l.map.inset_bottom, static_cast<double>(in.height) * 0.9);
  l.map.inset_right = std::min(l.map.inset_right, static_cast<double>(in.width) * 0.9);
  return l;
}

}  // namespace atlas
