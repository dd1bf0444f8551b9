// Uploads extruded line meshes and draws them with the line program and a per-draw style.
#include "render/line_batch.h"

#include <cstddef>

#include "render/gl_util.h"

namespace atlas {
namespace {

struct Program {
  GLuint id = 0;
  GLint centre, scale, resolution, width, aa, color, future, cut, mode, pattern, future_width, min_width;
} g_line;

}  // namespace

bool LineBatch::create_program(std::string& error) {
  if (g_line.id) return true;
  GLuint p = gl::build_program("line", error);
  if (!p) return false;
  auto u = [p](const char* n) { return glGetUniformLocation(p, n); };
  g_line = {p, u("u_centre"), u("u_scale"), u("u_resolution"), u("u_width"), u("u_aa"),
            u("u_color"), u("u_future_color"), u("u_time_cut"), u("u_mode"), u("u_pattern"), u("u_future_width"), u("u_min_width")};
  return true;
}

void LineBatch::release_program() { gl::release_program(g_line.id); }
void LineBatch::forget_program() { g_line.id = 0; }

void LineBatch::upload(const LineMesh& mesh) {
  mesh_.upload(mesh.vertices.data(), mesh.vertices.size() * sizeof(LineVertex), sizeof(LineVertex),
               {{2, offsetof(LineVertex, x)}, {2, offsetof(LineVertex, ox)}, {1, offsetof(LineVertex, side)},
                {1, offsetof(LineVertex, along)}, {1, offsetof(LineVertex, width)}, {1, offsetof(LineVertex, time)}},
               mesh.indices);
}

void LineBatch::draw(const MapView& v, const LineStyle& s) const {
  if (mesh_.empty() || !g_line.id) return;
  const float r = v.pixel_ratio;
  glUseProgram(g_line.id);
  set_view_uniforms(g_line.centre, g_line.scale, g_line.resolution, v);
  glUniform2f(g_line.width, s.half_width * r, s.half_width_per_unit * r);
  glUniform1f(g_line.aa, 1.0f);
  glUniform4fv(g_line.color, 1, s.rgba);
  glUniform4fv(g_line.future, 1, s.future_rgba);
  glUniform1f(g_line.cut, s.time_cut);
  glUniform1f(g_line.future_width, s.future_half_width * r);
  glUniform1f(g_line.min_width, s.min_half_width * r);
  glUniform1i(g_line.mode, s.mode);
  glUniform2f(g_line.pattern, s.pattern[0] * r, s.pattern[1] * r);
  mesh_.draw();
}

}  // namespace atlas
