// The locator: a small overview of the wider world at the map's lower right, with the part the map shows
// outlined and the story's places out of sight marked (the unvisited ones and those beyond the map named).
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "app_impl.h"
#include "core/data/embedded.h"
#include "core/geo/map_geometry.h"
#include "core/shell/palette.h"
#include "render/gl.h"
#include "ui/targets.h"
#include "ui/theme.h"

namespace atlas {
namespace {

constexpr const char* kEmbeddedOverview = "assets/overview/overview.geo.bin";  // native builds only
constexpr float kLocatorCssWidth = 170, kMinClearCssWidth = 520, kMinClearCssHeight = 340;

ImVec2 to_im(Vec2 p, const Box& b) { return ImVec2(b.x + static_cast<float>(p.x), b.y + static_cast<float>(p.y)); }

Viewport sized(const Box& b) {  // a viewport of the box's size: what the locator's camera is fitted to
  Viewport v;
  v.width = b.w, v.height = b.h;
  return v;
}

}  // namespace

bool App::set_overview(const unsigned char* data, std::size_t size, std::string& error) {
  return impl_->set_overview(data, size, error);
}

bool App::Impl::set_overview(const unsigned char* data, std::size_t size, std::string& error) {
  Geography g;
  if (!parse_geography(data, size, g, error)) return false;
  overview = std::move(g);
  has_overview = true;
  if (gl_ready) create_locator_layer();
  settle_frames = 2;
  return true;
}

// The overview in the campaign's projection (again when another campaign brings its own), and the part of
// the world it shows; natively from the copy built in, on the web once the page has fetched it.
void App::Impl::create_locator_layer() {
  if (!has_overview) {
    const EmbeddedFile* f = find_embedded(kEmbeddedOverview);
    std::string error;
    if (!f || !parse_geography(f->data, f->size, overview, error)) return;
    has_overview = true;
  }
  overview_layer.create(overview, geometry->projection());
  // Every place of the campaign and the theatre, with a margin of a quarter all round, within the
  // frame's east, west and north edges (its south, at 12N, reaches far below any corner shown).
  Bounds world = world_bounds;
  for (int i = 0; i < static_cast<int>(campaign.places.size()); ++i) {
    const MapKm p = geometry->place(i);
    world = world.joined({p.x, p.y, p.x, p.y});
  }
  const double mx = world.width() * 0.25, my = world.height() * 0.25;
  place_visited.assign(campaign.places.size(), false);  // the march reaches it: no name on the locator
  for (const Event& e : campaign.events)
    if (e.place_index >= 0) place_visited[static_cast<std::size_t>(e.place_index)] = true;
  const GeoBounds& f = overview.bounds;
  const Bounds data = inner_bounds(geometry->projection(), f.lon_min, f.lon_max, f.lat_min, f.lat_max);
  locator_world = {std::max(world.min_x - mx, data.min_x), world.min_y - my, std::min(world.max_x + mx, data.max_x),
                   std::min(world.max_y + my, data.max_y)};
}

// Where the locator goes this frame: the clear map's lower right, if the map has room for it.
void App::Impl::place_locator() {
  locator_box = {};
  const Viewport& v = layout.map;
  const float s = pixel_ratio();
  if (!has_overview || !has_campaign() || v.clear_width() < kMinClearCssWidth * s || v.clear_height() < kMinClearCssHeight * s)
    return;
  const Bounds& world = locator_world;
  if (world.width() <= 0 || world.height() <= 0) return;
  const float w = kLocatorCssWidth * s, h = std::clamp(w * static_cast<float>(world.height() / world.width()), 60 * s, 130 * s);
  // The lower right, or else the lower left above the scale bar: never over the story's place or its army.
  std::vector<Vec2> story;
  const int e = state.selected_event;
  if (e >= 0 && campaign.events[static_cast<std::size_t>(e)].place_index >= 0)
    story.push_back(world_to_screen(camera, v, geometry->place(campaign.events[static_cast<std::size_t>(e)].place_index)));
  for (int a = 0; a < static_cast<int>(campaign.armies.size()); ++a)
    if (!campaign.armies[static_cast<std::size_t>(a)].route.empty() && timeline->army_shown(a, state.day))
      story.push_back(world_to_screen(camera, v, geometry->project(timeline->army_at(a, state.day).at)));
  const float bottom = static_cast<float>(v.height - v.inset_bottom) - h - 12 * s, margin = 24 * s;
  for (const Box& b : {Box{static_cast<float>(v.width - v.inset_right) - w - 12 * s, bottom, w, h},
                       Box{static_cast<float>(v.inset_left) + 12 * s, bottom - 44 * s, w, h}}) {
    const bool hides = std::any_of(story.begin(), story.end(), [&](Vec2 p) {
      return p.x > b.x - margin && p.x < b.x + b.w + margin && p.y > b.y - margin && p.y < b.y + b.h + margin;
    });
    if (!hides) { locator_box = b; break; }
  }
  if (locator_box.empty()) return;
  locator_camera = fit_bounds(world, sized(locator_box), 0, 1e-6, 1e6);
}

// Its land and water, drawn into its own box of the framebuffer (after the map, before ImGui).
void App::Impl::draw_locator(const FrameInput& in) const {
  if (locator_box.empty()) return;
  const Box& b = locator_box;
  const GLint x = static_cast<GLint>(std::lround(b.x)), y = static_cast<GLint>(std::lround(in.fb_height - b.y - b.h));
  const GLsizei w = static_cast<GLsizei>(std::lround(b.w)), h = static_cast<GLsizei>(std::lround(b.h));
  glEnable(GL_SCISSOR_TEST);
  glScissor(x, y, w, h);
  glClearColor(palette::sea.r, palette::sea.g, palette::sea.b, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  glViewport(x, y, w, h);
  overview_layer.draw_land(MapView{locator_camera, sized(b), in.pixel_ratio * 0.6f, state.day}, false);  // no rivers at this size
  glViewport(0, 0, in.fb_width, in.fb_height);
  glDisable(GL_SCISSOR_TEST);
}

// On it (ImGui's background list, over its GL picture): its frame, the part of the world the map
// shows, and the story's places out of sight: a dot, and a name for those beyond the map's geography.
void App::Impl::draw_locator_marks() const {
  if (locator_box.empty()) return;
  const Box& b = locator_box;
  const float s = pixel_ratio();
  ImDrawList* dl = ImGui::GetBackgroundDrawList();
  const Viewport inset = sized(b);
  const Viewport& v = layout.map;
  const Vec2 corners[] = {{v.inset_left, v.inset_top}, {v.width - v.inset_right, v.inset_top},
                          {v.width - v.inset_right, v.height - v.inset_bottom}, {v.inset_left, v.height - v.inset_bottom}};
  ImVec2 outline[4];
  for (int i = 0; i < 4; ++i) outline[i] = to_im(world_to_screen(locator_camera, inset, screen_to_world(camera, v, corners[i])), b);
  dl->PushClipRect(ImVec2(b.x, b.y), ImVec2(b.x + b.w, b.y + b.h), true);
  dl->AddPolyline(outline, 4, ui::rgba(palette::accent), ImDrawFlags_Closed, ui::stroke(1.6f * s));
  const ImFont* font = fonts.caps;
  const float size = font->FontSize * 0.85f;
  for (std::size_t i = 0; i < campaign.places.size(); ++i) {
    const int p = static_cast<int>(i);
    const MapKm km = geometry->place(p);
    if (v.clear_contains(world_to_screen(camera, v, km))) continue;  // in sight on the map itself
    const ImVec2 at = to_im(world_to_screen(locator_camera, inset, km), b);
    dl->AddCircleFilled(at, 2.6f * s, ui::rgba(palette::ink), ui::kRoundCircle);
    // Named: the places the story tells of but the march does not reach (a capital, a court far off),
    // and any beyond the map's own geography; the others out of sight are dots.
    if (place_visited[i] && world_bounds.contains({km.x, km.y, km.x, km.y})) continue;
    const std::string& name = campaign.places[static_cast<std::size_t>(p)].ancient_name;
    const ImVec2 box = font->CalcTextSizeA(size, FLT_MAX, 0, name.c_str());
    const float tx = std::clamp(at.x + 4 * s, b.x + 2 * s, b.x + b.w - box.x - 2 * s);
    const ImVec2 text_at(tx, at.y - box.y - 1 * s);
    for (const ImVec2 d : {ImVec2(-1, 0), ImVec2(1, 0), ImVec2(0, -1), ImVec2(0, 1)})  // a halo of paper
      dl->AddText(font, size, ImVec2(text_at.x + d.x * s, text_at.y + d.y * s), ui::rgba(palette::land, 0.9f), name.c_str());
    dl->AddText(font, size, text_at, ui::rgba(palette::ink), name.c_str());
    ui::mark_rect("locator:place:" + campaign.places[static_cast<std::size_t>(p)].id, tx, at.y - box.y - 1 * s, tx + box.x, at.y - 1 * s);
  }
  dl->PopClipRect();
  dl->AddRect(ImVec2(b.x, b.y), ImVec2(b.x + b.w, b.y + b.h), ui::rgba(palette::ink_soft), 0, 0, ui::stroke(1.2f * s));
  ui::mark_rect("locator", b.x, b.y, b.x + b.w, b.y + b.h);
}

}  // namespace atlas
