// Writes events as RFC 4180 CSV rows with locale-independent numbers and ISO dates.
#include "core/data/csv_export.h"

#include "core/story/amount_text.h"
#include "core/data/date.h"

namespace atlas {
namespace {

std::string amount_lb(const Amount& a) {
  if (!a.present) return "";
  return a.known ? plain_number(a.lb) : "unknown";
}

std::string amount_metal(const Amount& a) { return a.present && a.has_metal ? to_string(a.metal) : ""; }

std::string joined_sources(const std::vector<SourceRef>& sources) {
  std::string out;
  for (const SourceRef& s : sources) {
    if (!out.empty()) out += "; ";
    out += s.source + " " + s.passage;
  }
  return out;
}

// "true" for a figure flagged uncertain, "false" for a firm one, "" when there is no amount.
std::string uncertain_field(const Amount& a) {
  if (!a.present) return "";
  return a.uncertain ? "true" : "false";
}

std::string captives_field(const Count& c) {
  if (!c.present) return "";
  return c.known ? std::to_string(c.value) : "unknown";
}

}  // namespace

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string export_events_csv(const Campaign& campaign) {
  std::string out =
      "id,date_start,date_end,uncertain,place,kind,demanded_lb,demanded_metal,paid_lb,paid_metal,"
      "outcome,sources,date_label,captives,demanded_uncertain,paid_uncertain,summary\r\n";
  for (const Event& e : campaign.events) {
    const std::string fields[] = {
        e.id,
        format_iso_date(e.date.start),
        format_iso_date(e.date.end),
        e.date.uncertain ? "true" : "false",
        e.place,
        to_string(e.kind),
        amount_lb(e.demanded),
        amount_metal(e.demanded),
        amount_lb(e.paid),
        amount_metal(e.paid),
        to_string(e.outcome),
        joined_sources(e.sources),
        format_date_span(e.date.start, e.date.end, e.date.uncertain),
        captives_field(e.captives),
        uncertain_field(e.demanded),
        uncertain_field(e.paid),
        e.summary,
    };
    bool first = true;
    for (const std::string& f : fields) {
      if (!first) out += ',';
      out += csv_field(f);
      first = false;
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace atlas
