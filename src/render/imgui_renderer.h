// Draws ImGui's draw lists with GL ES 3 / WebGL2 without querying GL state (each query stalls WebGL).
#pragma once
#include <string>

#include "render/gl.h"

struct ImDrawData;

namespace atlas {

// Replaces ImGui's opengl3 backend, which saves and restores ~20 pieces of GL state with glGet*
// every frame: in a browser each of those is a synchronous round trip to the GPU process. The
// App owns all GL state, so nothing needs saving.
class ImGuiRenderer {
 public:
  bool create(std::string& error);  // program and buffers (and the font atlas, when it has faces)
  void upload_fonts();              // (re)uploads ImGui's font atlas
  void draw(const ImDrawData* data, int fb_width, int fb_height) const;
  void release();
  void forget();                    // after a lost context: the handles are gone with it

 private:
  void point_attributes(unsigned first_vertex) const;  // the vertex attributes, from that vertex on
  GLuint program_ = 0, vao_ = 0, vbo_ = 0, ibo_ = 0, font_texture_ = 0;
  GLint u_resolution_ = -1, u_texture_ = -1;
};

}  // namespace atlas
