// Uploads triangle meshes (land, lakes) and draws them with the fill program.
#include "render/fill_batch.h"

#include "render/gl_util.h"

namespace atlas {
namespace {

struct Program {
  GLuint id = 0;
  GLint centre, scale, resolution, color, grain;
} g_fill;

}  // namespace

bool FillBatch::create_program(std::string& error) {
  if (g_fill.id) return true;
  GLuint p = gl::build_program("fill", error);
  if (!p) return false;
  auto u = [p](const char* n) { return glGetUniformLocation(p, n); };
  g_fill = {p, u("u_centre"), u("u_scale"), u("u_resolution"), u("u_color"), u("u_grain")};
  return true;
}

void FillBatch::release_program() { gl::release_program(g_fill.id); }
void FillBatch::forget_program() { g_fill.id = 0; }

void FillBatch::upload(const std::vector<float>& xy, const std::vector<std::uint32_t>& indices) {
  if (!vao_) {
    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vbo_);
    glGenBuffers(1, &ibo_);
  }
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(xy.size() * sizeof(float)), xy.data(), GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)),
               indices.data(), GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
  glBindVertexArray(0);
  count_ = static_cast<GLsizei>(indices.size());
}

void FillBatch::draw(const MapView& v, const float rgba[4], float grain) const {
  if (!count_ || !g_fill.id) return;
  glUseProgram(g_fill.id);
  glUniform2f(g_fill.centre, static_cast<float>(v.camera.centre.x), static_cast<float>(v.camera.centre.y));
  glUniform1f(g_fill.scale, static_cast<float>(v.camera.px_per_km));
  glUniform2f(g_fill.resolution, static_cast<float>(v.viewport.width), static_cast<float>(v.viewport.height));
  glUniform4fv(g_fill.color, 1, rgba);
  glUniform1f(g_fill.grain, grain);
  glBindVertexArray(vao_);
  glDrawElements(GL_TRIANGLES, count_, GL_UNSIGNED_INT, nullptr);
  glBindVertexArray(0);
  ++draw_calls;
}

int FillBatch::draw_calls = 0;

void FillBatch::release() {
  gl::release_vertex_array(vao_);
  gl::release_buffer(vbo_);
  gl::release_buffer(ibo_);
  count_ = 0;
}

}  // namespace atlas
