// Unit tests of the map camera: round trips, zoom about the pointer, fit, clamp and flights.
#include <doctest/doctest.h>

#include "core/geo/camera.h"

using namespace atlas;

TEST_CASE("world and screen coordinates round-trip, north up") {
  Camera cam{{100, 50}, 2.0};
  Viewport vp{800, 600};
  Vec2 s = world_to_screen(cam, vp, {100, 50});
  CHECK(s.x == doctest::Approx(400));
  CHECK(s.y == doctest::Approx(300));
  Vec2 north = world_to_screen(cam, vp, {100, 60});
  CHECK(north.y == doctest::Approx(280));  // 10 km north is 20 px up
  MapKm w = screen_to_world(cam, vp, {123, 456});
  Vec2 back = world_to_screen(cam, vp, w);
  CHECK(back.x == doctest::Approx(123));
  CHECK(back.y == doctest::Approx(456));
}

TEST_CASE("zooming keeps the point under the pointer fixed and respects limits") {
  Camera cam{{0, 0}, 1.0};
  Viewport vp{1000, 800};
  Vec2 anchor{700, 200};
  MapKm before = screen_to_world(cam, vp, anchor);
  Camera z = zoom_about(cam, vp, anchor, 2.0, 0.1, 10);
  CHECK(z.px_per_km == doctest::Approx(2.0));
  MapKm after = screen_to_world(z, vp, anchor);
  CHECK(after.x == doctest::Approx(before.x));
  CHECK(after.y == doctest::Approx(before.y));
  CHECK(zoom_about(cam, vp, anchor, 1000, 0.1, 10).px_per_km == doctest::Approx(10));
  CHECK(zoom_about(cam, vp, anchor, 1e-6, 0.1, 10).px_per_km == doctest::Approx(0.1));
  CHECK(zoom_about(cam, vp, anchor, -1, 0.1, 10).px_per_km == doctest::Approx(1.0));  // ignored
}

TEST_CASE("panning moves the content with the pointer") {
  Camera cam{{0, 0}, 2.0};
  Viewport vp{800, 600};
  Vec2 p = world_to_screen(cam, vp, {10, 10});
  Camera moved = pan_by(cam, {30, -40});
  Vec2 q = world_to_screen(moved, vp, {10, 10});
  CHECK(q.x - p.x == doctest::Approx(30));
  CHECK(q.y - p.y == doctest::Approx(-40));
}

TEST_CASE("fit shows the bounds inside the area no panel covers") {
  Viewport vp{1200, 800};
  vp.inset_left = 400;  // a side panel
  Bounds b{-500, -200, 500, 200};
  Camera cam = fit_bounds(b, vp, 20, 0.01, 100);
  Vec2 lo = world_to_screen(cam, vp, {b.min_x, b.min_y});
  Vec2 hi = world_to_screen(cam, vp, {b.max_x, b.max_y});
  CHECK(lo.x >= 400 + 20 - 1e-6);
  CHECK(hi.x <= 1200 - 20 + 1e-6);
  CHECK(hi.y >= 20 - 1e-6);
  CHECK(lo.y <= 800 - 20 + 1e-6);
  Vec2 c = world_to_screen(cam, vp, b.centre());
  CHECK(c.x == doctest::Approx(800));  // centred in the clear area, not the canvas
  CHECK(c.y == doctest::Approx(400));
}

TEST_CASE("when a sheet opens, what was at the centre of the uncovered map stays there") {
  Viewport open_sheet{390, 844, 0, 0, 0, 0};
  Viewport closed = open_sheet;
  closed.inset_bottom = 200;
  open_sheet.inset_bottom = 520;
  Camera cam = centre_on({120, -40}, closed, 0.8);
  Camera kept = keep_view_centre(cam, closed, open_sheet);
  Vec2 at = world_to_screen(kept, open_sheet, {120, -40});
  CHECK(at.x == doctest::Approx(open_sheet.clear_centre().x));
  CHECK(at.y == doctest::Approx(open_sheet.clear_centre().y));
  CHECK(kept.px_per_km == doctest::Approx(0.8));
  Camera same = keep_view_centre(cam, closed, closed);
  CHECK(same.centre.x == doctest::Approx(cam.centre.x));
  CHECK(same.centre.y == doctest::Approx(cam.centre.y));
}

TEST_CASE("a flight starts at its origin, ends at its target and zooms out on long trips") {
  Flight f{Camera{{0, 0}, 2.0}, Camera{{1000, 0}, 2.0}, 1.0, 0.0};
  CHECK(flight_at(f).centre.x == doctest::Approx(0));
  f.elapsed = 0.5;
  Camera mid = flight_at(f);
  CHECK(mid.centre.x == doctest::Approx(500));
  CHECK(mid.px_per_km < 2.0);  // zoomed out mid-way
  f.elapsed = 1.0;
  CHECK(flight_at(f).centre.x == doctest::Approx(1000));
  CHECK(flight_at(f).px_per_km == doctest::Approx(2.0));
  Flight jump{Camera{{0, 0}, 1}, Camera{{7, 7}, 3}, 0.0, 0.0};
  CHECK(flight_at(jump).centre.x == doctest::Approx(7));  // reduced motion: an instant move
}

TEST_CASE("viewport: the drawable area, with a margin, and the part no panel covers") {
  Viewport vp{800, 600, 300, 0, 0, 100};  // a panel on the left, the timeline at the bottom
  CHECK(vp.contains({0, 0}));
  CHECK(vp.contains({800, 600}));
  CHECK_FALSE(vp.contains({-1, 300}));
  CHECK_FALSE(vp.contains({400, 601}));
  CHECK(vp.contains({-50, 650}, 50));
  CHECK_FALSE(vp.contains({-51, 300}, 50));
  CHECK(vp.clear_contains({300, 0}));
  CHECK(vp.clear_contains({800, 500}));
  CHECK_FALSE(vp.clear_contains({299, 300}));  // under the panel
  CHECK_FALSE(vp.clear_contains({500, 501}));  // under the timeline
}

TEST_CASE("the zoom limits are half and 24 times the whole-campaign scale, and clamp to them") {
  const ZoomLimits z = ZoomLimits::around(0.8);
  CHECK(z.min_px_per_km == doctest::Approx(0.4));
  CHECK(z.max_px_per_km == doctest::Approx(19.2));
  CHECK(z.clamp(0.1) == doctest::Approx(0.4));
  CHECK(z.clamp(2.0) == doctest::Approx(2.0));
  CHECK(z.clamp(100) == doctest::Approx(19.2));
}

TEST_CASE("keep_inside: the map's edge stays out of the clear area while there is map beyond it") {
  const Bounds world{0, 0, 1000, 600};
  Viewport vp;
  vp.width = 400, vp.height = 300, vp.inset_right = 100;  // clear: 300 x 300 px
  Camera cam;
  cam.px_per_km = 1;
  cam.centre = {-500, 900};  // far off the north-west corner
  Camera c = keep_inside(cam, vp, world);
  const MapKm sw = screen_to_world(c, vp, {0, 300}), ne = screen_to_world(c, vp, {300, 0});
  CHECK(sw.x == doctest::Approx(0));
  CHECK(ne.y == doctest::Approx(600));
  cam.centre = {500, 300};  // well inside: unchanged
  c = keep_inside(cam, vp, world);
  CHECK(c.centre.x == cam.centre.x);
  CHECK(c.centre.y == cam.centre.y);
  cam.px_per_km = 0.2;  // the clear area is 1500 km wide: the world sits in its middle
  cam.centre = {0, 0};
  c = keep_inside(cam, vp, world);
  CHECK(screen_to_world(c, vp, vp.clear_centre()).x == doctest::Approx(500));
  CHECK(screen_to_world(c, vp, vp.clear_centre()).y == doctest::Approx(300));
  CHECK(cover_scale(world, vp) == doctest::Approx(0.5));  // 300 px over 600 km
}

TEST_CASE("zoom limits within a world: out to where it covers the view, never past its edge") {
  CHECK(ZoomLimits::within(1.0, 0.1).min_px_per_km == doctest::Approx(0.5));  // a large world: half the fit
  CHECK(ZoomLimits::within(1.0, 0.8).min_px_per_km == doctest::Approx(0.8));  // out until its edge shows
  // A view far wider than the world (a short, wide embed): the map still fills it, the campaign cropped.
  CHECK(ZoomLimits::within(1.0, 3.0).min_px_per_km == doctest::Approx(3.0));
  CHECK(ZoomLimits::within(1.0, 3.0).max_px_per_km == doctest::Approx(24.0));
  CHECK(ZoomLimits::within(1.0, 40.0).max_px_per_km == doctest::Approx(40.0));  // never a limit below the floor
}

TEST_CASE("at any size and aspect ratio, the limits and keep_inside leave no edge of the world in view") {
  const Bounds world{-1100, -800, 1100, 800};     // a theatre 2200 x 1600 km
  const Bounds campaign{-450, -250, 450, 250};    // the marches inside it
  const double sizes[][2] = {{320, 480}, {390, 560}, {700, 210}, {1920, 300}, {1280, 700}, {768, 1024}, {2400, 400}};
  for (const auto& size : sizes) {
    Viewport vp{size[0], size[1] + 80};
    vp.inset_bottom = 80;  // a timeline bar over the map
    CAPTURE(size[0]);
    CAPTURE(size[1]);
    const double fit = fit_bounds(campaign, vp, 20, 1e-4, 1e4).px_per_km;
    const ZoomLimits z = ZoomLimits::within(fit, cover_scale(world, vp));
    for (double zoom : {0.01, 1.0, 100.0}) {  // zoomed far out, at the fit, far in; panned far away
      Camera cam = fit_bounds(campaign, vp, 20, 1e-4, 1e4);
      cam = zoom_about(cam, vp, vp.clear_centre(), zoom, z.min_px_per_km, z.max_px_per_km);
      cam = keep_inside(pan_by(cam, {5000, -7000}), vp, world);
      const MapKm sw = screen_to_world(cam, vp, {0, vp.height - vp.inset_bottom});
      const MapKm ne = screen_to_world(cam, vp, {vp.width, 0});
      CHECK(sw.x >= world.min_x - 1e-6);
      CHECK(sw.y >= world.min_y - 1e-6);
      CHECK(ne.x <= world.max_x + 1e-6);
      CHECK(ne.y <= world.max_y + 1e-6);
    }
  }
}

TEST_CASE("bounds contain and join") {
  const Bounds a{0, 0, 10, 10}, b{2, 2, 5, 5}, c{8, -4, 20, 6};
  CHECK(a.contains(b));
  CHECK_FALSE(a.contains(c));
  const Bounds j = a.joined(c);
  CHECK(j.min_x == 0);
  CHECK(j.min_y == -4);
  CHECK(j.max_x == 20);
  CHECK(j.max_y == 10);
}

TEST_CASE("a small map keeps most of itself for the campaign: the fit's padding shrinks with it") {
  Viewport vp;
  vp.width = 500, vp.height = 350, vp.inset_bottom = 350 - 120;  // a 120 px tall blog map above its panel
  const Bounds b{-200, -100, 200, 100};
  const Camera cam = fit_bounds(b, vp, 56, 1e-4, 1e4);
  CHECK(cam.px_per_km == doctest::Approx((120 - 2 * 15) / 200.0));  // 15 px each side, not 56 (which left 8 px)
  Viewport big;
  big.width = 1200, big.height = 800;
  CHECK(fit_bounds(b, big, 56, 1e-4, 1e4).px_per_km == doctest::Approx((1200 - 112) / 400.0));  // as before: 56 px each side
}
