// Benchmark: how long loading and validating the campaign file and parsing the geography take (median µs).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/data/campaign_loader.h"
#include "core/geo/geography.h"

namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

// Runs `body` `n` times after one warm-up run; returns the median in microseconds.
template <class F>
double median_us(int n, F body) {
  body();
  std::vector<double> us;
  us.reserve(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    body();
    us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(us.begin(), us.end());
  return us[us.size() / 2];
}

}  // namespace

// Usage: load_bench [REPOSITORY_ROOT] [RUNS]. Prints one JSON object on stdout.
int main(int argc, char** argv) {
  const std::string root = argc > 1 ? argv[1] : ATLAS_SOURCE_DIR;
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 200;
  const std::string campaign_path = root + "/assets/campaigns/khusrau-540.json";
  const std::string geo_path = root + "/assets/geo/theatre.bin";
  std::string campaign_text, geo_bytes;
  if (!read_file(campaign_path, campaign_text) || !read_file(geo_path, geo_bytes)) {
    std::fprintf(stderr, "load_bench: cannot read %s or %s\n", campaign_path.c_str(), geo_path.c_str());
    return 1;
  }
  bool ok = true;
  std::string error;
  const double campaign_us = median_us(runs, [&] {
    atlas::LoadResult r = atlas::load_campaign(campaign_text, "khusrau-540.json");
    if (!r.ok()) { ok = false; error = r.error.to_string(); }
  });
  const double geo_us = median_us(runs, [&] {
    atlas::Geography g;
    if (!atlas::parse_geography(reinterpret_cast<const unsigned char*>(geo_bytes.data()), geo_bytes.size(), g, error)) ok = false;
  });
  if (!ok) {
    std::fprintf(stderr, "load_bench: the data did not load: %s\n", error.c_str());
    return 1;
  }
  std::printf("{\"runs\":%d,\"campaign_bytes\":%zu,\"campaign_load_us\":%.1f,\"geography_bytes\":%zu,\"geography_parse_us\":%.1f}\n",
              runs, campaign_text.size(), campaign_us, geo_bytes.size(), geo_us);
  return 0;
}
