// libFuzzer target: the campaign loader must never crash on any bytes, and a loaded campaign must export as CSV.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/data/campaign_loader.h"
#include "core/data/csv_export.h"

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
  return 0;
}
