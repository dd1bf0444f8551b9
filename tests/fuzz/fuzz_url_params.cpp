// libFuzzer target: the deep-link parser must never crash, and its output must parse back unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/story/url_params.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> warnings;
  atlas::UrlParams p = atlas::parse_url_params(std::string_view(reinterpret_cast<const char*>(data), size), warnings);
  std::string hash = atlas::format_url_params(p);
  std::vector<std::string> again;
  atlas::UrlParams q = atlas::parse_url_params(hash, again);
  if (!again.empty() || atlas::format_url_params(q) != hash) std::abort();  // round trip must hold
  return 0;
}
