// Web platform: a WebGL2 canvas, DOM input scoped to the canvas, hi-DPI sizing and an idle-aware loop.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/data/embedded.h"
#include "core/shell/input_queue.h"
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
  bool resumed = false;
  double last_touch_ms = -1e9;  // the browser follows a tap with emulated mouse events: not a second click
  float dpr = 1.0f;
  double largest_buffer_w = 1e9, largest_buffer_h = 1e9;  // the largest drawing buffer the browser gave (sync_canvas_size)
  std::string state;
  // Two-finger gesture accumulated between frames.
  double pinch = 1.0, last_distance = 0;
  float pinch_x = 0, pinch_y = 0, pan_x = 0, pan_y = 0, last_cx = 0, last_cy = 0;
  bool two_fingers = false;
  // One finger on an inactive map: pressed where it landed, a tap unless it travels (then the page scrolls).
  bool touch_pending = false;
  double touch_x0 = 0, touch_y0 = 0;  // where it landed, in screen CSS px (a scrolling page moves the canvas)
  // Keys (0–511) and mouse buttons (kButton0 + b) that changed between frames, one change each per frame.
  InputQueue input;
};
Web g;

EM_JS(void, js_fail, (const char* message), {
  var text = UTF8ToString(message);
  if (window.atlasShell) window.atlasShell.fail(text); else console.error(text);
});
EM_JS(void, js_frame_drawn, (int count), {
  if (window.atlasShell) window.atlasShell.frameDrawn(count);
});
EM_JS(void, js_state_changed, (const char* json, const char* hash, int push), {
  if (window.atlasShell) window.atlasShell.stateChanged(UTF8ToString(json), UTF8ToString(hash), !!push);
});
EM_JS(void, js_set_title, (const char* text), {
  if (window.atlasShell && window.atlasShell.setTitle) window.atlasShell.setTitle(UTF8ToString(text)); else document.title = UTF8ToString(text);
});
EM_JS(void, js_announce, (const char* text), { if (window.atlasShell) window.atlasShell.announce(UTF8ToString(text)); });
EM_JS(void, js_describe, (const char* text), { if (window.atlasShell) window.atlasShell.describe(UTF8ToString(text)); });
EM_JS(void, js_warn, (const char* text), { console.warn('Campaign Atlas: ' + UTF8ToString(text)); });
EM_JS(void, js_open_url, (const char* url), {  // a source's checked web address, in a new tab
  var u = UTF8ToString(url);
  if (u.indexOf('https://') === 0 || u.indexOf('http://') === 0) window.open(u, '_blank', 'noopener');
});
EM_JS(void, js_save_image, (), { if (window.atlasShell && window.atlasShell.saveImage) window.atlasShell.saveImage(); });
EM_JS(char*, js_initial_params, (), {
  var s = window.atlasShell ? window.atlasShell.initialParams() : "";
  var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
  if (p) stringToUTF8(s, p, n);
  return p;  // 0 when out of memory: the page opens at its start
});
EM_JS(int, js_reduced_motion, (), { return window.atlasShell && window.atlasShell.reducedMotion() ? 1 : 0; });

EM_JS(void, js_touch_hint, (), { if (window.atlasShell && window.atlasShell.touchHint) window.atlasShell.touchHint(); });
EM_JS(void, js_fonts_wanted, (const char* names), { if (window.atlasShell) window.atlasShell.fontsWanted(UTF8ToString(names)); });

void request_frame();

// What the last frame changed that the page shows or passes on.
void tell_page(const Notifications& n) {
  if (!n.title.empty()) js_set_title(n.title.c_str());
  for (const std::string& w : n.warnings) js_warn(w.c_str());
  std::string chunks;
  for (const std::string& c : n.font_chunks) chunks += (chunks.empty() ? "" : ",") + c;
  if (!chunks.empty()) js_fonts_wanted(chunks.c_str());
  if (!n.announce.empty()) js_announce(n.announce.c_str());
  if (!n.describe.empty()) js_describe(n.describe.c_str());
  if (n.state_changed) js_state_changed(n.state_json.c_str(), n.hash.c_str(), n.push_history ? 1 : 0);
  if (n.save_image) js_save_image();
  if (!n.open_url.empty()) js_open_url(n.open_url.c_str());
}

constexpr int kButton0 = 512;  // input-queue ids of the mouse buttons follow the 512 key codes

// Gives ImGui this frame's share of the queued presses, releases and moves.
void feed_input() {
  ImGuiIO& io = ImGui::GetIO();
  for (const InputEvent& e : g.input.take_frame()) {
    if (e.has_position) io.MousePos = ImVec2(e.x, e.y);
    if (e.id >= kButton0) io.MouseDown[e.id - kButton0] = e.down;
    else if (e.id >= 0) io.KeysDown[e.id] = e.down;
  }
  // The modifiers as of this frame's share of the queue, not as of the newest event: a quick Ctrl+Z whose
  // Ctrl is up before the frame still reaches the frame with Ctrl held, as Z does.
  io.KeyShift = io.KeysDown[16], io.KeyCtrl = io.KeysDown[17], io.KeyAlt = io.KeysDown[18];
  io.KeySuper = io.KeysDown[91] || io.KeysDown[92] || io.KeysDown[93] || io.KeysDown[224];
}

void wake() {
  g.wake_frames = 3;
  request_frame();
}

// The sharpest the map is drawn: browser zoom at 500 % asks for 5 device pixels a CSS pixel, and at 20
// for a backing store no GPU holds; text at 3 is as crisp to the eye, at a third of the fill and memory.
constexpr double kMaxPixelRatio = 3.0;

// Keeps the canvas' backing store at CSS size x devicePixelRatio (at most kMaxPixelRatio); returns false
// at zero size. Where the browser gives a smaller drawing buffer than asked (past its largest, and not
// always in proportion), the ratio is lowered until it fits, the same both ways: the map is drawn whole
// and pointers are scaled by the ratio it is drawn at, so clicks land where they aim.
bool sync_canvas_size(int& w, int& h) {
  double cw = 0, ch = 0;
  emscripten_get_element_css_size(kCanvas, &cw, &ch);
  if (!(cw > 0 && ch > 0)) return false;
  double ratio = emscripten_get_device_pixel_ratio();
  ratio = std::min({ratio > 0 ? ratio : 1.0, kMaxPixelRatio, g.largest_buffer_w / cw, g.largest_buffer_h / ch});
  for (int attempt = 0; attempt < 2; ++attempt) {
    w = static_cast<int>(std::lround(cw * ratio));
    h = static_cast<int>(std::lround(ch * ratio));
    if (w <= 0 || h <= 0) return false;
    int cur_w = 0, cur_h = 0;
    emscripten_get_canvas_element_size(kCanvas, &cur_w, &cur_h);
    if (cur_w != w || cur_h != h) emscripten_set_canvas_element_size(kCanvas, w, h);
    int got_w = 0, got_h = 0;
    if (emscripten_webgl_get_drawing_buffer_size(g.context, &got_w, &got_h) != EMSCRIPTEN_RESULT_SUCCESS ||
        got_w <= 0 || got_h <= 0 || (got_w >= w && got_h >= h))
      break;
    g.largest_buffer_w = got_w, g.largest_buffer_h = got_h;  // the browser's limit, remembered
    ratio = std::min(got_w / cw, got_h / ch);
  }
  g.dpr = static_cast<float>(ratio);
  return true;
}

EM_BOOL on_animation_frame(double now_ms, void*) {
  g.scheduled = false;
  if (!g.context_ok) return EM_FALSE;
  FrameInput in;
  if (!sync_canvas_size(in.fb_width, in.fb_height)) return EM_FALSE;  // hidden: wait for a resize
  in.pixel_ratio = g.dpr;
  in.dt = g.last_time > 0 ? (now_ms - g.last_time) / 1000.0 : 1.0 / 60.0;
  in.resumed = g.resumed;
  g.resumed = false;
  g.last_time = now_ms;
  in.pinch_factor = g.pinch;
  in.pinch_x = g.pinch_x, in.pinch_y = g.pinch_y, in.pan_x = g.pan_x, in.pan_y = g.pan_y;
  g.pinch = 1.0, g.pan_x = g.pan_y = 0;
  emscripten_webgl_make_context_current(g.context);
  feed_input();
  bool animating = g.app->frame(in);
  if (!g.input.empty()) g.wake_frames = std::max(g.wake_frames, 3);  // the rest of the queue, then two frames after
  tell_page(g.app->take_notifications());
  js_frame_drawn(++g.frames_drawn);  // after the notifications: a font chunk asked for keeps the page loading
  if (g.wake_frames > 0) --g.wake_frames;
  if (animating || g.wake_frames > 0) request_frame();
  else g.resumed = true;  // idle from now: the next frame's animations start with a nominal step
  return EM_FALSE;
}

void request_frame() {
  if (g.scheduled) return;
  g.scheduled = true;
  emscripten_request_animation_frame(on_animation_frame, nullptr);
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
  if (emscripten_get_now() - g.last_touch_ms < 800) return EM_FALSE;  // a touch's echo (still focuses the canvas)
  const float x = static_cast<float>(e->targetX) * g.dpr, y = static_cast<float>(e->targetY) * g.dpr;
  int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
  if (button >= 0 && (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP))
    g.input.button(kButton0 + button, type == EMSCRIPTEN_EVENT_MOUSEDOWN, x, y);
  else if (type == EMSCRIPTEN_EVENT_MOUSELEAVE && e->buttons == 0)
    g.input.move(-FLT_MAX, -FLT_MAX);
  else
    g.input.move(x, y);
  wake();
  return type == EMSCRIPTEN_EVENT_MOUSEDOWN ? EM_FALSE : EM_TRUE;  // let mousedown focus the canvas
}

// A drag released outside the canvas still ends (the canvas' own mouseup came first if it was inside).
EM_BOOL on_document_mouseup(int, const EmscriptenMouseEvent* e, void*) {
  int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
  if (button >= 0 && g.input.is_down(kButton0 + button)) {
    g.input.press(kButton0 + button, false);
    wake();
  }
  return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
  // Cooperative: over an inactive map the wheel scrolls the host page, unless Ctrl/Cmd is held.
  if (!g.active && !e->mouse.ctrlKey && !e->mouse.metaKey) return EM_FALSE;
  g.input.move(static_cast<float>(e->mouse.targetX) * g.dpr, static_cast<float>(e->mouse.targetY) * g.dpr);
  // Normalise to notches: pixels (about 100 a notch), lines (3 a notch) or pages.
  double unit = e->deltaMode == DOM_DELTA_PIXEL ? 100.0 : e->deltaMode == DOM_DELTA_LINE ? 3.0 : 1.0;
  auto notch = [&](double d) { return static_cast<float>(std::fmax(-3.0, std::fmin(3.0, d / unit))); };
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheel -= notch(e->deltaY);
  io.MouseWheelH -= notch(e->deltaX);
  wake();
  return EM_TRUE;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  const unsigned code = e->keyCode;
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  if (code < 512) g.input.press(static_cast<int>(code), down);  // a held key's repeats are dropped
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
  g.active = type == EMSCRIPTEN_EVENT_FOCUS;  // the wheel zooms only while the map has focus
  if (g.active) g.app->focus_map();
  if (type != EMSCRIPTEN_EVENT_FOCUS) {  // keys released elsewhere never reach us
    for (int k = 0; k < 512; ++k)
      if (g.input.is_down(k)) g.input.press(k, false);
    io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
  }
  wake();
  return EM_FALSE;
}

constexpr double kTapSlopPx = 8;  // CSS px a finger may travel and still tap an inactive map

// A one-finger press that is not a tap (it travelled, or a second finger came) becomes no click: the pointer
// leaves first, so nothing is hovered when the button comes up (app_input's click and ImGui's buttons need it).
void cancel_touch_press() {
  g.touch_pending = false;
  if (!g.input.is_down(kButton0)) return;
  g.input.move(-FLT_MAX, -FLT_MAX);
  g.input.press(kButton0, false);
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
  g.last_touch_ms = emscripten_get_now();
  if (e->numTouches >= 2 && type != EMSCRIPTEN_EVENT_TOUCHEND && type != EMSCRIPTEN_EVENT_TOUCHCANCEL) {
    // Two fingers pan and zoom the map, whether or not it is active (one finger scrolls the page).
    const EmscriptenTouchPoint &a = e->touches[0], &b = e->touches[1];
    float cx = static_cast<float>(a.targetX + b.targetX) * 0.5f * g.dpr, cy = static_cast<float>(a.targetY + b.targetY) * 0.5f * g.dpr;
    double dist = std::hypot(static_cast<double>(a.targetX - b.targetX), static_cast<double>(a.targetY - b.targetY));
    if (g.two_fingers && g.last_distance > 0 && dist > 0) {
      g.pinch *= dist / g.last_distance;
      g.pan_x += cx - g.last_cx, g.pan_y += cy - g.last_cy;
    }
    g.pinch_x = cx, g.pinch_y = cy, g.last_cx = cx, g.last_cy = cy, g.last_distance = dist;
    g.two_fingers = true;
    cancel_touch_press();  // the first finger's press is not a tap (nor a click on the city under it)
    wake();
    return EM_TRUE;
  }
  g.two_fingers = false;
  const bool ended = type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL;
  if (e->numTouches >= 1 && !g.active) {
    // Inactive: one finger scrolls the page. It is never a drag of the map: a tap if it lifts where it
    // landed, else its press is cancelled and the hint says how to move the map.
    const EmscriptenTouchPoint& t = e->touches[0];
    const float x = static_cast<float>(t.targetX) * g.dpr, y = static_cast<float>(t.targetY) * g.dpr;
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
      g.input.button(kButton0, true, x, y);
      g.touch_pending = true, g.touch_x0 = t.screenX, g.touch_y0 = t.screenY;
    } else if (type == EMSCRIPTEN_EVENT_TOUCHEND && g.touch_pending) {
      g.touch_pending = false;
      g.input.press(kButton0, false);  // where it was pressed: moves were never passed on
    } else if (ended) {
      cancel_touch_press();
    } else if (g.touch_pending && std::hypot(t.screenX - g.touch_x0, t.screenY - g.touch_y0) > kTapSlopPx) {
      cancel_touch_press();
      js_touch_hint();
    }
    wake();
    return EM_FALSE;  // the browser scrolls the page (and a tap's emulated mouse events focus the canvas)
  }
  g.touch_pending = false;
  if (e->numTouches >= 1) {
    const EmscriptenTouchPoint& t = e->touches[0];
    const float x = static_cast<float>(t.targetX) * g.dpr, y = static_cast<float>(t.targetY) * g.dpr;
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART) g.input.button(kButton0, true, x, y);
    else if (ended) g.input.button(kButton0, false, x, y);
    else g.input.move(x, y);
  } else if (ended) {
    g.input.press(kButton0, false);
  }
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
  emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, on_document_mouseup);
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

int run_command(const Options&) { return -1; }  // a page has no command line

int run_platform(std::unique_ptr<App> app, const Options&) {
  g.app = std::move(app);
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = false;
  attrs.depth = false;
  attrs.stencil = false;
  attrs.antialias = false;  // lines and text smooth their own edges; 4x MSAA doubled a software GPU's frame
  // (These attributes are web/index.html's too: the page makes the context first, and this call gets it.)
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
  int fb_w = 0, fb_h = 0;  // the page made the canvas at its size: the first frame's pixel ratio is known now
  if (!g.app->init(error, sync_canvas_size(fb_w, fb_h) ? g.dpr : 1.0f)) {
    js_fail(("The map could not start: " + error).c_str());
    return 1;
  }
  g.context_ok = true;
  js_set_title(g.app->title().c_str());
  g.app->set_reduced_motion(js_reduced_motion() != 0);
  char* params = js_initial_params();
  for (const std::string& w : g.app->apply_params(params ? params : "", true)) js_warn(w.c_str());
  free(params);
  register_input();
  on_animation_frame(emscripten_get_now(), nullptr);  // the first picture now, not after the next animation frame
  return 0;  // the runtime stays alive (EXIT_RUNTIME=0); frames come from requestAnimationFrame
}

}  // namespace atlas

// Called by the page: something outside the canvas changed (resize observer, visibility).
extern "C" EMSCRIPTEN_KEEPALIVE void atlas_wake() { atlas::wake(); }

// Deep links, history navigation and host-page commands, all as "key=value&…" parameters.
extern "C" EMSCRIPTEN_KEEPALIVE void atlas_apply_params(const char* query, int from_history) {
  if (!atlas::g.app) return;
  for (const std::string& w : atlas::g.app->apply_params(query ? query : "", from_history != 0)) atlas::js_warn(w.c_str());
  atlas::wake();
}

// ?campaign=: the page fetched campaigns/<id>.json (and its .geo.bin, or none); "" or the validator's message.
extern "C" EMSCRIPTEN_KEEPALIVE const char* atlas_load_campaign(const char* json, int json_size, const char* file_name,
                                                             const unsigned char* geography, int geography_size) {
  if (!atlas::g.app || !json || json_size < 0 || geography_size < 0) return "the map is not running";
  atlas::g.state = atlas::g.app->load_campaign(std::string_view(json, static_cast<std::size_t>(json_size)),
                                               file_name ? file_name : "campaign.json", geography,
                                               static_cast<std::size_t>(geography_size));
  atlas::wake();
  return atlas::g.state.c_str();
}

// A font chunk the app asked for (fonts/<name>-regular.otf and -italic.otf); 1 if taken.
extern "C" EMSCRIPTEN_KEEPALIVE int atlas_add_font_chunk(const char* name, const unsigned char* regular, int regular_size,
                                                         const unsigned char* italic, int italic_size) {
  if (!atlas::g.app || !name || !regular || !italic || regular_size <= 0 || italic_size <= 0) return 0;
  const bool ok = atlas::g.app->add_font_chunk(name, {regular, regular + regular_size}, {italic, italic + italic_size});
  atlas::wake();
  return ok ? 1 : 0;
}

extern "C" EMSCRIPTEN_KEEPALIVE void atlas_set_reduced_motion(int reduced) {
  if (atlas::g.app) atlas::g.app->set_reduced_motion(reduced != 0);
}

// window.atlas.stats(): frame-time figures for the benchmark. Valid until the next call.
extern "C" EMSCRIPTEN_KEEPALIVE const char* atlas_stats() {
  atlas::g.state = atlas::g.app ? atlas::g.app->stats_json() : "{}";
  return atlas::g.state.c_str();
}

// window.atlas.targets(): where the last frame drew its named controls (CSS px), for tests.
extern "C" EMSCRIPTEN_KEEPALIVE const char* atlas_targets() {
  atlas::g.state = atlas::g.app ? atlas::g.app->targets_json() : "{}";
  return atlas::g.state.c_str();
}

// Save image: the view at `ratio` into a buffer the page reads (atlas_snapshot_width/height, then
// atlas_snapshot_free); null, with the reason in atlas_snapshot_error, if it could not be made.
namespace atlas {
Snapshot g_snapshot;
std::string g_snapshot_error;
}  // namespace atlas
extern "C" EMSCRIPTEN_KEEPALIVE const unsigned char* atlas_snapshot(int css_width, int css_height, float ratio) {
  atlas::g_snapshot = {};
  atlas::g_snapshot_error = "the map is not running";
  if (!atlas::g.app || !atlas::g.context_ok) return nullptr;
  emscripten_webgl_make_context_current(atlas::g.context);
  const bool ok = atlas::g.app->snapshot(css_width, css_height, ratio, atlas::g_snapshot, atlas::g_snapshot_error);
  atlas::wake();  // the screen is drawn again as it was
  return ok ? atlas::g_snapshot.rgba.data() : nullptr;
}
extern "C" EMSCRIPTEN_KEEPALIVE const char* atlas_snapshot_error() { return atlas::g_snapshot_error.c_str(); }
extern "C" EMSCRIPTEN_KEEPALIVE int atlas_snapshot_width() { return atlas::g_snapshot.width; }
extern "C" EMSCRIPTEN_KEEPALIVE int atlas_snapshot_height() { return atlas::g_snapshot.height; }
extern "C" EMSCRIPTEN_KEEPALIVE void atlas_snapshot_free() { atlas::g_snapshot = {}; }

// The locator's overview (overview.geo.bin, fetched by the page once the map is drawn); 1 if accepted.
extern "C" EMSCRIPTEN_KEEPALIVE int atlas_set_overview(const unsigned char* data, int size) {
  if (!atlas::g.app || !data || size <= 0) return 0;
  emscripten_webgl_make_context_current(atlas::g.context);
  std::string error;
  const bool ok = atlas::g.app->set_overview(data, static_cast<std::size_t>(size), error);
  if (!ok) atlas::js_warn(("the locator's overview was not used: " + error).c_str());
  atlas::wake();
  return ok ? 1 : 0;
}

// window.atlas.state(): the App's state as JSON. Valid until the next call.
extern "C" EMSCRIPTEN_KEEPALIVE const char* atlas_state() {
  atlas::g.state = atlas::g.app ? atlas::g.app->state_json() : "{}";
  return atlas::g.state.c_str();
}

// ImGui's own font (ProggyClean, 10 KB of the page's download gzipped) is never shown: the faces are
// EB Garamond, embedded. The link (CMakeLists.txt, --wrap) sends ImGui's AddFontDefault here, so its
// data is left out of the wasm; the fallback after a failed build still gets a face, the built-in one.
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas* atlas, const ImFontConfig*) {
  const atlas::EmbeddedFile* face = atlas::find_embedded("fonts/garamond-regular.otf");
  if (!face) return nullptr;
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;
  return atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(face->data), static_cast<int>(face->size), 18.0f, &cfg);
}

// sscanf: only ImGui's .ini reader and its typed-number fields call it, and the page uses neither
// (io.IniFilename is null; no InputScalar, DragFloat or the like), so musl's scanf (4 KB gzipped) is not
// linked; should a future widget call it, the page says so and stops instead of misreading a number.
extern "C" int sscanf(const char*, const char*, ...) {
  emscripten_console_error("Campaign Atlas: sscanf is not part of the page's build (src/platform/web.cpp)");
  std::abort();
}
