// The map view as shader uniforms: every map layer positions its vertices the same way.
#pragma once
#include "core/camera.h"

namespace atlas {

struct MapView {
  Camera camera;
  Viewport viewport;         // device pixels
  float pixel_ratio = 1.0f;  // device pixels per CSS pixel: line widths are given in CSS pixels
  double day = 0;            // the timeline's current day number
};

}  // namespace atlas
