// The one App: owns the campaign, the map renderer and the panels; the platform owns the loop.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/shell/options.h"

namespace atlas {

// What the platform measured for this frame.
struct FrameInput {
  int fb_width = 0, fb_height = 0;  // framebuffer (device) pixels; ImGui works in these too
  float pixel_ratio = 1.0f;         // device pixels per CSS pixel
  double dt = 1.0 / 60.0;           // real seconds since the previous drawn frame, idle time included
  bool resumed = false;             // the first frame after idling: animations start from a nominal step
  // Two-finger gestures since the last frame (touch screens): zoom about an anchor, and pan.
  double pinch_factor = 1.0;
  float pinch_x = 0, pinch_y = 0;   // device px
  float pan_x = 0, pan_y = 0;       // device px
};

// What the App tells the page after a frame (the web platform forwards it; natively unused).
struct Notifications {
  bool state_changed = false;  // the hash or the state changed: update location.hash, tell the host
  bool push_history = false;   // ... as a new history entry (a reader's choice, not playback)
  std::string state_json, hash;
  std::string announce;        // for the live region (screen readers), when the selection changed
  std::string describe;        // the panels as text for screen readers: JSON [{title, items}] (core/story/text_mirror)
  std::string title;           // the campaign changed: the page's new title
  std::vector<std::string> font_chunks;  // font chunks the campaign's text needs: the page fetches them (App::add_font_chunk)
  std::vector<std::string> warnings;     // for the console (characters the fonts lack)
  bool save_image = false;     // the reader pressed Save image: the platform takes an App::snapshot and saves it
  std::string open_url;        // the reader followed a source's link (a checked web address): a new tab
};

// A picture of the map: RGBA, top row first.
struct Snapshot {
  int width = 0, height = 0;
  std::vector<unsigned char> rgba;
};

struct Campaign;
// Loads the campaign built into the binary (CMake's ATLAS_DEFAULT_CAMPAIGN); "" or the reason it failed.
std::string load_builtin_campaign(Campaign& out, std::vector<std::uint32_t>* code_points = nullptr);

class App {
 public:
  explicit App(Options options);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  // Needs a current GL ES 3 context and an ImGui context. False with a message on failure. `pixel_ratio`:
  // the first frame's, so the faces are built for it while the GPU compiles the programs.
  bool init(std::string& error, float pixel_ratio = 1.0f);
  // Draws one frame. Returns true while something animates, so the platform keeps drawing.
  bool frame(const FrameInput& in);
  void shutdown();

  // WebGL context loss: forget every GL object; on restore rebuild them all.
  void context_lost();
  bool context_restored(std::string& error);

  // Shows another campaign (JSON text, `file_name` for messages) with its geography file's bytes (or
  // null: the built-in geography). "" on success; else the validator's message and nothing changes.
  std::string load_campaign(std::string_view json, std::string_view file_name, const unsigned char* geography,
                            std::size_t geography_size);
  // A font chunk the page fetched (Notifications::font_chunks); false if the name or bytes are wrong.
  bool add_font_chunk(const std::string& name, std::vector<unsigned char> regular, std::vector<unsigned char> italic);

  // "Campaign Atlas — " and the campaign's title: the window's and the page's title.
  std::string title() const;
  // The reader-visible state as JSON (date, selection, chapter, camera) for tests and host pages.
  std::string state_json() const;
  // Frame-time statistics as JSON, for the benchmark.
  std::string stats_json() const;
  // Deep link or host command ("event=…&date=…&autoplay=1"); returns warnings for ignored values.
  std::vector<std::string> apply_params(std::string_view query, bool from_history);
  void set_reduced_motion(bool reduced);
  // The map itself gets the keyboard (the canvas was focused): no panel keeps ImGui's focus.
  void focus_map();
  // Playback from the campaign's start at `speed` days per second (benchmarks, soak tests).
  void start_autoplay(double speed);
  bool playing() const;
  // Where each place was drawn in the last frame: [{"id","x","y","rgb"}] in framebuffer pixels.
  std::string place_pixels_json() const;
  // Where the last frame drew its named controls: {"name":[x,y,w,h]} in CSS pixels (ui/targets).
  std::string targets_json() const;
  // The current view to take away (Save image): `css_width` x `css_height` at `pixel_ratio`, the map
  // with its key open and a caption (title, date, the event, its sources), no panels. Not during a frame.
  bool snapshot(int css_width, int css_height, float pixel_ratio, Snapshot& out, std::string& error);
  // The locator's overview of the wider world (a geography file); false with the reason if it is not one.
  bool set_overview(const unsigned char* data, std::size_t size, std::string& error);
  // Takes what happened since the last call (cleared afterwards).
  Notifications take_notifications();

  // The App's state (app_impl.h), which a Mode works on.
  struct Impl;
  // A mode that draws each frame its own way with the App's map and state (the editor, src/editor/);
  // the reader has none, and links none.
  class Mode {
   public:
    virtual ~Mode() = default;
    virtual bool frame(Impl& app, const FrameInput& in) = 0;  // as App::frame
  };
  void set_mode(std::unique_ptr<Mode> mode) { mode_ = std::move(mode); }

 private:
  std::unique_ptr<Impl> impl_;
  std::unique_ptr<Mode> mode_;  // destroyed before impl_
};

}  // namespace atlas
