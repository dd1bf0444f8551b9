// CSV export tests: RFC 4180 quoting, the required header, and a round trip of the real campaign file.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "campaign_test_support.h"
#include "core/data/csv_export.h"

using namespace atlas;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// A strict RFC 4180 reader for checking the export (CRLF records, quoted fields).
Rows parse_csv(const std::string& text) {
  Rows rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string& field = rows.back().back();
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') { field += '"'; ++i; }
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.emplace_back(1);
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();  // after the last CRLF
  return rows;
}

const char* const kRequiredHeader =
    "id,date_start,date_end,uncertain,place,kind,demanded_lb,demanded_metal,paid_lb,paid_metal,outcome,sources";

}  // namespace

TEST_CASE("fields are quoted only when they must be, with quotes doubled") {
  CHECK(csv_field("plain text") == "plain text");
  CHECK(csv_field("a, b") == "\"a, b\"");
  CHECK(csv_field("say \"no\"") == "\"say \"\"no\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("cr\rhere") == "\"cr\rhere\"");
  CHECK(csv_field("") == "");
}

TEST_CASE("the header starts with the required columns") {
  const Campaign c = atlas_test::load_or_fail(atlas_test::kMinimalCampaign);
  const std::string csv = export_events_csv(c);
  CHECK(csv.rfind(std::string(kRequiredHeader) + ",", 0) == 0);
  const Rows rows = parse_csv(csv);
  REQUIRE(rows.size() == 3);
  CHECK(rows[2] == std::vector<std::string>{"sack", "0540-06-01", "0540-06-12", "true", "antioch", "sack", "1000",
                                            "gold", "unknown", "", "sacked", "procopius II.8", "c. June 540",
                                            "12000", "false", "false", "Antioch falls."});
  CHECK(rows[1][6].empty());   // no demand: empty, not zero
  CHECK(rows[1][10].empty());  // no outcome
}

TEST_CASE("commas, quotes and newlines in the data survive the round trip") {
  const std::string text = atlas_test::replace_once(atlas_test::kMinimalCampaign, R"("Antioch falls.")",
                                                    R"("Antioch falls, \"burning\";\nthe end.")");
  const Rows rows = parse_csv(export_events_csv(atlas_test::load_or_fail(text)));
  REQUIRE(rows.size() == 3);
  REQUIRE(rows[2].size() == 17);
  CHECK(rows[2][16] == "Antioch falls, \"burning\";\nthe end.");
}

TEST_CASE("round trip of the real campaign: one row per event, in order, deterministic") {
  const Campaign& c = atlas_test::real_campaign();
  const std::string csv = export_events_csv(c);
  const Rows rows = parse_csv(csv);
  REQUIRE(rows.size() == c.events.size() + 1);
  int wrong_width = 0, wrong_id = 0, no_source = 0;
  for (std::size_t i = 0; i < c.events.size(); ++i) {
    const std::vector<std::string>& row = rows[i + 1];
    wrong_width += row.size() != rows[0].size();
    wrong_id += row[0] != c.events[i].id;
    no_source += row[11].empty();
  }
  CHECK(wrong_width == 0);
  CHECK(wrong_id == 0);
  CHECK(no_source == 0);

  const int hierapolis = c.find_event("hierapolis-pays") + 1;
  CHECK(rows[static_cast<std::size_t>(hierapolis)][8] == "2000");
  CHECK(rows[static_cast<std::size_t>(hierapolis)][9] == "silver");
  const int beroea = c.find_event("beroea-burned") + 1;
  CHECK(rows[static_cast<std::size_t>(beroea)][6] == "4000");
  CHECK(rows[static_cast<std::size_t>(beroea)][11] == "procopius II.7.2–13; procopius II.7.19–37; post Khusrau Invades");
  const int constantina = c.find_event("constantina-pays") + 1;
  CHECK(rows[static_cast<std::size_t>(constantina)][8] == "unknown");
  const int daras = c.find_event("daras-siege") + 1;
  CHECK(rows[static_cast<std::size_t>(daras)][15] == "false");  // paid_uncertain: a thousand in the Greek (II.13.28)

  // Loading is deterministic: a second load exports byte for byte the same.
  Campaign again;
  const std::string error =
      load_campaign_file(std::string(ATLAS_SOURCE_DIR) + "/assets/campaigns/khusrau-540.json", again);
  REQUIRE(error.empty());
  CHECK(export_events_csv(again) == csv);
}
