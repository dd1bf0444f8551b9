// The atlas' colours: a restrained historical palette shared by the map layers and the panels (data: no GL, no ImGui).
#pragma once

namespace atlas::palette {

struct Rgb { float r, g, b; };
constexpr Rgb rgb(unsigned hex) {
  return {((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f};
}

constexpr Rgb sea = rgb(0xB9CBC6);        // pale verdigris wash
constexpr Rgb sea_line = rgb(0x8FA9A5);   // water lines along the shore
constexpr Rgb land = rgb(0xEFE6CF);       // parchment
constexpr Rgb coast = rgb(0x6E6352);      // sepia ink
constexpr Rgb river = rgb(0x6F95A0);
constexpr Rgb ink = rgb(0x2E261D);        // text
constexpr Rgb ink_soft = rgb(0x6B5E4B);
constexpr Rgb panel = rgb(0xF6F0E1);
constexpr Rgb panel_edge = rgb(0xC9B99A);
constexpr Rgb accent = rgb(0x8C2F1B);     // cinnabar: the Persian army, its route
constexpr Rgb roman = rgb(0x5B3A6E);      // imperial purple
constexpr Rgb sasanian = rgb(0x9C3B22);   // Sasanian red
constexpr Rgb gold = rgb(0xB8892B);
constexpr Rgb silver = rgb(0x8E969C);

// Alphas of text over the map and the panels, chosen for contrast (tests/unit/test_palette.cpp checks them):
constexpr float region_name_alpha = 0.9f;   // ink_soft region and river names: >= 3:1 on land and sea
constexpr float not_yet_alpha = 0.95f;      // a row not yet happened: ink_soft stays >= 4.5:1 on the panel

// Writes `c` with alpha `a` as four floats (a GL uniform's or a line style's colour).
inline void set_rgba(float out[4], Rgb c, float a) { out[0] = c.r, out[1] = c.g, out[2] = c.b, out[3] = a; }

}  // namespace atlas::palette
