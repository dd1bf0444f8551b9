// Command-line options of the native executable (also the defaults the web build starts from).
#pragma once
#include <string>

namespace atlas {

struct Options {
  std::string campaign_file;  // --campaign FILE; empty: the embedded default campaign
  std::string export_events;  // --export-events csv: print the events and exit
  std::string check;          // check FILE: list the file's errors and warnings and exit
  std::string edit;           // edit FILE: the editor on FILE (natively; the web's is editor.html)
  std::string screenshot;     // --screenshot out.png: render offscreen, write a PNG and exit
  std::string snapshot;       // --snapshot out.png: offscreen, what Save image saves (key, caption, 2x)
  std::string date;           // --date YYYY-MM-DD: the timeline date to open on
  int width = 1280;           // --size WxH (framebuffer pixels)
  int height = 800;
  float pixel_ratio = 1.0f;   // --pixel-ratio R: device pixels per CSS pixel (screenshots)
  int frames = 4;             // --frames N: frames rendered offscreen (before a screenshot is taken)
  bool autoplay = false;      // --autoplay: play the campaign from its start
  bool stats = false;         // --stats: render offscreen and print frame-time figures as JSON
  int soak = 0;               // --soak N: play the whole campaign N times offscreen, check memory
  std::string dump_places;    // --dump-places FILE: write where each place was drawn (JSON)
  bool offscreen() const { return !screenshot.empty() || !snapshot.empty() || stats || soak > 0 || !dump_places.empty(); }
  bool help = false;
};

// Parses argv into options; on a bad argument returns false with a message naming it.
bool parse_command_line(int argc, const char* const* argv, Options& out, std::string& error);

// The usage text printed by --help.
const char* usage_text();

}  // namespace atlas
