// The table of panels and the look-ups derived from it.
#include "core/story/panel_table.h"

namespace atlas {

const std::vector<PanelInfo>& panel_table() {
  static const std::vector<PanelInfo> table = {
      {PanelId::Event, "Event", "event", nullptr, '1',
       [](const Campaign& c) { return !c.events.empty(); }, event_as_text},
      {PanelId::Story, "Story", "story", nullptr, '2',
       [](const Campaign& c) { return !c.chapters.empty(); }, chapter_as_text},
      {PanelId::Demands, "Demands", "demands", nullptr, '3',
       [](const Campaign& c) { return !demand_rows(c, c.start_day).empty(); }, demands_as_text},
      {PanelId::Sieges, "Sieges", "sieges", nullptr, '4',
       [](const Campaign& c) { return !siege_rows(c, c.start_day).empty(); }, sieges_as_text},
      {PanelId::Decisions, "Decisions", "decisions", "justinian", '5',
       [](const Campaign& c) { return !c.decisions.empty(); }, decisions_as_text},
      {PanelId::Sources, "Sources", "sources", nullptr, '6',
       [](const Campaign& c) { return !c.sources.empty(); }, sources_as_text},
  };
  return table;
}

const PanelInfo& panel_info(PanelId id) {
  for (const PanelInfo& p : panel_table())
    if (p.id == id) return p;
  return panel_table().front();  // unreachable: every id has its entry (tested)
}

std::optional<PanelId> panel_named(std::string_view name) {
  for (const PanelInfo& p : panel_table())
    if (name == p.url_name || (p.old_url_name && name == p.old_url_name)) return p.id;
  return std::nullopt;
}

std::optional<PanelId> panel_for_key(char key) {
  for (const PanelInfo& p : panel_table())
    if (key == p.key) return p.id;
  return std::nullopt;
}

std::string panel_names_text() {
  const std::vector<PanelInfo>& t = panel_table();
  std::string out;
  for (size_t i = 0; i < t.size(); ++i)
    out += (i == 0 ? "" : i + 1 == t.size() ? " or " : ", ") + std::string(t[i].url_name);
  return out;
}

std::string panel_label(PanelId id, const Campaign& campaign) {
  return id == PanelId::Decisions ? campaign.decisions_by.name : panel_info(id).label;
}

}  // namespace atlas
