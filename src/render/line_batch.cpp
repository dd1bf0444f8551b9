// Uploads extruded line meshes and draws them with the line program and a per-draw style.
#include "render/line_batch.h"

#include <cstddef>

#include "render/gl_util.h"

namespace atlas {
namespace {

struct Program {
  GLuint id = 0;
  GLint centre, scale, resolution, width, aa, color, future, cut, mode, pattern, future_width;
} g_line;

}  // namespace

bool LineBatch::create_program(std::string& error) {
  if (g_line.id) return true;
  GLuint p = gl::build_program("line", error);
  if (!p) return false;
  auto u = [p](const char* n) { return glGetUniformLocation(p, n); };
  g_line = {p, u("u_centre"), u("u_scale"), u("u_resolution"), u("u_width"), u("u_aa"),
            u("u_color"), u("u_future_color"), u("u_time_cut"), u("u_mode"), u("u_pattern"), u("u_future_width")};
  return true;
}

void LineBatch::release_program() { gl::release_program(g_line.id); }
void LineBatch::forget_program() { g_line.id = 0; }

void LineBatch::upload(const LineMesh& mesh) {
  if (!vao_) {
    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vbo_);
    glGenBuffers(1, &ibo_);
  }
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(mesh.vertices.size() * sizeof(LineVertex)),
               mesh.vertices.data(), GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(mesh.indices.size() * sizeof(std::uint32_t)),
               mesh.indices.data(), GL_STATIC_DRAW);
  const GLsizei stride = sizeof(LineVertex);
  const struct { GLint size; size_t offset; } attrs[] = {
      {2, offsetof(LineVertex, x)}, {2, offsetof(LineVertex, ox)}, {1, offsetof(LineVertex, side)},
      {1, offsetof(LineVertex, along)}, {1, offsetof(LineVertex, width)}, {1, offsetof(LineVertex, time)}};
  for (GLuint i = 0; i < 6; ++i) {
    glEnableVertexAttribArray(i);
    glVertexAttribPointer(i, attrs[i].size, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(attrs[i].offset));
  }
  glBindVertexArray(0);
  count_ = static_cast<GLsizei>(mesh.indices.size());
}

void LineBatch::draw(const MapView& v, const LineStyle& s) const {
  if (!count_ || !g_line.id) return;
  const float r = v.pixel_ratio;
  glUseProgram(g_line.id);
  glUniform2f(g_line.centre, static_cast<float>(v.camera.centre.x), static_cast<float>(v.camera.centre.y));
  glUniform1f(g_line.scale, static_cast<float>(v.camera.px_per_km));
  glUniform2f(g_line.resolution, static_cast<float>(v.viewport.width), static_cast<float>(v.viewport.height));
  glUniform2f(g_line.width, s.half_width * r, s.half_width_per_unit * r);
  glUniform1f(g_line.aa, 1.0f);
  glUniform4fv(g_line.color, 1, s.rgba);
  glUniform4fv(g_line.future, 1, s.future_rgba);
  glUniform1f(g_line.cut, s.time_cut);
  glUniform1f(g_line.future_width, s.future_half_width * r);
  glUniform1i(g_line.mode, s.mode);
  glUniform2f(g_line.pattern, s.pattern[0] * r, s.pattern[1] * r);
  glBindVertexArray(vao_);
  glDrawElements(GL_TRIANGLES, count_, GL_UNSIGNED_INT, nullptr);
  glBindVertexArray(0);
  ++draw_calls;
}

int LineBatch::draw_calls = 0;

void LineBatch::release() {
  gl::release_vertex_array(vao_);
  gl::release_buffer(vbo_);
  gl::release_buffer(ibo_);
  count_ = 0;
}

}  // namespace atlas
