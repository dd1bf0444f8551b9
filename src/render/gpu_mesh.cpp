// Uploads indexed triangle meshes once and draws them; counts draw calls for the benchmark.
#include "render/gpu_mesh.h"

#include "render/gl_util.h"
#include "core/geo/camera.h"

namespace atlas {

int GpuMesh::draw_calls = 0;

void GpuMesh::upload(const void* vertices, std::size_t vertex_bytes, GLsizei stride,
                     const std::vector<VertexAttribute>& attributes, const std::vector<std::uint32_t>& indices) {
  if (!vao_) {
    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vbo_);
    glGenBuffers(1, &ibo_);
  }
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertex_bytes), vertices, GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)), indices.data(),
               GL_STATIC_DRAW);
  for (GLuint i = 0; i < attributes.size(); ++i) {
    glEnableVertexAttribArray(i);
    glVertexAttribPointer(i, attributes[i].components, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(attributes[i].offset));
  }
  glBindVertexArray(0);
  count_ = static_cast<GLsizei>(indices.size());
}

void GpuMesh::draw() const {
  if (!count_) return;
  glBindVertexArray(vao_);
  glDrawElements(GL_TRIANGLES, count_, GL_UNSIGNED_INT, nullptr);
  glBindVertexArray(0);
  ++draw_calls;
}

void GpuMesh::release() {
  gl::release_vertex_array(vao_);
  gl::release_buffer(vbo_);
  gl::release_buffer(ibo_);
  count_ = 0;
}

void set_view_uniforms(GLint centre, GLint scale, GLint resolution, const MapView& v) {
  glUniform2f(centre, static_cast<float>(v.camera.centre.x), static_cast<float>(v.camera.centre.y));
  glUniform1f(scale, static_cast<float>(v.camera.px_per_km));
  glUniform2f(resolution, static_cast<float>(v.viewport.width), static_cast<float>(v.viewport.height));
}

}  // namespace atlas
