// The map as the preview: the document loaded again after each edit that leaves it loadable.
#include "editor/editor_parts.h"

#include <algorithm>

#include "app_impl.h"
#include "core/data/campaign_loader.h"

namespace atlas {

constexpr double kPreviewEvery = 0.2;  // s: at most five previews a second (a large campaign takes a while to load)

namespace {

// A document that has never loaded (a new campaign without its dates): the map shows its framed area and
// none of the campaign shown before; the editor's handles still show its places and routes.
void show_frame_only(EditorState& e, App::Impl& app) {
  Campaign frame;
  frame.format = kCampaignFormat2, frame.version = 2;
  const JsonValue* view = e.doc.at(JsonPath().key("view"));
  for (const auto& [key, to] : {std::pair{"west", &frame.view.west}, {"south", &frame.view.south}, {"east", &frame.view.east},
                                {"north", &frame.view.north}})
    if (const JsonMember* m = view ? view->find(key) : nullptr; m && m->value.is(JsonType::Number)) *to = m->value.number;
  App::Impl::CampaignData d{std::move(frame), {}, e.has_geography, {}};
  if (e.has_geography) d.geography = e.geography;
  app.adopt(std::move(d));
  const ViewBox& v = app.campaign.view;
  if (v.east > v.west && v.north > v.south) app.campaign_bounds = inner_bounds(app.geometry->projection(), v.west, v.east, v.south, v.north);
  app.nav.panels = false;
  e.refit = false, e.frame_only = true;
}

}  // namespace

// Loads the document's saved text into the App when its revision changed (not while a point is dragged:
// the handles follow the mouse, the map catches up on release), at most every kPreviewEvery. The camera stays where the author put
// it, unless the campaign was just opened; the whole route is shown (the date at the campaign's end).
void refresh_preview(EditorState& e, App::Impl& app, double dt) {
  e.since_preview += dt;
  if (e.preview_revision == e.doc.revision() || e.drag) return;
  if (e.since_preview < kPreviewEvery && !e.refit) return;  // typing: the map follows a few times a second
  e.preview_revision = e.doc.revision();
  e.since_preview = 0;
  LoadResult r = load_campaign(e.doc.text(), e.doc.file_name());
  e.loads = r.ok();
  if (!e.loads && e.refit) return show_frame_only(e, app);  // a new document that does not load yet
  if (!e.loads) return;  // the problems say why; the map keeps the last good preview
  e.frame_only = false;
  const bool same_characters =
      std::includes(e.characters.begin(), e.characters.end(), r.code_points.begin(), r.code_points.end());
  if (!same_characters) e.characters = r.code_points;
  App::Impl::CampaignData d{std::move(r.campaign), {}, e.has_geography, std::move(r.code_points)};
  if (e.has_geography) d.geography = e.geography;
  const Camera camera = app.camera;
  const bool keep_camera = app.camera_placed && !e.refit;
  const float font_scale = app.font_scale;
  app.adopt(std::move(d));
  const ViewBox& v = app.campaign.view;  // the author's framed area is part of the first view and of the zoom range
  if (v.east > v.west && v.north > v.south)
    app.campaign_bounds = app.campaign_bounds.joined(inner_bounds(app.geometry->projection(), v.west, v.east, v.south, v.north));
  if (keep_camera) app.camera = camera, app.camera_placed = true;
  if (same_characters) app.font_scale = font_scale;  // no new character: the fonts need no rebuild
  app.state.day = app.campaign.end_day + 0.5;
  app.nav.panels = false;
  e.refit = false, e.frame_only = true;
}

}  // namespace atlas
