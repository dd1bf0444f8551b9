// App: init / frame / shutdown around the map layers and the ImGui panels.
#include "app.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdio>

#include "render/background_layer.h"
#include "render/gl.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace atlas {

struct App::Impl {
  Options options;
  BackgroundLayer background;
  ui::Fonts fonts;
  float font_scale = 0.0f;  // pixel ratio the font atlas was built for
  bool gl_ready = false;

  bool create_gl(std::string& error) {
    if (!ImGui_ImplOpenGL3_Init("#version 300 es")) { error = "ImGui's GL ES 3 renderer failed to start"; return false; }
    if (!background.create(error)) return false;
    gl_ready = true;
    return true;
  }

  void ensure_scale(float ratio) {
    if (ratio == font_scale) return;
    std::string error;
    if (!ui::build_fonts(fonts, ratio, error)) std::fprintf(stderr, "campaign-atlas: %s\n", error.c_str());
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    ui::apply_theme(ratio);
    font_scale = ratio;
  }

  void draw_ui(const FrameInput& in) {
    const float s = in.pixel_ratio;
    ImGui::SetNextWindowPos(ImVec2(24 * s, 24 * s), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(380 * s, 0), ImGuiCond_Always);
    ImGui::Begin("Campaign Atlas", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                              ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted("Khusrau's invasion of the Roman East");
    ImGui::PopFont();
    ImGui::PushFont(fonts.italic);
    ImGui::TextUnformatted("Syria and Mesopotamia, A.D. 540");
    ImGui::PopFont();
    ImGui::Separator();
    ImGui::TextWrapped("The map, the timeline and the panels are being drawn in from the sources.");
    ImGui::End();
  }
};

App::App(Options options) : impl_(std::make_unique<Impl>()) { impl_->options = std::move(options); }
App::~App() = default;

bool App::init(std::string& error) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no settings file, on the web or natively
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  return impl_->create_gl(error);
}

bool App::frame(const FrameInput& in) {
  Impl& m = *impl_;
  if (!m.gl_ready || in.fb_width <= 0 || in.fb_height <= 0) return false;
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = static_cast<float>(std::max(in.dt, 1e-4));  // never zero (frozen browser clocks)
  io.DisplaySize = ImVec2(static_cast<float>(in.fb_width), static_cast<float>(in.fb_height));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  m.ensure_scale(in.pixel_ratio);

  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  m.draw_ui(in);
  ImGui::Render();

  glViewport(0, 0, in.fb_width, in.fb_height);
  glClearColor(0, 0, 0, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  m.background.draw(in.fb_width, in.fb_height);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  return false;
}

void App::shutdown() {
  if (!impl_->gl_ready) return;
  impl_->background.release();
  ImGui_ImplOpenGL3_Shutdown();
  impl_->gl_ready = false;
}

void App::context_lost() {
  impl_->gl_ready = false;
  impl_->background.forget();
}

bool App::context_restored(std::string& error) {
  ImGui_ImplOpenGL3_Shutdown();  // its handles belong to the lost context
  impl_->font_scale = 0.0f;      // re-upload the font texture
  return impl_->create_gl(error);
}

std::string App::state_json() const { return "{}"; }

}  // namespace atlas
