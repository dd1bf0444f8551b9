// Loads a campaign file: the top level, metadata, factions, sources, places, map furniture and notes.
#include "core/data/campaign_loader.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <sys/stat.h>

#include "core/data/campaign_loader_parts.h"
#include "core/data/date.h"
#include "core/data/text_parse.h"

namespace atlas {

namespace {

bool parse_color(const std::string& s, unsigned& rgb) {
  std::uint32_t v = 0;
  if (s.size() != 7 || s[0] != '#' || !parse_hex(std::string_view(s).substr(1), v)) return false;
  rgb = v;
  return true;
}

// Calls read(FieldReader&, index) for each object of an array field, each a part of its own (its first
// error reported, the next element read afresh). Every element is read, even a broken one (its getters
// then give fallbacks), so item i of the list is always item i of what the reader builds.
template <typename ReadOne>
void for_each_object(ReadContext& ctx, const JsonValue* array, const std::string& path,
                     std::initializer_list<std::string_view> allowed, ReadOne read) {
  if (!array) return;
  for (std::size_t i = 0; i < array->array.size(); ++i) {
    ReadContext::Part part(ctx);
    FieldReader r(ctx, array->array[i], element_path(path, i), allowed);
    read(r, i);
  }
}

void read_header(CampaignBuilder& b, FieldReader& top) {
  Campaign& c = b.campaign;
  c.format = top.text("format");
  c.version = c.format == kCampaignFormat2 ? 2 : 1;
  if (b.ctx.ok() && c.format != kCampaignFormat1 && c.format != kCampaignFormat2) {
    top.fail("format", "expected \"" + std::string(kCampaignFormat1) + "\" or \"" + kCampaignFormat2 + "\", found " +
                           quoted(c.format));
  }
  c.id = top.id("id");
  c.title = top.name("title");
  c.summary = top.text("summary", false);
  top.text("about", false);  // a note for editors; not shown
  c.start_day = top.date("start");
  c.end_day = top.date("end");
  if (b.ctx.ok() && c.end_day < c.start_day) top.fail("end", "is before \"start\"");
  const JsonValue* view = top.get("view", JsonType::Object, true);
  if (!view || !b.ctx.ok()) return;
  FieldReader v(b.ctx, *view, "view", {"west", "south", "east", "north"});
  c.view.west = v.number("west", -180, 180);
  c.view.south = v.number("south", -90, 90);
  c.view.east = v.number("east", -180, 180);
  c.view.north = v.number("north", -90, 90);
  if (b.ctx.ok() && c.view.east <= c.view.west) v.fail("east", "must be greater than \"west\"");
  if (b.ctx.ok() && c.view.north <= c.view.south) v.fail("north", "must be greater than \"south\"");
}

void read_factions_and_sources(CampaignBuilder& b, FieldReader& top) {
  Campaign& c = b.campaign;
  for_each_object(b.ctx, top.array("factions", true, 1), "factions", {"id", "name", "color"},
                  [&](FieldReader& r, std::size_t i) {
                    Faction f;
                    f.id = r.id("id");
                    b.add_id(b.factions, r, "id", f.id, static_cast<int>(i), "faction");
                    f.name = r.name("name");
                    f.color = b.colour(r, "color", f.rgb);
                    c.factions.push_back(std::move(f));
                  });
  for_each_object(b.ctx, top.array("sources", true, 1), "sources", {"id", "short", "reference", "note", "url"},
                  [&](FieldReader& r, std::size_t i) {
                    Source s;
                    s.id = r.id("id");
                    b.add_id(b.sources, r, "id", s.id, static_cast<int>(i), "source");
                    s.short_cite = r.name("short");
                    s.reference = r.text("reference");
                    s.note = r.text("note", false);
                    s.url = r.text("url", false);
                    if (!s.url.empty() && !is_web_link(s.url))  // a reader's click opens it: nothing but the web
                      r.fail("url", quoted(s.url) + " is not a web address (it must begin with https:// or http://)");
                    c.sources.push_back(std::move(s));
                  });
}

void read_places(CampaignBuilder& b, FieldReader& top) {
  Campaign& c = b.campaign;
  for_each_object(
      b.ctx, top.array("places", true, 1), "places",
      {"id", "name", "modern", "lat", "lon", "held_by", "role", "coord_uncertain", "coord_note", "changes_hands"},
      [&](FieldReader& r, std::size_t i) {
        Place p;
        p.id = r.id("id");
        b.add_id(b.places, r, "id", p.id, static_cast<int>(i), "place");
        p.ancient_name = r.name("name");
        p.modern_name = r.name("modern");
        p.at = read_lat_lon(r);
        p.held_by_index = b.reference(r, "held_by", b.factions, "faction", true);
        if (p.held_by_index >= 0) p.held_by = c.factions[static_cast<std::size_t>(p.held_by_index)].id;
        p.role = r.text("role");
        p.coord_uncertain = r.flag("coord_uncertain");
        p.coord_note = r.text("coord_note", false);
        for_each_object(b.ctx, r.array("changes_hands", false), r.path_of("changes_hands"),
                        {"to", "date", "uncertain", "date_note", "sources"}, [&](FieldReader& h, std::size_t) {
                          HandOver o;
                          o.to_index = b.reference(h, "to", b.factions, "faction", true);
                          if (o.to_index >= 0) o.to = c.factions[static_cast<std::size_t>(o.to_index)].id;
                          o.date.start = o.date.end = h.date("date");
                          b.check_in_span(h, "date", o.date.start);
                          if (b.ctx.ok() && !p.changes_hands.empty() && o.date.start < p.changes_hands.back().date.start) {
                            h.fail("date", "is before the previous change of hands: list them in date order");
                          }
                          o.date.uncertain = h.flag("uncertain");
                          o.date.note = h.text("date_note", false);
                          o.sources = b.source_list(h, "sources", true);
                          p.changes_hands.push_back(std::move(o));
                        });
        c.places.push_back(std::move(p));
      });
}

void read_map_furniture(CampaignBuilder& b, FieldReader& top) {
  Campaign& c = b.campaign;
  for_each_object(b.ctx, top.array("labels", false), "labels", {"text", "lat", "lon", "size"},
                  [&](FieldReader& r, std::size_t) {
                    Label l;
                    l.text = r.name("text");
                    l.at = read_lat_lon(r);
                    r.choice("size", parse_label_size, label_size_names, "label size", l.size);
                    c.labels.push_back(std::move(l));
                  });
  const JsonValue* frontier = top.get("frontier", JsonType::Object, false);
  if (!frontier || !b.ctx.ok()) return;
  FieldReader f(b.ctx, *frontier, "frontier", {"note", "points"});
  c.frontier.note = f.text("note");
  for_each_object(b.ctx, f.array("points", true, 2, kMaxRoutePoints), "frontier.points", {"lat", "lon"},
                  [&](FieldReader& r, std::size_t) {
                    c.frontier.points.push_back(read_lat_lon(r));
                  });
}

void read_notes(CampaignBuilder& b, FieldReader& top, const char* key, std::vector<Note>& out) {
  IdIndex ids;
  for_each_object(b.ctx, top.array(key, false), key, {"id", "text", "sources"}, [&](FieldReader& r, std::size_t i) {
    Note n;
    n.id = r.id("id");
    b.add_id(ids, r, "id", n.id, static_cast<int>(i), "note");
    n.text = r.text("text");
    n.sources = b.source_list(r, "sources", false);
    out.push_back(std::move(n));
  });
}

void read_forces(CampaignBuilder& b, FieldReader& top) {
  IdIndex& ids = b.forces;  // events refer to them
  Campaign& c = b.campaign;
  const std::initializer_list<std::string_view> v1 = {"id", "name", "faction", "size", "sources"};
  const std::initializer_list<std::string_view> v2 = {"id",   "name",  "faction", "size",          "sources", "label",
                                                      "color", "route", "band",    "detachment_of", "rejoins", "strength"};
  for_each_object(b.ctx, top.array("forces", c.version >= 2, c.version >= 2 ? 1 : 0), "forces", c.version >= 2 ? v2 : v1,
                  [&](FieldReader& r, std::size_t i) {
                    Force f;
                    f.id = r.id("id");
                    b.add_id(ids, r, "id", f.id, static_cast<int>(i), "force");
                    f.name = r.name("name");
                    f.faction_index = b.reference(r, "faction", b.factions, "faction", true);
                    if (f.faction_index >= 0) f.faction = c.factions[static_cast<std::size_t>(f.faction_index)].id;
                    f.size = b.count(r, "size", true);
                    f.sources = b.source_list(r, "sources", true);
                    c.forces.push_back(std::move(f));
                    if (r.has("route")) read_force_route(b, r, static_cast<int>(i));  // even if broken: its army exists
                  });
  if (b.ctx.ok() && c.version >= 2 && c.armies.empty()) top.fail("forces", "at least one force needs a \"route\"");
}

// Who takes the decisions, the Demands panel's note, the scale's unit, the geography file (required decisions_by: format 2).
void read_words(CampaignBuilder& b, FieldReader& top) {
  Campaign& c = b.campaign;
  if (const JsonValue* by = top.get("decisions_by", JsonType::Object, false); by && b.ctx.ok()) {
    FieldReader r(b.ctx, *by, "decisions_by", {"name", "title"});
    c.decisions_by.name = r.name("name");
    c.decisions_by.title = r.name("title");
  } else if (b.ctx.ok() && c.version >= 2 && !c.decisions.empty()) {
    top.fail("decisions", "say who takes them: \"decisions_by\": {\"name\", \"title\"}");
  }
  if (const JsonValue* money = top.get("money", JsonType::Object, false); money && b.ctx.ok()) {
    FieldReader r(b.ctx, *money, "money", {"note"});
    c.money_note = r.text("note", false);
  }
  if (const JsonValue* unit = top.get("distance_unit", JsonType::Object, false); unit && b.ctx.ok()) {
    FieldReader r(b.ctx, *unit, "distance_unit", {"name", "km"});
    c.distance_unit.name = r.name("name");
    c.distance_unit.km = r.number("km", 0.001, 100000);
  }
  if (b.ctx.ok() && top.has("geography")) c.geography = top.id("geography");
}

// Reads the sections in dependency order (what others refer to comes first), each a part of its own:
// a broken section is reported and the next one still read, against what could be read before it.
void read_campaign(CampaignBuilder& b, const JsonValue& root) {
  FieldReader top(b.ctx, root, "",
                  {"format", "id", "title", "summary", "about", "start", "end", "view", "factions", "sources",
                   "places", "route", "events", "decisions", "chapters", "labels", "frontier", "forces",
                   "unknowns", "corrections", "decisions_by", "money", "distance_unit", "geography"});
  if (!root.is(JsonType::Object)) return;
  const auto section = [&](auto read) { ReadContext::Part part(b.ctx); read(); };
  section([&] { read_header(b, top); });
  section([&] { read_factions_and_sources(b, top); });
  section([&] { read_places(b, top); });
  section([&] { read_forces(b, top); });
  section([&] {
    if (b.campaign.version >= 2 && top.has("route"))
      top.fail("route", "format 2 gives each army its route: move it into a force (\"forces\": [{..., \"route\": [...]}])");
    if (b.campaign.version < 2)
      if (const JsonValue* route = top.array("route", true, 2, kMaxRoutePoints); route && b.ctx.ok()) read_main_route(b, *route);
  });
  section([&] { if (const JsonValue* events = top.array("events", true, 1)) read_events(b, *events, "events"); });
  section([&] { if (const JsonValue* decisions = top.array("decisions", false)) read_decisions(b, *decisions, "decisions"); });
  section([&] { if (const JsonValue* chapters = top.array("chapters", false)) read_chapters(b, *chapters, "chapters"); });
  section([&] { read_words(b, top); });
  section([&] { read_map_furniture(b, top); });
  section([&] { read_notes(b, top, "unknowns", b.campaign.unknowns); });
  section([&] { read_notes(b, top, "corrections", b.campaign.corrections); });
}

}  // namespace

std::string CampaignBuilder::colour(FieldReader& r, std::string_view key, unsigned& rgb) {
  const std::string text = r.text(key);
  if (ctx.ok() && !parse_color(text, rgb)) r.fail(key, "write a colour as \"#rrggbb\"");
  return text;
}

LoadResult load_campaign(std::string_view text, std::string_view file_name) {
  LoadResult result;
  ReadContext ctx{std::string(file_name)};
  JsonValue root;
  JsonError json_error;
  if (!parse_json(text, root, json_error)) {
    ctx.fail(json_error.line, json_error.column, "", json_error.message);
    result.error = ctx.error();
    result.errors = ctx.errors();
    return result;
  }
  Campaign campaign;
  CampaignBuilder builder{ctx, campaign, {}, {}, {}, {}};
  read_campaign(builder, root);
  if (ctx.clean()) result.campaign = std::move(campaign), result.code_points = string_code_points(root);
  result.error = ctx.error();
  result.errors = ctx.errors();
  return result;
}

std::string LoadResult::message() const {
  if (errors.size() <= 1) return error.to_string();
  const std::size_t more = errors.size() - 1;
  return error.to_string() + " (and " + (errors.size() >= ReadContext::kMaxErrors ? "at least " : "") + std::to_string(more) +
         " more problem" + (more == 1 ? "" : "s") + ": `campaign-atlas check " + error.file + "` lists them all)";
}

std::string read_campaign_text(const std::string& path, std::string& text) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))  // a FIFO would wait forever, /dev/zero never end
    return "cannot read campaign file \"" + path + "\": not a regular file (a directory, a device or a pipe)";
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return "cannot open campaign file \"" + path + "\": " + std::strerror(errno);
  // Read at most one byte beyond the parser's limit, so a huge file is rejected without reading it all.
  const std::size_t limit = JsonLimits{}.max_bytes + 1;
  text.clear();
  char buf[65536];
  std::size_t n = 0;
  while (text.size() < limit && (n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  const bool read_error = std::ferror(f) != 0;
  long size = -1;  // a file over the limit is reported by its real size, not by how much was read
  if (!read_error && text.size() >= limit && std::fseek(f, 0, SEEK_END) == 0) size = std::ftell(f);
  std::fclose(f);
  if (read_error) return "cannot read campaign file \"" + path + "\"";
  if (text.size() >= limit)
    return path + ": the file is " + (size >= 0 ? std::to_string(size) + " bytes" : "too large") +
           "; a campaign may be at most " + std::to_string(JsonLimits{}.max_bytes) + " bytes (4 MiB)";
  return "";
}

std::string load_campaign_text(std::string_view text, std::string_view file_name, Campaign& out, std::vector<std::uint32_t>* code_points) {
  LoadResult result = load_campaign(text, file_name);
  if (!result.ok()) return result.message();
  out = std::move(result.campaign);
  if (code_points) *code_points = std::move(result.code_points);
  return "";
}

std::string load_campaign_file(const std::string& path, Campaign& out, std::vector<std::uint32_t>* code_points) {
  std::string text;
  if (std::string error = read_campaign_text(path, text); !error.empty()) return error;
  return load_campaign_text(text, path, out, code_points);
}

}  // namespace atlas
