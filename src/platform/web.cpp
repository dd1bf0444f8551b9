// Web platform: a WebGL2 canvas, DOM input scoped to the canvas, hi-DPI sizing and an idle-aware loop.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "platform/platform.h"
#include "render/gl.h"

namespace atlas {
namespace {

constexpr const char* kCanvas = "#canvas";

struct Web {
  std::unique_ptr<App> app;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = 0;
  bool context_ok = false;
  bool scheduled = false;
  bool active = false;   // clicked or focused: only then does the wheel zoom instead of scrolling
  int wake_frames = 3;   // frames still to draw after the last input (ImGui settles in a few)
  int frames_drawn = 0;
  double last_time = 0;
  float dpr = 1.0f;
  std::string state;
};
Web g;

EM_JS(void, js_fail, (const char* message), {
  var text = UTF8ToString(message);
  if (window.atlasShell) window.atlasShell.fail(text); else console.error(text);
});
EM_JS(void, js_frame_drawn, (int count), {
  if (window.atlasShell) window.atlasShell.frameDrawn(count);
});

void request_frame();

void wake() {
  g.wake_frames = 3;
  request_frame();
}

// Keeps the canvas' backing store at CSS size x devicePixelRatio; returns false at zero size.
bool sync_canvas_size(int& w, int& h) {
  double cw = 0, ch = 0;
  emscripten_get_element_css_size(kCanvas, &cw, &ch);
  g.dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (!(g.dpr > 0.0f)) g.dpr = 1.0f;
  w = static_cast<int>(std::lround(cw * g.dpr));
  h = static_cast<int>(std::lround(ch * g.dpr));
  if (w <= 0 || h <= 0) return false;
  int cur_w = 0, cur_h = 0;
  emscripten_get_canvas_element_size(kCanvas, &cur_w, &cur_h);
  if (cur_w != w || cur_h != h) emscripten_set_canvas_element_size(kCanvas, w, h);
  return true;
}

EM_BOOL on_animation_frame(double now_ms, void*) {
  g.scheduled = false;
  if (!g.context_ok) return EM_FALSE;
  FrameInput in;
  if (!sync_canvas_size(in.fb_width, in.fb_height)) return EM_FALSE;  // hidden: wait for a resize
  in.pixel_ratio = g.dpr;
  in.dt = g.last_time > 0 ? (now_ms - g.last_time) / 1000.0 : 1.0 / 60.0;
  g.last_time = now_ms;
  emscripten_webgl_make_context_current(g.context);
  bool animating = g.app->frame(in);
  js_frame_drawn(++g.frames_drawn);
  if (g.wake_frames > 0) --g.wake_frames;
  if (animating || g.wake_frames > 0) request_frame();
  else g.last_time = 0;  // the next frame after idling starts with a nominal delta
  return EM_FALSE;
}

void request_frame() {
  if (g.scheduled) return;
  g.scheduled = true;
  emscripten_request_animation_frame(on_animation_frame, nullptr);
}

void set_mouse(const EmscriptenMouseEvent* e) {
  ImGui::GetIO().MousePos = ImVec2(static_cast<float>(e->targetX) * g.dpr, static_cast<float>(e->targetY) * g.dpr);
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  set_mouse(e);
  int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
  if (type == EMSCRIPTEN_EVENT_MOUSEDOWN) {
    g.active = true;
    if (button >= 0) io.MouseDown[button] = true;
  } else if (type == EMSCRIPTEN_EVENT_MOUSEUP) {
    if (button >= 0) io.MouseDown[button] = false;
  } else if (type == EMSCRIPTEN_EVENT_MOUSELEAVE) {
    if (e->buttons == 0) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  }
  wake();
  return type == EMSCRIPTEN_EVENT_MOUSEDOWN ? EM_FALSE : EM_TRUE;  // let mousedown focus the canvas
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
  // Cooperative: over an inactive map the wheel scrolls the host page, unless Ctrl/Cmd is held.
  if (!g.active && !e->mouse.ctrlKey && !e->mouse.metaKey) return EM_FALSE;
  set_mouse(&e->mouse);
  // Normalise to notches: pixels (about 100 a notch), lines (3 a notch) or pages.
  double unit = e->deltaMode == DOM_DELTA_PIXEL ? 100.0 : e->deltaMode == DOM_DELTA_LINE ? 3.0 : 1.0;
  auto notch = [&](double d) { return static_cast<float>(std::fmax(-3.0, std::fmin(3.0, d / unit))); };
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheel -= notch(e->deltaY);
  io.MouseWheelH -= notch(e->deltaX);
  io.KeyCtrl = e->mouse.ctrlKey;
  wake();
  return EM_TRUE;
}

void set_modifiers(const EmscriptenKeyboardEvent* e) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyCtrl = e->ctrlKey;
  io.KeyShift = e->shiftKey;
  io.KeyAlt = e->altKey;
  io.KeySuper = e->metaKey;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  set_modifiers(e);
  const unsigned code = e->keyCode;
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  if (code < 512) io.KeysDown[code] = down;
  wake();
  if (!down) return EM_FALSE;
  // Printable characters go to ImGui's text input; named keys ("ArrowLeft") are longer than one glyph.
  const bool printable = std::strlen(e->key) > 0 && std::strlen(e->key) <= 4 && (static_cast<unsigned char>(e->key[0]) >= 0x80 || std::strlen(e->key) == 1);
  if (printable && !e->ctrlKey && !e->metaKey) io.AddInputCharactersUTF8(e->key);
  if (code == 9) return EM_FALSE;  // Tab always leaves the canvas: no keyboard trap
  return io.WantCaptureKeyboard || code == 32 || (code >= 33 && code <= 40) ? EM_TRUE : EM_FALSE;
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
  ImGuiIO& io = ImGui::GetIO();
  if (type == EMSCRIPTEN_EVENT_FOCUS) {
    g.active = true;
  } else {
    std::memset(io.KeysDown, 0, sizeof(io.KeysDown));
    io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
  }
  wake();
  return EM_FALSE;
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  if (e->numTouches >= 1) {
    const EmscriptenTouchPoint& t = e->touches[0];
    io.MousePos = ImVec2(static_cast<float>(t.targetX) * g.dpr, static_cast<float>(t.targetY) * g.dpr);
  }
  if (type == EMSCRIPTEN_EVENT_TOUCHSTART) { g.active = true; io.MouseDown[0] = true; }
  if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL) io.MouseDown[0] = false;
  wake();
  return g.active && type == EMSCRIPTEN_EVENT_TOUCHMOVE ? EM_TRUE : EM_FALSE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) { wake(); return EM_FALSE; }

EM_BOOL on_context_lost(int, const void*, void*) {
  g.context_ok = false;
  g.app->context_lost();
  return EM_TRUE;  // preventDefault: we want the context restored
}

EM_BOOL on_context_restored(int, const void*, void*) {
  emscripten_webgl_make_context_current(g.context);
  std::string error;
  if (!g.app->context_restored(error)) { js_fail(("The map could not be redrawn: " + error).c_str()); return EM_TRUE; }
  g.context_ok = true;
  wake();
  return EM_TRUE;
}

void map_keys() {
  ImGuiIO& io = ImGui::GetIO();
  const int keys[][2] = {{ImGuiKey_Tab, 9}, {ImGuiKey_LeftArrow, 37}, {ImGuiKey_RightArrow, 39},
                         {ImGuiKey_UpArrow, 38}, {ImGuiKey_DownArrow, 40}, {ImGuiKey_PageUp, 33},
                         {ImGuiKey_PageDown, 34}, {ImGuiKey_Home, 36}, {ImGuiKey_End, 35},
                         {ImGuiKey_Insert, 45}, {ImGuiKey_Delete, 46}, {ImGuiKey_Backspace, 8},
                         {ImGuiKey_Space, 32}, {ImGuiKey_Enter, 13}, {ImGuiKey_Escape, 27},
                         {ImGuiKey_KeyPadEnter, 13}, {ImGuiKey_A, 65}, {ImGuiKey_C, 67},
                         {ImGuiKey_V, 86}, {ImGuiKey_X, 88}, {ImGuiKey_Y, 89}, {ImGuiKey_Z, 90}};
  for (const auto& k : keys) io.KeyMap[k[0]] = k[1];
  io.BackendPlatformName = "campaign-atlas-web";
}

void register_input() {
  emscripten_set_mousedown_callback(kCanvas, nullptr, true, on_mouse);
  emscripten_set_mouseup_callback(kCanvas, nullptr, true, on_mouse);
  emscripten_set_mousemove_callback(kCanvas, nullptr, true, on_mouse);
  emscripten_set_mouseleave_callback(kCanvas, nullptr, true, on_mouse);
  emscripten_set_wheel_callback(kCanvas, nullptr, false, on_wheel);
  emscripten_set_keydown_callback(kCanvas, nullptr, true, on_key);
  emscripten_set_keyup_callback(kCanvas, nullptr, true, on_key);
  emscripten_set_focus_callback(kCanvas, nullptr, true, on_focus);
  emscripten_set_blur_callback(kCanvas, nullptr, true, on_focus);
  emscripten_set_touchstart_callback(kCanvas, nullptr, true, on_touch);
  emscripten_set_touchmove_callback(kCanvas, nullptr, true, on_touch);
  emscripten_set_touchend_callback(kCanvas, nullptr, true, on_touch);
  emscripten_set_touchcancel_callback(kCanvas, nullptr, true, on_touch);
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, on_resize);
  emscripten_set_webglcontextlost_callback(kCanvas, nullptr, true, on_context_lost);
  emscripten_set_webglcontextrestored_callback(kCanvas, nullptr, true, on_context_restored);
}

}  // namespace

int run_platform(std::unique_ptr<App> app, const Options&) {
  g.app = std::move(app);
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = false;
  attrs.depth = false;
  attrs.stencil = false;
  attrs.antialias = true;
  attrs.premultipliedAlpha = false;
  attrs.preserveDrawingBuffer = false;
  g.context = emscripten_webgl_create_context(kCanvas, &attrs);
  if (g.context <= 0) {
    js_fail("This browser could not start WebGL2, which the map needs.");
    return 1;
  }
  emscripten_webgl_make_context_current(g.context);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  map_keys();
  std::string error;
  if (!g.app->init(error)) {
    js_fail(("The map could not start: " + error).c_str());
    return 1;
  }
  g.context_ok = true;
  register_input();
  request_frame();
  return 0;  // the runtime stays alive (EXIT_RUNTIME=0); frames come from requestAnimationFrame
}

}  // namespace atlas

// Called by the page: something outside the canvas changed (resize observer, visibility).
extern "C" EMSCRIPTEN_KEEPALIVE void atlas_wake() { atlas::wake(); }

// window.atlas.state(): the App's state as JSON. Valid until the next call.
extern "C" EMSCRIPTEN_KEEPALIVE const char* atlas_state() {
  atlas::g.state = atlas::g.app ? atlas::g.app->state_json() : "{}";
  return atlas::g.state.c_str();
}
