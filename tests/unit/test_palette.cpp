// Unit tests of the palette's contrast (WCAG 2 relative luminance): text >= 4.5:1, map names >= 3:1.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/shell/palette.h"

using namespace atlas::palette;

namespace {
double channel(float v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); }
double luminance(Rgb c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }
Rgb over(Rgb fg, float alpha, Rgb bg) {
  return {fg.r * alpha + bg.r * (1 - alpha), fg.g * alpha + bg.g * (1 - alpha), fg.b * alpha + bg.b * (1 - alpha)};
}
double contrast(Rgb a, Rgb b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
}  // namespace

TEST_CASE("text on the panels is at least 4.5:1, also in a row that has not happened yet") {
  CHECK(contrast(ink, panel) >= 4.5);
  CHECK(contrast(ink_soft, panel) >= 4.5);
  CHECK(contrast(over(ink_soft, not_yet_alpha, panel), panel) >= 4.5);
  CHECK(contrast(over(accent, not_yet_alpha, panel), panel) >= 4.5);
}

TEST_CASE("names on the map are at least 3:1 on the land and on the sea") {
  CHECK(contrast(over(ink_soft, region_name_alpha, land), land) >= 3.0);
  CHECK(contrast(over(ink_soft, region_name_alpha, sea), sea) >= 3.0);
  CHECK(contrast(ink, land) >= 4.5);
  CHECK(contrast(ink, sea) >= 4.5);
}
