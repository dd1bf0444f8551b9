// A new campaign from a title, its dates and the area the author framed on the map: the smallest file that loads.
#pragma once
#include <string>
#include <string_view>

#include "core/data/campaign.h"
#include "core/data/json.h"

namespace atlas {

// A format 2 campaign with the framed `area` as its view, one faction, one source, one place at the area's
// centre, one army whose route starts on `start` and ends on `end` there, and one event on `start` citing the
// source. With the author's title and dates ("0540-03-01", "-0217-06-21" for 218 BC; check_new_campaign
// accepts them) `campaign-atlas check` accepts it without an error or a warning. A date the author has not
// given is "" and stays "" (the campaign's start and end, the route's first and last dates, the event's):
// the checker lists each as a problem, so no invented date reaches a file that passes. Every name and text
// is a placeholder that says what to write; the id comes from the title.
JsonValue new_campaign(std::string_view title, const ViewBox& area, std::string_view start, std::string_view end);

// What the new-campaign form says under each field ("" for a field that is fine): a title, and a start and
// an end that parse_date reads (Julian calendar, BCE as negative years), the end not before the start.
struct NewCampaignProblems {
  std::string title, start, end;
  bool ok() const { return title.empty() && start.empty() && end.empty(); }
};
NewCampaignProblems check_new_campaign(std::string_view title, std::string_view start, std::string_view end);

}  // namespace atlas
