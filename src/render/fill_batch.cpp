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
  mesh_.upload(xy.data(), xy.size() * sizeof(float), 2 * sizeof(float), {{2, 0}}, indices);
}

void FillBatch::draw(const MapView& v, const float rgba[4], float grain) const {
  if (mesh_.empty() || !g_fill.id) return;
  glUseProgram(g_fill.id);
  set_view_uniforms(g_fill.centre, g_fill.scale, g_fill.resolution, v);
  glUniform4fv(g_fill.color, 1, rgba);
  glUniform1f(g_fill.grain, grain);
  mesh_.draw();
}

}  // namespace atlas
