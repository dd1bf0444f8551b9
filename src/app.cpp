// App life cycle: loading the data, GL resources (and their rebuild after a lost context), deep
// links, and the state reported to the page.
#include "app.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>

#include "app_impl.h"
#include "core/data/date.h"
#include "core/data/json.h"
#include "core/data/text_parse.h"
#include "core/data/utf8.h"
#include "core/story/panel_models.h"
#include "render/fill_batch.h"
#include "render/gl_util.h"
#include "render/line_batch.h"
#include "ui/targets.h"
#include "ui/theme.h"

namespace atlas {
bool App::Impl::create_gl(std::string& error, float pixel_ratio) {
  // The meshes and the faces first: their CPU work overlaps the programs' compiling (gl::start_programs),
  // asked for after. (After a lost context the faces are built already, at that ratio.)
  create_map_layers();
  ensure_scale(pixel_ratio);
  if (!imgui_renderer.create(error)) return false;
  if (!background.create(error) || !base_map.create(error) || !LineBatch::create_program(error) || !FillBatch::create_program(error)) return false;
  gl_ready = true;
  return true;
}

// The layers drawn from the geography and the campaign (again after a switch of campaign).
void App::Impl::create_map_layers() {
  geography_layer.create(geography, geometry->projection());
  base_map.invalidate();
  if (has_campaign()) {
    route_layer.create(campaign, *geometry, *ledger);
    overlay.create(campaign, *geometry);
  }
  const MapFrame frame = map_frame(has_campaign() ? &campaign : nullptr, *geometry, geography.bounds, geography_layer.bounds());
  campaign_bounds = frame.story;  // the first view
  world_bounds = frame.world;
  create_locator_layer();  // it frames the world the map shows, and more
}

void App::Impl::ensure_scale(float ratio) {
  if (ratio == font_scale) return;
  std::string error;
  if (!font_faces.build(fonts, ratio, error)) std::fprintf(stderr, "campaign-atlas: %s\n", error.c_str());
  bool embedded_added = false;
  notes.font_chunks = font_faces.chunks_wanted(fonts, embedded_added);  // the page fetches these
  if (embedded_added && !font_faces.build(fonts, ratio, error)) std::fprintf(stderr, "campaign-atlas: %s\n", error.c_str());
  if (notes.font_chunks.empty()) warn_unavailable_characters();
  imgui_renderer.upload_fonts();
  ui::apply_theme(ratio);
  font_scale = ratio;
}

// Characters of the campaign that no font has: said once, naming them (never a silent empty box).
void App::Impl::warn_unavailable_characters() {
  std::vector<std::uint32_t> missing = font_faces.unavailable(fonts);
  if (missing.empty() || missing == characters_warned) return;
  characters_warned = missing;
  std::string list;
  for (std::size_t i = 0; i < missing.size() && i < 12; ++i) {
    char code[16];
    std::snprintf(code, sizeof code, "%sU+%04X", i ? ", " : "", static_cast<unsigned>(missing[i]));
    list += code;
  }
  std::fprintf(stderr, "campaign-atlas: the fonts cannot show %zu character(s) of the campaign: %s\n", missing.size(), list.c_str());
  notes.warnings.push_back("the fonts cannot show " + std::to_string(missing.size()) + " character(s) of the campaign: " + list);
}

// A link or host command: the navigator changes the state and says where the camera goes; what it
// could not do as asked is added to `warnings`.
void App::Impl::apply(const UrlParams& p, bool initial, std::vector<std::string>& warnings) {
  fly(nav.apply(p, initial, warnings));
  if (p.view) warn_if_zoom_beyond(p.view->zoom, warnings);
  if (initial && flight) { camera = flight->to; flight.reset(); }  // the page opens there
}

// A link's zoom the map cannot show (beyond half or 24 times the campaign's size, or wider than its
// geography covers): it is shown at the nearest end of the range, and the reader is told the range.
void App::Impl::warn_if_zoom_beyond(double zoom, std::vector<std::string>& warnings) const {
  const ZoomLimits limits = zoom_limits();
  const double lo = std::log2(limits.min_px_per_km / fit_scale), hi = std::log2(limits.max_px_per_km / fit_scale);
  if (zoom >= lo - 0.005 && zoom <= hi + 0.005) return;
  warnings.push_back("view zoom " + format_fixed(zoom, 2) + " is beyond this map's range (" + format_fixed(lo, 2) +
                     " to " + format_fixed(hi, 2) + " here): shown at " + format_fixed(zoom < lo ? lo : hi, 2));
}

// The place at the centre of the map no panel covers: what `view=` means, so a link opens where it was made.
GeoDeg App::Impl::view_centre() const { return view_param_in(layout.map).centre(); }

// While the map has no room (parked_view), the view it had before; else the view it shows.
ViewParam App::Impl::view_param() const { return parked_view ? *parked_view : view_param_in(layout.map); }

ViewParam App::Impl::view_param_in(const Viewport& map) const {
  const GeoDeg ll = geometry->unproject(screen_to_world(camera, map, map.clear_centre()));
  return {ll.lon, ll.lat, std::log2(camera.px_per_km / fit_scale)};
}

App::App(Options options) : impl_(std::make_unique<Impl>()) { impl_->options = std::move(options); }
App::~App() = default;

bool App::init(std::string& error, float pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no settings file, on the web or natively
  // Keyboard: while no panel has focus, arrows, Space, +/− are the map's shortcuts; a panel's key moves
  // into the panels and T into the timeline, where ImGui's navigation reaches every control; Esc gives the map back.
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // Every layer's program compiles in the GPU's own time while the campaign and geography load.
  gl::start_programs({"imgui", "background", "blit", "line", "fill"});
  return impl_->load_data() && impl_->create_gl(error, pixel_ratio);
}

bool App::frame(const FrameInput& in) { return mode_ ? mode_->frame(*impl_, in) : impl_->frame(in); }

// Frees every GL object, or (after a lost context, when they are already gone) just forgets them.
void App::Impl::drop_gl(bool delete_objects) {
  gl_ready = false;
  if (delete_objects) {
    background.release(), base_map.release(), geography_layer.release(), route_layer.release(), imgui_renderer.release();
    overview_layer.release();
    LineBatch::release_program(), FillBatch::release_program();
  } else {
    background.forget(), base_map.forget(), geography_layer.forget(), route_layer.forget(), imgui_renderer.forget();
    overview_layer.forget();
    LineBatch::forget_program(), FillBatch::forget_program(), gl::forget_started_programs();
  }
}

void App::shutdown() {
  if (impl_->gl_ready) impl_->drop_gl(true);
}

void App::context_lost() { impl_->drop_gl(false); }

bool App::context_restored(std::string& error) {
  return impl_->create_gl(error, impl_->pixel_ratio());  // every handle is new, the font texture included
}

std::vector<std::string> App::apply_params(std::string_view query, bool from_history) {
  std::vector<std::string> warnings;
  UrlParams p = parse_url_params(query, warnings);
  if (!impl_->camera_placed) {  // applied once the viewport is known; the first view is fitted to its frame
    impl_->nav.apply_frame(p);
    impl_->pending_params = p;
  } else {
    impl_->apply(p, false, warnings);
  }
  if (from_history) impl_->nav.page_shows(impl_->view_param(), impl_->default_panel());
  return warnings;
}

bool App::add_font_chunk(const std::string& name, std::vector<unsigned char> regular, std::vector<unsigned char> italic) {
  if (!impl_->font_faces.add_chunk(name, std::move(regular), std::move(italic))) return false;
  impl_->font_scale = 0;  // rebuilt with the chunk on the next frame
  return true;
}

void App::set_reduced_motion(bool reduced) { impl_->state.reduced_motion = reduced; }

void App::focus_map() { impl_->keys.to_map = true; }

void App::start_autoplay(double speed) {  // from the start, seen whole: every pass the same, frame by frame
  impl_->nav.play_from_start(speed);
  if (!impl_->camera_placed) return;
  impl_->camera = impl_->fit_campaign(impl_->fit_margin());
  impl_->flight.reset();
  impl_->followed_event = -1;
}

bool App::playing() const { return impl_->state.playing; }

std::string App::place_pixels_json() const {
  const Impl& m = *impl_;
  JsonWriter w;
  w.begin_array();
  if (m.has_campaign()) {
    std::vector<PlaceStatus> st = m.timeline->place_statuses(m.state.day);
    for (size_t i = 0; i < m.campaign.places.size(); ++i) {
      const Place& p = m.campaign.places[i];
      Vec2 at = world_to_screen(m.camera, m.layout.map, m.geometry->place(static_cast<int>(i)));
      unsigned rgb = st[i].holder >= 0 ? m.campaign.factions[static_cast<size_t>(st[i].holder)].rgb : 0;
      char hex[16];
      std::snprintf(hex, sizeof hex, "#%06x", rgb);
      w.begin_object().key("id").string(p.id).key("x").number(at.x, 2).key("y").number(at.y, 2).key("rgb").string(hex).end_object();
    }
  }
  return w.end_array().text();
}

std::string App::targets_json() const {
  return ui::targets_json(impl_->pixel_ratio());
}

Notifications App::take_notifications() {
  Notifications n = std::move(impl_->notes);
  impl_->notes = {};
  return n;
}

std::string App::state_json() const { return impl_->state_json(); }

std::string App::title() const {
  return impl_->page_title();
}

std::string App::Impl::state_json() const {
  const Impl& m = *this;
  JsonWriter w;
  w.begin_object();
  if (m.has_campaign()) {
    w.key("campaign").string(m.campaign.id);
    w.key("date").string(format_iso_date(static_cast<int>(std::floor(m.state.day))));
    w.key("day").number(m.state.day, 6);
    w.key("event").string(m.state.selected_event >= 0 ? m.campaign.events[static_cast<size_t>(m.state.selected_event)].id : "");
    int ch = m.timeline->active_chapter(m.state.day);
    w.key("chapter").string(ch >= 0 ? m.campaign.chapters[static_cast<size_t>(ch)].id : "");
    w.key("playing").boolean(m.state.playing);
    w.key("ended").boolean(m.state.ended);  // the tour reached the end: the whole campaign, its summary
    // The same in words, for a host page's status line: the event's place, outcome and date ("c. June 540"), the chapter's title.
    const Event* e = m.state.selected_event >= 0 ? &m.campaign.events[static_cast<size_t>(m.state.selected_event)] : nullptr;
    w.key("caption").begin_object();
    w.key("place").string(e && e->place_index >= 0 ? m.campaign.places[static_cast<size_t>(e->place_index)].ancient_name : "");
    w.key("outcome").string(e ? outcome_text(e->outcome) : "").key("when").string(e ? event_date_text(*e) : "");
    w.key("chapter").string(ch >= 0 ? m.campaign.chapters[static_cast<size_t>(ch)].title : "");
    const int today = static_cast<int>(std::floor(m.state.day));
    w.key("date").string(format_date_span(today, today, false)).end_object();
  }
  GeoDeg ll = m.view_centre();
  w.key("camera").begin_object().key("lon").number(ll.lon, 5).key("lat").number(ll.lat, 5);
  w.key("zoom").number(std::log2(m.camera.px_per_km / m.fit_scale), 4).key("px_per_km").number(m.camera.px_per_km, 5).end_object();
  w.key("flying").boolean(m.flight.has_value());
  // Where the selected event's place is on screen, and the centre of the map no panel covers (CSS px).
  Vec2 clear = m.layout.map.clear_centre();
  const float r = m.pixel_ratio();
  w.key("clear_centre_px").begin_array().number(clear.x / r, 1).number(clear.y / r, 1).end_array();
  const Viewport& v = m.layout.map;  // the map no panel covers: left, top, right, bottom
  w.key("clear_px").begin_array().number(v.inset_left / r, 1).number(v.inset_top / r, 1);
  w.number((v.width - v.inset_right) / r, 1).number((v.height - v.inset_bottom) / r, 1).end_array();
  if (m.has_campaign() && m.state.selected_event >= 0) {
    int place = m.campaign.events[static_cast<size_t>(m.state.selected_event)].place_index;
    if (place >= 0) {
      Vec2 at = world_to_screen(m.camera, m.layout.map, m.geometry->place(place));
      w.key("place_px").begin_array().number(at.x / r, 1).number(at.y / r, 1).end_array();
    }
  }
  w.key("layout").string(m.layout.mode == LayoutMode::Wide ? "wide" : m.layout.mode == LayoutMode::Blog ? "blog" : "phone");
  w.key("panels").boolean(m.nav.panels);
  w.key("panel").string(m.nav.open_panel ? panel_info(*m.nav.open_panel).url_name : "");  // the open panel's tab
  w.key("keys").string(to_string(m.keys.at));  // where the keyboard acts: "map", "panels" or "timeline"
  w.key("problem").string(m.problem);
  return w.end_object().text();
}

std::string App::stats_json() const {
  const FrameStats& f = impl_->stats;
  JsonWriter w;
  w.begin_object().key("frames").integer(f.frames_total()).key("median_ms").number(f.median_ms(), 4);
  w.key("p95_ms").number(f.p95_ms(), 4).key("max_ms").number(f.max_ms(), 4).key("draw_calls").integer(f.last_draw_calls());
  w.key("base_map_paints").integer(impl_->base_map.repaints());  // times the base map's cache was painted
  const ImDrawData* ui = ImGui::GetDrawData();  // the last frame's: a software GPU pays for each triangle
  w.key("ui_triangles").integer(ui && ui->Valid ? ui->TotalIdxCount / 3 : 0);
  return w.end_object().text();
}

}  // namespace atlas
