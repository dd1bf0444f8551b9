// Entry point: parses the command line, answers the data-only commands, then hands over to the platform.
#include <cstdio>
#include <cstring>

#include "app.h"
#include "platform/platform.h"
#ifndef __EMSCRIPTEN__
#include "editor/editor.h"
#endif

int main(int argc, char** argv) {
  atlas::Options options;
  std::string error;
#ifndef __EMSCRIPTEN__  // natively `edit FILE [options]` is the editor (src/editor/); the page's is editor.html
  const char* edit = nullptr;
  if (argc >= 2 && std::strcmp(argv[1], "edit") == 0) {
    if (argc < 3 || *argv[2] == '\0') {
      std::fprintf(stderr, "campaign-atlas: edit needs a FILE, not an empty one\n");
      return 64;
    }
    edit = argv[2];
    argc -= 2, argv += 2;  // the options after FILE, parsed as the app's (argv[0] is skipped)
  }
#endif
  if (!atlas::parse_command_line(argc, argv, options, error)) {
    std::fprintf(stderr, "campaign-atlas: %s\n", error.c_str());
    return 64;
  }
  if (options.help) {
    std::fputs(atlas::usage_text(), stdout);
#ifndef __EMSCRIPTEN__
    std::fputs("Editor: campaign-atlas edit FILE [options]: edit a campaign file (a new one if FILE does not exist)\n", stdout);
#endif
    return 0;
  }
  if (const int code = atlas::run_command(options); code >= 0) return code;
#ifndef __EMSCRIPTEN__
  if (edit) return atlas::run_editor(edit, options);
#endif
  return atlas::run_platform(std::make_unique<atlas::App>(options), options);
}
