// Map layer: the sea/paper background under everything else.
#pragma once
#include <string>

#include "render/gl.h"

namespace atlas {

class BackgroundLayer {
 public:
  bool create(std::string& error);  // builds GL objects; false with a message on failure
  static constexpr float kVignette = 0.18f;  // the sea is this much darker in the corners
  // vignette: 0 into the base map's cache (which darkens the corners when shown), kVignette straight on screen.
  void draw(int fb_width, int fb_height, float vignette) const;
  void release();                   // deletes GL objects
  void forget();                    // drops handles after a lost context (nothing to delete)

 private:
  GLuint program_ = 0, vao_ = 0;
  GLint u_sea_ = -1, u_resolution_ = -1, u_vignette_ = -1;
};

}  // namespace atlas
