// Parses the native command line into Options, rejecting unknown or malformed arguments clearly.
#include "core/shell/options.h"

#include <cstring>

#include "core/data/text_parse.h"

namespace atlas {
namespace {

bool parse_int(std::string_view s, int lo, int hi, int& out) {
  long long v = 0;
  if (!parse_integer(s, v) || v < lo || v > hi) return false;
  out = static_cast<int>(v);
  return true;
}

bool parse_size(std::string_view s, int& w, int& h) {
  const std::size_t x = s.find('x');
  return x != std::string_view::npos && parse_int(s.substr(0, x), 16, 8192, w) && parse_int(s.substr(x + 1), 16, 8192, h);
}

}  // namespace

const char* usage_text() {
  return "Usage: campaign-atlas [options]\n"
         "       campaign-atlas check FILE   list every error and warning of a campaign file, and exit\n"
         "       campaign-atlas edit FILE [options]   edit a campaign file (a new one if FILE does not exist)\n"
         "  --campaign FILE        load a campaign data file instead of the built-in one\n"
         "  --export-events csv    print the campaign's events as CSV and exit\n"
         "  --date YYYY-MM-DD      open the timeline at this date\n"
         "  --screenshot OUT.png   render offscreen, write a PNG and exit\n"
         "  --snapshot OUT.png     write what Save image saves: the view at --size, twice as sharp,\n"
         "                         with the key open and a caption (title, date, event, sources)\n"
         "  --size WxH             screenshot size in pixels (default 1280x800)\n"
         "  --pixel-ratio R        device pixel ratio for the screenshot (default 1)\n"
         "  --frames N             frames to render offscreen (default 4)\n"
         "  --autoplay             play the campaign from its start\n"
         "  --stats                render offscreen and print frame times as JSON\n"
         "  --soak N               play the whole campaign N times offscreen and check memory\n"
         "  --dump-places FILE     write where each place was drawn in the last frame (JSON)\n"
         "  --help                 this text\n";
}

bool parse_command_line(int argc, const char* const* argv, Options& out, std::string& error) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](const char*& v) {
      if (i + 1 >= argc) { error = arg + " needs a value"; return false; }
      v = argv[++i];
      if (*v == '\0') { error = arg + " needs a value, not an empty one"; return false; }  // `--campaign ""` is a mistake
      return true;
    };
    const char* v = nullptr;
    if (arg == "--help" || arg == "-h") {
      o.help = true;
    } else if (arg == "check" && i == 1) {
      if (!value(v)) return false;
      o.check = v;
    } else if (arg == "edit" && i == 1) {
      if (!value(v)) return false;
      o.edit = v;
    } else if (arg == "--campaign") {
      if (!value(v)) return false;
      o.campaign_file = v;
    } else if (arg == "--export-events") {
      if (!value(v)) return false;
      if (std::strcmp(v, "csv") != 0) { error = "--export-events: only 'csv' is supported, not '" + std::string(v) + "'"; return false; }
      o.export_events = v;
    } else if (arg == "--date") {
      if (!value(v)) return false;
      o.date = v;
    } else if (arg == "--screenshot") {
      if (!value(v)) return false;
      o.screenshot = v;
    } else if (arg == "--snapshot") {
      if (!value(v)) return false;
      o.snapshot = v;
    } else if (arg == "--size") {
      if (!value(v)) return false;
      if (!parse_size(v, o.width, o.height)) { error = "--size: expected WxH between 16 and 8192, got '" + std::string(v) + "'"; return false; }
    } else if (arg == "--pixel-ratio") {
      if (!value(v)) return false;
      double number = 0;
      const float r = parse_decimal(v, number) ? static_cast<float>(number) : 0.0f;
      if (!(r >= 0.5f && r <= 4.0f)) { error = "--pixel-ratio: expected a number from 0.5 to 4, got '" + std::string(v) + "'"; return false; }
      o.pixel_ratio = r;
    } else if (arg == "--frames") {
      if (!value(v)) return false;
      if (!parse_int(v, 1, 100000, o.frames)) { error = "--frames: expected a whole number from 1 to 100000, got '" + std::string(v) + "'"; return false; }
    } else if (arg == "--autoplay") {
      o.autoplay = true;
    } else if (arg == "--stats") {
      o.stats = true;
    } else if (arg == "--soak") {
      if (!value(v)) return false;
      if (!parse_int(v, 1, 10000, o.soak)) { error = "--soak: expected a whole number from 1 to 10000, got '" + std::string(v) + "'"; return false; }
    } else if (arg == "--dump-places") {
      if (!value(v)) return false;
      o.dump_places = v;
    } else {
      error = "unknown argument '" + arg + "' (see --help)";
      return false;
    }
  }
  out = o;
  return true;
}

}  // namespace atlas
