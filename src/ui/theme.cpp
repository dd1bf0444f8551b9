// Sets ImGui's colours and metrics to the atlas' historical palette.
#include "ui/theme.h"

#include <imgui.h>

#include "core/palette.h"

namespace atlas::ui {
namespace {

ImVec4 col(palette::Rgb c, float a = 1.0f) { return ImVec4(c.r, c.g, c.b, a); }

}  // namespace

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
  c[ImGuiCol_Text] = col(ink);
  c[ImGuiCol_TextDisabled] = col(soft);
  c[ImGuiCol_WindowBg] = col(paper, 0.97f);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = col(paper, 0.99f);
  c[ImGuiCol_Border] = col(edge);
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = col(palette::rgb(0xE9DFC6));
  c[ImGuiCol_FrameBgHovered] = col(palette::rgb(0xE2D5B5));
  c[ImGuiCol_FrameBgActive] = col(palette::rgb(0xD9C9A3));
  c[ImGuiCol_TitleBg] = col(palette::rgb(0xE8DDC2));
  c[ImGuiCol_TitleBgActive] = col(palette::rgb(0xE1D3B2));
  c[ImGuiCol_TitleBgCollapsed] = col(palette::rgb(0xE8DDC2), 0.9f);
  c[ImGuiCol_MenuBarBg] = col(palette::rgb(0xEDE4CD));
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = col(edge);
  c[ImGuiCol_ScrollbarGrabHovered] = col(soft, 0.7f);
  c[ImGuiCol_ScrollbarGrabActive] = col(soft);
  c[ImGuiCol_CheckMark] = col(accent);
  c[ImGuiCol_SliderGrab] = col(accent, 0.85f);
  c[ImGuiCol_SliderGrabActive] = col(accent);
  c[ImGuiCol_Button] = col(palette::rgb(0xE6DABD));
  c[ImGuiCol_ButtonHovered] = col(palette::rgb(0xDCCCA6));
  c[ImGuiCol_ButtonActive] = col(palette::rgb(0xCDB98C));
  c[ImGuiCol_Header] = col(accent, 0.16f);
  c[ImGuiCol_HeaderHovered] = col(accent, 0.24f);
  c[ImGuiCol_HeaderActive] = col(accent, 0.32f);
  c[ImGuiCol_Separator] = col(edge);
  c[ImGuiCol_SeparatorHovered] = col(soft);
  c[ImGuiCol_SeparatorActive] = col(accent);
  c[ImGuiCol_ResizeGrip] = col(edge, 0.5f);
  c[ImGuiCol_ResizeGripHovered] = col(soft, 0.7f);
  c[ImGuiCol_ResizeGripActive] = col(accent);
  c[ImGuiCol_Tab] = col(palette::rgb(0xE6DABD));
  c[ImGuiCol_TabHovered] = col(palette::rgb(0xF3EAD5));
  c[ImGuiCol_TabActive] = col(paper);
  c[ImGuiCol_TabUnfocused] = col(palette::rgb(0xE6DABD));
  c[ImGuiCol_TabUnfocusedActive] = col(paper);
  c[ImGuiCol_PlotLines] = col(soft);
  c[ImGuiCol_PlotLinesHovered] = col(accent);
  c[ImGuiCol_PlotHistogram] = col(palette::gold);
  c[ImGuiCol_PlotHistogramHovered] = col(accent);
  c[ImGuiCol_TableHeaderBg] = col(palette::rgb(0xE8DDC2));
  c[ImGuiCol_TableBorderStrong] = col(edge);
  c[ImGuiCol_TableBorderLight] = col(edge, 0.5f);
  c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_TableRowBgAlt] = col(palette::rgb(0xE9DFC6), 0.45f);
  c[ImGuiCol_TextSelectedBg] = col(accent, 0.25f);
  c[ImGuiCol_DragDropTarget] = col(accent);
  c[ImGuiCol_NavHighlight] = col(accent);
  c[ImGuiCol_NavWindowingHighlight] = col(accent, 0.7f);
  c[ImGuiCol_NavWindowingDimBg] = col(ink, 0.2f);
  c[ImGuiCol_ModalWindowDimBg] = col(ink, 0.25f);

  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace atlas::ui
