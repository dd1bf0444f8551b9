// The editor's native Save (`campaign-atlas edit FILE`, Ctrl+S): the document as saved, the unsaved mark, failures.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "../unit/edit_test_support.h"
#include "core/edit/campaign_edits.h"
#include "editor/editor.h"

using namespace atlas;

namespace {

std::string read(const std::string& path) { return atlas_test::file_text(path); }

std::string temp_dir() {
  char dir[] = "/tmp/atlas-editor-XXXXXX";
  REQUIRE(mkdtemp(dir) != nullptr);
  return dir;
}

}  // namespace

TEST_CASE("Save writes the document as saved and clears the unsaved mark; the saved file reopens and saves the same bytes") {
  const std::string dir = temp_dir(), path = dir + "/new.json", again_path = dir + "/again.json";
  Editor editor;
  editor.open_new("Tall Hill", ViewBox{30, 30, 40, 38}, "0540-03-01", "0540-06-30");
  editor.state().path = path;
  CHECK(editor.state().dirty());  // a new campaign is not saved anywhere yet
  std::string error;
  REQUIRE(editor.save(error));
  CHECK(read(path) == editor.state().doc.text());
  CHECK_FALSE(editor.state().dirty());

  REQUIRE(add_place(editor.state().doc, "Second camp", GeoDeg::lat_lon(35.5, 33.25)));
  CHECK(editor.state().dirty());
  REQUIRE(editor.save(error));
  CHECK(read(path).find("\"Second camp\"") != std::string::npos);
  CHECK_FALSE(editor.state().dirty());
  editor.state().doc.undo();
  CHECK(editor.state().dirty());  // undoing a saved edit is a change to save

  Editor again;
  REQUIRE(again.open(read(path), "new.json", error));
  CHECK_FALSE(again.state().dirty());
  again.state().path = again_path;
  REQUIRE(again.save(error));
  CHECK(read(again_path) == read(path));
  std::remove(path.c_str());
  std::remove(again_path.c_str());
  rmdir(dir.c_str());
}

TEST_CASE("A save that fails says why and keeps the unsaved mark and the file as it was") {
  Editor editor;
  editor.open_new("Tall Hill", ViewBox{30, 30, 40, 38}, "0540-03-01", "0540-06-30");
  std::string error;
  CHECK_FALSE(editor.save(error));  // no file to save to
  CHECK_FALSE(error.empty());
  editor.state().path = "/nonexistent-folder/new.json";
  error.clear();
  CHECK_FALSE(editor.save(error));
  CHECK(error.find("nonexistent-folder") != std::string::npos);
  CHECK(editor.state().dirty());
}

TEST_CASE("Opening text that is not JSON is refused with its line and column, and the document is kept") {
  Editor editor;
  editor.open_new("Tall Hill", ViewBox{30, 30, 40, 38}, "0540-03-01", "0540-06-30");
  const std::string before = editor.state().doc.text();
  std::string error;
  CHECK_FALSE(editor.open("{\n  \"id\": ", "broken.json", error));
  CHECK(error.rfind("broken.json:2:", 0) == 0);
  CHECK(editor.state().doc.text() == before);
}

TEST_CASE("The first document is unfinished: the new-campaign form asks for its dates, none is invented") {
  Editor editor;
  editor.open_unfinished(ViewBox{30, 30, 40, 38});
  CHECK(editor.state().new_form.open);
  CHECK(editor.state().doc.text().find("\"start\": \"\"") != std::string::npos);
  CHECK_FALSE(editor.state().doc.problems().empty());  // the checker lists the missing dates
  std::string error;
  REQUIRE(editor.open("{}", "other.json", error));
  CHECK_FALSE(editor.state().new_form.open);  // opening a campaign answers the form
}
