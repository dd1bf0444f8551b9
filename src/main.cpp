// Entry point: parses the command line, answers the data-only commands, then hands over to the platform.
#include <cstdio>

#include "app.h"
#include "app_check.h"
#include "core/data/campaign_loader.h"
#include "core/data/csv_export.h"
#include "core/data/embedded.h"
#include "platform/platform.h"

namespace {

// --export-events csv: print the campaign's events and exit, without a window or GL.
int export_events(const atlas::Options& options) {
  atlas::Campaign campaign;
  std::string error;
  error = options.campaign_file.empty() ? atlas::load_builtin_campaign(campaign)
                                        : atlas::load_campaign_file(options.campaign_file, campaign);
  if (!error.empty()) {
    std::fprintf(stderr, "campaign-atlas: %s\n", error.c_str());
    return 65;
  }
  std::fputs(atlas::export_events_csv(campaign).c_str(), stdout);
  return 0;
}

}  // namespace

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
  if (!options.export_events.empty()) return export_events(options);
  if (!options.check.empty()) return atlas::run_check(options.check);
  return atlas::run_platform(std::make_unique<atlas::App>(options), options);
}
