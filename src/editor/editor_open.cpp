// Opening, starting and saving the edited campaign (natively, through save_file_atomically).
#include "core/data/file_save.h"
#include "core/edit/campaign_template.h"
#include "editor/editor.h"

namespace atlas {

bool Editor::open(std::string_view text, std::string file_name, std::string& error) {
  JsonError e;
  const std::string name = file_name;
  if (!s_.doc.open(text, std::move(file_name), e)) {
    error = name + ":" + std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message;
    return false;
  }
  start_document(s_, std::move(s_.doc), true);
  return true;
}

void start_document(EditorState& e, CampaignDocument doc, bool saved) {
  e.doc = std::move(doc);
  e.saved_revision = saved ? e.doc.revision() : 0;  // 0: nothing saved yet
  e.preview_revision = 0, e.refit = true, e.army = 0, e.waypoint.reset(), e.drag.reset(), e.selected = {};
  e.new_form.open = false, e.section = "campaign", ++e.generation;
}

void start_new_campaign(EditorState& e, std::string_view title, const ViewBox& area, std::string_view start, std::string_view end) {
  start_document(e, CampaignDocument(new_campaign(title, area, start, end), "new-campaign.json"), false);
}

void Editor::open_new(std::string_view title, const ViewBox& area, std::string_view start, std::string_view end) {
  start_new_campaign(s_, title, area, start, end);
}

void Editor::open_unfinished(const ViewBox& area) {
  start_new_campaign(s_, "New campaign", area, "", "");
  ask_new();
}

bool Editor::set_geography(const unsigned char* data, std::size_t size, std::string& error) {
  s_.has_geography = data && size > 0;
  s_.preview_revision = 0;  // drawn again with it
  if (!s_.has_geography) return true;
  s_.has_geography = parse_geography(data, size, s_.geography, error);
  return s_.has_geography;
}

bool Editor::save(std::string& error) {
  if (s_.path.empty()) return error = "this campaign has no file to save to", false;
  if (!save_file_atomically(s_.path, s_.doc.text(), error)) return false;
  s_.saved_revision = s_.doc.revision();
  return true;
}

// Save pressed (the button or Ctrl+S): the outcome shows under the tools.
void Editor::save_now() {
  s_.save_requested = false;
  std::string error;
  s_.status = save(error) ? "Saved " + s_.path : "Not saved: " + error;
}

}  // namespace atlas
