// Screen layout for the three widths the atlas meets: wide page, blog column, phone. Pure geometry.
#pragma once
#include "core/geo/camera.h"

namespace atlas {

enum class LayoutMode { Wide, Blog, Phone };

struct Box {  // device pixels, y down
  float x = 0, y = 0, w = 0, h = 0;
  bool empty() const { return w <= 0 || h <= 0; }
};

struct Layout {
  LayoutMode mode = LayoutMode::Wide;
  Box panel;       // the panels (side column, area below the map, or bottom sheet); empty if hidden
  Box timeline;    // the timeline bar
  Viewport map;    // the whole canvas, with the insets covered by panels and the timeline
  bool sheet = false;  // the panel is a bottom sheet that can be opened and closed (phone)
  bool card = false;   // embed=1 in a column: the panel is a card over the map's lower left, the event
                       // first; opened (`sheet_open`) it holds the tabs at full height
};

struct LayoutInput {
  float width = 0, height = 0;  // device pixels
  float pixel_ratio = 1;
  bool panels = true;           // false: ?panels=0
  bool sheet_open = false;      // phone: the bottom sheet is open
  bool embed = false;           // ?embed=1: compact chrome
  float content_h = 0;          // the panel's content as last drawn, device px (0: not yet known)
};

// Wide: >= 1000 CSS px (panels beside the map). Phone: <= 420 CSS px (map first, a bottom sheet).
// Blog column: in between (the map on top, the timeline, the panels below); embedded (embed=1) a card
// over the map instead. Below the map the panel and the open sheet are only as tall as their content
// (within limits), so two lines do not take 41% of a tablet's screen.
Layout compute_layout(const LayoutInput& in);

// Below this many CSS px of clear map either way (a collapsed iframe, a 1-pixel strip) the map has no room:
// the reader's view is parked rather than clamped to it (App::Impl::place_camera), and the page draws no poster.
constexpr double kLeastMapCss = 16.0;
inline bool map_has_no_room(const Viewport& map, double pixel_ratio) {
  return map.clear_width() < kLeastMapCss * pixel_ratio || map.clear_height() < kLeastMapCss * pixel_ratio;
}

// Whether the clear map's size waits for the panel's content (LayoutInput::content_h, known only once the
// panel is drawn): then the first frame's map moves on the next, and no poster can show it in advance.
bool map_waits_for_content(LayoutInput in);

// The part of the canvas that the panel and the timeline bar (both opaque) leave open, as one rectangle:
// each is cut off where it lies along a whole edge of what is left (a card over the map cuts nothing).
// The map is drawn only there, which spares a weak GPU the pixels the panels cover.
Box open_map(const Layout& l);

}  // namespace atlas
