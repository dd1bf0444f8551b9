// Map layer: the base map kept in a texture larger than the view, shown offset or scaled while the camera
// moves and painted again only when it must be (see map_cache.h).
#include "render/map_cache.h"

#include <algorithm>
#include <cmath>

#include "core/shell/palette.h"
#include "render/background_layer.h"
#include "render/gl_util.h"

namespace atlas {
namespace {

constexpr double kMaxStretch = 2.0;        // a cached picture is shown scaled by at most this (or its inverse)
// Zooming out past the cache, it is painted this much further out than the view: the frames after it are
// scaled from it (a wheel or a pinch went on) instead of each painting twice the screen's pixels again.
constexpr double kZoomOutLead = 0.6;
constexpr double kMarginShare = 0.2;       // each side's margin, as a share of the screen's longer side
constexpr int kMinMargin = 32, kMaxMargin = 512;
constexpr double kMaxPixels = 16.0 * 1024 * 1024;  // 64 MiB of texture at the most

bool near_whole(double x) { return std::abs(x - std::round(x)) < 0.01; }

// Where the screen's top-left and bottom-right corners fall in the cache, in its pixels (y down).
struct CacheRect { double x0, y0, x1, y1; };

CacheRect screen_in_cache(const Camera& now, const Camera& then, double w, double h, double cw, double ch) {
  const Viewport screen{w, h}, cache{cw, ch};
  const Vec2 a = world_to_screen(then, cache, screen_to_world(now, screen, {0, 0}));
  const Vec2 b = world_to_screen(then, cache, screen_to_world(now, screen, {w, h}));
  return {a.x, a.y, b.x, b.y};
}

}  // namespace

bool MapCache::create(std::string& error) {
  program_ = gl::build_program("blit", error);
  if (!program_) return false;
  u_uv_ = glGetUniformLocation(program_, "u_uv");
  u_cache_ = glGetUniformLocation(program_, "u_cache");
  u_vignette_ = glGetUniformLocation(program_, "u_vignette");
  u_sea_ = glGetUniformLocation(program_, "u_sea");
  glGenVertexArrays(1, &vao_);
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_size_);
  valid_ = false;
  return true;
}

bool MapCache::draw(const MapView& view, int fb_w, int fb_h, Motion motion, Clip clip, Painter paint, const void* owner) {
  const double w = view.viewport.width, h = view.viewport.height;
  const bool moving = motion != Motion::Still, zooming_out = motion == Motion::ZoomingOut;
  if (valid_ && fb_w == fb_w_ && fb_h == fb_h_ && view.pixel_ratio == pixel_ratio_) {
    const double stretch = view.camera.px_per_km / camera_.px_per_km;
    const CacheRect r = screen_in_cache(view.camera, camera_, w, h, width_, height_);
    const bool inside = r.x0 >= -0.01 && r.y0 >= -0.01 && r.x1 <= width_ + 0.01 && r.y1 <= height_ + 0.01;
    const bool exact = std::abs(stretch - 1) < 1e-9 && near_whole(r.x0) && near_whole(r.y0);
    if (inside && stretch <= kMaxStretch && stretch >= 1 / kMaxStretch && (exact || moving)) {
      show(view, clip, exact);
      return !exact;
    }
  }
  // The first picture goes straight to the screen: the reader sees the map without waiting for a texture
  // to be made, filled (twice the screen's pixels) and copied; the cache is painted on the next frame.
  if (!texture_ && !moving && !painted_first_) {
    painted_first_ = true;
    paint_directly(view, fb_w, fb_h, clip, paint, owner);
    return true;
  }
  MapView ahead = view;
  if (zooming_out) ahead.camera.px_per_km *= kZoomOutLead;
  if (!repaint(ahead, fb_w, fb_h, paint, owner)) {
    paint_directly(view, fb_w, fb_h, clip, paint, owner);  // no cache to be had
    return false;
  }
  show(view, clip, !zooming_out);
  return zooming_out;
}

bool MapCache::repaint(const MapView& view, int fb_w, int fb_h, Painter paint, const void* owner) {
  valid_ = false;
  GLint bound = 0;  // the screen's, or a picture's: bound again after painting the cache
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &bound);
  const GLuint target = static_cast<GLuint>(bound);
  if (!program_ || fb_w > max_size_ || fb_h > max_size_) return false;
  int margin = std::clamp(static_cast<int>(std::lround(kMarginShare * std::max(fb_w, fb_h))), kMinMargin, kMaxMargin);
  margin = std::min({margin, (max_size_ - fb_w) / 2, (max_size_ - fb_h) / 2});
  while (margin > 0 && double(fb_w + 2 * margin) * (fb_h + 2 * margin) > kMaxPixels) margin /= 2;
  const int cw = fb_w + 2 * margin, ch = fb_h + 2 * margin;
  if (!texture_ || cw != width_ || ch != height_) {
    if (!texture_) glGenTextures(1, &texture_), glGenFramebuffers(1, &fbo_);
    glBindTexture(GL_TEXTURE_2D, texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, cw, ch, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture_, 0);
    const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, target);
    width_ = height_ = 0;
    if (!complete) return false;
    width_ = cw, height_ = ch;
  }
  glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
  glViewport(0, 0, cw, ch);
  // Whatever covers the sea takes the alpha away with it: the alpha left is the sea the vignette darkens.
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ZERO, GL_ONE_MINUS_SRC_ALPHA);
  MapView in_cache = view;
  in_cache.viewport = Viewport{static_cast<double>(cw), static_cast<double>(ch)};
  paint(owner, in_cache, cw, ch, 0.0f);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glBindFramebuffer(GL_FRAMEBUFFER, target);
  glViewport(0, 0, fb_w, fb_h);
  camera_ = view.camera, fb_w_ = fb_w, fb_h_ = fb_h, pixel_ratio_ = view.pixel_ratio;
  valid_ = true;
  ++repaints_;
  return true;
}

void MapCache::paint_directly(const MapView& view, int fb_w, int fb_h, Clip clip, Painter paint, const void* owner) const {
  glEnable(GL_SCISSOR_TEST);
  glScissor(clip.x, clip.y, clip.w, clip.h);
  paint(owner, view, fb_w, fb_h, BackgroundLayer::kVignette);
  glDisable(GL_SCISSOR_TEST);
}

void MapCache::show(const MapView& view, Clip clip, bool exact) const {
  const CacheRect r = screen_in_cache(view.camera, camera_, view.viewport.width, view.viewport.height, width_, height_);
  glDisable(GL_BLEND);
  glUseProgram(program_);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, texture_);
  const GLint filter = exact ? GL_NEAREST : GL_LINEAR;  // a whole-pixel offset copies the pixels as painted
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
  glUniform1i(u_cache_, 0);
  glUniform1f(u_vignette_, BackgroundLayer::kVignette);
  glUniform3f(u_sea_, palette::sea.r, palette::sea.g, palette::sea.b);
  glUniform4f(u_uv_, static_cast<float>(r.x0 / width_), static_cast<float>(1 - r.y0 / height_),
              static_cast<float>(r.x1 / width_), static_cast<float>(1 - r.y1 / height_));
  glEnable(GL_SCISSOR_TEST);
  glScissor(clip.x, clip.y, clip.w, clip.h);
  glBindVertexArray(vao_);
  glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
  glBindVertexArray(0);
  glDisable(GL_SCISSOR_TEST);
  glEnable(GL_BLEND);
}

void MapCache::release() {
  gl::release_program(program_);
  gl::release_vertex_array(vao_);
  if (texture_) glDeleteTextures(1, &texture_);
  if (fbo_) glDeleteFramebuffers(1, &fbo_);
  forget();
}

void MapCache::forget() {
  program_ = vao_ = texture_ = fbo_ = 0;
  width_ = height_ = 0;
  valid_ = false;
}

}  // namespace atlas
