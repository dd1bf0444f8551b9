// The poster's place on the page (web/index.html): the App's own layout and first camera for a canvas size,
// compiled alone into a module of 4 KB that runs before the program has arrived.
#include "core/geo/camera.h"
#include "core/shell/layout.h"

namespace {
float out[13];
}

// A canvas of w x h device px at `ratio` device px per CSS px, with the page's panels / embed options; the
// map frame (core/geo/map_geometry.h MapFrame) from the poster's data. Returns `out`: the map's transform
// from km to device px (x' = out[0] x + out[1], y' = out[2] y + out[3]), then the panel's and the
// timeline's boxes (x, y, w, h; an empty panel has w = 0), then 1 if the map's place waits for the panel's
// text (map_waits_for_content) or the map has no room (map_has_no_room): then there is no poster to draw.
extern "C" __attribute__((export_name("poster_view"))) float* poster_view(
    double w, double h, double ratio, int panels, int embed, double s0, double s1, double s2, double s3,
    double w0, double w1, double w2, double w3) {
  using namespace atlas;
  LayoutInput in;
  in.width = static_cast<float>(w), in.height = static_cast<float>(h), in.pixel_ratio = static_cast<float>(ratio);
  in.panels = panels != 0, in.embed = embed != 0;
  const Layout l = compute_layout(in);
  const Camera c = first_camera({s0, s1, s2, s3}, {w0, w1, w2, w3}, l.map, in.pixel_ratio);
  const Vec2 o = world_to_screen(c, l.map, {0, 0}), e = world_to_screen(c, l.map, {1, 1});
  const float v[12] = {static_cast<float>(e.x - o.x), static_cast<float>(o.x), static_cast<float>(e.y - o.y), static_cast<float>(o.y),
                       l.panel.x, l.panel.y, l.panel.w, l.panel.h, l.timeline.x, l.timeline.y, l.timeline.w, l.timeline.h};
  for (int i = 0; i < 12; ++i) out[i] = v[i];
  out[12] = map_waits_for_content(in) || map_has_no_room(l.map, in.pixel_ratio) ? 1.0f : 0.0f;
  return out;
}
