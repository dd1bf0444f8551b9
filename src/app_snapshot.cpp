// Save image: the current view drawn again into a framebuffer of its own at a chosen pixel ratio, with the
// key open and a caption (title, date, the event, its sources) along the bottom, no panels; read back.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "app_impl.h"
#include "core/data/date.h"
#include "core/story/panel_models.h"
#include "render/gl.h"
#include "ui/targets.h"

namespace atlas {
namespace {

constexpr int kMinPictureCssWidth = 640, kMinPictureCssHeight = 540;  // room for the key and the caption

// An RGBA framebuffer of its own, bound while it lives; the one bound before is bound again after.
class OwnFramebuffer {
 public:
  OwnFramebuffer(int w, int h) {
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous_);
    glGenFramebuffers(1, &fbo_);
    glGenRenderbuffers(1, &colour_);
    glBindRenderbuffer(GL_RENDERBUFFER, colour_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour_);
  }
  ~OwnFramebuffer() {
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous_));
    glDeleteRenderbuffers(1, &colour_);
    glDeleteFramebuffers(1, &fbo_);
  }
  OwnFramebuffer(const OwnFramebuffer&) = delete;
  OwnFramebuffer& operator=(const OwnFramebuffer&) = delete;
  bool complete() const { return glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE; }

 private:
  GLint previous_ = 0;
  GLuint fbo_ = 0, colour_ = 0;
};

// The caption's second line: the date, and the event's place and outcome ("15 May 540 · <place>, paid").
std::string caption_line(const Campaign& c, const AtlasState& st) {
  std::string line = format_day(static_cast<int>(std::floor(st.day)));
  if (st.selected_event < 0) return line;
  const Event& e = c.events[static_cast<std::size_t>(st.selected_event)];
  if (e.place_index >= 0) line += " \u00b7 " + c.places[static_cast<std::size_t>(e.place_index)].ancient_name;
  const std::string outcome = outcome_text(e.outcome);
  return outcome.empty() ? line : line + ", " + outcome;
}

// The sources of the picture: the event's passages, or else every source of the campaign.
std::string caption_sources(const Campaign& c, const AtlasState& st) {
  if (st.selected_event >= 0) return sources_text(c, c.events[static_cast<std::size_t>(st.selected_event)].sources);
  std::string all;
  for (const Source& s : c.sources) all += (all.empty() ? "" : "; ") + s.short_cite;
  return all;
}

}  // namespace

bool App::snapshot(int css_width, int css_height, float pixel_ratio, Snapshot& out, std::string& error) {
  return impl_->snapshot(css_width, css_height, pixel_ratio, out, error);
}

bool App::Impl::snapshot(int css_w, int css_h, float ratio, Snapshot& out, std::string& error) {
  if (!gl_ready || !has_campaign() || !camera_placed) return error = "there is no map to save yet", false;
  GLint max_size = 0;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_size);
  ratio = std::clamp(ratio, 0.5f, 4.0f);
  if (css_w < 32 || css_h < 32) return error = "the picture would be too small", false;
  // A phone's picture is widened and a short embed's made taller, so the key fits beside the story; the
  // map is enlarged with it, so the picture shows no more of the world than the screen (never past its data).
  const double grown = std::max({1.0, static_cast<double>(kMinPictureCssWidth) / css_w, static_cast<double>(kMinPictureCssHeight) / css_h});
  css_w = std::max(css_w, kMinPictureCssWidth);
  css_h = std::max(css_h, kMinPictureCssHeight);
  const float longest = static_cast<float>(std::max(css_w, css_h));
  ratio = std::min(ratio, std::min(static_cast<float>(max_size), 8192.0f) / longest);  // what the GPU can hold
  const int w = static_cast<int>(std::lround(css_w * ratio)), h = static_cast<int>(std::lround(css_h * ratio));
  OwnFramebuffer target(w, h);
  if (!target.complete()) return error = "the GPU could not make a " + std::to_string(w) + "x" + std::to_string(h) + " picture", false;
  // What the reader looks at: the centre of the uncovered map, at the same scale in CSS pixels.
  const MapKm centre = screen_to_world(camera, layout.map, layout.map.clear_centre());
  const double scale = camera.px_per_km * ratio / pixel_ratio() * grown;
  const Camera saved_camera = camera;
  const Layout saved_layout = layout;
  const std::optional<Flight> saved_flight = flight;
  const float saved_ratio = pixel_ratio();
  const bool legend_was_open = panel_states.legend.open;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // no hover, no click in the picture
  panel_states.legend.open = true;
  flight.reset();
  legend_box = caption_box = {};
  for (int i = 0; i < 4; ++i) poster_frame(w, h, ratio, centre, scale);  // the key and caption are sized, then kept clear of
  out.width = w, out.height = h;
  out.rgba.assign(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4, 0);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, out.rgba.data());
  for (std::size_t i = 3; i < out.rgba.size(); i += 4) out.rgba[i] = 255;  // a picture is opaque
  const std::size_t row = static_cast<std::size_t>(w) * 4;  // GL's first row is the bottom one
  for (int y = 0; y < h / 2; ++y)
    std::swap_ranges(out.rgba.begin() + static_cast<std::ptrdiff_t>(y * row),
                     out.rgba.begin() + static_cast<std::ptrdiff_t>((y + 1) * row),
                     out.rgba.begin() + static_cast<std::ptrdiff_t>((h - 1 - y) * row));
  ImGui::GetIO().MousePos = mouse;
  panel_states.legend.open = legend_was_open;
  camera = saved_camera, layout = saved_layout, flight = saved_flight;
  ensure_scale(saved_ratio);
  caption_box = {};
  settle_frames = 2;  // the screen is drawn again as it was
  return true;
}

// One frame of the picture: the whole canvas is map; the key at the top left, the caption at the bottom.
void App::Impl::poster_frame(int w, int h, float ratio, MapKm centre, double scale) {
  FrameInput in;
  in.fb_width = w, in.fb_height = h, in.pixel_ratio = ratio;
  begin_frame(in);
  layout = Layout{};
  layout.map.width = w, layout.map.height = h;
  locator_box = {};  // the picture has its caption and key, not the locator
  // The reader's view centred in the map the key and the caption leave clear (as the last frame drew
  // them); the key stands above the caption, the scale bar too.
  if (!caption_box.empty()) layout.map.inset_bottom = h - caption_box.y + 10 * ratio;
  ImGui::NewFrame();
  ui::clear_targets();
  ui::PanelRequests ignored;
  ui::PanelContext ctx{campaign, *timeline, *ledger, state, fonts, ratio, ignored, panel_states};
  draw_legend_window(ctx, false);
  draw_caption_window(ctx);
  if (!legend_box.empty()) layout.map.inset_left = std::min(legend_box.x + legend_box.w, w * 0.5f);
  // The reader's view at the centre of the part the key and the caption leave clear, which stays inside
  // the geography's edge as on the screen (under the key a corner past it may show: the story comes first).
  camera = centre_on(centre, layout.map, scale);
  clamp_camera();
  const MapView view{camera, layout.map, ratio, state.day};
  draw_places(view);
  ImGui::Render();
  draw_map(view, in, false);
}

// The picture's caption: the campaign's title, the date and event, and where it comes from.
void App::Impl::draw_caption_window(ui::PanelContext& ctx) {
  const float s = ctx.scale, width = std::min(static_cast<float>(layout.map.width) - 20 * s, 720 * s);
  ImGui::SetNextWindowPos(ImVec2(10 * s, static_cast<float>(layout.map.height) - 10 * s), ImGuiCond_Always, ImVec2(0, 1));
  ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Always);
  ImGui::Begin("Caption", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing |
                                       ImGuiWindowFlags_NoInputs);
  ui::heading(ctx, campaign.title.c_str());
  ui::italic_text(ctx, caption_line(campaign, state).c_str());
  ui::source_line(ctx, caption_sources(campaign, state));
  const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  caption_box = {at.x, at.y, size.x, size.y};
  ImGui::End();
}

}  // namespace atlas
