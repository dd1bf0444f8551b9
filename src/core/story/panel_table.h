// The panels, one entry each: id, tab label, link name, key and what it has to show. Everything that
// lists the panels (links, keys, tabs, the text mirror) is derived from this table.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/campaign.h"
#include "core/story/panel_models.h"

namespace atlas {

// In the order of the tabs. The drawing side (src/ui/panel_draw.cpp) is keyed by these ids too.
enum class PanelId { Event, Story, Demands, Sieges, Decisions, Sources };

struct PanelInfo {
  PanelId id;
  const char* label;         // the tab's label
  const char* url_name;      // panel=… in links, state().panel
  const char* old_url_name;  // a former link name still accepted, or nullptr
  char key;                  // the key that opens it and gives it the keyboard
  bool (*has_content)(const Campaign& campaign);                 // anything to show for this campaign
  std::optional<TextSection> (*as_text)(const PanelData& data);  // its section of the text mirror
};

// Every panel, in the order of the tabs.
const std::vector<PanelInfo>& panel_table();
const PanelInfo& panel_info(PanelId id);
// The panel a link names (its name or its old name); nullopt if none.
std::optional<PanelId> panel_named(std::string_view name);
// The panel whose key this is; nullopt if none.
std::optional<PanelId> panel_for_key(char key);
// The tab's label for this campaign: the table's, but the decisions panel is named by the campaign.
std::string panel_label(PanelId id, const Campaign& campaign);
// The link names for a warning: "event, story, … or sources".
std::string panel_names_text();

}  // namespace atlas
