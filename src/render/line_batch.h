// A GPU batch of thick lines (rivers, coast, frontier, route) uploaded once, drawn with a style.
#pragma once
#include <string>

#include "core/geo/polyline.h"
#include "render/gpu_mesh.h"
#include "core/geo/camera.h"

namespace atlas {

struct LineStyle {
  float rgba[4] = {0, 0, 0, 1};
  float future_rgba[4] = {0, 0, 0, 0};  // beyond time_cut (e.g. the route not yet travelled)
  float time_cut = 1e30f;               // on the vertices' time clock (the route: route_time)
  float half_width = 1.0f;              // CSS px
  float half_width_per_unit = 0.0f;     // CSS px added per unit of the vertex' width value
  float future_half_width = 0.0f;       // CSS px beyond time_cut
  float min_half_width = 0.0f;          // CSS px: the least half width of a non-zero width value
  int mode = 0;                          // 0 solid, 1 dashed, 2 water lines
  float pattern[2] = {0, 0};            // CSS px: dash on/off, or line spacing/thickness
};

class LineBatch {
 public:
  // Compiles the shared line program once per context.
  static bool create_program(std::string& error);
  static void release_program();
  static void forget_program();

  void upload(const LineMesh& mesh);  // replaces the GPU copy
  void draw(const MapView& view, const LineStyle& style) const;
  void release() { mesh_.release(); }
  void forget() { mesh_.forget(); }

 private:
  GpuMesh mesh_;
};

}  // namespace atlas
