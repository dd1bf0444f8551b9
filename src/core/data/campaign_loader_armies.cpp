// Reads the armies: format 1's one top-level route, or format 2's forces that have routes (with their
// label, colour, band, strength and detachments), and what events and decisions say about them.
#include "core/data/campaign_loader_parts.h"
#include "core/data/date.h"

namespace atlas {
namespace {

std::vector<StrengthPoint> read_strength(CampaignBuilder& b, FieldReader& r) {
  std::vector<StrengthPoint> out;
  const JsonValue* list = r.array("strength", false);
  for (std::size_t i = 0; list && i < list->array.size(); ++i) {
    ReadContext::Part part(b.ctx);
    FieldReader s(b.ctx, list->array[i], element_path(r.path_of("strength"), i),
                  {"date", "count", "uncertain", "note", "sources"});
    StrengthPoint p;
    p.day = s.date("date");
    b.check_in_span(s, "date", p.day);
    if (b.ctx.ok() && !out.empty() && p.day < out.back().day) s.fail("date", "is before the previous figure: list them in date order");
    p.count = b.count(s, "count", true);
    p.uncertain = s.flag("uncertain");
    p.note = s.text("note", false);
    p.sources = b.source_list(s, "sources", true);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

void read_main_route(CampaignBuilder& b, const JsonValue& array) {
  Campaign& c = b.campaign;
  Army a;
  a.force = c.forces.empty() ? -1 : 0;  // format 1: the army is the first force listed
  if (a.force >= 0) a.label = c.forces.front().name;
  const int faction = a.force >= 0 ? c.forces.front().faction_index : -1;
  a.rgb = faction >= 0 ? c.factions[static_cast<std::size_t>(faction)].rgb : 0;
  a.band = BandMeasure::Plunder;  // what the known payments of format 1 always drew
  a.house_colour = true;
  read_route(b, array, "route", a.route);
  if (b.ctx.ok()) c.armies.push_back(std::move(a));
}

void read_force_route(CampaignBuilder& b, FieldReader& r, int force_index) {
  Campaign& c = b.campaign;
  const Force& f = c.forces[static_cast<std::size_t>(force_index)];
  Army a;
  a.force = force_index;
  a.label = r.has("label") ? r.name("label") : f.name;
  a.rgb = f.faction_index >= 0 ? c.factions[static_cast<std::size_t>(f.faction_index)].rgb : 0;
  if (r.has("color")) b.colour(r, "color", a.rgb);
  r.choice("band", parse_band_measure, band_measure_names, "band", a.band, false);
  a.strength = read_strength(b, r);
  if (b.ctx.ok() && a.band == BandMeasure::Strength && a.strength.empty())
    r.fail("band", "\"strength\" needs a \"strength\" list of figures with their dates");
  if (r.has("detachment_of")) {
    const int parent_force = b.reference(r, "detachment_of", b.forces, "force", true);
    a.parent = parent_force >= 0 ? b.army_of_force(parent_force) : -1;
    if (b.ctx.ok() && a.parent < 0) r.fail("detachment_of", "must name a force with a \"route\" listed before it");
  }
  a.rejoins = r.flag("rejoins");
  if (b.ctx.ok() && a.rejoins && a.parent < 0) r.fail("rejoins", "only a detachment (\"detachment_of\") rejoins");
  if (const JsonValue* route = r.array("route", true, 2, kMaxRoutePoints); route && b.ctx.ok()) read_route(b, *route, r.path_of("route"), a.route);
  c.armies.push_back(std::move(a));  // even a broken one, so events naming its force report nothing more
}

int CampaignBuilder::army_of_force(int force_index) const {
  for (std::size_t i = 0; i < campaign.armies.size(); ++i)
    if (campaign.armies[i].force == force_index) return static_cast<int>(i);
  return -1;
}

int CampaignBuilder::army_reference(FieldReader& r) {
  if (campaign.version < 2) {  // format 1: everything concerns the one army
    if (r.has("army")) r.fail("army", "is a field of \"campaign-atlas/2\"");
    return campaign.armies.empty() ? -1 : 0;
  }
  if (!r.has("army")) return -1;
  const int force = reference(r, "army", forces, "force", true);
  const int army = force >= 0 ? army_of_force(force) : -1;
  if (ctx.ok() && army < 0) r.fail("army", "must name a force with a \"route\"");
  return army;
}

}  // namespace atlas
