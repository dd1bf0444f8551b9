// Entry point: parses the command line, answers the data-only commands, then hands over to the platform.
#include <cstdio>

#include "app.h"
#include "platform/platform.h"

int main(int argc, char** argv) {
  atlas::Options options;
  std::string error;
  if (!atlas::parse_command_line(argc, argv, options, error)) {
    std::fprintf(stderr, "campaign-atlas: %s\n", error.c_str());
    return 64;
  }
  if (options.help) {
    std::fputs(atlas::usage_text(), stdout);
    return 0;
  }
  if (const int code = atlas::run_command(options); code >= 0) return code;
  return atlas::run_platform(std::make_unique<atlas::App>(options), options);
}
