// A GPU batch of filled triangles in projected km (land, lakes), uploaded once.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "render/gl.h"
#include "render/view_uniforms.h"

namespace atlas {

class FillBatch {
 public:
  static bool create_program(std::string& error);
  static void release_program();
  static void forget_program();

  // xy: interleaved km coordinates; indices: triangles.
  void upload(const std::vector<float>& xy, const std::vector<std::uint32_t>& indices);
  void draw(const MapView& view, const float rgba[4], float grain) const;
  void release();
  void forget() { vao_ = vbo_ = ibo_ = 0; count_ = 0; }
  bool empty() const { return count_ == 0; }
  static int draw_calls;  // counted for the benchmark; reset by the map renderer each frame

 private:
  GLuint vao_ = 0, vbo_ = 0, ibo_ = 0;
  GLsizei count_ = 0;
};

}  // namespace atlas
