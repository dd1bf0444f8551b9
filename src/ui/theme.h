// The atlas' ImGui look: parchment panels, sepia ink, book typography; scaled by the pixel ratio.
#pragma once
#include <imgui.h>

#include "core/shell/palette.h"

namespace atlas::ui {

// Resets ImGui's style to the atlas theme, with every size multiplied by `scale`.
void apply_theme(float scale);

// A palette colour as ImGui takes it: unpacked (style colours, TextColored), and packed for draw
// lists. Packed colours are multiplied by the style's alpha, as ImGui's own are, so what is drawn in
// a dimmed block ("not yet") is dimmed with its text; outside windows that alpha is 1.
ImVec4 colour(palette::Rgb c, float a = 1.0f);
ImU32 rgba(palette::Rgb c, float a = 1.0f);

// A stroke's width in whole device pixels (at least one): ImGui then draws the line from its font texture,
// two triangles a segment instead of six, and a software GPU pays for every triangle of every frame.
float stroke(float width);

// Circles are given ImGui's own segment count for their radius (within 0.3 px of round), not a fixed one:
// a marker of 4 px needs 10, not 16.
constexpr int kRoundCircle = 0;

}  // namespace atlas::ui
