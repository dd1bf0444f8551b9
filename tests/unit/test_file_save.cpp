// Unit tests of the atomic save: a new file, a replaced one, and failures that leave the original whole.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "core/data/file_save.h"
#include "edit_test_support.h"

using namespace atlas;
namespace fs = std::filesystem;

namespace {

// A fresh empty directory for one test, removed with everything in it at the end.
struct ScratchDir {
  fs::path path = fs::temp_directory_path() / ("atlas-save-" + std::to_string(::getpid()));
  ScratchDir() {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~ScratchDir() {
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add);
    fs::remove_all(path);
  }
  std::size_t entries() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), fs::directory_iterator())); }
};

}  // namespace

TEST_CASE("a save writes a new file and replaces an old one, keeping its permissions, with no temporary left") {
  ScratchDir dir;
  const std::string file = (dir.path / "c.json").string();
  std::string error;
  REQUIRE_MESSAGE(save_file_atomically(file, "first\n", error), error);
  CHECK(atlas_test::file_text(file) == "first\n");
  CHECK((fs::status(file).permissions() & fs::perms::others_read) != fs::perms::none);  // not mkstemp's 0600
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  REQUIRE_MESSAGE(save_file_atomically(file, "second\n", error), error);
  CHECK(atlas_test::file_text(file) == "second\n");
  CHECK(fs::status(file).permissions() == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  CHECK(dir.entries() == 1);
}

TEST_CASE("a save that cannot write its temporary file fails and leaves the original as it was") {
  ScratchDir dir;
  std::string error;
  CHECK_FALSE(save_file_atomically((dir.path / "missing-folder" / "c.json").string(), "x", error));
  CHECK(error.find("cannot create a temporary file beside") != std::string::npos);
  const std::string file = (dir.path / "c.json").string();
  REQUIRE(save_file_atomically(file, "original\n", error));
  fs::permissions(dir.path, fs::perms::owner_read | fs::perms::owner_exec);
  if (::access(dir.path.c_str(), W_OK) == 0) {
    MESSAGE("running as root: a read-only folder is still writable, that case is not tried");
  } else {
    CHECK_FALSE(save_file_atomically(file, "replacement\n", error));
    CHECK(atlas_test::file_text(file) == "original\n");
  }
  fs::permissions(dir.path, fs::perms::owner_all);
  CHECK(dir.entries() == 1);
}

TEST_CASE("a save whose rename fails removes its temporary file and leaves the target as it was") {
  ScratchDir dir;
  const fs::path target = dir.path / "c.json";
  fs::create_directories(target / "inside");  // a folder in the way: the temporary file is written, the rename fails
  std::string error;
  CHECK_FALSE(save_file_atomically(target.string(), "text\n", error));
  CHECK(error.find("cannot replace") != std::string::npos);
  CHECK(fs::is_directory(target / "inside"));
  CHECK(dir.entries() == 1);
}
