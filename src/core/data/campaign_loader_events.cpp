// Reads the dated story of a campaign: events, the decisions of the side it names, and the post's chapters.
#include "core/data/campaign_loader_parts.h"
#include "core/data/date.h"

namespace atlas {
namespace {

// Reports an item that starts before the one listed before it (the file must be in date order).
template <typename T>
void check_order(FieldReader& r, const std::vector<T>& items, const T& item, const std::string& array_path) {
  if (items.empty() || item.date.start == 0) return;
  const T& previous = items.back();
  if (item.date.start < previous.date.start) {
    r.fail("date_start", format_iso_date(item.date.start) + " is before the start of " +
                             element_path(array_path, items.size() - 1) + " (\"" + previous.id + "\", " +
                             format_iso_date(previous.date.start) + "): list them in date order");
  }
}

// "demand_same_as": names an event listed earlier whose `demanded` is the same sum (same figure and
// metal, or both unknown); -1 if absent. Totals then count the sum once, at the earlier event.
int same_demand(CampaignBuilder& b, FieldReader& r, const IdIndex& ids, const Event& e) {
  const int other = b.reference(r, "demand_same_as", ids, "event", false);
  if (other < 0 || !b.ctx.ok()) return -1;
  if (other >= static_cast<int>(b.campaign.events.size())) {
    r.fail("demand_same_as", "\"" + e.id + "\" must name an event listed before it");
    return -1;
  }
  const Event& first = b.campaign.events[static_cast<std::size_t>(other)];
  const Amount &mine = e.demanded, &theirs = first.demanded;
  if (!mine.present || !theirs.present) {
    r.fail("demand_same_as", "both this event and \"" + first.id + "\" need a \"demanded\" amount");
    return -1;
  }
  const bool same = mine.known == theirs.known &&
                    (!mine.known || (mine.lb == theirs.lb && mine.has_metal == theirs.has_metal && mine.metal == theirs.metal));
  if (!same) r.fail("demand_same_as", "\"" + first.id + "\" demanded a different sum");
  return same ? other : -1;
}

}  // namespace

void read_events(CampaignBuilder& b, const JsonValue& array, const std::string& path) {
  IdIndex ids;
  for (std::size_t i = 0; i < array.array.size(); ++i) {
    ReadContext::Part part(b.ctx);  // each item's first error, then the next item
    FieldReader r(b.ctx, array.array[i], element_path(path, i),
                  {"id", "kind", "date_start", "date_end", "uncertain", "date_note", "place", "demanded", "paid",
                   "captives", "outcome", "summary", "sources", "differs", "forces", "demand_same_as", "army"});
    Event e;
    e.id = r.id("id");
    b.add_id(ids, r, "id", e.id, static_cast<int>(i), "event");
    r.choice("kind", parse_event_kind, event_kind_names, "kind", e.kind);
    e.date = b.date_span(r, true);
    e.place_index = b.reference(r, "place", b.places, "place", true);
    if (e.place_index >= 0) e.place = b.campaign.places[static_cast<std::size_t>(e.place_index)].id;
    e.demanded = b.amount(r, "demanded");
    e.paid = b.amount(r, "paid");
    e.captives = b.count(r, "captives", false);
    r.choice("outcome", parse_outcome, outcome_names, "outcome", e.outcome, false);
    e.summary = r.text("summary");
    e.army = b.army_reference(r);
    e.sources = b.source_list(r, "sources", true);
    e.differs = b.differs(r);
    if (const JsonValue* forces = r.array("forces", false)) {
      for (std::size_t k = 0; k < forces->array.size() && b.ctx.ok(); ++k) {
        const JsonValue& v = forces->array[k];
        const std::string at = element_path(r.path_of("forces"), k);
        auto it = v.is(JsonType::String) ? b.forces.find(v.string) : b.forces.end();
        if (!v.is(JsonType::String)) b.ctx.fail(v, at, std::string("expected a force id (a string) but found ") + json_type_name(v.type));
        else if (it == b.forces.end()) b.ctx.fail(v, at, "unknown force id " + quoted(v.string));
        else e.forces.push_back(it->second);
      }
    }
    e.demand_same_as_index = same_demand(b, r, ids, e);
    if (e.demand_same_as_index >= 0) e.demand_same_as = b.campaign.events[static_cast<std::size_t>(e.demand_same_as_index)].id;
    check_order(r, b.campaign.events, e, path);
    b.campaign.events.push_back(std::move(e));  // even a broken one: item i stays events[i]
  }
}

void read_decisions(CampaignBuilder& b, const JsonValue& array, const std::string& path) {
  IdIndex ids;
  for (std::size_t i = 0; i < array.array.size(); ++i) {
    ReadContext::Part part(b.ctx);  // each item's first error, then the next item
    FieldReader r(b.ctx, array.array[i], element_path(path, i),
                  {"id", "date_start", "date_end", "uncertain", "date_note", "what", "why", "followed", "sources",
                   "differs", "army"});
    Decision d;
    d.id = r.id("id");
    b.add_id(ids, r, "id", d.id, static_cast<int>(i), "decision");
    d.date = b.date_span(r, true);
    d.what = r.text("what");
    d.why = r.text("why", false);
    d.followed = r.text("followed", false);
    if (b.campaign.version >= 2) d.army = b.army_reference(r);
    d.sources = b.source_list(r, "sources", true);
    d.differs = b.differs(r);
    check_order(r, b.campaign.decisions, d, path);
    b.campaign.decisions.push_back(std::move(d));
  }
}

void read_chapters(CampaignBuilder& b, const JsonValue& array, const std::string& path) {
  IdIndex ids;
  for (std::size_t i = 0; i < array.array.size(); ++i) {
    ReadContext::Part part(b.ctx);  // each item's first error, then the next item
    FieldReader r(b.ctx, array.array[i], element_path(path, i),
                  {"id", "title", "date_start", "date_end", "uncertain", "date_note", "summary", "sources"});
    Chapter c;
    c.id = r.id("id");
    b.add_id(ids, r, "id", c.id, static_cast<int>(i), "chapter");
    c.title = r.name("title");
    c.date = b.date_span(r, false);
    c.summary = r.text("summary");
    c.sources = b.source_list(r, "sources", true);
    std::vector<Chapter>& chapters = b.campaign.chapters;
    if (b.ctx.ok() && !chapters.empty() && c.date.start <= chapters.back().date.end) {
      r.fail("date_start", format_iso_date(c.date.start) + " is not after the end of " +
                               element_path(path, i - 1) + " (" + format_iso_date(chapters.back().date.end) +
                               "): chapters follow one another without overlapping");
    }
    chapters.push_back(std::move(c));
  }
}

}  // namespace atlas
