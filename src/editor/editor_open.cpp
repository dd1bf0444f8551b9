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
  s_.saved_revision = s_.doc.revision();
  s_.preview_revision = 0, s_.refit = true, s_.army = 0, s_.waypoint.reset(), s_.drag.reset(), s_.selected = {};
  return true;
}

void Editor::open_new(std::string_view title, const ViewBox& area) {
  s_.doc = CampaignDocument(new_campaign(title, area, "0001-03-01", "0001-09-30"), "new-campaign.json");
  s_.saved_revision = 0;  // nothing saved yet
  s_.preview_revision = 0, s_.refit = true, s_.army = 0, s_.waypoint.reset(), s_.drag.reset(), s_.selected = {};
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
