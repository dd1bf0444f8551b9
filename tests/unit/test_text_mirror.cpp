// Unit tests of the screen-reader text: every panel is there, later items are marked, the JSON is sound.
#include <doctest/doctest.h>

#include "campaign_test_support.h"
#include "core/data/json.h"
#include "core/story/text_mirror.h"

using namespace atlas;
using atlas_test::real_campaign;

namespace {

const TextSection* find(const std::vector<TextSection>& s, const std::string& prefix) {
  for (const TextSection& x : s)
    if (x.title.rfind(prefix, 0) == 0) return &x;
  return nullptr;
}
int count_with(const TextSection& s, const std::string& text) {
  int n = 0;
  for (const std::string& i : s.items) n += i.find(text) != std::string::npos;
  return n;
}

}  // namespace

TEST_CASE("the text mirror has every panel, and marks what has not happened yet") {
  const Campaign& c = real_campaign();
  Timeline t(c);
  Ledger l(c);
  const int sura = c.find_event("sura-razed");
  const double day = c.events[static_cast<size_t>(sura)].date.start + 0.5;
  auto s = panels_as_text(c, t, l, day, sura);
  REQUIRE(find(s, "Selected event"));
  CHECK(find(s, "Selected event")->items.front().find("Sura") != std::string::npos);
  REQUIRE(find(s, "Chapter: "));
  const TextSection* demands = find(s, "Demands and payments");
  const TextSection* sieges = find(s, "Sieges");
  const TextSection* decisions = find(s, "Justinian's decisions");
  REQUIRE(demands);
  REQUIRE(sieges);
  REQUIRE(decisions);
  REQUIRE(find(s, "Sources"));
  CHECK(decisions->items.size() == c.decisions.size());
  CHECK(count_with(*decisions, "(not yet taken)") > 0);
  CHECK(count_with(*demands, "(not yet at this date)") > 0);
  int antioch_rows = 0;  // one siege row is Antioch's (other episodes may mention the city)
  for (const std::string& item : sieges->items) antioch_rows += item.rfind("Antioch, ", 0) == 0;
  CHECK(antioch_rows == 1);
  // At the end of the year everything has happened.
  auto end = panels_as_text(c, t, l, c.end_day + 0.5, -1);
  CHECK_FALSE(find(end, "Selected event"));
  CHECK(count_with(*find(end, "Justinian's decisions"), "(not yet taken)") == 0);
  CHECK(count_with(*find(end, "Demands and payments"), "(not yet at this date)") == 0);
}

TEST_CASE("the text mirror's JSON parses back to the same sections") {
  std::vector<TextSection> s{{"A \"quoted\" title", {"one\\two", "line\nbreak"}}, {"Empty", {}}};
  JsonValue v;
  JsonError e;
  REQUIRE(parse_json(sections_json(s), v, e));
  REQUIRE(v.type == JsonType::Array);
  REQUIRE(v.array.size() == 2);
  CHECK(v.array[0].find("title")->value.string == "A \"quoted\" title");
  CHECK(v.array[0].find("items")->value.array[1].string == "line\nbreak");
  CHECK(v.array[1].find("items")->value.array.empty());
}

TEST_CASE("the mirror says where each army is, and never doubles a full stop") {
  CHECK(with_full_stop("Belisarius refused") == "Belisarius refused.");
  CHECK(with_full_stop("Vittigis should stay.") == "Vittigis should stay.");
  CHECK(with_full_stop("Khusrau's army (size unknown).") == "Khusrau's army (size unknown).");
  CHECK(with_full_stop("a note (II.19.48)") == "a note (II.19.48).");
  CHECK(with_full_stop("he said \"no.\"") == "he said \"no.\"");
  CHECK(with_full_stop("it ends \xE2\x80\x9Chere?\xE2\x80\x9D ") == "it ends \xE2\x80\x9Chere?\xE2\x80\x9D");
  CHECK(with_full_stop("and so on\xE2\x80\xA6") == "and so on\xE2\x80\xA6");
  for (const std::string file : {"khusrau-540.json", "khusrau-belisarius-541.json"}) {
    CAPTURE(file);
    const Campaign c = atlas_test::shipped_campaign(file);
    const Timeline t(c);
    const Ledger l(c);
    int doubled = 0, with_armies = 0, most_armies = 0;
    for (double d = c.start_day - 5; d <= c.end_day + 5; d += 3.5) {
      const std::vector<TextSection> text = panels_as_text(c, t, l, d, t.current_event(d));
      for (const TextSection& s : text)
        for (const std::string& item : s.items) {
          const bool bad = item.find("..") != std::string::npos || item.find(". .") != std::string::npos;
          if (bad) CAPTURE(item);
          doubled += bad;
        }
      if (!text.empty() && text[0].title == "On the map") {
        ++with_armies;
        most_armies = std::max(most_armies, static_cast<int>(text[0].items.size()));
        for (const std::string& item : text[0].items) CHECK(item.find(": ") != std::string::npos);
      }
    }
    CHECK(doubled == 0);
    CHECK(with_armies > 0);
    if (file == "khusrau-540.json") CHECK(most_armies == 1);
    else CHECK(most_armies >= 2);  // 541: Khusrau and Belisarius (and detachments) at once
  }
}

TEST_CASE("a source with a url is a link in the text mirror") {
  const Campaign& c = real_campaign();
  Timeline t(c);
  Ledger l(c);
  const std::vector<TextSection> text = panels_as_text(c, t, l, c.start_day + 0.5, -1);
  const TextSection* sources = find(text, "Sources");
  REQUIRE(sources != nullptr);
  REQUIRE(sources->links.size() == 1);  // Dewing's Procopius on Project Gutenberg
  CHECK(sources->links[0].url == "https://www.gutenberg.org/ebooks/16764");
  CHECK(sources->links[0].text.find("read it online") != std::string::npos);
  JsonValue parsed;
  JsonError error;
  CHECK(parse_json(sections_json(text), parsed, error));
  CHECK(sections_json(text).find("\"links\":[{\"text\":\"Procopius, Wars: ") != std::string::npos);
}
