// Sets ImGui's colours and metrics to the atlas' historical palette.
#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace atlas::ui {

ImVec4 colour(palette::Rgb c, float a) { return ImVec4(c.r, c.g, c.b, a); }
ImU32 rgba(palette::Rgb c, float a) { return ImGui::GetColorU32(colour(c, a)); }

float stroke(float width) { return std::max(1.0f, std::round(width)); }

void apply_theme(float scale) {
  ImGuiStyle style;  // start from defaults every time so repeated scaling never compounds
  style.WindowPadding = ImVec2(14, 12);
  style.FramePadding = ImVec2(8, 4);
  style.ItemSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(6, 3);
  style.WindowRounding = 3;
  style.ChildRounding = 2;
  style.FrameRounding = 2;
  style.PopupRounding = 2;
  style.GrabRounding = 2;
  style.TabRounding = 2;
  style.ScrollbarSize = 11;
  style.ScrollbarRounding = 2;
  style.WindowBorderSize = 1;
  style.FrameBorderSize = 0;
  style.WindowTitleAlign = ImVec2(0.0f, 0.5f);

  ImVec4* c = style.Colors;
  const auto ink = palette::ink, soft = palette::ink_soft, paper = palette::panel, edge = palette::panel_edge;
  const auto accent = palette::accent;
  c[ImGuiCol_Text] = colour(ink);
  c[ImGuiCol_TextDisabled] = colour(soft);
  c[ImGuiCol_WindowBg] = colour(paper, 1.0f);  // opaque: the map is not drawn under the panels (open_map)
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = colour(paper, 0.99f);
  c[ImGuiCol_Border] = colour(edge);
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = colour(palette::rgb(0xE9DFC6));
  c[ImGuiCol_FrameBgHovered] = colour(palette::rgb(0xE2D5B5));
  c[ImGuiCol_FrameBgActive] = colour(palette::rgb(0xD9C9A3));
  c[ImGuiCol_TitleBg] = colour(palette::rgb(0xE8DDC2));
  c[ImGuiCol_TitleBgActive] = colour(palette::rgb(0xE1D3B2));
  c[ImGuiCol_TitleBgCollapsed] = colour(palette::rgb(0xE8DDC2), 0.9f);
  c[ImGuiCol_MenuBarBg] = colour(palette::rgb(0xEDE4CD));
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = colour(edge);
  c[ImGuiCol_ScrollbarGrabHovered] = colour(soft, 0.7f);
  c[ImGuiCol_ScrollbarGrabActive] = colour(soft);
  c[ImGuiCol_CheckMark] = colour(accent);
  c[ImGuiCol_SliderGrab] = colour(accent, 0.85f);
  c[ImGuiCol_SliderGrabActive] = colour(accent);
  c[ImGuiCol_Button] = colour(palette::rgb(0xE6DABD));
  c[ImGuiCol_ButtonHovered] = colour(palette::rgb(0xDCCCA6));
  c[ImGuiCol_ButtonActive] = colour(palette::rgb(0xCDB98C));
  c[ImGuiCol_Header] = colour(accent, 0.16f);
  c[ImGuiCol_HeaderHovered] = colour(accent, 0.24f);
  c[ImGuiCol_HeaderActive] = colour(accent, 0.32f);
  c[ImGuiCol_Separator] = colour(edge);
  c[ImGuiCol_SeparatorHovered] = colour(soft);
  c[ImGuiCol_SeparatorActive] = colour(accent);
  c[ImGuiCol_ResizeGrip] = colour(edge, 0.5f);
  c[ImGuiCol_ResizeGripHovered] = colour(soft, 0.7f);
  c[ImGuiCol_ResizeGripActive] = colour(accent);
  c[ImGuiCol_Tab] = colour(palette::rgb(0xE6DABD));
  c[ImGuiCol_TabHovered] = colour(palette::rgb(0xF3EAD5));
  c[ImGuiCol_TabActive] = colour(paper);
  c[ImGuiCol_TabUnfocused] = colour(palette::rgb(0xE6DABD));
  c[ImGuiCol_TabUnfocusedActive] = colour(paper);
  c[ImGuiCol_PlotLines] = colour(soft);
  c[ImGuiCol_PlotLinesHovered] = colour(accent);
  c[ImGuiCol_PlotHistogram] = colour(palette::gold);
  c[ImGuiCol_PlotHistogramHovered] = colour(accent);
  c[ImGuiCol_TableHeaderBg] = colour(palette::rgb(0xE8DDC2));
  c[ImGuiCol_TableBorderStrong] = colour(edge);
  c[ImGuiCol_TableBorderLight] = colour(edge, 0.5f);
  c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_TableRowBgAlt] = colour(palette::rgb(0xE9DFC6), 0.45f);
  c[ImGuiCol_TextSelectedBg] = colour(accent, 0.25f);
  c[ImGuiCol_DragDropTarget] = colour(accent);
  c[ImGuiCol_NavHighlight] = colour(accent);
  c[ImGuiCol_NavWindowingHighlight] = colour(accent, 0.7f);
  c[ImGuiCol_NavWindowingDimBg] = colour(ink, 0.2f);
  c[ImGuiCol_ModalWindowDimBg] = colour(ink, 0.25f);

  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace atlas::ui
