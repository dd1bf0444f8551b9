// The campaign the App shows: the built-in one or a file, with its own geography when it has one;
// and switching to another while running (the page's ?campaign=), all or nothing.
#include <cstdio>

#include "app_impl.h"
#include "core/data/campaign_loader.h"
#include "core/data/date.h"
#include "core/data/embedded.h"
#include "platform/platform.h"

namespace atlas {
namespace {

constexpr const char* kBuiltinGeography = "assets/geo/theatre.bin";

std::string parse_builtin_geography(Geography& out) {
  const EmbeddedFile* geo = find_embedded(kBuiltinGeography);
  std::string error;
  if (!geo) return "the built-in geography is missing from the build";
  return parse_geography(geo->data, geo->size, out, error) ? "" : error;
}

// The geography file a campaign names (its own id unless `geography` says otherwise), beside `campaign_path`.
std::string geography_path_for(const Campaign& c, const std::string& campaign_path) {
  const std::size_t slash = campaign_path.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : campaign_path.substr(0, slash + 1);
  return dir + (c.geography.empty() ? c.id : c.geography) + ".geo.bin";
}

}  // namespace

std::string load_builtin_campaign(Campaign& out, std::vector<std::uint32_t>* code_points) {
  const EmbeddedFile* f = find_embedded(ATLAS_DEFAULT_CAMPAIGN);  // CMake's ATLAS_DEFAULT_CAMPAIGN
  if (!f) return std::string(ATLAS_DEFAULT_CAMPAIGN) + " is missing from the build";
  const std::string path = ATLAS_DEFAULT_CAMPAIGN;
  return load_campaign_text(f->text(), path.substr(path.rfind('/') + 1), out, code_points);
}

// At start: the built-in campaign or --campaign FILE (with FILE's geography beside it, if there is one).
bool App::Impl::load_data() {
  CampaignData d;
  std::string error, text, geo_text;
  if (options.campaign_file.empty()) error = load_builtin_campaign(d.campaign, &d.code_points);
  else if ((error = read_campaign_file(options.campaign_file, text)).empty())
    error = load_campaign_text(text, options.campaign_file, d.campaign, &d.code_points);
  if (error.empty() && !options.campaign_file.empty() && read_local_file(geography_path_for(d.campaign, options.campaign_file), geo_text)) {
    std::string geo_error;
    if (!parse_geography(reinterpret_cast<const unsigned char*>(geo_text.data()), geo_text.size(), d.geography, geo_error))
      error = geography_path_for(d.campaign, options.campaign_file) + ": " + geo_error;
    d.own_geography = true;
  }
  if (error.empty()) {
    adopt(std::move(d));
  } else {
    problem = "The campaign could not be loaded: " + error;
    std::fprintf(stderr, "campaign-atlas: %s\n", problem.c_str());
    const std::string geo_error = parse_builtin_geography(geography);
    if (!geo_error.empty()) problem += " The map's geography could not be read (" + geo_error + ").";
    static const Campaign kNoCampaign;  // what is projected when the campaign could not be loaded
    geometry = std::make_unique<MapGeometry>(kNoCampaign, map_projection_for(kNoCampaign));
    return true;  // the app keeps working: the map without the campaign, and the message
  }
  if (!options.date.empty()) {
    int day = 0;
    if (parse_reader_date(options.date, day)) set_day(state, *timeline, day + 0.5);
    else std::fprintf(stderr, "campaign-atlas: --date %s ignored: expected Y-MM-DD (e.g. 1066-10-14; -217-06-21 is 218 BC)\n", options.date.c_str());
  }
  return true;
}

// Shows `d` from now on: the reader's state starts afresh at its first day, the camera fits it again.
void App::Impl::adopt(CampaignData d) {
  problem.clear();
  if (d.own_geography) geography = std::move(d.geography);
  else if (std::string e = parse_builtin_geography(geography); !e.empty()) problem = "The map's geography could not be read (" + e + ").";
  campaign = std::move(d.campaign);
  geometry = std::make_unique<MapGeometry>(campaign, map_projection_for(campaign));
  timeline = std::make_unique<Timeline>(campaign);
  ledger = std::make_unique<Ledger>(campaign);
  nav.set_campaign(campaign, *timeline, *ledger, geometry->projection().params().central_meridian);
  const bool reduced = state.reduced_motion;
  state = AtlasState{};
  state.reduced_motion = reduced;
  state.day = campaign.start_day + 0.5;
  camera_placed = false, flight.reset(), pending_params.reset(), hovered_place = -1, dragging = false;
  panel_states = {};
  font_faces.set_characters(std::move(d.code_points));
  font_scale = 0;  // rebuilt with the campaign's characters on the next frame
  notes.title = page_title();
  if (gl_ready) {
    geography_layer.release(), route_layer.release(), overview_layer.release();
    create_map_layers();
  }
}

std::string App::load_campaign(std::string_view json, std::string_view file_name, const unsigned char* geography,
                               std::size_t geography_size) {
  LoadResult r = atlas::load_campaign(json, file_name);
  if (!r.ok()) return r.message();
  Impl::CampaignData d{std::move(r.campaign), {}, false, std::move(r.code_points)};
  if (geography) {
    std::string error;
    if (!parse_geography(geography, geography_size, d.geography, error)) return "its geography: " + error;
    d.own_geography = true;
  }
  impl_->adopt(std::move(d));
  return "";
}

}  // namespace atlas
