// Where the editor's windows go on a canvas: beside the map when wide, stacked under it when narrow. Pure geometry.
#pragma once
#include "core/shell/layout.h"

namespace atlas {

struct EditorLayoutInput {
  float width = 0, height = 0;  // the canvas, device px
  float pixel_ratio = 1;
  float tools_h = 0;            // the tools' content as last drawn, device px (0: not yet known)
  float problems_h = 0;         // the problems' content as last drawn, device px (0: not yet known)
  bool larger_forms = false;    // stacked: the author asked for more of the forms, less of the map
};

struct EditorLayout {
  bool stacked = false;  // below kEditorStackedBelow CSS px: tools, map, problems, forms from top to bottom
  Box tools, problems, forms;
  Box panel;             // what covers the map's canvas beside or below it (the places' names keep off it)
  Viewport map;          // the whole canvas, with the insets the windows cover
};

constexpr float kEditorStackedBelow = 760;  // CSS px: narrower canvases stack the forms under the map

// Wide: the forms take the right (340-560 CSS px), the tools the top of the map (as tall as their rows),
// the problems its bottom (as tall as their lines, within limits). Stacked: every window the whole width,
// the map keeping at least 140 CSS px. No two boxes overlap and none leaves the canvas.
EditorLayout editor_layout(const EditorLayoutInput& in);

}  // namespace atlas
