// Map layer drawn with ImGui's background draw list: cities with their fate, labels, the army,
// region names, the frontier's label and a scale bar.
#pragma once
#include <vector>

#include <imgui.h>

#include "core/story/atlas_state.h"
#include "core/geo/camera.h"
#include "core/geo/label_placement.h"
#include "core/geo/map_geometry.h"
#include "core/story/timeline.h"
#include "ui/fonts.h"

namespace atlas::ui {

// A city's fate: the glyph drawn around its dot at `p` (dot radius `r`, scale `s`); nothing for None.
void fate_glyph(ImDrawList* dl, ImVec2 p, float r, Outcome outcome, float s);
// What happened there (a battle's crossed blades, a landing's anchor, a sea passage's wave, a raid's
// chevrons), drawn up and to the right of the dot at `p`; nothing for other kinds.
void kind_mark(ImDrawList* dl, ImVec2 p, float r, EventKind kind, float s);

class MapOverlay {
 public:
  // The campaign and its geometry must outlive the overlay.
  void create(const Campaign& campaign, const MapGeometry& geometry);
  // Draws everything; `covered` are screen rectangles under panels (labels avoid them).
  // Returns the place under `mouse` (device px), or -1.
  int draw(const Timeline& timeline, const AtlasState& state, const MapView& view, const Fonts& fonts,
           const std::vector<Rect>& covered, float mouse_x, float mouse_y) const;

 private:
  const Campaign* campaign_ = nullptr;
  const MapGeometry* geometry_ = nullptr;
  std::vector<int> events_per_place_;  // label priority: places with more events win
};

}  // namespace atlas::ui
