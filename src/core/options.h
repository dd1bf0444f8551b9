// Command-line options of the native executable (also the defaults the web build starts from).
#pragma once
#include <string>

namespace atlas {

struct Options {
  std::string campaign_file;  // --campaign FILE; empty: the embedded default campaign
  std::string export_events;  // --export-events csv: print the events and exit
  std::string screenshot;     // --screenshot out.png: render offscreen, write a PNG and exit
  std::string date;           // --date YYYY-MM-DD: the timeline date to open on
  int width = 1280;           // --size WxH (framebuffer pixels)
  int height = 800;
  float pixel_ratio = 1.0f;   // --pixel-ratio R: device pixels per CSS pixel (screenshots)
  int frames = 4;             // --frames N: frames rendered before a screenshot is taken
  bool help = false;
};

// Parses argv into options; on a bad argument returns false with a message naming it.
bool parse_command_line(int argc, const char* const* argv, Options& out, std::string& error);

// The usage text printed by --help.
const char* usage_text();

}  // namespace atlas
