// The atlas' fonts: EB Garamond (subset, embedded) rasterised at the device pixel ratio.
#pragma once
#include <string>

struct ImFont;

namespace atlas::ui {

struct Fonts {
  ImFont* body = nullptr;     // running text
  ImFont* italic = nullptr;   // titles of works, uncertain notes
  ImFont* heading = nullptr;  // panel headings
  ImFont* caps = nullptr;     // small text: map labels, table headers
};

// (Re)builds ImGui's font atlas for `scale` device pixels per CSS pixel. Call before the renderer
// creates the font texture, or rebuild that texture afterwards.
bool build_fonts(Fonts& fonts, float scale, std::string& error);

}  // namespace atlas::ui
