// App life cycle: loading the data, GL resources (and their rebuild after a lost context), deep
// links, and the state reported to the page.
#include "app.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>

#include "app_impl.h"
#include "core/campaign_loader.h"
#include "core/date.h"
#include "core/embedded.h"
#include "core/json.h"
#include "render/fill_batch.h"
#include "render/line_batch.h"
#include "ui/targets.h"
#include "ui/theme.h"

namespace atlas {
namespace {

constexpr const char* kDefaultCampaign = "assets/campaigns/khusrau-540.json";
constexpr const char* kGeography = "assets/geo/theatre.bin";

}  // namespace

bool App::Impl::load_data(std::string& error) {
  const EmbeddedFile* geo = find_embedded(kGeography);
  std::string geo_error;
  if (!geo || !parse_geography(geo->data, geo->size, geography, geo_error))
    problem = "The map's geography could not be read (" + (geo ? geo_error : std::string("missing from the build")) + ").";
  std::string campaign_error;
  if (!options.campaign_file.empty()) {
    campaign_error = load_campaign_file(options.campaign_file, campaign);
  } else if (const EmbeddedFile* f = find_embedded(kDefaultCampaign)) {
    LoadResult r = load_campaign(f->text(), "khusrau-540.json");
    if (r.ok()) campaign = std::move(r.campaign);
    else campaign_error = r.error.to_string();
  } else {
    campaign_error = std::string(kDefaultCampaign) + " is missing from the build";
  }
  static const Campaign kNoCampaign;  // what is projected when the campaign could not be loaded
  const Campaign& shown = campaign_error.empty() ? campaign : kNoCampaign;
  geometry = std::make_unique<MapGeometry>(shown, map_projection_for(shown));
  if (!campaign_error.empty()) {
    problem = "The campaign could not be loaded: " + campaign_error;
    std::fprintf(stderr, "campaign-atlas: %s\n", problem.c_str());
    return true;  // the app keeps working: the map without the campaign, and the message
  }
  timeline = std::make_unique<Timeline>(campaign);
  ledger = std::make_unique<Ledger>(campaign);
  state.day = campaign.start_day + 0.5;
  if (!options.date.empty()) {
    int day = 0;
    if (parse_reader_date(options.date, day)) set_day(state, *timeline, day + 0.5);
    else std::fprintf(stderr, "campaign-atlas: --date %s ignored: expected Y-MM-DD (e.g. 540-06-20)\n", options.date.c_str());
  }
  (void)error;
  return true;
}

bool App::Impl::create_gl(std::string& error) {
  if (!imgui_renderer.create(error) || !background.create(error) || !LineBatch::create_program(error) || !FillBatch::create_program(error)) return false;
  geography_layer.create(geography, geometry->projection());
  world_bounds = geography_layer.bounds();
  if (has_campaign()) {
    route_layer.create(campaign, *geometry, *ledger);
    overlay.create(campaign, *geometry);
    campaign_bounds = geometry->campaign_bounds();  // the march frames the first view
  } else {
    campaign_bounds = world_bounds;
  }
  if (world_bounds.min_x > world_bounds.max_x) world_bounds = campaign_bounds;
  gl_ready = true;
  return true;
}

void App::Impl::ensure_scale(float ratio) {
  if (ratio == font_scale) return;
  std::string error;
  if (!ui::build_fonts(fonts, ratio, error)) std::fprintf(stderr, "campaign-atlas: %s\n", error.c_str());
  imgui_renderer.upload_fonts();
  ui::apply_theme(ratio);
  font_scale = ratio;
}

void App::Impl::apply(const UrlParams& p, bool initial) {
  if (p.panels) panels = *p.panels;
  if (p.embed) embed = *p.embed;
  if (p.panel) {  // a link to one panel: open it (and the phone's sheet)
    tab_request = *p.panel;
    sheet_open = true;
  }
  if (!has_campaign()) return;
  const Viewport& vp = layout.map;
  if (p.date) {
    int day = 0;
    if (parse_reader_date(*p.date, day)) set_day(state, *timeline, day + 0.5);
    else std::fprintf(stderr, "campaign-atlas: date %s ignored: not a date of the Julian calendar\n", p.date->c_str());
  }
  if (p.chapter) {
    for (size_t i = 0; i < campaign.chapters.size(); ++i)
      if (campaign.chapters[i].id == *p.chapter) set_day(state, *timeline, campaign.chapters[i].date.start + 0.5);
  }
  if (p.event) {
    int e = campaign.find_event(*p.event);
    if (e >= 0) select_event(state, campaign, e);
    else std::fprintf(stderr, "campaign-atlas: event %s ignored: no such event in this campaign\n", p.event->c_str());
  }
  if (p.view) {
    fly_to(centre_on(geometry->project(GeoDeg::lon_lat(p.view->lon, p.view->lat)), vp, fit_scale * std::pow(2.0, p.view->zoom)));
  } else if (p.event || p.chapter || p.date) {
    if (state.selected_event >= 0) fly_to_event(state.selected_event);
  }
  if (initial && flight) { camera = flight->to; flight.reset(); }
  if (p.autoplay) state.playing = *p.autoplay && !(initial && state.reduced_motion);
}

// The place at the centre of the map no panel covers: what `view=` means, so a link opens where it was made.
GeoDeg App::Impl::view_centre() const {
  return geometry->unproject(screen_to_world(camera, layout.map, layout.map.clear_centre()));
}

std::string App::Impl::hash() const {
  UrlParams p;
  if (has_campaign()) {
    if (state.selected_event >= 0) p.event = campaign.events[static_cast<size_t>(state.selected_event)].id;
    std::string iso = format_iso_date(static_cast<int>(std::floor(state.day)));
    p.date = iso.substr(0, 1) == "0" ? iso.substr(1) : iso;
  }
  if (panels && open_tab >= 0 && open_tab != default_tab()) p.panel = open_tab;
  GeoDeg ll = view_centre();
  p.view = ViewParam{ll.lon, ll.lat, std::log2(camera.px_per_km / fit_scale)};
  if (!panels) p.panels = false;
  if (embed) p.embed = true;
  return format_url_params(p);
}

App::App(Options options) : impl_(std::make_unique<Impl>()) { impl_->options = std::move(options); }
App::~App() = default;

bool App::init(std::string& error) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no settings file, on the web or natively
  // Keyboard: while no panel has focus, arrows, Space, +/− are the map's shortcuts; 1–6 move into the
  // panels and T into the timeline, where ImGui's navigation reaches every control; Esc gives the map back.
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  return impl_->load_data(error) && impl_->create_gl(error);
}

bool App::frame(const FrameInput& in) { return impl_->frame(in); }

// Frees every GL object, or (after a lost context, when they are already gone) just forgets them.
void App::Impl::drop_gl(bool delete_objects) {
  gl_ready = false;
  if (delete_objects) {
    background.release(), geography_layer.release(), route_layer.release(), imgui_renderer.release();
    LineBatch::release_program(), FillBatch::release_program();
  } else {
    background.forget(), geography_layer.forget(), route_layer.forget(), imgui_renderer.forget();
    LineBatch::forget_program(), FillBatch::forget_program();
  }
}

void App::shutdown() {
  if (impl_->gl_ready) impl_->drop_gl(true);
}

void App::context_lost() { impl_->drop_gl(false); }

bool App::context_restored(std::string& error) {
  return impl_->create_gl(error);  // every handle is new, the font texture included
}

std::vector<std::string> App::apply_params(std::string_view query, bool from_history) {
  std::vector<std::string> warnings;
  UrlParams p = parse_url_params(query, warnings);
  if (!impl_->camera_placed) impl_->pending_params = p;  // applied once the viewport is known
  else impl_->apply(p, false);
  if (from_history) impl_->last_hash = impl_->hash();     // the page already shows this state
  return warnings;
}

void App::set_reduced_motion(bool reduced) { impl_->state.reduced_motion = reduced; }

void App::focus_map() { impl_->unfocus_panels = true; }

void App::start_autoplay(double speed) {
  Impl& m = *impl_;
  if (!m.has_campaign()) return;
  set_day(m.state, *m.timeline, m.campaign.start_day + 0.5);
  m.state.speed = speed;
  m.state.playing = true;
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
  return ui::targets_json(impl_->font_scale > 0 ? impl_->font_scale : 1.0f);  // the last frame's pixel ratio
}

Notifications App::take_notifications() {
  Notifications n = std::move(impl_->notes);
  impl_->notes = {};
  return n;
}

std::string App::state_json() const { return impl_->state_json(); }

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
  }
  GeoDeg ll = m.view_centre();
  w.key("camera").begin_object().key("lon").number(ll.lon, 5).key("lat").number(ll.lat, 5);
  w.key("zoom").number(std::log2(m.camera.px_per_km / m.fit_scale), 4).key("px_per_km").number(m.camera.px_per_km, 5).end_object();
  w.key("flying").boolean(m.flight.has_value());
  // Where the selected event's place is on screen, and the centre of the map no panel covers (CSS px).
  Vec2 clear = m.layout.map.clear_centre();
  const float r = m.font_scale > 0 ? m.font_scale : 1.0f;
  w.key("clear_centre_px").begin_array().number(clear.x / r, 1).number(clear.y / r, 1).end_array();
  if (m.has_campaign() && m.state.selected_event >= 0) {
    int place = m.campaign.events[static_cast<size_t>(m.state.selected_event)].place_index;
    if (place >= 0) {
      Vec2 at = world_to_screen(m.camera, m.layout.map, m.geometry->place(place));
      w.key("place_px").begin_array().number(at.x / r, 1).number(at.y / r, 1).end_array();
    }
  }
  w.key("layout").string(m.layout.mode == LayoutMode::Wide ? "wide" : m.layout.mode == LayoutMode::Blog ? "blog" : "phone");
  w.key("panels").boolean(m.panels);
  w.key("panel").string(m.open_tab >= 0 ? kPanelNames[m.open_tab] : "");  // the open panel's tab
  w.key("keys").string(m.keys_at);  // where the keyboard acts: "map", "panels" or "timeline"
  w.key("problem").string(m.problem);
  return w.end_object().text();
}

std::string App::stats_json() const {
  const FrameStats& f = impl_->stats;
  JsonWriter w;
  w.begin_object().key("frames").integer(f.frames_total()).key("median_ms").number(f.median_ms(), 4);
  w.key("p95_ms").number(f.p95_ms(), 4).key("max_ms").number(f.max_ms(), 4).key("draw_calls").integer(f.last_draw_calls());
  return w.end_object().text();
}

}  // namespace atlas
