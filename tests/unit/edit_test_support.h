// Shared by the editor's tests: the shipped campaign files.
#pragma once
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>


namespace atlas_test {

inline std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every campaign file of assets/campaigns/, in name order.
inline std::vector<std::filesystem::path> shipped_campaign_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(ATLAS_SOURCE_DIR) + "/assets/campaigns")) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 2);
  return files;
}

}  // namespace atlas_test
