// Unit tests of the editor's layout: at every width from a phone to a wide screen the windows and the map's
// clear area fit the canvas and never overlap; narrow canvases stack the forms under the map.
#include <doctest/doctest.h>

#include <vector>

#include "core/shell/editor_layout.h"

using namespace atlas;

namespace {

Box clear_map(const EditorLayout& l) {
  const Viewport& m = l.map;
  return {static_cast<float>(m.inset_left), static_cast<float>(m.inset_top), static_cast<float>(m.clear_width()),
          static_cast<float>(m.clear_height())};
}

bool inside(const Box& b, float w, float h) { return b.x >= 0 && b.y >= 0 && b.x + b.w <= w + 0.01f && b.y + b.h <= h + 0.01f; }

bool overlap(const Box& a, const Box& b) {
  return a.x + 0.01f < b.x + b.w && b.x + 0.01f < a.x + a.w && a.y + 0.01f < b.y + b.h && b.y + 0.01f < a.y + a.h;
}

// Every box inside the canvas, no two overlapping, the map's clear area at least `map_min` CSS px high.
void check_fits(const EditorLayoutInput& in, float map_min) {
  const EditorLayout l = editor_layout(in);
  const std::vector<Box> boxes = {l.tools, l.problems, l.forms, clear_map(l)};
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    CHECK(inside(boxes[i], in.width, in.height));
    CHECK_FALSE(boxes[i].empty());
    for (std::size_t j = i + 1; j < boxes.size(); ++j) CHECK_FALSE(overlap(boxes[i], boxes[j]));
  }
  CHECK(l.map.clear_height() >= map_min * in.pixel_ratio - 0.01f);
  CHECK(l.map.clear_width() >= 280 * in.pixel_ratio);
}

}  // namespace

TEST_CASE("the editor's windows fit the canvas at every size from 320 to 1920 CSS px") {
  // The editor page's canvas: the window less its 40 px bar.
  const float sizes[][2] = {{320, 600}, {390, 804}, {768, 984}, {800, 560}, {1280, 760}, {1920, 1040}};
  for (const auto& s : sizes) {
    CAPTURE(s[0]);
    for (const float ratio : {1.0f, 2.0f}) {
      for (const float tools : {0.0f, 40.0f, 120.0f}) {
        check_fits({s[0] * ratio, s[1] * ratio, ratio, tools * ratio, 0, false}, 140);
        check_fits({s[0] * ratio, s[1] * ratio, ratio, tools * ratio, 30 * ratio, true}, 140);
      }
    }
  }
}

TEST_CASE("below 760 CSS px the editor stacks: tools, map, problems, forms, each the whole width") {
  for (const float w : {320.0f, 390.0f, 759.0f}) {
    const EditorLayout l = editor_layout({w, 800, 1, 70, 0, false});
    CHECK(l.stacked);
    CHECK(l.tools.w == doctest::Approx(w));
    CHECK(l.forms.w == doctest::Approx(w));
    CHECK(l.problems.w == doctest::Approx(w));
    CHECK(l.map.inset_right == doctest::Approx(0));
    CHECK(l.map.inset_top == doctest::Approx(70));                   // the map starts under the tools' rows
    CHECK(l.problems.y == doctest::Approx(l.map.height - l.map.inset_bottom));  // right under the map
    CHECK(l.forms.y == doctest::Approx(l.problems.y + l.problems.h));
    CHECK(l.forms.y + l.forms.h == doctest::Approx(800));
    CHECK(l.panel.y == doctest::Approx(l.problems.y));
  }
  CHECK_FALSE(editor_layout({760, 800, 1}).stacked);
  CHECK(editor_layout({1400, 900, 2}).stacked);  // 700 CSS px: the mode follows CSS px
  CHECK_FALSE(editor_layout({1600, 900, 2}).stacked);
}

TEST_CASE("stacked on the narrowest phone, the tools' five rows are shown whole and the map keeps its share") {
  const EditorLayout l = editor_layout({320, 564, 1, 186, 60, true});  // 320x640 under the page's two-row bar
  CHECK(l.tools.h == doctest::Approx(186));
  CHECK(l.map.clear_height() >= 140);
  CHECK(l.forms.y + l.forms.h == doctest::Approx(564));
}

TEST_CASE("stacked, the author can give the forms more room and the map less") {
  const EditorLayout map_first = editor_layout({390, 804, 1, 70, 60, false});
  const EditorLayout forms_first = editor_layout({390, 804, 1, 70, 60, true});
  CHECK(forms_first.forms.h > map_first.forms.h + 100);
  CHECK(forms_first.map.clear_height() >= 140);
  CHECK(map_first.forms.h >= 250);  // a phone's forms keep room for a table and a field
}

TEST_CASE("wide: forms at the right, the tools as tall as their rows, the problems as their lines") {
  const EditorLayout l = editor_layout({1280, 760, 1, 40, 0, false});
  CHECK_FALSE(l.stacked);
  CHECK(l.forms.x + l.forms.w == doctest::Approx(1280));
  CHECK(l.forms.w == doctest::Approx(512));
  CHECK(l.tools.h == doctest::Approx(40));
  CHECK(l.tools.w == doctest::Approx(l.forms.x));
  CHECK(l.map.inset_right == doctest::Approx(l.forms.w));
  CHECK(editor_layout({800, 560, 1, 72, 0, false}).tools.h == doctest::Approx(72));  // two rows of buttons at 800 px
  CHECK(editor_layout({1280, 760, 1, 40, 0, false}).problems.h == doctest::Approx(170));  // not yet measured: the most
  CHECK(editor_layout({1280, 760, 1, 40, 30, false}).problems.h == doctest::Approx(60));  // one line: a floor
  CHECK(editor_layout({1280, 760, 1, 40, 900, false}).problems.h == doctest::Approx(170)); // a ceiling
}

TEST_CASE("a tiny canvas keeps some map and no negative box") {
  const EditorLayout l = editor_layout({200, 150, 1, 0, 0, false});
  CHECK(l.map.clear_height() > 0);
  for (const Box& b : {l.tools, l.problems, l.forms}) CHECK((b.w >= 0 && b.h >= 0));
}
