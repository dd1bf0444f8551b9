// Natively `campaign-atlas edit FILE`: the editor's window on FILE, or on a new campaign (its form open) saved there.
#include <cstdio>
#include <fstream>
#include <sstream>

#include "editor/editor.h"
#include "core/data/campaign.h"
#include "platform/platform.h"

namespace atlas {
namespace {

bool read_whole(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  out = text.str();
  return static_cast<bool>(in) || in.eof();
}

// The geography file beside the campaign (<id>.geo.bin), when there is one.
void open_geography(Editor& editor, const std::string& path) {
  const JsonValue* id = editor.state().doc.at(JsonPath().key("geography"));
  if (!id) id = editor.state().doc.at(JsonPath().key("id"));
  const std::size_t slash = path.rfind('/');
  std::string bytes, error;
  if (!id || !id->is(JsonType::String) ||
      !read_whole(path.substr(0, slash == std::string::npos ? 0 : slash + 1) + id->string + ".geo.bin", bytes))
    return;
  if (!editor.set_geography(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), error))
    std::fprintf(stderr, "campaign-atlas: its geography was not used: %s\n", error.c_str());
}

}  // namespace

int run_editor(const std::string& file, const Options& options) {
  auto editor = std::make_unique<Editor>();
  std::string text, error;
  if (read_whole(file, text)) {
    if (!editor->open(text, file, error)) {
      std::fprintf(stderr, "campaign-atlas: %s\n", error.c_str());
      return 65;
    }
    open_geography(*editor, file);
  } else {
    Campaign shown;  // a new campaign, framed where the built-in one is (the map has geography there)
    load_builtin_campaign(shown);
    editor->open_unfinished(shown.view);  // the form asks for its title and dates
    editor->state().status = file + " does not exist yet: Save writes it.";
  }
  editor->state().path = file;
  auto app = std::make_unique<App>(options);
  app->set_mode(std::move(editor));
  return run_platform(std::move(app), options);
}

}  // namespace atlas
