// The App's private state, shared by app.cpp (life cycle, deep links) and app_frame, _camera, _panels, _input.cpp.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app.h"
#include "core/story/atlas_state.h"
#include "core/geo/camera.h"
#include "core/data/campaign.h"
#include "core/shell/frame_stats.h"
#include "core/geo/geography.h"
#include "core/shell/layout.h"
#include "core/story/ledger.h"
#include "core/geo/map_geometry.h"
#include "core/story/navigator.h"
#include "core/story/panel_table.h"
#include "core/story/timeline.h"
#include "core/story/url_params.h"
#include "render/background_layer.h"
#include "render/geography_layer.h"
#include "render/imgui_renderer.h"
#include "render/map_cache.h"
#include "render/route_layer.h"
#include "ui/fonts.h"
#include "ui/map_overlay.h"
#include "ui/panel.h"

namespace atlas {

constexpr double kFrameTogetherKm = 400;  // an event's army farther from its place than this is not framed with it


// Where the keyboard acts, and where it is to go on the next frame.
struct KeyboardFocus {
  KeysAt at = KeysAt::Map;        // this frame: the map, the panels or the timeline
  std::optional<KeysAt> request;  // next frame: into the panels (a panel's key) or the timeline (T)
  bool to_map = true;             // next frame: back to the map, no window focused (also at start)
};

struct App::Impl {
  Options options;
  // Data: loaded once at init; `problem` is shown to the reader when something could not load.
  Campaign campaign;
  std::unique_ptr<Timeline> timeline;
  std::unique_ptr<Ledger> ledger;
  std::unique_ptr<MapGeometry> geometry;  // the campaign projected once; without a campaign, just the projection
  Geography geography;
  std::string problem;
  bool has_campaign() const { return timeline != nullptr; }
  // "Campaign Atlas — " and the campaign's title: the window's and the page's title.
  std::string page_title() const { return has_campaign() ? "Campaign Atlas \u2014 " + campaign.title : "Campaign Atlas"; }

  // The reader's state, and the rules that move it (selection, playback, links, the open panel).
  AtlasState state;
  Navigator nav{state};

  // The view.
  Camera camera;
  std::optional<Flight> flight;
  bool camera_placed = false;      // the first frame fits the campaign
  // The reader's view while the map has no room (has_no_room): kept whole, not clamped to a strip of
  // pixels, and shown again when the map has room (a collapsed iframe opened again).
  std::optional<ViewParam> parked_view;
  std::optional<UrlParams> pending_params;  // deep link applied once the viewport is known
  Layout layout;
  Bounds campaign_bounds, world_bounds;
  double fit_scale = 0.5;          // px per km that shows the whole campaign
  int hovered_place = -1;
  bool dragging = false;
  KeyboardFocus keys;

  // What the page hears about (web): state changes for the hash and the host, and announcements.
  Notifications notes;

  // GL and UI.
  BackgroundLayer background;
  MapCache base_map;               // the background and geography, panned and zoomed as a picture
  Camera last_camera;              // the camera the last frame on screen was drawn with
  bool camera_moving = false;      // ... whether the base map was shown as a moving camera's (a stand-in may do)
  int frames_still = 2;            // ... and how many frames in a row before it the camera had not moved (2: or more;
                                   // so the first frame is a still's, painted straight to the screen)
  bool base_map_stand_in = false;  // the last frame showed the base map shifted or scaled: draw it exactly
  GeographyLayer geography_layer;
  RouteLayer route_layer;
  ui::MapOverlay overlay;
  ImGuiRenderer imgui_renderer;
  ui::Fonts fonts;
  ui::FontFaces font_faces;
  std::vector<std::uint32_t> characters_warned;
  ui::PanelStates panel_states;  // what each panel remembers between frames (sort order, followed row)
  float font_scale = 0.0f;
  float pixel_ratio() const { return font_scale > 0 ? font_scale : 1.0f; }  // the last frame's
  float fit_margin() const { return kFitMargin * pixel_ratio(); }            // device px around a fit
  bool gl_ready = false;
  FrameStats stats;
  int settle_frames = 0;           // frames still to draw after a request, so ImGui settles

  // app_campaign.cpp
  struct CampaignData {
    Campaign campaign;
    Geography geography;
    bool own_geography = false;  // else the built-in one
    std::vector<std::uint32_t> code_points;
  };
  bool load_data();
  void adopt(CampaignData d);

  // app.cpp
  bool create_gl(std::string& error, float pixel_ratio);  // the faces built at `pixel_ratio`
  void create_map_layers();
  void warn_unavailable_characters();
  void drop_gl(bool delete_objects);
  void ensure_scale(float ratio);
  void apply(const UrlParams& p, bool initial, std::vector<std::string>& warnings);
  void warn_if_zoom_beyond(double zoom, std::vector<std::string>& warnings) const;
  GeoDeg view_centre() const;
  ViewParam view_param() const;
  ViewParam view_param_in(const Viewport& map) const;
  Camera camera_for(const ViewParam& view) const;  // the inverse of view_param_in
  bool has_no_room(const Viewport& map) const;  // too small to show a map: a collapsed iframe, a strip  // the view as a link writes it: the clear centre and the zoom
  // The tab shown unless the reader picks another: Story beside the wide layout's card, else the card.
  PanelId default_panel() const { return layout.mode == LayoutMode::Wide ? PanelId::Story : PanelId::Event; }
  std::string state_json() const;

  // app_frame.cpp: one frame, in the order it happens
  bool frame(const FrameInput& in);
  double begin_frame(const FrameInput& in);  // ImGui's clock and display; returns the animation step
  void update_layout(const FrameInput& in);
  ui::PanelRequests take_input(const FrameInput& in);
  void animate(double dt);
  void draw_places(const MapView& view);
  void draw_place_tooltip(int place);
  void draw_map(const MapView& view, const FrameInput& in, bool on_screen = true);  // else a picture (Save image)
  static void paint_base_map(const void* self, const MapView& view, int width, int height, float vignette);
  void mark_places(const MapView& view, const std::vector<Rect>& covered) const;
  void notify();

  // app_camera.cpp: where the camera goes
  ZoomLimits zoom_limits() const { return ZoomLimits::within(fit_scale, cover_scale(world_bounds, layout.map)); }
  Camera fit_campaign(double margin_px) const;
  void place_camera(const Viewport& before, float pixel_ratio);
  void fly(const FlyTarget& target);
  void fly_to(const Camera& target);
  void fly_to_place(int place);
  void fly_to_army(int army, double day);
  void fly_to_event(int place, int army, double day);
  Bounds event_frame(int place, int army, double day) const;
  bool well_in_view(const Bounds& b) const;
  int followed_event = -1;  // the event playback last considered framing
  void follow_army();
  void clamp_camera();

  // app_panels.cpp
  void draw_panels(const FrameInput& in, ui::PanelRequests& req);
  void draw_problem(const FrameInput& in);
  void draw_timeline_window(ui::PanelContext& ctx);
  void draw_legend_window(ui::PanelContext& ctx, bool with_buttons = true);
  Box legend_box;  // where the key was drawn last frame (labels avoid it)
  Box caption_box;  // a picture's caption (app_snapshot.cpp), which labels avoid too
  float panel_content_h = 0;  // the panel's content as last measured (the layout sizes the panel to it)
  float tabs_content_bottom = -1;  // this frame: where the open tab's content ended (window-local y)
  void draw_panel_window(ui::PanelContext& ctx);
  void draw_card(ui::PanelContext& ctx);
  void measure_panel_content();
  void draw_tabs(ui::PanelContext& ctx);
  bool take_focus(KeysAt window);

  // app_snapshot.cpp: Save image
  bool snapshot(int css_width, int css_height, float ratio, Snapshot& out, std::string& error);
  void poster_frame(int w, int h, float ratio, MapKm centre, double scale);
  void draw_caption_window(ui::PanelContext& ctx);

  // app_locator.cpp: the overview of the wider world at the map's lower right
  Geography overview;
  bool has_overview = false;
  GeographyLayer overview_layer;
  Box locator_box;        // this frame's (empty: no room, or no overview)
  Camera locator_camera;  // the overview fitted into locator_box
  Bounds locator_world;   // the part of the world it shows (projected km), set with the layer
  std::vector<char> place_visited;  // per place: an event is there (the locator names only the others)
  bool set_overview(const unsigned char* data, std::size_t size, std::string& error);
  void create_locator_layer();
  void place_locator();
  void draw_locator(const FrameInput& in) const;
  void draw_locator_marks() const;

  // app_input.cpp
  void handle_map_input(const FrameInput& in, ui::PanelRequests& req);
  void handle_shortcuts(ui::PanelRequests& req);
  void handle_swipe(ui::PanelRequests& req) const;
};

}  // namespace atlas
