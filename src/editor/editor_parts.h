// The editor's parts, one file each, as Editor::frame calls them.
#pragma once
#include <imgui.h>

#include "app_impl.h"
#include "core/shell/editor_layout.h"
#include "editor/editor.h"

namespace atlas {

// A window at `box` that the author does not move or resize (the tools, the forms, the problems).
void begin_fixed_window(const char* name, const Box& box, ImGuiWindowFlags flags = 0);
void refresh_preview(EditorState& e, App::Impl& app, double dt);           // editor_preview.cpp
// This frame's editor_layout (core/shell/editor_layout.h) given to the App's map: editor_frame.cpp.
EditorLayout place_editor_windows(EditorState& e, App::Impl& app, const FrameInput& in);
// The window's content as drawn so far, device px: the height the layout gives it next frame.
void measure_window(float& height, bool& changed);
// A quiet note (ImGui's disabled text colour) wrapped at the window's width.
void wrapped_note(const char* text);
void handle_map_tools(EditorState& e, App::Impl& app, const FrameInput& in);  // editor_map.cpp
void draw_handles(const EditorState& e, const App::Impl& app, const MapView& view);
void draw_toolbar(EditorState& e, App::Impl& app, const Box& box, bool stacked);         // editor_toolbar.cpp
void handle_editor_keys(EditorState& e);
// Before an item `w` px wide that is not the first of its row: on the same row when it fits there, else the next.
void flow(float w);
float button_w(const char* label);  // a button's width for its label
void draw_forms(EditorState& e, App::Impl& app, const Box& box);           // editor_forms.cpp
void draw_problems(EditorState& e, App::Impl& app, const Box& box);        // editor_problems.cpp
// The new-campaign form in the forms' place: title, start and end checked as typed; Create frames the map's area.
void draw_new_campaign_form(EditorState& e, const Box& box);               // editor_new.cpp

// editor_geo.cpp: where the document puts things, and the map's view of them.
bool place_position(const JsonValue& root, std::string_view id, GeoDeg& out);
bool item_position(const JsonValue& root, const JsonValue& item, GeoDeg& out);  // lat/lon, or its place's
struct RouteMark {
  std::size_t index = 0;  // in the route
  GeoDeg at;
  bool dated = false;
};
std::vector<RouteMark> route_points(const JsonValue& root, std::size_t army);  // a waypoint without a position is left out
void centre_map_on(App::Impl& app, GeoDeg at);
std::string army_name(const JsonValue& root, std::size_t army);

}  // namespace atlas
