// Unit tests of the layout: the three modes, hidden panels, the phone sheet, tiny canvases.
#include <doctest/doctest.h>

#include "core/shell/layout.h"

using namespace atlas;

TEST_CASE("wide: panels beside the map, the timeline under the map") {
  Layout l = compute_layout({1920, 1080, 1, true, false, false});
  CHECK(l.mode == LayoutMode::Wide);
  CHECK(l.panel.x + l.panel.w == doctest::Approx(1920));
  CHECK(l.timeline.w == doctest::Approx(l.panel.x));
  CHECK(l.map.inset_right == doctest::Approx(l.panel.w));
  CHECK(l.map.clear_centre().x < 960);  // the clear area's centre is left of the canvas' centre
}

TEST_CASE("the mode follows CSS pixels, not device pixels") {
  CHECK(compute_layout({1400, 900, 2, true, false, false}).mode == LayoutMode::Blog);   // 700 CSS px
  CHECK(compute_layout({640, 960, 2, true, false, false}).mode == LayoutMode::Phone);   // 320 CSS px
  CHECK(compute_layout({2000, 900, 2, true, false, false}).mode == LayoutMode::Wide);   // 1000 CSS px
}

TEST_CASE("blog column: map on top, panels below, nothing overlaps") {
  Layout l = compute_layout({700, 450, 1, true, false, false});
  CHECK(l.mode == LayoutMode::Blog);
  CHECK(l.timeline.y + l.timeline.h == doctest::Approx(l.panel.y));
  CHECK(l.map.inset_bottom == doctest::Approx(l.panel.h + l.timeline.h));
  CHECK(l.map.clear_height() >= 150 - 1e-3);
  Layout hidden = compute_layout({700, 450, 1, false, false, false});
  CHECK(hidden.panel.empty());
  CHECK(hidden.map.inset_bottom == doctest::Approx(hidden.timeline.h));
}

TEST_CASE("phone: the bottom sheet opens and closes") {
  Layout closed = compute_layout({320, 480, 1, true, false, false});
  Layout open = compute_layout({320, 480, 1, true, true, false});
  CHECK(closed.sheet);
  CHECK(open.panel.h > closed.panel.h);
  CHECK(open.map.clear_height() < closed.map.clear_height());
  CHECK(closed.map.clear_height() > 300);
}

TEST_CASE("a tiny canvas keeps some map") {
  Layout l = compute_layout({100, 60, 1, true, false, false});
  CHECK(l.map.clear_height() > 0);
}
