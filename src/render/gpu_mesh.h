// An indexed triangle mesh on the GPU (vertex array, vertex and index buffers), shared by the batches.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "render/gl.h"

namespace atlas {

struct VertexAttribute {
  GLint components;    // floats
  std::size_t offset;  // bytes into a vertex
};

class GpuMesh {
 public:
  // Replaces the GPU copy; `attributes` are bound to locations 0, 1, 2… in order.
  void upload(const void* vertices, std::size_t vertex_bytes, GLsizei stride, const std::vector<VertexAttribute>& attributes,
              const std::vector<std::uint32_t>& indices);
  void draw() const;  // the current program's uniforms must be set
  void release();
  void forget() { vao_ = vbo_ = ibo_ = 0; count_ = 0; }  // after a lost context
  bool empty() const { return count_ == 0; }
  static int draw_calls;  // counted for the benchmark; reset by the App each frame

 private:
  GLuint vao_ = 0, vbo_ = 0, ibo_ = 0;
  GLsizei count_ = 0;
};

// The map view's uniforms every map program shares (centre, scale, resolution).
struct MapView;
void set_view_uniforms(GLint centre, GLint scale, GLint resolution, const MapView& view);

}  // namespace atlas
