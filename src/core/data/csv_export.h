// Exports a campaign's events as CSV (RFC 4180), for spreadsheets and for checking the data.
#pragma once
#include <string>
#include <string_view>

#include "core/data/campaign.h"

namespace atlas {

// Header, then one row per event in file order, lines ending in CRLF as RFC 4180 says:
// id,date_start,date_end,uncertain,place,kind,demanded_lb,demanded_metal,paid_lb,paid_metal,
// outcome,sources,date_label,captives,demanded_uncertain,paid_uncertain,summary
// Dates are YYYY-MM-DD; uncertain is true/false; an amount is a number, "unknown", or empty when
// absent (its *_uncertain column is then empty too); captives likewise; sources are
// "id passage" joined with "; "; date_label is the date as shown in the app.
std::string export_events_csv(const Campaign& campaign);

// One CSV field, quoted when it contains a comma, quote, CR or LF (quotes doubled).
std::string csv_field(std::string_view text);

}  // namespace atlas
