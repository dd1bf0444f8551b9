// The atlas' ImGui look: parchment panels, sepia ink, book typography; scaled by the pixel ratio.
#pragma once

namespace atlas::ui {

// Resets ImGui's style to the atlas theme, with every size multiplied by `scale`.
void apply_theme(float scale);

}  // namespace atlas::ui
