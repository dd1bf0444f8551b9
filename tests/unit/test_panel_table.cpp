// Unit tests of the panel table: one entry per id, names and keys unique and round-tripping, content.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "campaign_test_support.h"
#include "core/story/panel_table.h"
#include "core/story/text_mirror.h"
#include "core/story/url_params.h"

using namespace atlas;
using atlas_test::kMinimalCampaign;
using atlas_test::load_or_fail;
using atlas_test::real_campaign;
using atlas_test::replace_once;

namespace {

const TextSection* find_section(const std::vector<TextSection>& s, const std::string& title) {
  for (const TextSection& x : s)
    if (x.title == title) return &x;
  return nullptr;
}

std::string read_text(const std::string& path) {
  std::ifstream f(path);
  REQUIRE_MESSAGE(f, path);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("every panel id has one entry, and the table is in the order of the ids") {
  const std::vector<PanelInfo>& t = panel_table();
  REQUIRE(t.size() == static_cast<size_t>(PanelId::Sources) + 1);
  for (size_t i = 0; i < t.size(); ++i) {
    CAPTURE(t[i].url_name);
    CHECK(static_cast<size_t>(t[i].id) == i);
    CHECK(&panel_info(t[i].id) == &t[i]);
    CHECK(t[i].label[0] != '\0');
    CHECK(static_cast<bool>(t[i].has_content));
    CHECK(static_cast<bool>(t[i].as_text));
  }
}

TEST_CASE("link names, labels and keys are unique, and names and keys find their panel") {
  std::set<std::string> names, labels;
  std::set<char> keys;
  for (const PanelInfo& p : panel_table()) {
    CAPTURE(p.url_name);
    CHECK(names.insert(p.url_name).second);
    if (p.old_url_name) CHECK(names.insert(p.old_url_name).second);
    CHECK(labels.insert(p.label).second);
    CHECK(keys.insert(p.key).second);
    CHECK(panel_named(p.url_name) == p.id);
    if (p.old_url_name) CHECK(panel_named(p.old_url_name) == p.id);
    CHECK(panel_for_key(p.key) == p.id);
    CHECK(p.key != 't');  // T gives the keys to the timeline
    CHECK(p.key != 'T');
  }
  CHECK_FALSE(panel_named("Demands"));  // exact names only
  CHECK_FALSE(panel_named(""));
  CHECK_FALSE(panel_for_key('x'));
}

TEST_CASE("each panel's link name survives the hash, and justinian= still opens the decisions") {
  for (const PanelInfo& p : panel_table()) {
    CAPTURE(p.url_name);
    UrlParams u;
    u.panel = p.id;
    const std::string hash = format_url_params(u);
    CHECK(hash == std::string("panel=") + p.url_name);
    std::vector<std::string> w;
    CHECK(parse_url_params(hash, w).panel == p.id);
    CHECK(w.empty());
  }
  CHECK(panel_named("justinian") == PanelId::Decisions);
  CHECK(std::string(panel_info(PanelId::Decisions).url_name) == "decisions");
  CHECK(std::string(panel_info(PanelId::Decisions).old_url_name) == "justinian");
  // The tab is named by the campaign (540: Justinian's); without a name, plainly.
  CHECK(panel_label(PanelId::Decisions, atlas_test::real_campaign()) == "Justinian");
  CHECK(panel_label(PanelId::Decisions, Campaign{}) == "Decisions");
  CHECK(panel_label(PanelId::Sieges, atlas_test::real_campaign()) == "Sieges");
}

TEST_CASE("the warning for an unknown panel lists the table's names") {
  CHECK(panel_names_text() == "event, story, demands, sieges, decisions or sources");
  std::vector<std::string> w;
  parse_url_params("panel=maps", w);
  REQUIRE(w.size() == 1);
  CHECK(w[0].find(panel_names_text()) != std::string::npos);
}

TEST_CASE("every panel has content for the real campaign") {
  for (const PanelInfo& p : panel_table()) {
    CAPTURE(p.url_name);
    CHECK(p.has_content(real_campaign()));
  }
}

TEST_CASE("a panel with nothing to show for a campaign has no content, and no section in the text mirror") {
  const char* const envoys =  // the minimal campaign's one decision
      R"({"id": "envoys", "date_start": "0540-04-01", "what": "Send envoys.", "sources": [{"source": "post", "passage": "Sack"}]})";
  const std::string no_decisions = replace_once(kMinimalCampaign, envoys, "");
  const std::string no_sieges = replace_once(replace_once(kMinimalCampaign, R"("kind": "sack")", R"("kind": "march")"),
                                             R"("outcome": "sacked",)", "");
  const Campaign full = load_or_fail(kMinimalCampaign);
  const Campaign without_decisions = load_or_fail(no_decisions);
  const Campaign without_sieges = load_or_fail(no_sieges);
  CHECK(panel_info(PanelId::Decisions).has_content(full));
  CHECK_FALSE(panel_info(PanelId::Decisions).has_content(without_decisions));
  CHECK(panel_info(PanelId::Sieges).has_content(full));
  CHECK_FALSE(panel_info(PanelId::Sieges).has_content(without_sieges));
  CHECK(panel_info(PanelId::Demands).has_content(without_sieges));  // the sack's demand is still there

  Timeline t(without_decisions);
  Ledger l(without_decisions);
  const auto text = panels_as_text(without_decisions, t, l, without_decisions.end_day + 0.5, -1);
  CHECK_FALSE(find_section(text, "Justinian's decisions"));
  CHECK(find_section(text, "Sieges"));
  CHECK(find_section(text, "Sources"));
}

TEST_CASE("the text mirror says where the armies are, then has one section per panel in the table's order, then the key") {
  const Campaign& c = real_campaign();
  Timeline t(c);
  Ledger l(c);
  const int sack = c.find_event("antioch-sacked");
  REQUIRE(sack >= 0);
  const double day = c.events[static_cast<size_t>(sack)].date.start + 0.5;
  const std::vector<TextSection> text = panels_as_text(c, t, l, day, sack);
  REQUIRE(text.size() == panel_table().size() + 2);  // an event is selected and a chapter is active
  CHECK(text.back().title == "Key to the map");
  CHECK(text[0].title == "On the map");
  REQUIRE(text[0].items.size() == 1);
  CHECK(text[0].items[0] == "Khusrau's army: at Antioch.");
  const PanelData data{c, t, l, day, sack};
  for (size_t i = 0; i < panel_table().size(); ++i) CHECK(text[i + 1].title == panel_table()[i].as_text(data)->title);
}

TEST_CASE("the README names the panels' links, keys and tabs as the table does") {
  const std::vector<PanelInfo>& t = panel_table();
  std::string names, labels;
  for (const PanelInfo& p : t) {
    names += (names.empty() ? "" : "|") + std::string(p.url_name);
    labels += (labels.empty() ? "" : ", ") + panel_label(p.id, atlas_test::real_campaign());
  }
  std::string readme;  // with each run of white space as one space: the sentences wrap
  for (char c : read_text(std::string(ATLAS_SOURCE_DIR) + "/README.md")) {
    if (c == '\n') c = ' ';
    if (c != ' ' || readme.empty() || readme.back() != ' ') readme += c;
  }
  CHECK(readme.find("panel=" + names) != std::string::npos);
  const std::string keys = std::string(1, t.front().key) + "\u2013" + t.back().key + " open the panels (" + labels + ")";
  CHECK_MESSAGE(readme.find(keys) != std::string::npos, keys);
}
