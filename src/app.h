// The one App: owns the campaign, the map renderer and the panels; the platform owns the loop.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "core/options.h"

namespace atlas {

// What the platform measured for this frame.
struct FrameInput {
  int fb_width = 0, fb_height = 0;  // framebuffer (device) pixels; ImGui works in these too
  float pixel_ratio = 1.0f;         // device pixels per CSS pixel
  double dt = 1.0 / 60.0;           // seconds since the previous drawn frame
};

class App {
 public:
  explicit App(Options options);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  // Needs a current GL ES 3 context and an ImGui context. False with a message on failure.
  bool init(std::string& error);
  // Draws one frame. Returns true while something animates, so the platform keeps drawing.
  bool frame(const FrameInput& in);
  void shutdown();

  // WebGL context loss: forget every GL object; on restore rebuild them all.
  void context_lost();
  bool context_restored(std::string& error);

  // The reader-visible state as JSON (date, selection, chapter, camera) for tests and host pages.
  std::string state_json() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace atlas
