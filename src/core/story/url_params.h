// Deep-link parameters (?event=…&date=…&view=lon,lat,zoom…): parsed strictly, written back for the hash.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geo/geo.h"
#include "core/story/panel_table.h"

namespace atlas {

struct ViewParam {
  double lon = 0, lat = 0, zoom = 0;  // zoom: log2 of the scale relative to the whole-campaign view
  GeoDeg centre() const { return GeoDeg::lon_lat(lon, lat); }
};

struct UrlParams {
  std::optional<std::string> event;    // event id
  std::optional<std::string> date;     // YYYY-MM-DD (checked against the campaign later)
  std::optional<std::string> chapter;  // chapter id
  std::optional<ViewParam> view;
  std::optional<bool> autoplay;
  std::optional<bool> panels;
  std::optional<bool> embed;
  std::optional<PanelId> panel;        // which panel is open (panel=demands: core/story/panel_table)
};

// The longest query, and the longest hash, read (each on its own).
inline constexpr std::size_t kMaxUrlPart = 2048;

// Parses a query, a hash, or both as the page joins them ("?a=1&b=2", "a=1", "a=1#b=2": the hash's
// values win). Unknown keys and malformed values are skipped, each with a warning that quotes the value
// safely (never as markup); tracking tags (utm_*, fbclid…) are skipped silently.
UrlParams parse_url_params(std::string_view text, std::vector<std::string>& warnings);

// The hash fragment for a state (without '#'), in a fixed key order; empty fields are left out.
std::string format_url_params(const UrlParams& params);

// Decodes %XX and '+' as in application/x-www-form-urlencoded; invalid escapes are kept literally.
std::string percent_decode(std::string_view s);

}  // namespace atlas
