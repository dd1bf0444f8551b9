// Where the document puts its places and waypoints, read straight from its tree (loadable or not).
#include "core/edit/campaign_edits.h"
#include "editor/editor_parts.h"

namespace atlas {
namespace {

bool number_member(const JsonValue& item, std::string_view key, double& out) {
  const JsonMember* m = item.find(key);
  if (!m || !m->value.is(JsonType::Number)) return false;
  out = m->value.number;
  return true;
}

}  // namespace

bool place_position(const JsonValue& root, std::string_view id, GeoDeg& out) {
  const JsonMember* places = root.find("places");
  if (!places || !places->value.is(JsonType::Array)) return false;
  for (const JsonValue& p : places->value.array) {
    const JsonMember* pid = p.find("id");
    if (pid && pid->value.is(JsonType::String) && pid->value.string == id) return item_position(root, p, out);
  }
  return false;
}

bool item_position(const JsonValue& root, const JsonValue& item, GeoDeg& out) {
  if (number_member(item, "lat", out.lat) && number_member(item, "lon", out.lon)) return true;
  const JsonMember* place = item.find("place");
  return place && place->value.is(JsonType::String) && place_position(root, place->value.string, out);
}

std::vector<RouteMark> route_points(const JsonValue& root, std::size_t army) {
  std::vector<RouteMark> out;
  JsonPath path;
  if (!route_path(root, army, path)) return out;
  const JsonValue* route = resolve(root, path);
  if (!route || !route->is(JsonType::Array)) return out;
  for (std::size_t i = 0; i < route->array.size(); ++i) {
    const JsonValue& w = route->array[i];
    RouteMark m;
    m.index = i, m.dated = w.find("date") != nullptr;
    if (item_position(root, w, m.at)) out.push_back(m);
  }
  return out;
}

std::string army_name(const JsonValue& root, std::size_t army) {
  JsonPath path;
  if (!route_path(root, army, path)) return "";
  const JsonValue* force = resolve(root, path.parent());
  const JsonMember* name = force ? force->find("name") : nullptr;
  if (force == &root || !name || !name->value.is(JsonType::String)) return "Army " + std::to_string(army + 1);
  return name->value.string;
}

// The map flies to `at`, at the scale it has.
void centre_map_on(App::Impl& app, GeoDeg at) {
  app.fly_to(centre_on(app.geometry->project(at), app.layout.map, app.camera.px_per_km));
}

}  // namespace atlas
