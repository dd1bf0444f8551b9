// Map interaction (drag, wheel, pinch, double-click, click a city) and the keyboard shortcuts.
#include <imgui.h>

#include <cmath>

#include "app_impl.h"
#include "core/shell/swipe.h"

namespace atlas {
namespace {

bool char_typed(ImWchar c) {
  const ImGuiIO& io = ImGui::GetIO();
  for (ImWchar q : io.InputQueueCharacters)
    if (q == c) return true;
  return false;
}

}  // namespace

void App::Impl::handle_map_input(const FrameInput& in, ui::PanelRequests& req) {
  ImGuiIO& io = ImGui::GetIO();
  const ZoomLimits z = zoom_limits();
  // Two-finger gestures from the platform always act on the map.
  if (in.pinch_factor != 1.0 || in.pan_x != 0 || in.pan_y != 0) {
    flight.reset();
    camera = pan_by(camera, {in.pan_x, in.pan_y});
    camera = zoom_about(camera, layout.map, {in.pinch_x, in.pinch_y}, in.pinch_factor, z.min_px_per_km, z.max_px_per_km);
  }
  const bool on_map = !io.WantCaptureMouse && io.MousePos.x > -1e30f;
  if (dragging) {
    if (io.MouseDown[0]) camera = pan_by(camera, {io.MouseDelta.x, io.MouseDelta.y});
    else dragging = false;
    return;
  }
  if (!on_map) return;
  if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f * in.pixel_ratio)) {
    dragging = true;
    flight.reset();
    ImVec2 d = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0.0f);
    camera = pan_by(camera, {d.x, d.y});
    return;
  }
  if (io.MouseWheel != 0) {
    flight.reset();
    camera = zoom_about(camera, layout.map, {io.MousePos.x, io.MousePos.y}, std::pow(1.25, io.MouseWheel), z.min_px_per_km, z.max_px_per_km);
  }
  if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
    Camera target = zoom_about(camera, layout.map, {io.MousePos.x, io.MousePos.y}, 2.0, z.min_px_per_km, z.max_px_per_km);
    fly_to(target);
  } else if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && hovered_place >= 0) {
    req.select_place = hovered_place;
  }
}

// A sideways swipe that starts on the panels (the phone's sheet, the card) steps to the next or previous event.
void App::Impl::handle_swipe(ui::PanelRequests& req) const {
  const ImGuiIO& io = ImGui::GetIO();
  const Box& p = layout.panel;
  if (!has_campaign() || p.empty() || !ImGui::IsMouseReleased(ImGuiMouseButton_Left)) return;
  const ImVec2 from = io.MouseClickedPos[0];
  if (from.x < p.x || from.x > p.x + p.w || from.y < p.y || from.y > p.y + p.h) return;
  if (const int step = swipe_step(io.MousePos.x - from.x, io.MousePos.y - from.y, pixel_ratio())) req.step = step;
}

void App::Impl::handle_shortcuts(ui::PanelRequests& req) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || !has_campaign()) return;
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_AnyWindow)) {  // keyboard navigation inside a panel
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {  // back to the map, closing the sheet
      ImGui::SetWindowFocus(nullptr);
      if (layout.sheet) nav.sheet_open = false;
    }
    return;
  }
  // No key repeat: at a few frames a second a held key would toggle play twice or skip events.
  auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k), false); };
  const ZoomLimits z = zoom_limits();
  const Vec2 centre = layout.map.clear_centre();
  const double pan = 90.0 * pixel_ratio();  // device px per key press
  if (pressed(ImGuiKey_Space)) req.toggle_play = true;
  if (io.KeyShift) {  // Shift + arrows pan the map
    if (pressed(ImGuiKey_LeftArrow)) fly_to(pan_by(camera, {pan, 0}));
    if (pressed(ImGuiKey_RightArrow)) fly_to(pan_by(camera, {-pan, 0}));
  } else {
    if (pressed(ImGuiKey_LeftArrow)) req.step = -1;
    if (pressed(ImGuiKey_RightArrow)) req.step = +1;
  }
  if (pressed(ImGuiKey_UpArrow)) fly_to(pan_by(camera, {0, pan}));
  if (pressed(ImGuiKey_DownArrow)) fly_to(pan_by(camera, {0, -pan}));
  if (pressed(ImGuiKey_Home)) req.select_event = 0;
  if (pressed(ImGuiKey_End)) req.select_event = static_cast<int>(campaign.events.size()) - 1;
  auto zoom_centre = [&](double f) { return zoom_about(camera, layout.map, centre, f, z.min_px_per_km, z.max_px_per_km); };
  if (char_typed('+') || char_typed('=')) fly_to(zoom_centre(1.6));
  if (char_typed('-') || char_typed('_')) fly_to(zoom_centre(1 / 1.6));
  if (char_typed('0') || char_typed('f')) fly_to(fit_campaign(fit_margin()));
  for (const PanelInfo& panel : panel_table())  // the panels' keys (core/story/panel_table)
    if (char_typed(static_cast<ImWchar>(panel.key))) {
      nav.open_panel_by_key(panel.id, layout.sheet);
      keys.request = KeysAt::Panels;  // the arrows and Space now move through that panel's controls
    }
  if (char_typed('t') || char_typed('T')) keys.request = KeysAt::Timeline;  // play, speed, steps, scrubber
  if (char_typed('k') || char_typed('K')) panel_states.legend.open = !panel_states.legend.open;  // the key to the map
  if (pressed(ImGuiKey_Escape)) nav.escape();
}

}  // namespace atlas
