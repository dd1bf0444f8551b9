// The native command line's commands that are not the reader: `check FILE`, `--export-events csv` (no window, no GL) and `edit FILE`.
#include <cstdio>

#include "app.h"
#include "app_check.h"
#include "editor/editor.h"
#include "core/data/campaign_loader.h"
#include "core/data/csv_export.h"
#include "platform/platform.h"

namespace atlas {
namespace {

// --export-events csv: print the campaign's events and exit.
int export_events(const Options& options) {
  Campaign campaign;
  const std::string error = options.campaign_file.empty() ? load_builtin_campaign(campaign)
                                                          : load_campaign_file(options.campaign_file, campaign);
  if (!error.empty()) {
    std::fprintf(stderr, "campaign-atlas: %s\n", error.c_str());
    return 65;
  }
  std::fputs(export_events_csv(campaign).c_str(), stdout);
  return 0;
}

}  // namespace

int run_command(const Options& options) {
  if (!options.check.empty()) return run_check(options.check);
  if (!options.edit.empty()) return run_editor(options.edit, options);  // the editor's own window (src/editor/)
  if (!options.export_events.empty()) return export_events(options);
  return -1;
}

}  // namespace atlas
