// libFuzzer target: the campaign loader and the author's check never crash on any bytes; a loaded campaign exports as CSV.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/data/campaign_check.h"
#include "core/data/campaign_loader.h"
#include "core/data/csv_export.h"
#include "core/story/timeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  atlas::LoadResult r = atlas::load_campaign(text, "fuzz.json");
  if (!r.ok()) {
    // A rejection says where and why (each error, the first first), and nothing is half-loaded.
    if (r.error.to_string().empty() || !r.campaign.events.empty() || !r.campaign.places.empty()) std::abort();
    if (r.errors.empty() || r.errors.size() > atlas::ReadContext::kMaxErrors || r.errors.front().to_string() != r.error.to_string())
      std::abort();
    for (const atlas::LoadError& e : r.errors)
      if (e.message.empty() || e.line < 0 || e.column < 0) std::abort();
    return 0;
  }
  // The author's check finds the same file clean and places each warning in it.
  const atlas::CheckReport check = atlas::check_campaign(text, "fuzz.json");
  if (!check.errors.empty()) std::abort();
  const std::string csv = atlas::export_events_csv(r.campaign);
  if (csv.empty()) std::abort();  // at least the header line
  // Every army of an accepted campaign can be placed at any moment, before, during and after it.
  const atlas::Timeline t(r.campaign);
  for (int a = 0; a < static_cast<int>(r.campaign.armies.size()); ++a)
    for (double day : {r.campaign.start_day - 10.0, (r.campaign.start_day + r.campaign.end_day) / 2.0, r.campaign.end_day + 10.0}) {
      (void)t.army_at(a, day);
      (void)t.army_shown(a, day);
    }
  return 0;
}
