// The campaign editor (issue #17): a mode of the App whose map previews the document being edited.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app.h"
#include "core/data/campaign.h"
#include "core/edit/campaign_document.h"
#include "core/geo/geography.h"

namespace atlas {

enum class Tool { Select, AddPlace, ExtendRoute, FollowRiver };

// A point of the document the author is dragging on the map: a place, or a waypoint of an army.
struct DragTarget {
  bool waypoint = false;
  std::size_t army = 0, index = 0;
};

// Starting a new campaign: the author's title and dates as typed, the area the map shows (EditorState::view).
struct NewCampaignForm {
  bool open = false;
  char title[128] = "", start[16] = "", end[16] = "";
};

// Everything the editor keeps between frames; the functions of src/editor/ work on it.
struct EditorState {
  CampaignDocument doc;
  std::string path;                  // natively: the file Save writes ("" on the web)
  std::uint64_t saved_revision = 0;  // the revision last saved or opened
  bool dirty() const { return doc.revision() != saved_revision; }

  // The preview: the document as the map last showed it.
  std::uint64_t preview_revision = 0;
  bool loads = true;                  // the document's text loads (else the map keeps the last good one)
  bool refit = true;                  // the next preview fits the campaign (a newly opened one)
  bool frame_only = false;            // the map shows only the area of a document that has never loaded
  double since_preview = 0;           // s since the map last loaded the document
  std::vector<std::uint32_t> characters;  // the fonts were last built for these
  Geography geography;                // the campaign's own geography (has_geography), else the built-in one
  bool has_geography = false;

  // The map's tools.
  Tool tool = Tool::Select;
  std::size_t army = 0;               // the army whose route the tools edit
  std::optional<std::size_t> waypoint;  // the selected waypoint of `army`
  std::optional<DragTarget> drag;
  std::optional<GeoDeg> river_from;   // Follow river: where the first click met the river
  bool drag_moved = false;

  // The forms and problems: the field selected (a problem clicked, a row chosen).
  JsonPath selected;
  int scroll_to_selected = 0;       // frames left to bring the selected field into view
  std::string section = "campaign";   // the form shown: "campaign" or a list's key ("places", "events", ...)
  bool labels_above = false;          // this frame's fields: each label above its field (the versions' columns)
  std::string status;                 // the last save's or open's outcome, shown under the tools
  bool save_requested = false;        // Save pressed or Ctrl+S (natively)
  ViewBox view;                       // what the map showed last frame: the frame of a new campaign
  // The layout's measures (core/shell/editor_layout.h): the tools' and the problems' content last drawn.
  float tools_h = 0, problems_h = 0;
  bool relayout = false;              // a measure changed: one more frame with the new boxes
  bool larger_forms = false;          // stacked: more of the forms, less of the map
  NewCampaignForm new_form;           // open: shown in the forms' place, the map still moving
  std::uint64_t generation = 0;       // one more for each document opened or started (the page's copy follows it)
};

class Editor : public App::Mode {
 public:
  bool frame(App::Impl& app, const FrameInput& in) override;
  EditorState& state() { return s_; }
  // Opens campaign text (clears the history); false with the reason when it is not JSON.
  bool open(std::string_view text, std::string file_name, std::string& error);
  // The first document before the author chooses one: the template framed on `area` with no dates (the
  // checker lists them), and the new-campaign form open to ask for them.
  void open_unfinished(const ViewBox& area);
  // A new campaign from the template with the author's title and dates, framed on `area`.
  void open_new(std::string_view title, const ViewBox& area, std::string_view start, std::string_view end);
  // The new-campaign form opened (the document stays until the author creates the new one).
  void ask_new() { s_.new_form = NewCampaignForm{true}; }
  // The campaign's own geography file; false with the reason when it is not one.
  bool set_geography(const unsigned char* data, std::size_t size, std::string& error);
  // Natively: writes the document to its path (a temporary file renamed over it); false with the reason.
  bool save(std::string& error);

 private:
  void save_now();
  EditorState s_;
  std::string last_title_;  // the window's title as last told
};

// The document becomes `doc` (a new history; nothing selected; the map fits it); editor_open.cpp.
void start_document(EditorState& e, CampaignDocument doc, bool saved);
// The document becomes a new campaign from the template (its dates "" where the author gave none), unsaved.
void start_new_campaign(EditorState& e, std::string_view title, const ViewBox& area, std::string_view start, std::string_view end);

// Natively `campaign-atlas edit FILE [options]`: the editor's window on `file` (src/editor/editor_native.cpp).
int run_editor(const std::string& file, const Options& options);

}  // namespace atlas
