// The stable layout the editor saves campaigns in: the same tree always gives the same bytes.
#pragma once
#include <string>

#include "core/data/json.h"

namespace atlas {

// A container of scalars, or of containers of scalars, is written on one line when the line fits.
inline constexpr int kSavedLineWidth = 160;  // characters, with the indent and the trailing comma

// The shortest decimal that reads back as the same double ("46", "35.8", "0.1"), '.' in any locale;
// whole numbers below 1e15 without a fraction or exponent.
std::string format_json_number(double value);

// The campaign file as the editor saves it (docs/campaign-format.md, "Saved by the editor"): two-space
// indent; members in the tree's order; the document itself a member a line; `{"k": v, "k2": [1, 2]}` on one line when it holds scalars or
// containers of scalars and fits in kSavedLineWidth, else one member or element a line; strings
// escaped by json_escape (UTF-8 kept); numbers by format_json_number; a final newline.
// parse_json(format_campaign_json(v)) is v, and formatting that again gives the same bytes.
std::string format_campaign_json(const JsonValue& root);

}  // namespace atlas
