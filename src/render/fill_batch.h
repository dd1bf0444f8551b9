// A GPU batch of filled triangles in projected km (land, lakes), uploaded once.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "render/gpu_mesh.h"
#include "core/geo/camera.h"

namespace atlas {

class FillBatch {
 public:
  static bool create_program(std::string& error);
  static void release_program();
  static void forget_program();

  // xy: interleaved km coordinates; indices: triangles.
  void upload(const std::vector<float>& xy, const std::vector<std::uint32_t>& indices);
  void draw(const MapView& view, const float rgba[4], float grain) const;
  void release() { mesh_.release(); }
  void forget() { mesh_.forget(); }

 private:
  GpuMesh mesh_;
};

}  // namespace atlas
