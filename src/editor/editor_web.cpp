// The editor's page (web/editor.html): its entry point, and the functions the page calls to open, start,
// download and keep a copy of the campaign.
#include <emscripten.h>

#include <string>

#include "core/data/json.h"
#include "editor/editor.h"
#include "platform/platform.h"

extern "C" void atlas_wake();  // platform/web.cpp

namespace {
atlas::Editor* g_editor = nullptr;  // owned by the App, which lives as long as the page
std::string g_out;                  // the last string handed to the page (valid until the next call)
}  // namespace

int main() {
  atlas::Options options;
  auto editor = std::make_unique<atlas::Editor>();
  atlas::Campaign shown;  // the first document: an unfinished campaign framed where the built-in one is,
  atlas::load_builtin_campaign(shown);  // the new-campaign form open for its title and dates
  editor->open_unfinished(shown.view);
  g_editor = editor.get();
  auto app = std::make_unique<atlas::App>(options);
  app->set_mode(std::move(editor));
  return atlas::run_platform(std::move(app), options);
}

// A campaign's text (and its geography file's bytes, or none): "" when opened, else why not (not JSON).
extern "C" EMSCRIPTEN_KEEPALIVE const char* atlas_editor_open(const char* json, int json_size, const char* file_name,
                                                           const unsigned char* geography, int geography_size) {
  if (!g_editor || !json || json_size < 0) return "the editor is not running";
  g_out.clear();
  if (g_editor->open(std::string_view(json, static_cast<std::size_t>(json_size)), file_name ? file_name : "campaign.json", g_out) &&
      !g_editor->set_geography(geography, static_cast<std::size_t>(geography_size > 0 ? geography_size : 0), g_out))
    g_out = "its geography was not used: " + g_out;
  atlas_wake();
  return g_out.c_str();
}

// New campaign: the form that asks for its title and dates opens (Create frames what the map shows).
extern "C" EMSCRIPTEN_KEEPALIVE void atlas_editor_new() {
  if (!g_editor) return;
  g_editor->ask_new();
  atlas_wake();
}

// One more for each document opened or started: the page keeps a copy only once the new one is changed.
extern "C" EMSCRIPTEN_KEEPALIVE double atlas_editor_generation() {
  return g_editor ? static_cast<double>(g_editor->state().generation) : 0;
}

// The document as saving writes it (Download, the local copy).
extern "C" EMSCRIPTEN_KEEPALIVE const char* atlas_editor_text() {
  g_out = g_editor ? g_editor->state().doc.text() : "";
  return g_out.c_str();
}

// Changes with every edit, undo and redo: the page keeps its copy when it changed.
extern "C" EMSCRIPTEN_KEEPALIVE double atlas_editor_revision() {
  return g_editor ? static_cast<double>(g_editor->state().doc.revision()) : 0;
}

// The file name to download as: the campaign's id and ".json".
extern "C" EMSCRIPTEN_KEEPALIVE const char* atlas_editor_file_name() {
  const atlas::JsonValue* id = g_editor ? g_editor->state().doc.at(atlas::JsonPath().key("id")) : nullptr;
  g_out = (id && id->is(atlas::JsonType::String) && !id->string.empty() ? id->string : "campaign") + ".json";
  return g_out.c_str();
}

// The live problems as JSON: [{"path","message","warning"}], for the page and its tests.
extern "C" EMSCRIPTEN_KEEPALIVE const char* atlas_editor_problems() {
  atlas::JsonWriter w;
  w.begin_array();
  if (g_editor)
    for (const atlas::Problem& p : g_editor->state().doc.problems())
      w.begin_object().key("path").string(p.path.to_string()).key("message").string(p.message).key("warning").boolean(p.warning).end_object();
  g_out = w.end_array().text();
  return g_out.c_str();
}
