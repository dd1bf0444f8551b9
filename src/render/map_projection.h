// The function that turns degrees into the map's projected km, handed to the layers that build meshes.
#pragma once
#include <functional>

#include "core/camera.h"

namespace atlas {

using ProjectFn = std::function<Vec2(double lat, double lon)>;

}  // namespace atlas
