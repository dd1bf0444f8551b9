// Map layer: draws the sea/paper background as one full-screen triangle.
#include "render/background_layer.h"

#include "core/shell/palette.h"
#include "render/gl_util.h"

namespace atlas {

bool BackgroundLayer::create(std::string& error) {
  program_ = gl::build_program("background", error);
  if (!program_) return false;
  u_sea_ = glGetUniformLocation(program_, "u_sea");
  u_resolution_ = glGetUniformLocation(program_, "u_resolution");
  u_vignette_ = glGetUniformLocation(program_, "u_vignette");
  glGenVertexArrays(1, &vao_);
  return true;
}

void BackgroundLayer::draw(int fb_width, int fb_height, float vignette) const {
  glUseProgram(program_);
  glUniform3f(u_sea_, palette::sea.r, palette::sea.g, palette::sea.b);
  glUniform2f(u_resolution_, static_cast<float>(fb_width), static_cast<float>(fb_height));
  glUniform1f(u_vignette_, vignette);
  glBindVertexArray(vao_);
  glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
  glBindVertexArray(0);
}

void BackgroundLayer::release() {
  gl::release_program(program_);
  gl::release_vertex_array(vao_);
}

void BackgroundLayer::forget() { program_ = vao_ = 0; }

}  // namespace atlas
