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

TEST_CASE("below the map the panel is only as tall as its content, within limits") {
  const Layout unknown = compute_layout({768, 1024, 1, true, false, false});
  CHECK(unknown.panel.h == doctest::Approx(420));                      // before the first measurement: the most
  const Layout two_lines = compute_layout({768, 1024, 1, true, false, false, 170});
  CHECK(two_lines.panel.h == doctest::Approx(170));                    // the tablet's 41% for two lines is gone
  CHECK(two_lines.map.clear_height() > unknown.map.clear_height() + 200);
  CHECK(compute_layout({768, 1024, 1, true, false, false, 40}).panel.h == doctest::Approx(110));   // a floor
  CHECK(compute_layout({768, 1024, 1, true, false, false, 5000}).panel.h == doctest::Approx(420));  // a ceiling
  // The phone's open sheet: no blank 72%; closed it stays one line.
  const Layout sheet = compute_layout({390, 844, 1, true, true, false, 260});
  CHECK(sheet.panel.h == doctest::Approx(260));
  CHECK(compute_layout({390, 844, 1, true, false, false, 260}).panel.h == doctest::Approx(44));
  CHECK(compute_layout({390, 844, 1, true, true, false, 3000}).panel.h <= 844 * 0.62f + 1e-3);
}

TEST_CASE("embed=1 in a column: a card over the map, the map the whole canvas above the timeline") {
  const Layout l = compute_layout({700, 450, 1, true, false, true, 180});
  CHECK(l.card);
  CHECK_FALSE(l.sheet);
  CHECK(l.timeline.w == doctest::Approx(700));
  CHECK(l.timeline.y + l.timeline.h == doctest::Approx(450));
  CHECK(l.map.inset_bottom == doctest::Approx(l.timeline.h));          // no panel below the map
  CHECK(l.map.clear_height() >= 400 - 1e-3);                          // was ~215 px above a 190 px panel
  CHECK(l.panel.h == doctest::Approx(180));                            // as tall as the event it shows
  CHECK(l.panel.y + l.panel.h <= l.timeline.y - 1);                    // floating, above the timeline
  CHECK(l.map.inset_left == doctest::Approx(l.panel.x + l.panel.w));  // framing keeps clear of the card
  const Layout opened = compute_layout({700, 450, 1, true, true, true, 180});
  CHECK(opened.panel.h > 300);                                         // the tabs get the height there is
  CHECK_FALSE(compute_layout({390, 844, 1, true, false, true}).card);  // a phone keeps its sheet
  CHECK_FALSE(compute_layout({1280, 800, 1, true, false, true}).card); // a wide embed keeps its column
}

TEST_CASE("a bar too narrow for the scrubber beside the date has two rows, embedded too") {
  CHECK(compute_layout({600, 400, 1, true, false, true}).timeline.h == doctest::Approx(86));
  CHECK(compute_layout({700, 450, 1, true, false, true}).timeline.h == doctest::Approx(46));
}

// The map is drawn only where the panel and the bar leave it open: each layout's open area is what the
// panels do not cover, and nothing the panels leave uncovered is cut.
TEST_CASE("the open map: wide, column, phone, card, no panels") {
  const auto open_of = [](const LayoutInput& in) { return open_map(compute_layout(in)); };
  const Layout wide = compute_layout({1280, 800, 1, true, false, false});
  const Box w = open_map(wide);
  CHECK(w.x == 0);
  CHECK(w.y == 0);
  CHECK(w.w == doctest::Approx(wide.panel.x));
  CHECK(w.h == doctest::Approx(wide.timeline.y));
  const Layout column = compute_layout({700, 900, 1, true, false, false});
  const Box c = open_map(column);
  CHECK(c.w == doctest::Approx(700));
  CHECK(c.h == doctest::Approx(column.timeline.y));
  const Layout phone = compute_layout({390, 844, 1, true, true, false});  // the sheet open
  CHECK(open_map(phone).h == doctest::Approx(phone.timeline.y));
  const Layout card = compute_layout({700, 450, 1, true, false, true});  // the card over the map: only the bar cuts
  REQUIRE(card.card);
  const Box k = open_map(card);
  CHECK(k.w == doctest::Approx(700));
  CHECK(k.h == doctest::Approx(card.timeline.y));
  const Box none = open_of({1280, 800, 1, false, false, false});
  CHECK(none.w == doctest::Approx(1280));
  CHECK(none.h == doctest::Approx(compute_layout({1280, 800, 1, false, false, false}).timeline.y));
}
