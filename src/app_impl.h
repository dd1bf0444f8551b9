// The App's private state, shared by app.cpp (life cycle, deep links), app_frame.cpp and app_input.cpp.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app.h"
#include "core/atlas_state.h"
#include "core/camera.h"
#include "core/campaign.h"
#include "core/frame_stats.h"
#include "core/geography.h"
#include "core/layout.h"
#include "core/ledger.h"
#include "core/map_geometry.h"
#include "core/timeline.h"
#include "core/url_params.h"
#include "render/background_layer.h"
#include "render/geography_layer.h"
#include "render/imgui_renderer.h"
#include "render/route_layer.h"
#include "ui/fonts.h"
#include "ui/map_overlay.h"
#include "ui/panel.h"

namespace atlas {

// CSS px kept clear around the whole campaign when it is fitted to the map: room for the army's
// marker and label and the end cities' names, clear of the panels' edge.
constexpr float kFitMargin = 56.0f;


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

  // The reader's state and the view.
  AtlasState state;
  Camera camera;
  std::optional<Flight> flight;
  bool camera_placed = false;      // the first frame fits the campaign
  std::optional<UrlParams> pending_params;  // deep link applied once the viewport is known
  bool panels = true, embed = false, sheet_open = false;
  Layout layout;
  Bounds campaign_bounds, world_bounds;
  double fit_scale = 0.5;          // px per km that shows the whole campaign
  int hovered_place = -1;
  bool dragging = false;
  bool unfocus_panels = true;      // next frame: give the keyboard to the map (also at start)

  // What the page hears about (web): state changes for the hash and the host, and announcements.
  Notifications notes;
  std::string last_hash;
  int last_event_announced = -2;
  bool reader_navigated = false;   // the last change was the reader's choice (a history entry)

  // GL and UI.
  BackgroundLayer background;
  GeographyLayer geography_layer;
  RouteLayer route_layer;
  ui::MapOverlay overlay;
  ImGuiRenderer imgui_renderer;
  ui::Fonts fonts;
  ui::PanelStates panel_states;  // what each panel remembers between frames (sort order, followed row)
  float font_scale = 0.0f;
  bool gl_ready = false;
  FrameStats stats;
  int tab_request = -1;            // a panel tab to select on the next frame
  int open_tab = -1;               // the tab shown (kPanelNames' order), for links and state()
  int default_tab() const { return layout.mode == LayoutMode::Wide ? 1 : 0; }  // Story beside the card; else Event
  int settle_frames = 0;           // frames still to draw after a request, so ImGui settles
  const char* focus_window = nullptr;  // give the keyboard to "Panels" (keys 1–6) or "Timeline" (T) next frame
  const char* keys_at = "map";     // where the keyboard is this frame: "map", "panels" or "timeline"
  const char* keys_announced = "map";

  // app.cpp
  bool load_data(std::string& error);
  bool create_gl(std::string& error);
  void drop_gl(bool delete_objects);
  void ensure_scale(float ratio);
  void apply(const UrlParams& p, bool initial);
  std::string hash() const;
  GeoDeg view_centre() const;
  std::string state_json() const;

  // app_frame.cpp
  bool frame(const FrameInput& in);
  void draw_panels(const FrameInput& in, ui::PanelRequests& req);
  void apply_requests(const ui::PanelRequests& req);
  void fly_to(const Camera& target);
  void fly_to_event(int event);
  void fly_to_place(int place);
  void fly_to_army(double day = -1);  // centre on the army at `day` (default: the current date)
  void mark_places(const MapView& view, const std::vector<Rect>& covered) const;
  void follow_army();
  void notify();

  // app_input.cpp
  void handle_map_input(const FrameInput& in, ui::PanelRequests& req);
  void handle_shortcuts(ui::PanelRequests& req);
};

}  // namespace atlas
