// Map layer drawn with ImGui's background draw list: cities with their fate, labels, the army,
// region names, the frontier's label, a scale bar and a key.
#pragma once
#include <vector>

#include "core/atlas_state.h"
#include "core/label_placement.h"
#include "core/timeline.h"
#include "render/map_projection.h"
#include "render/view_uniforms.h"
#include "ui/fonts.h"

namespace atlas {

class MapOverlay {
 public:
  void create(const Campaign& campaign, const ProjectFn& project);
  // Draws everything; `covered` are screen rectangles under panels (labels avoid them).
  // Returns the place under `mouse` (device px), or -1.
  int draw(const Timeline& timeline, const AtlasState& state, const MapView& view, const ui::Fonts& fonts,
           const std::vector<Rect>& covered, float mouse_x, float mouse_y) const;
  Vec2 place_km(int place) const { return places_[static_cast<size_t>(place)]; }

 private:
  std::vector<Vec2> places_, labels_, frontier_;
  std::vector<int> events_per_place_;  // label priority: places with more events win
  const Campaign* campaign_ = nullptr;
  ProjectFn project_;
};

}  // namespace atlas
