// libFuzzer target: the campaign loader must never crash on any bytes, and a loaded campaign must export as CSV.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/data/campaign_loader.h"
#include "core/data/csv_export.h"
#include "core/story/timeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  atlas::LoadResult r = atlas::load_campaign(text, "fuzz.json");
  if (!r.ok()) {
    // A rejection says where and why, and nothing is half-loaded.
    if (r.error.to_string().empty() || !r.campaign.events.empty() || !r.campaign.places.empty()) std::abort();
    return 0;
  }
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
