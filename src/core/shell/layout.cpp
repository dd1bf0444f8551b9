// Computes where the panels, the timeline bar and the clear map area go for a canvas size.
#include "core/shell/layout.h"

#include <algorithm>
#include <array>

namespace atlas {
namespace {

// embed=1 in a column: the timeline along the bottom, the card at the map's lower left, as tall as the
// event it shows (all the height when opened for the tabs); the map's framing keeps clear of its column.
void card_layout(const LayoutInput& in, float bar_h, Layout& l) {
  const float r = in.pixel_ratio > 0 ? in.pixel_ratio : 1.0f, margin = 10 * r;
  l.card = true;
  const float w = std::clamp(in.width / r * 0.42f, 250.0f, 380.0f) * r;
  const float max_h = in.height - bar_h - 2 * margin;
  const float h = in.sheet_open || in.content_h <= 0 ? max_h : std::clamp(in.content_h, std::min(90 * r, max_h), max_h);
  l.panel = {margin, in.height - bar_h - margin - h, w, h};
  l.timeline = {0, in.height - bar_h, in.width, bar_h};
  l.map.inset_left = margin + w;
  l.map.inset_bottom = bar_h;
}

}  // namespace

Layout compute_layout(const LayoutInput& in) {
  Layout l;
  const float r = in.pixel_ratio > 0 ? in.pixel_ratio : 1.0f;
  const float css_w = in.width / r, css_h = in.height / r;
  l.map.width = in.width;
  l.map.height = in.height;
  l.mode = css_w >= 1000 ? LayoutMode::Wide : css_w <= 420 ? LayoutMode::Phone : LayoutMode::Blog;
  // Narrow screens put the scrubber on a second row of the timeline bar.
  const float bar_h = (css_w < 640 ? 86.0f : in.embed ? 46.0f : 52.0f) * r;
  if (l.mode == LayoutMode::Wide) {
    float panel_w = in.panels ? std::clamp(css_w * 0.34f, 360.0f, 500.0f) * r : 0.0f;
    if (in.panels) l.panel = {in.width - panel_w, 0, panel_w, in.height};
    l.timeline = {0, in.height - bar_h, in.width - panel_w, bar_h};
    l.map.inset_right = panel_w;
    l.map.inset_bottom = bar_h;
  } else if (l.mode == LayoutMode::Blog && in.embed && in.panels && css_h >= 260) {
    card_layout(in, bar_h, l);
  } else if (l.mode == LayoutMode::Blog || !in.panels) {
    float panel_h = in.panels ? std::clamp(css_h * 0.42f, 150.0f, 420.0f) * r : 0.0f;
    if (in.content_h > 0) panel_h = std::min(panel_h, std::max(in.content_h, 110 * r));  // as tall as its content
    if (css_h < 300) panel_h = in.panels ? std::max(0.0f, in.height - bar_h - 150 * r) : 0.0f;
    if (in.panels) l.panel = {0, in.height - panel_h, in.width, panel_h};
    l.timeline = {0, in.height - panel_h - bar_h, in.width, bar_h};
    l.map.inset_bottom = panel_h + bar_h;
  } else {  // phone: a bottom sheet, collapsed to its header unless open
    l.sheet = true;
    float header = 44.0f * r;
    float open_h = std::max(header, std::min(in.height * 0.62f, in.height - bar_h - 80 * r));
    if (in.content_h > 0) open_h = std::min(open_h, std::max(in.content_h, header));  // no blank sheet
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

bool map_waits_for_content(LayoutInput in) {
  auto map_with = [&in](float content_h) {
    in.content_h = content_h;
    const Viewport v = compute_layout(in).map;
    return std::array<double, 4>{v.inset_left, v.inset_top, v.inset_right, v.inset_bottom};
  };
  const auto unknown = map_with(0);
  return unknown != map_with(1) || unknown != map_with(in.height);
}

Box open_map(const Layout& l) {
  Box open{0, 0, static_cast<float>(l.map.width), static_cast<float>(l.map.height)};
  for (const Box& b : {l.panel, l.timeline}) {
    if (b.empty()) continue;
    const float right = open.x + open.w, bottom = open.y + open.h;
    const bool across = b.x <= open.x && b.x + b.w >= right, down = b.y <= open.y && b.y + b.h >= bottom;
    if (across && b.y > open.y && b.y + b.h >= bottom) open.h = b.y - open.y;          // along the bottom
    else if (across && b.y <= open.y && b.y + b.h < bottom) open.y = b.y + b.h, open.h = bottom - open.y;  // the top
    else if (down && b.x > open.x && b.x + b.w >= right) open.w = b.x - open.x;        // along the right
    else if (down && b.x <= open.x && b.x + b.w < right) open.x = b.x + b.w, open.w = right - open.x;      // the left
  }
  return open;
}

}  // namespace atlas
