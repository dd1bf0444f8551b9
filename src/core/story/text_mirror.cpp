// The panels as text for screen readers: headed sections of short items, and their JSON for the page.
#include "core/story/text_mirror.h"

#include "core/story/legend.h"

#include "core/data/json.h"
#include "core/story/panel_table.h"

namespace atlas {

std::vector<TextSection> panels_as_text(const Campaign& c, const Timeline& t, const Ledger& ledger, double day,
                                        int selected) {
  const PanelData data{c, t, ledger, day, selected};
  std::vector<TextSection> out;
  if (std::optional<TextSection> map = map_as_text(data)) out.push_back(std::move(*map));  // where the armies are
  for (const PanelInfo& panel : panel_table())
    if (panel.has_content(c))
      if (std::optional<TextSection> s = panel.as_text(data)) out.push_back(std::move(*s));
  out.push_back(legend_as_text(c));  // what the map's lines, colours and symbols mean
  return out;
}

std::string sections_json(const std::vector<TextSection>& sections) {
  JsonWriter w;
  w.begin_array();
  for (const TextSection& s : sections) {
    w.begin_object().key("title").string(s.title).key("items").begin_array();
    for (const std::string& item : s.items) w.string(item);
    w.end_array();
    if (!s.links.empty()) {
      w.key("links").begin_array();
      for (const TextLink& l : s.links) w.begin_object().key("text").string(l.text).key("url").string(l.url).end_object();
      w.end_array();
    }
    w.end_object();
  }
  return w.end_array().text();
}

}  // namespace atlas
