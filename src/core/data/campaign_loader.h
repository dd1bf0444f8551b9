// Loads a campaign data file (JSON, format "campaign-atlas/1" or "/2") into a Campaign, validating everything.
#pragma once
#include <cstdint>
#include <string>
#include <vector>
#include <string_view>

#include "core/data/campaign.h"
#include "core/data/json_reader.h"

namespace atlas {

constexpr const char* kCampaignFormat1 = "campaign-atlas/1";  // one army (docs/campaign-format.md)
constexpr const char* kCampaignFormat2 = "campaign-atlas/2";  // several armies, the UI's words from the file

struct LoadResult {
  Campaign campaign;  // empty unless ok()
  LoadError error;    // the first: error.to_string(): "khusrau-540.json:42:17: events[3].place: unknown place id ..."
  std::vector<LoadError> errors;  // all of them (the first of each broken part), in the order read
  std::vector<std::uint32_t> code_points;  // the characters of its text, for the fonts (core/data/json.h)
  bool ok() const { return error.empty(); }
  // The first error, and how many more there are: "x.json:3:7: title: ... (and 2 more problems:
  // `campaign-atlas check x.json` lists them all)". What the app and the page say.
  std::string message() const;
};

// Parses and validates `text`; `file_name` is used in messages only. Syntax, types, unknown
// fields, ids, cross-references, coordinates, dates and amounts are all checked; on any error
// the result holds no campaign, and lists every broken part. Never crashes, whatever the input.
LoadResult load_campaign(std::string_view text, std::string_view file_name);

// As load_campaign, into `out` (replaced on success, else untouched): "" or the message (the first problem,
// with how many more there are). `file_name` names the file in messages.
std::string load_campaign_text(std::string_view text, std::string_view file_name, Campaign& out,
                               std::vector<std::uint32_t>* code_points = nullptr);

// Reads the file at `path` (at most JsonLimits::max_bytes) into `text`. "" on success, else the message.
std::string read_campaign_text(const std::string& path, std::string& text);

// Reads and loads the file at `path`. Returns "" on success (and replaces `out`); otherwise the
// message (a missing or unreadable file is named as such) and `out` is left untouched.
std::string load_campaign_file(const std::string& path, Campaign& out, std::vector<std::uint32_t>* code_points = nullptr);

}  // namespace atlas
