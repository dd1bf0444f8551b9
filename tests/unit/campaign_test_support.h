// Shared by the campaign tests: a minimal valid campaign document and the real data file, loaded once.
#pragma once
#include <doctest/doctest.h>

#include <string>

#include "core/data/campaign_loader.h"
#include "core/data/date.h"

namespace atlas_test {

// The smallest campaign that uses every kind of section; tests mutate it with replace_once().
inline const char* const kMinimalCampaign = R"({
  "format": "campaign-atlas/1",
  "id": "test",
  "title": "Test campaign",
  "start": "0540-01-01",
  "end": "0540-12-31",
  "view": {"west": 30, "south": 30, "east": 45, "north": 40},
  "factions": [
    {"id": "roman", "name": "Romans", "color": "#6d2f8f"},
    {"id": "sasanian", "name": "Persians", "color": "#b8512c"}
  ],
  "sources": [
    {"id": "procopius", "short": "Procopius", "reference": "Wars"},
    {"id": "post", "short": "Post", "reference": "A blog post"}
  ],
  "places": [
    {"id": "ctesiphon", "name": "Ctesiphon", "modern": "Salman Pak", "lat": 33.09, "lon": 44.58, "held_by": "sasanian", "role": "capital"},
    {"id": "antioch", "name": "Antioch", "modern": "Antakya", "lat": 36.2, "lon": 36.17, "held_by": "roman", "role": "sacked"}
  ],
  "route": [
    {"place": "ctesiphon", "date": "0540-03-15"},
    {"lat": 35.0, "lon": 40.0, "follows": "Euphrates"},
    {"place": "antioch", "date": "0540-06-01", "leave": "0540-06-20"},
    {"place": "ctesiphon", "date": "0540-09-30", "approximate": true}
  ],
  "events": [
    {"id": "march", "kind": "march", "date_start": "0540-03-15", "place": "ctesiphon",
     "summary": "He sets out.", "sources": [{"source": "post", "passage": "Khusrau Invades"}]},
    {"id": "sack", "kind": "sack", "date_start": "0540-06-01", "date_end": "0540-06-12", "uncertain": true,
     "date_note": "June", "place": "antioch", "outcome": "sacked",
     "demanded": {"lb": 1000, "metal": "gold"}, "paid": {"lb": "unknown"},
     "captives": {"count": 12000, "note": "sold"}, "summary": "Antioch falls.",
     "sources": [{"source": "procopius", "passage": "II.8"}],
     "differs": [{"source": "post", "passage": "Sack", "claim": "razed"},
                 {"source": "procopius", "passage": "II.10", "claim": "burned"}]}
  ],
  "decisions": [
    {"id": "envoys", "date_start": "0540-04-01", "what": "Send envoys.", "sources": [{"source": "post", "passage": "Sack"}]}
  ],
  "chapters": [
    {"id": "one", "title": "Khusrau Invades", "date_start": "0540-01-01", "date_end": "0540-05-31",
     "summary": "The march.", "sources": [{"source": "post", "passage": "Khusrau Invades"}]},
    {"id": "two", "title": "The Sack of Antioch", "date_start": "0540-06-01", "date_end": "0540-12-31",
     "summary": "The sack.", "sources": [{"source": "post", "passage": "The Sack of Antioch"}]}
  ],
  "labels": [{"text": "Syria", "lat": 35, "lon": 37.4, "size": "medium"}],
  "frontier": {"note": "approximate", "points": [{"lat": 37, "lon": 41}, {"lat": 35, "lon": 40.5}]},
  "forces": [{"id": "army", "name": "Army", "faction": "sasanian", "size": {"count": "unknown"},
              "sources": [{"source": "procopius", "passage": "II.5.1"}]}],
  "unknowns": [{"id": "size", "text": "No source gives the army's size."}],
  "corrections": [{"id": "silver", "text": "Silver, not gold."}]
})";

// `text` with the first occurrence of `from` replaced by `to`; fails the test if `from` is absent.
inline std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "mutation target not found: " << from);
  text.replace(at, from.size(), to);
  return text;
}

inline atlas::Campaign load_or_fail(const std::string& text, const char* name = "test.json") {
  atlas::LoadResult r = atlas::load_campaign(text, name);
  REQUIRE_MESSAGE(r.ok(), r.error.to_string());
  return std::move(r.campaign);
}

// A campaign of assets/campaigns/ by its file name ("khusrau-belisarius-541.json"), required to load.
inline atlas::Campaign shipped_campaign(const std::string& file) {
  atlas::Campaign c;
  const std::string error = atlas::load_campaign_file(std::string(ATLAS_SOURCE_DIR) + "/assets/campaigns/" + file, c);
  REQUIRE_MESSAGE(error.empty(), error);
  return c;
}

// The real campaign file, loaded once for all tests.
inline const atlas::Campaign& real_campaign() {
  static const atlas::Campaign campaign = shipped_campaign("khusrau-540.json");
  return campaign;
}

inline int day(const char* iso) {
  int d = 0;
  REQUIRE_MESSAGE(atlas::parse_date(iso, d), iso);
  return d;
}

}  // namespace atlas_test
