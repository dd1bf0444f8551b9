// Shared by the editor's tests: an edit checked against undo and redo, and the shipped campaign files.
#pragma once
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/edit/campaign_document.h"

namespace atlas_test {

// Runs `edit` on `doc` (it must succeed and change the text), then checks that undo gives back the text
// before it and redo the text after it, byte for byte; leaves the edit applied.
template <typename Edit>
void check_undoable(atlas::CampaignDocument& doc, Edit edit) {
  const std::string before = doc.text();
  REQUIRE_MESSAGE(edit(doc), doc.error());
  const std::string after = doc.text();
  CHECK(after != before);
  REQUIRE(doc.undo());
  CHECK(doc.text() == before);
  REQUIRE(doc.redo());
  CHECK(doc.text() == after);
}

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

inline atlas::CampaignDocument document_of(const std::string& text, const char* name = "test.json") {
  atlas::CampaignDocument doc;
  atlas::JsonError error;
  REQUIRE_MESSAGE(doc.open(text, name, error), error.message);
  return doc;
}

}  // namespace atlas_test
