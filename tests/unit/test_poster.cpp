// Unit tests of the page's poster: the first camera it shares with the App, the layouts it may not guess,
// the simplification and the encoded data (core/geo/poster_data.h).
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <cstring>

#include "core/data/campaign_loader.h"
#include "core/geo/poster_data.h"
#include "core/shell/layout.h"

using namespace atlas;

namespace {

double distance_to_segment(MapKm p, MapKm a, MapKm b) {
  const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
  const double t = len2 > 0 ? std::fmax(0.0, std::fmin(1.0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2)) : 0.0;
  return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

// The farthest any vertex of `original` lies from the closed ring `simple`.
double farthest_from_ring(const std::vector<MapKm>& original, const std::vector<MapKm>& simple) {
  double worst = 0;
  for (const MapKm& p : original) {
    double best = 1e30;
    for (std::size_t i = 0; i < simple.size(); ++i) best = std::fmin(best, distance_to_segment(p, simple[i], simple[(i + 1) % simple.size()]));
    worst = std::fmax(worst, best);
  }
  return worst;
}

std::uint32_t uvar(const std::string& s, std::size_t& at) {
  std::uint32_t v = 0;
  for (int shift = 0;; shift += 7) {
    const auto b = static_cast<unsigned char>(s[at++]);
    v |= static_cast<std::uint32_t>(b & 0x7F) << shift;
    if (!(b & 0x80)) return v;
  }
}

}  // namespace

TEST_CASE("the first camera fits the story into the clear map and is its own clamp") {
  const Bounds story{-300, -200, 500, 300}, world{-1000, -900, 1100, 800};
  for (auto [w, h, r] : {std::array<float, 3>{1280, 800, 1}, {1170, 2532, 3}, {1920, 1080, 1}}) {
    const Layout l = compute_layout({w, h, r});
    const Camera c = first_camera(story, world, l.map, r);
    const Vec2 sw = world_to_screen(c, l.map, {story.min_x, story.min_y}), ne = world_to_screen(c, l.map, {story.max_x, story.max_y});
    CHECK(sw.x >= l.map.inset_left - 0.5);
    CHECK(ne.x <= l.map.width - l.map.inset_right + 0.5);
    CHECK(ne.y >= l.map.inset_top - 0.5);
    CHECK(sw.y <= l.map.height - l.map.inset_bottom + 0.5);
    const double fit = fit_bounds(story, l.map, kFitMargin * r, 1e-4, 1e4).px_per_km;
    const Camera again = clamp_view(c, l.map, ZoomLimits::within(fit, cover_scale(world, l.map)), world);
    CHECK(again.px_per_km == doctest::Approx(c.px_per_km));
    CHECK(again.centre.x == doctest::Approx(c.centre.x));
    CHECK(again.centre.y == doctest::Approx(c.centre.y));
  }
}

TEST_CASE("only a column whose panel is sized by its text keeps the map's place from the poster") {
  CHECK_FALSE(map_waits_for_content({1280, 800, 1}));                  // wide: the panel beside the map
  CHECK_FALSE(map_waits_for_content({1170, 2532, 3}));                 // phone: the sheet closed to its header
  CHECK_FALSE(map_waits_for_content({768, 1024, 1, true, false, true}));  // embed=1: a card over the map
  CHECK_FALSE(map_waits_for_content({768, 1024, 1, false}));           // panels=0
  CHECK(map_waits_for_content({768, 1024, 1}));                         // a column: the panel as tall as its text
}

TEST_CASE("simplification keeps every vertex within the tolerance, with fewer vertices") {
  std::vector<MapKm> ring;
  for (int i = 0; i < 720; ++i) {
    const double a = i * M_PI / 360, r = 100 + 8 * std::sin(7 * a);
    ring.push_back({r * std::cos(a), r * std::sin(a)});
  }
  for (double tol : {0.5, 2.0, 5.0}) {
    const std::vector<MapKm> s = simplify_ring(ring, tol);
    CHECK(s.size() < ring.size() / 3);
    CHECK(farthest_from_ring(ring, s) <= tol + 1e-9);
  }
  std::vector<MapKm> line;
  for (int i = 0; i <= 400; ++i) line.push_back({i * 0.5, 20 * std::sin(i * 0.05) + 0.3 * std::sin(i * 1.7)});
  const std::vector<MapKm> s = simplify_line(line, 1.0);
  CHECK(s.size() < line.size() / 5);
  CHECK(s.front().x == line.front().x);  // the ends stay
  CHECK(s.back().x == line.back().x);
  double worst = 0;
  for (const MapKm& p : line) {
    double best = 1e30;
    for (std::size_t i = 0; i + 1 < s.size(); ++i) best = std::fmin(best, distance_to_segment(p, s[i], s[i + 1]));
    worst = std::fmax(worst, best);
  }
  CHECK(worst <= 1.0 + 1e-9);
}

TEST_CASE("the built-in campaign's poster: its frame, colours and lines inside the world") {
  Campaign c;
  Geography g;
  std::string error;
  REQUIRE(load_campaign_file(std::string(ATLAS_SOURCE_DIR) + "/assets/campaigns/khusrau-540.json", c).empty());
  REQUIRE(load_geography_file(std::string(ATLAS_SOURCE_DIR) + "/assets/geo/theatre.bin", g, error));
  const MapGeometry geometry(c, map_projection_for(c));
  const MapFrame frame = map_frame(&c, geometry, g.bounds, Bounds{});
  CHECK(frame.world.contains(frame.story));
  Bounds extent{1e30, 1e30, -1e30, -1e30};  // the geography projected: the frame's corners reach past the world
  for (const GeoDeg& v : g.land.vertices) {
    const MapKm k = geometry.project(v);
    extent = extent.joined({k.x, k.y, k.x, k.y});
  }
  const std::string p = encode_poster(g, geometry, frame, 3.0);
  REQUIRE(p.size() > 1 + 9 * 4 + 18);
  CHECK(p[0] == 1);
  float f[9];
  std::memcpy(f, p.data() + 1, sizeof f);
  CHECK(f[0] == doctest::Approx(frame.story.min_x));
  CHECK(f[7] == doctest::Approx(frame.world.max_y));
  CHECK(f[8] == doctest::Approx(1.5));
  CHECK(static_cast<unsigned char>(p[37]) == 0xB9);  // the sea, #B9CBC6
  std::size_t at = 1 + 9 * 4 + 18;
  std::size_t counts[3] = {};
  for (std::size_t& lines : counts) {
    lines = uvar(p, at);
    for (std::size_t i = 0; i < lines; ++i) {
      const std::uint32_t n = uvar(p, at);
      CHECK(n >= 2);
      std::int64_t x = 0, y = 0;
      for (std::uint32_t k = 0; k < n; ++k) {
        const std::uint32_t dx = uvar(p, at), dy = uvar(p, at);
        x += (dx & 1) ? -static_cast<std::int64_t>((dx + 1) / 2) : dx / 2;
        y += (dy & 1) ? -static_cast<std::int64_t>((dy + 1) / 2) : dy / 2;
        const double kx = frame.world.min_x + x * 1.5, ky = frame.world.min_y + y * 1.5;  // within a grid step
        CHECK((kx >= extent.min_x - 0.75 && kx <= extent.max_x + 0.75 && ky >= extent.min_y - 0.75 && ky <= extent.max_y + 0.75));
      }
    }
  }
  CHECK(at == p.size());
  CHECK(counts[0] > 10);  // land rings
  CHECK(counts[1] > 3);   // lakes
  CHECK(counts[2] > 3);   // major rivers: the Euphrates, the Tigris, ...
}
