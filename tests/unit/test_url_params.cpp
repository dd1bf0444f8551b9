// Unit tests of deep-link parameters: valid values, each malformed value warned about, round trip.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/story/url_params.h"

using namespace atlas;

TEST_CASE("every known parameter is read") {
  std::vector<std::string> w;
  UrlParams p = parse_url_params("?event=sack-of-antioch&date=540-06-20&chapter=khusrau-invades&view=36.2%2C36.1%2C2.5&panel=demands&autoplay=1&panels=0&embed=1", w);
  CHECK(w.empty());
  CHECK(*p.event == "sack-of-antioch");
  CHECK(*p.date == "540-06-20");
  CHECK(*p.chapter == "khusrau-invades");
  REQUIRE(p.view);
  CHECK(p.view->lon == doctest::Approx(36.2));
  CHECK(p.view->lat == doctest::Approx(36.1));
  CHECK(p.view->zoom == doctest::Approx(2.5));
  CHECK(*p.autoplay);
  CHECK_FALSE(*p.panels);
  CHECK(*p.embed);
  CHECK(*p.panel == PanelId::Demands);
}

TEST_CASE("malformed and unknown values are skipped with a safe warning") {
  struct Case { const char* query; const char* warning; };
  const Case cases[] = {
      {"event=<script>", "URL parameter event=\"\\x3Cscript\\x3E\" ignored: expected an id of lower-case letters, digits, '-' or '_'"},
      {"date=540-13-01", "URL parameter date=\"540-13-01\" ignored: expected a date Y-MM-DD (e.g. 1066-10-14; -217-06-21 is 218 BC)"},
      {"date=540-02-30", "URL parameter date=\"540-02-30\" ignored: expected a date Y-MM-DD (e.g. 1066-10-14; -217-06-21 is 218 BC)"},
      {"event=-sura", "URL parameter event=\"-sura\" ignored: expected an id of lower-case letters, digits, '-' or '_'"},
      {"view=1e999,1,1", "URL parameter view=\"1e999,1,1\" ignored: expected lon,lat,zoom (degrees, degrees, -8..16)"},
      {"date=June", "URL parameter date=\"June\" ignored: expected a date Y-MM-DD (e.g. 1066-10-14; -217-06-21 is 218 BC)"},
      {"view=36,36", "URL parameter view=\"36,36\" ignored: expected lon,lat,zoom (degrees, degrees, -8..16)"},
      {"view=36,95,1", "URL parameter view=\"36,95,1\" ignored: expected lon,lat,zoom (degrees, degrees, -8..16)"},
      {"view=nan,1,1", "URL parameter view=\"nan,1,1\" ignored: expected lon,lat,zoom (degrees, degrees, -8..16)"},
      {"view=1,1,1,1", "URL parameter view=\"1,1,1,1\" ignored: expected lon,lat,zoom (degrees, degrees, -8..16)"},
      {"autoplay=maybe", "URL parameter autoplay=\"maybe\" ignored: expected 1 or 0"},
      {"zoom=3", "URL parameter \"zoom\" ignored: unknown (known: campaign, event, date, chapter, view, panel, autoplay, panels, embed, host)"},
      {"panel=Demands", "URL parameter panel=\"Demands\" ignored: expected event, story, demands, sieges, decisions or sources"},
      {"chapter=%E2%80%94", "URL parameter chapter=\"\\xE2\\x80\\x94\" ignored: expected an id of lower-case letters, digits, '-' or '_'"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.query);
    std::vector<std::string> w;
    UrlParams p = parse_url_params(c.query, w);
    REQUIRE(w.size() == 1);
    CHECK(w[0] == c.warning);
    CHECK(format_url_params(p).empty());
  }
}

TEST_CASE("view= numbers are read in the forms strtod took, whatever the locale") {
  std::vector<std::string> w;
  UrlParams p = parse_url_params("view=.5,%2B36.,2e-1&date=0540-06-20", w);
  CHECK(w.empty());
  REQUIRE(p.view);
  CHECK(p.view->lon == 0.5);
  CHECK(p.view->lat == 36.0);
  CHECK(p.view->zoom == 0.2);
  CHECK(*p.date == "0540-06-20");
}

TEST_CASE("good values survive next to bad ones, and very long input is refused") {
  std::vector<std::string> w;
  UrlParams p = parse_url_params("#event=sura&&bogus&date=540-05-01", w);
  CHECK(*p.event == "sura");
  CHECK(*p.date == "540-05-01");
  CHECK(w.size() == 1);
  std::vector<std::string> w2;
  parse_url_params(std::string(3000, 'a'), w2);
  REQUIRE(w2.size() == 1);
  CHECK(w2[0] == "URL parameters ignored: 3000 characters, longer than 2048");
}

TEST_CASE("the query and the hash are limited each on its own, and the hash wins") {
  std::vector<std::string> w;
  const std::string tags = "utm_source=newsletter&utm_campaign=" + std::string(2100, 'x');
  UrlParams p = parse_url_params(tags + "#event=sura&date=540-05-01", w);
  REQUIRE(w.size() == 1);
  CHECK(w[0] == "URL query ignored: 2135 characters, longer than 2048");
  CHECK(*p.event == "sura");  // a long query of tracking tags no longer drops a valid deep link
  w.clear();
  p = parse_url_params("event=sura&date=540-04-01#date=540-05-01", w);
  CHECK(w.empty());
  CHECK(*p.event == "sura");
  CHECK(*p.date == "540-05-01");
  w.clear();
  p = parse_url_params("event=sura#" + std::string(2049, 'a'), w);
  REQUIRE(w.size() == 1);
  CHECK(w[0] == "URL hash ignored: 2049 characters, longer than 2048");
  CHECK(*p.event == "sura");
}

TEST_CASE("tracking tags that sharing sites add are skipped without a warning") {
  std::vector<std::string> w;
  UrlParams p = parse_url_params("utm_source=x&utm_medium=y&fbclid=z&gclid=q&event=sura&utmost=1", w);
  CHECK(*p.event == "sura");
  REQUIRE(w.size() == 1);  // "utmost" is not a tag: a typo is still reported
  CHECK(w[0].find("\"utmost\" ignored: unknown") != std::string::npos);
}

TEST_CASE("the formatted hash parses back to the same state") {
  UrlParams p;
  p.event = "edessa-pays";
  p.view = ViewParam{38.79, 37.16, 3.25};
  p.autoplay = false;
  p.panel = PanelId::Sources;
  std::string s = format_url_params(p);
  CHECK(s == "event=edessa-pays&view=38.790,37.160,3.25&panel=sources&autoplay=0");
  std::vector<std::string> w;
  UrlParams q = parse_url_params(s, w);
  CHECK(w.empty());
  CHECK(*q.event == "edessa-pays");
  CHECK(q.view->lat == doctest::Approx(37.16));
  CHECK(*q.panel == PanelId::Sources);
  CHECK(percent_decode("a%2Cb+c%zz%4") == "a,b c%zz%4");
}
