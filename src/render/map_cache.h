// Map layer: the base map (sea, land, shores, rivers) drawn once into a texture larger than the view and
// shown from it while the reader pans or the camera flies, as tile maps do; drawn again when the view
// leaves the texture, the zoom strays far from it, or the camera comes to rest off its pixel grid.
#pragma once
#include <string>

#include "core/geo/camera.h"
#include "render/gl.h"

namespace atlas {

class MapCache {
 public:
  // Draws the base map of `view` into the bound framebuffer of width × height px (`owner`: whose map).
  using Painter = void (*)(const void* owner, const MapView& view, int width, int height, float vignette);

  bool create(std::string& error);
  // Shows the base map of `view` in the bound framebuffer (fb_w × fb_h px), from the cache
  // where it holds the view, else painting the cache again first. `motion`: the camera keeps moving, so a
  // scaled or half-pixel copy may stand in for a frame (zooming out, a cache painted again is painted ahead of
  // the view). Returns true when what it showed was such a copy, or the first picture (painted without it):
  // a later frame should draw again.
  // `clip`: the part of the screen to show it in (GL's scissor box: x, y from the bottom, width, height).
  struct Clip { int x, y, w, h; };
  enum class Motion { Still, Moving, ZoomingOut };
  bool draw(const MapView& view, int fb_w, int fb_h, Motion motion, Clip clip, Painter paint, const void* owner);
  void invalidate() { valid_ = false; }  // the base map changed (another campaign or geography)
  int repaints() const { return repaints_; }
  void release();
  void forget();  // drops handles after a lost context (nothing to delete)

 private:
  bool repaint(const MapView& view, int fb_w, int fb_h, Painter paint, const void* owner);
  void show(const MapView& view, Clip clip, bool exact) const;
  void paint_directly(const MapView& view, int fb_w, int fb_h, Clip clip, Painter paint, const void* owner) const;

  GLuint program_ = 0, vao_ = 0, texture_ = 0, fbo_ = 0;
  GLint u_uv_ = -1, u_cache_ = -1, u_vignette_ = -1, u_sea_ = -1;
  int max_size_ = 0;
  // What the texture holds: the camera it was painted with, its size and margin, and the screen's size then.
  bool valid_ = false;
  Camera camera_;
  int width_ = 0, height_ = 0, fb_w_ = 0, fb_h_ = 0;
  float pixel_ratio_ = 0;
  int repaints_ = 0;
  bool painted_first_ = false;  // the first picture, painted without the cache
};

}  // namespace atlas
