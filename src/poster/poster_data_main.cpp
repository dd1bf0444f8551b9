// poster_data CAMPAIGN.json GEOGRAPHY.bin OUT: writes the page's poster of the campaign (core/geo/poster_data.h).
// Built for node by the web build and run while building; tools/poster_pack.py puts its output into poster.wasm.
#include <cstdio>
#include <string>

#include "core/data/campaign_loader.h"
#include "core/geo/poster_data.h"

namespace {

// The lines stay within this many km of the geography's: 2-5 px of a first view, fine for the moments the
// poster is up, and 4.3 KB gzipped (1.5 km was 6.5 KB, 4 km 4.8 KB; the page must stay under 300 KB).
constexpr double kToleranceKm = 5.0;

int fail(const std::string& what) {
  std::fprintf(stderr, "poster_data: %s\n", what.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace atlas;
  if (argc != 4) return fail("usage: poster_data CAMPAIGN.json GEOGRAPHY.bin OUT");
  Campaign campaign;
  Geography geography;
  std::string error = load_campaign_file(argv[1], campaign);
  if (!error.empty()) return fail(std::string(argv[1]) + ": " + error);
  if (!load_geography_file(argv[2], geography, error)) return fail(std::string(argv[2]) + ": " + error);
  const GeoBounds& b = geography.bounds;  // the map's edge; the App's fallback without one needs its GL layer
  if (!(b.lon_max > b.lon_min && b.lat_max > b.lat_min)) return fail(std::string(argv[2]) + ": no lon/lat frame");
  const MapGeometry geometry(campaign, map_projection_for(campaign));
  const MapFrame frame = map_frame(&campaign, geometry, b, Bounds{});
  const std::string poster = encode_poster(geography, geometry, frame, kToleranceKm);
  std::FILE* f = std::fopen(argv[3], "wb");
  if (!f || std::fwrite(poster.data(), 1, poster.size(), f) != poster.size() || std::fclose(f) != 0)
    return fail(std::string("cannot write ") + argv[3]);
  std::printf("poster_data: %s, %zu bytes\n", argv[3], poster.size());
  return 0;
}
