// Readers shared by every part of a campaign file: ids, references, sources, differs, dates, amounts, positions.
#include <algorithm>

#include "core/data/campaign_loader_parts.h"
#include "core/data/date.h"

namespace atlas {
namespace {

constexpr double kMaxPounds = 1e9;
constexpr long long kMaxCount = 1000000000;

}  // namespace

void CampaignBuilder::add_id(IdIndex& ids, FieldReader& r, std::string_view key, const std::string& id,
                             int index, const char* what) {
  if (id.empty()) return;
  if (!ids.emplace(id, index).second) r.fail(key, "duplicate " + std::string(what) + " id " + quoted(id));
}

int CampaignBuilder::reference(FieldReader& r, std::string_view key, const IdIndex& ids, const char* what,
                               bool required) {
  const JsonValue* v = r.get(key, JsonType::String, required);
  if (!v) return -1;
  const auto it = ids.find(v->string);
  if (it != ids.end()) return it->second;
  std::vector<std::string_view> known;
  for (const auto& entry : ids) known.push_back(entry.first);
  std::sort(known.begin(), known.end());  // a deterministic suggestion
  r.fail(key, "unknown " + std::string(what) + " id " + quoted(v->string) + did_you_mean(v->string, known));
  return -1;
}

void CampaignBuilder::check_in_span(FieldReader& r, std::string_view key, int day) {
  if (day == 0 || campaign.start_day == 0) return;
  if (day < campaign.start_day || day > campaign.end_day) {
    r.fail(key, format_iso_date(day) + " is outside the campaign (" + format_iso_date(campaign.start_day) +
                    " to " + format_iso_date(campaign.end_day) + ")");
  }
}

std::vector<SourceRef> CampaignBuilder::source_list(FieldReader& r, std::string_view key, bool required) {
  std::vector<SourceRef> out;
  const JsonValue* list = r.array(key, required, required ? 1 : 0);
  if (!list) return out;
  const std::string path = r.path_of(key);
  for (std::size_t i = 0; i < list->array.size() && ctx.ok(); ++i) {
    FieldReader item(ctx, list->array[i], element_path(path, i), {"source", "passage"});
    SourceRef ref;
    ref.source_index = reference(item, "source", sources, "source", true);
    ref.source = ref.source_index >= 0 ? campaign.sources[static_cast<std::size_t>(ref.source_index)].id : "";
    ref.passage = item.text("passage");
    out.push_back(std::move(ref));
  }
  return out;
}

std::vector<Claim> CampaignBuilder::differs(FieldReader& r) {
  std::vector<Claim> out;
  const JsonValue* list = r.array("differs", false);
  if (!list) return out;
  if (list->array.size() < 2) {
    r.fail("differs", "give at least two versions, one per source that tells it differently");
    return out;
  }
  const std::string path = r.path_of("differs");
  for (std::size_t i = 0; i < list->array.size() && ctx.ok(); ++i) {
    FieldReader item(ctx, list->array[i], element_path(path, i), {"source", "passage", "claim"});
    Claim c;
    c.source.source_index = reference(item, "source", sources, "source", true);
    if (c.source.source_index >= 0) c.source.source = campaign.sources[static_cast<std::size_t>(c.source.source_index)].id;
    c.source.passage = item.text("passage");
    c.claim = item.text("claim");
    out.push_back(std::move(c));
  }
  return out;
}

DateSpan CampaignBuilder::date_span(FieldReader& r, bool note_required_if_uncertain) {
  DateSpan d;
  d.start = r.date("date_start");
  d.end = r.has("date_end") ? r.date("date_end") : d.start;
  d.uncertain = r.flag("uncertain");
  d.note = r.text("date_note", false);
  check_in_span(r, "date_start", d.start);
  if (r.has("date_end")) check_in_span(r, "date_end", d.end);
  if (d.start != 0 && d.end != 0 && d.end < d.start) {
    r.fail("date_end", format_iso_date(d.end) + " is before date_start " + format_iso_date(d.start));
  }
  if (note_required_if_uncertain && d.uncertain && d.note.empty()) {
    r.fail("uncertain", "an uncertain date needs a \"date_note\" saying what the sources do say");
  }
  return d;
}

Amount CampaignBuilder::amount(FieldReader& parent, std::string_view key) {
  Amount a;
  const JsonValue* v = parent.get(key, JsonType::Object, false);
  if (!v) return a;
  FieldReader r(ctx, *v, parent.path_of(key), {"lb", "metal", "uncertain", "note"});
  a.present = true;
  const JsonMember* lb = v->find("lb");
  if (!lb) {
    r.get("lb", JsonType::Number, true);  // reports the missing field
  } else if (lb->value.is(JsonType::String)) {
    if (lb->value.string != "unknown") r.fail("lb", "must be a number of pounds or \"unknown\"");
  } else if (lb->value.is(JsonType::Number) && lb->value.number < 0) {
    r.fail("lb", "must not be negative");
  } else {
    a.lb = r.number("lb", 0, kMaxPounds);
    a.known = true;
  }
  a.has_metal = r.choice("metal", parse_metal, metal_names, "metal", a.metal, a.known);
  a.uncertain = r.flag("uncertain");
  a.note = r.text("note", false);
  return a;
}

Count CampaignBuilder::count(FieldReader& parent, std::string_view key, bool required) {
  Count c;
  const JsonValue* v = parent.get(key, JsonType::Object, required);
  if (!v) return c;
  FieldReader r(ctx, *v, parent.path_of(key), {"count", "note"});
  c.present = true;
  const JsonMember* m = v->find("count");
  if (m && m->value.is(JsonType::String)) {
    if (m->value.string != "unknown") r.fail("count", "must be a whole number or \"unknown\"");
  } else {
    c.value = r.integer("count", 0, kMaxCount);
    c.known = true;
  }
  c.note = r.text("note", false);
  return c;
}

GeoDeg read_lat_lon(FieldReader& r) {
  const double lat = r.number("lat", -90, 90);  // read in this order: errors are reported in file order
  const double lon = r.number("lon", -180, 180);
  return GeoDeg::lat_lon(lat, lon);
}

}  // namespace atlas
