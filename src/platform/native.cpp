// Native platform: a GLFW window with an OpenGL ES 3.0 context, an idle-aware loop and screenshots.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <stb/stb_image_write.h>

#include <malloc.h>

#include <cstdio>
#include <vector>

#include "platform/platform.h"
#include "render/gl.h"

namespace atlas {
namespace {

int g_wake_frames = 3;  // frames still to draw after the last input (ImGui settles in a few)

void on_glfw_error(int code, const char* text) { std::fprintf(stderr, "campaign-atlas: GLFW error %d: %s\n", code, text); }
void wake() { g_wake_frames = 3; }
void on_cursor(GLFWwindow*, double, double) { wake(); }
void on_button(GLFWwindow*, int, int, int) { wake(); }
void on_scroll(GLFWwindow*, double, double) { wake(); }
void on_key(GLFWwindow*, int, int, int, int) { wake(); }
void on_char(GLFWwindow*, unsigned) { wake(); }
void on_size(GLFWwindow*, int, int) { wake(); }
void on_focus(GLFWwindow*, int) { wake(); }

// ImGui works in framebuffer pixels on every platform: scale the GLFW backend's window coordinates.
FrameInput measure(GLFWwindow* window, double dt) {
  FrameInput in;
  int ww = 0, wh = 0;
  glfwGetWindowSize(window, &ww, &wh);
  glfwGetFramebufferSize(window, &in.fb_width, &in.fb_height);
  in.pixel_ratio = ww > 0 ? static_cast<float>(in.fb_width) / static_cast<float>(ww) : 1.0f;
  in.dt = dt;
  ImGuiIO& io = ImGui::GetIO();
  if (io.MousePos.x > -1e30f) io.MousePos = ImVec2(io.MousePos.x * in.pixel_ratio, io.MousePos.y * in.pixel_ratio);
  return in;
}

// A PNG file of RGBA pixels (top row first unless `bottom_up`); false if any byte could not be written
// (stb's own writer says yes to /dev/full).
bool save_png(const char* path, int w, int h, const unsigned char* rgba, bool bottom_up) {
  struct Out {
    std::FILE* file;
    bool ok;
  } out{std::fopen(path, "wb"), true};
  if (!out.file) return false;
  stbi_flip_vertically_on_write(bottom_up ? 1 : 0);
  const auto write = [](void* context, void* data, int size) {
    Out& o = *static_cast<Out*>(context);
    o.ok = o.ok && std::fwrite(data, 1, static_cast<std::size_t>(size), o.file) == static_cast<std::size_t>(size);
  };
  const bool encoded = stbi_write_png_to_func(write, &out, w, h, 4, rgba, w * 4) != 0;
  const bool closed = std::fclose(out.file) == 0;  // a full disk shows at the flush
  return encoded && out.ok && closed;
}

bool write_png(const char* path, int w, int h) {
  std::vector<unsigned char> pixels(static_cast<size_t>(w) * h * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  return save_png(path, w, h, pixels.data(), true);
}

// Save image natively: the picture (App::snapshot, top row first) as a PNG file.
bool write_snapshot(App& app, const char* path, int css_w, int css_h, std::string& error) {
  Snapshot picture;
  if (!app.snapshot(css_w, css_h, 2.0f, picture, error)) return false;
  if (save_png(path, picture.width, picture.height, picture.rgba.data(), false)) {
    std::printf("wrote %s (%dx%d)\n", path, picture.width, picture.height);
    return true;
  }
  error = std::string("could not write ") + path;
  return false;
}

// The window's Save image button: a file in the working directory that does not overwrite another.
void save_image(App& app, GLFWwindow* window) {
  int w = 0, h = 0;
  glfwGetWindowSize(window, &w, &h);
  std::string path = "campaign-atlas-image.png", error;
  for (int n = 2; n < 1000; ++n) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) break;
    std::fclose(f);
    path = "campaign-atlas-image-" + std::to_string(n) + ".png";
  }
  if (!write_snapshot(app, path.c_str(), w, h, error)) std::fprintf(stderr, "campaign-atlas: %s\n", error.c_str());
}

void offscreen_frame(App& app, const Options& o, double dt) {
  glfwPollEvents();
  ImGui_ImplGlfw_NewFrame();
  FrameInput in;
  in.fb_width = o.width;
  in.fb_height = o.height;
  in.pixel_ratio = o.pixel_ratio;
  in.dt = dt;
  ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // no cursor offscreen
  app.frame(in);
  glFinish();  // no swap offscreen: without this the driver queues every frame's work
}

// Heap in use: glibc's count, or the sanitizer's where ASan replaces malloc (mallinfo2 reads 0 there).
// glibc's count is the arena's bytes in use plus its mmapped blocks: a large block freed raises glibc's
// mmap threshold, and the next one of that size comes from the arena instead — the arena count alone
// then jumps by its size with nothing more in use (a 1 MiB step the ASan count does not show).
extern "C" size_t __sanitizer_get_current_allocated_bytes() __attribute__((weak));
size_t heap_in_use() {
  if (__sanitizer_get_current_allocated_bytes) return __sanitizer_get_current_allocated_bytes();
  const struct mallinfo2 m = mallinfo2();
  return m.uordblks + m.hblkhd;
}

// Plays the whole campaign `passes` times; the heap in use after the last pass must equal the heap
// after the first (within a small allowance for allocator bookkeeping).
int soak(App& app, const Options& o) {
  size_t first = 0, last = 0;
  long frames = 0;
  for (int pass = 1; pass <= o.soak; ++pass) {
    app.start_autoplay(60.0);  // the briskest tour: each card still stopped on, a quarter of its reading time
    for (int i = 0; i < 5000 && app.playing(); ++i, ++frames) offscreen_frame(app, o, 0.25);
    offscreen_frame(app, o, 0.25);
    last = heap_in_use();
    if (pass == 1) first = last;
  }
  const long growth = static_cast<long>(last) - static_cast<long>(first);
  std::printf("soak: %d passes, %ld frames; heap in use after the first pass %zu bytes, at the end %zu bytes (%+ld)\n",
              o.soak, frames, first, last, growth);
  if (first > 0 && growth > 64 * 1024) {
    std::fprintf(stderr, "campaign-atlas: memory grew by %ld bytes over the soak\n", growth);
    return 4;
  }
  return 0;
}

// Offscreen modes: screenshots, frame statistics, soak tests, place positions.
int offscreen(App& app, const Options& o) {
  GLuint fbo = 0, color = 0;
  glGenFramebuffers(1, &fbo);
  glGenRenderbuffers(1, &color);
  glBindRenderbuffer(GL_RENDERBUFFER, color);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, o.width, o.height);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color);
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
    std::fprintf(stderr, "campaign-atlas: cannot create a %dx%d offscreen framebuffer\n", o.width, o.height);
    return 3;
  }
  int code = 0;
  if (o.soak > 0) {
    code = soak(app, o);
  } else {
    if (o.autoplay) app.start_autoplay(6.0);
    for (int i = 0; i < o.frames; ++i) offscreen_frame(app, o, 1.0 / 60.0);
  }
  glFinish();
  if (!o.screenshot.empty()) {
    if (write_png(o.screenshot.c_str(), o.width, o.height)) {
      std::printf("wrote %s (%dx%d)\n", o.screenshot.c_str(), o.width, o.height);
    } else {
      std::fprintf(stderr, "campaign-atlas: could not write %s\n", o.screenshot.c_str());
      code = 3;
    }
  }
  if (!o.snapshot.empty()) {
    std::string error;
    const int css_w = static_cast<int>(o.width / o.pixel_ratio), css_h = static_cast<int>(o.height / o.pixel_ratio);
    if (!write_snapshot(app, o.snapshot.c_str(), css_w, css_h, error)) {
      std::fprintf(stderr, "campaign-atlas: %s\n", error.c_str());
      code = 3;
    }
  }
  if (!o.dump_places.empty()) {
    if (std::FILE* f = std::fopen(o.dump_places.c_str(), "w")) {
      std::fputs(app.place_pixels_json().c_str(), f);
      std::fclose(f);
    } else {
      std::fprintf(stderr, "campaign-atlas: could not write %s\n", o.dump_places.c_str());
      code = 3;
    }
  }
  if (o.stats) std::printf("%s\n", app.stats_json().c_str());
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glDeleteRenderbuffers(1, &color);
  glDeleteFramebuffers(1, &fbo);
  return code;
}

void run_loop(App& app, GLFWwindow* window) {
  double last = glfwGetTime();
  bool animating = true;
  while (!glfwWindowShouldClose(window)) {
    const bool idle = !animating && g_wake_frames == 0;
    if (idle) glfwWaitEvents();  // no frame is drawn until something happens
    else glfwPollEvents();
    if (g_wake_frames > 0) --g_wake_frames;
    double now = glfwGetTime();
    ImGui_ImplGlfw_NewFrame();
    FrameInput in = measure(window, now - last);
    in.resumed = idle;
    animating = app.frame(in);
    last = now;
    const Notifications n = app.take_notifications();
    if (!n.title.empty()) glfwSetWindowTitle(window, n.title.c_str());  // another campaign, or the editor's unsaved mark
    if (n.save_image) save_image(app, window);
    if (!n.open_url.empty()) std::printf("source online: %s\n", n.open_url.c_str());  // no browser is started from here
    glfwSwapBuffers(window);
  }
}

}  // namespace

int run_platform(std::unique_ptr<App> owned, const Options& o) {
  App& app = *owned;
  glfwSetErrorCallback(on_glfw_error);
  if (!glfwInit()) {
    std::fprintf(stderr, "campaign-atlas: GLFW could not start (no display?). For screenshots without a "
                         "screen run: xvfb-run -a campaign-atlas --screenshot out.png\n");
    return 2;
  }
  const bool hidden = o.offscreen();
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  glfwWindowHint(GLFW_SAMPLES, hidden ? 0 : 4);
  if (hidden) glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  GLFWwindow* window = glfwCreateWindow(hidden ? 64 : o.width, hidden ? 64 : o.height,
                                        "Campaign Atlas", nullptr, nullptr);  // the campaign's title once loaded
  if (!window) {
    std::fprintf(stderr, "campaign-atlas: could not create an OpenGL ES 3.0 context\n");
    glfwTerminate();
    return 2;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  // Our callbacks first: ImGui's backend chains to them, so input wakes the idle loop.
  glfwSetCursorPosCallback(window, on_cursor);
  glfwSetMouseButtonCallback(window, on_button);
  glfwSetScrollCallback(window, on_scroll);
  glfwSetKeyCallback(window, on_key);
  glfwSetCharCallback(window, on_char);
  glfwSetFramebufferSizeCallback(window, on_size);
  glfwSetWindowFocusCallback(window, on_focus);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  int code = 0;
  std::string error;
  if (!app.init(error, o.pixel_ratio)) {
    std::fprintf(stderr, "campaign-atlas: %s\n", error.c_str());
    code = 3;
  } else if (hidden) {
    code = offscreen(app, o);
  } else {
    glfwSetWindowTitle(window, app.title().c_str());
    run_loop(app, window);
  }
  app.shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return code;
}

}  // namespace atlas
