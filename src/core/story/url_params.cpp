// Strict parsing of deep-link parameters with warnings, and formatting of the state back into a hash.
#include "core/story/url_params.h"

#include <cstdint>
#include <cstdio>

#include "core/data/date.h"
#include "core/data/text_parse.h"
#include "core/data/utf8.h"

namespace atlas {
namespace {

// Shows a value in a warning: printable ASCII as is, anything else escaped, at most 40 characters.
std::string shown(std::string_view v) { return quoted(v, true); }

// Y-MM-DD with a year of one to four digits ("540-06-20", as historians write it, or "0540-06-20").
bool is_date(std::string_view v) {
  int day = 0;
  return parse_reader_date(v, day);
}

std::optional<bool> flag(std::string_view v) {
  if (v == "1" || v == "true" || v == "yes") return true;
  if (v == "0" || v == "false" || v == "no") return false;
  return std::nullopt;
}

bool number(std::string_view s, double& out) { return s.size() <= 24 && parse_decimal(s, out); }

std::optional<ViewParam> view(std::string_view v) {
  ViewParam p;
  double* fields[] = {&p.lon, &p.lat, &p.zoom};
  for (int i = 0; i < 3; ++i) {
    size_t comma = v.find(',');
    if ((i < 2) == (comma == std::string_view::npos)) return std::nullopt;
    if (!number(v.substr(0, comma), *fields[i])) return std::nullopt;
    v = i < 2 ? v.substr(comma + 1) : std::string_view{};
  }
  if (p.lon < -180 || p.lon > 180 || p.lat < -90 || p.lat > 90 || p.zoom < -8 || p.zoom > 16) return std::nullopt;
  return p;
}

}  // namespace

std::string percent_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') out += ' ';
    else if (std::uint32_t byte = 0; s[i] == '%' && i + 2 < s.size() && parse_hex(s.substr(i + 1, 2), byte)) {
      out += static_cast<char>(byte);
      i += 2;
    } else out += s[i];
  }
  return out;
}

namespace {

// Tags that sharing sites and newsletters add to a link ("utm_source", "fbclid"): not ours, and not a mistake.
bool is_tracking_tag(std::string_view key) {
  return key.rfind("utm_", 0) == 0 || key == "fbclid" || key == "gclid" || key == "mc_cid" || key == "mc_eid";
}

// One part of a link, the query or the hash, each at most kMaxUrlPart characters: a long query of
// tracking tags never costs the hash its deep link. A later value of a key replaces an earlier one.
void parse_part(std::string_view text, const char* part, UrlParams& p, std::vector<std::string>& warnings) {
  if (text.size() > kMaxUrlPart) {
    warnings.push_back(std::string("URL ") + (*part ? part : "parameters") + " ignored: " + std::to_string(text.size()) +
                       " characters, longer than " + std::to_string(kMaxUrlPart));
    return;
  }
  while (!text.empty()) {
    size_t amp = text.find('&');
    std::string_view pair = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view{} : text.substr(amp + 1);
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    std::string key = percent_decode(pair.substr(0, eq));
    std::string val = eq == std::string_view::npos ? std::string() : percent_decode(pair.substr(eq + 1));
    auto bad = [&](const char* expected) {
      warnings.push_back("URL parameter " + key + "=" + shown(val) + " ignored: expected " + expected);
    };
    if (key == "event" || key == "chapter") {
      if (!is_valid_id(val)) { bad("an id of lower-case letters, digits, '-' or '_'"); continue; }
      (key == "event" ? p.event : p.chapter) = val;
    } else if (key == "date") {
      if (!is_date(val)) { bad("a date Y-MM-DD (e.g. 1066-10-14; -217-06-21 is 218 BC)"); continue; }
      p.date = val;
    } else if (key == "view") {
      auto v = view(val);
      if (!v) { bad("lon,lat,zoom (degrees, degrees, -8..16)"); continue; }
      p.view = v;
    } else if (key == "panel") {
      std::optional<PanelId> panel = panel_named(val);
      if (!panel) { bad(panel_names_text().c_str()); continue; }
      p.panel = panel;
    } else if (key == "autoplay" || key == "panels" || key == "embed") {
      auto f = flag(val);
      if (!f) { bad("1 or 0"); continue; }
      (key == "autoplay" ? p.autoplay : key == "panels" ? p.panels : p.embed) = f;
    } else if (key == "campaign" || key == "host") {
      continue;  // the page's: it fetches campaigns/<id>.json; it takes commands from the host origin only (web/index.html)
    } else if (!is_tracking_tag(key)) {
      warnings.push_back("URL parameter " + shown(key) + " ignored: unknown (known: campaign, event, date, chapter, view, panel, autoplay, panels, embed, host)");
    }
  }
}

}  // namespace

UrlParams parse_url_params(std::string_view text, std::vector<std::string>& warnings) {
  UrlParams p;
  if (!text.empty() && text[0] == '?') text.remove_prefix(1);
  const std::size_t hash = text.find('#');
  if (hash != std::string_view::npos) parse_part(text.substr(0, hash), "query", p, warnings);
  parse_part(hash == std::string_view::npos ? text : text.substr(hash + 1), hash == std::string_view::npos ? "" : "hash", p, warnings);
  return p;
}

std::string format_url_params(const UrlParams& p) {
  std::string out;
  auto add = [&](const char* k, const std::string& v) { out += (out.empty() ? "" : "&") + std::string(k) + "=" + v; };
  if (p.event) add("event", *p.event);
  if (p.chapter) add("chapter", *p.chapter);
  if (p.date) add("date", *p.date);
  if (p.view) add("view", format_fixed(p.view->lon, 3) + "," + format_fixed(p.view->lat, 3) + "," + format_fixed(p.view->zoom, 2));
  if (p.panel) add("panel", panel_info(*p.panel).url_name);
  if (p.autoplay) add("autoplay", *p.autoplay ? "1" : "0");
  if (p.panels) add("panels", *p.panels ? "1" : "0");
  if (p.embed) add("embed", *p.embed ? "1" : "0");
  return out;
}

}  // namespace atlas
