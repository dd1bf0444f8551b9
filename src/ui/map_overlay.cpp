// Draws cities (coloured by holder, with a glyph for their fate), non-overlapping labels, the army,
// region names in spaced capitals, the frontier's label, the scale bar and the key.
#include "ui/map_overlay.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "core/palette.h"

namespace atlas {
namespace {

ImU32 rgba(palette::Rgb c, float a = 1) {
  return IM_COL32(static_cast<int>(c.r * 255), static_cast<int>(c.g * 255), static_cast<int>(c.b * 255), static_cast<int>(a * 255));
}
ImU32 faction_colour(const Campaign& c, int faction, float a = 1) {
  if (faction < 0) return rgba(palette::ink_soft, a);
  return rgba(palette::rgb(c.factions[static_cast<size_t>(faction)].rgb), a);
}

void halo_text(ImDrawList* dl, ImFont* font, float size, ImVec2 p, ImU32 col, const char* text) {
  const ImU32 halo = rgba(palette::land, 0.85f);
  const float o = std::max(1.0f, size / 14.0f);
  for (int dx = -1; dx <= 1; ++dx)
    for (int dy = -1; dy <= 1; ++dy)
      if (dx || dy) dl->AddText(font, size, ImVec2(p.x + dx * o, p.y + dy * o), halo, text);
  dl->AddText(font, size, p, col, text);
}

// Spaced capitals: each letter drawn with extra tracking.
std::string upper(const std::string& text) {
  std::string up = text;
  for (char& ch : up) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return up;
}
float spaced_width(ImFont* font, float size, const std::string& up) {
  const float track = size * 0.32f;
  float width = 0;
  for (char ch : up) width += font->CalcTextSizeA(size, FLT_MAX, 0, &ch, &ch + 1).x + track;
  return width - track;
}
void spaced_caps(ImDrawList* dl, ImFont* font, float size, ImVec2 centre, ImU32 col, const std::string& text) {
  const std::string up = upper(text);
  const float track = size * 0.32f;
  float x = centre.x - spaced_width(font, size, up) / 2;
  for (char ch : up) {
    dl->AddText(font, size, ImVec2(x, centre.y - size / 2), col, &ch, &ch + 1);
    x += font->CalcTextSizeA(size, FLT_MAX, 0, &ch, &ch + 1).x + track;
  }
}

void fate_glyph(ImDrawList* dl, ImVec2 p, float r, Outcome o, float s) {
  const ImU32 ink = rgba(palette::ink), gold = rgba(palette::gold), fire = rgba(palette::rgb(0xC8541E));
  const float t = 1.6f * s;
  auto cross = [&](float k, ImU32 col) {
    dl->AddLine(ImVec2(p.x - k, p.y - k), ImVec2(p.x + k, p.y + k), col, t);
    dl->AddLine(ImVec2(p.x - k, p.y + k), ImVec2(p.x + k, p.y - k), col, t);
  };
  switch (o) {
    case Outcome::Razed: cross(r * 1.35f, ink); dl->AddCircle(p, r * 1.9f, ink, 16, t); break;
    case Outcome::Taken: case Outcome::Sacked: cross(r * 1.35f, ink); break;
    case Outcome::Burned:  // a flame above the marker
      dl->AddTriangleFilled(ImVec2(p.x - r * 0.8f, p.y - r * 1.2f), ImVec2(p.x + r * 0.8f, p.y - r * 1.2f),
                            ImVec2(p.x, p.y - r * 3.0f), fire);
      break;
    case Outcome::Ransomed: case Outcome::Paid: dl->AddCircle(p, r * 1.75f, gold, 16, t * 1.2f); break;
    case Outcome::Plundered: dl->AddCircle(p, r * 1.75f, gold, 16, t * 1.2f); cross(r * 0.9f, ink); break;
    case Outcome::SiegeFailed: dl->AddCircle(p, r * 1.8f, ink, 16, t * 1.6f); break;
    case Outcome::Spared: dl->AddCircle(p, r * 1.7f, ink, 16, t * 0.7f); break;
    case Outcome::Refused:  // a slashed ring: the demand was refused
      dl->AddCircle(p, r * 1.7f, ink, 16, t * 0.8f);
      dl->AddLine(ImVec2(p.x - r * 1.2f, p.y + r * 1.2f), ImVec2(p.x + r * 1.2f, p.y - r * 1.2f), ink, t * 0.8f);
      break;
    case Outcome::Bypassed: dl->AddCircle(p, r * 1.7f, rgba(palette::ink_soft, 0.8f), 16, t * 0.6f); break;
    default: break;
  }
}

struct NiceLength { double value; const char* unit; };

// The longest round length (1, 2, 5 x 10^n) whose bar is at most `max_px`.
double nice_length(double units_per_px, double max_px) {
  double best = 0;
  for (double base = 1; base <= 1000; base *= 10)
    for (double m : {1.0, 2.0, 5.0})
      if (base * m / units_per_px <= max_px) best = base * m;
  return best;
}

void scale_bar(ImDrawList* dl, const ui::Fonts& fonts, const MapView& v, ImVec2 origin, float s) {
  constexpr double kRomanMileKm = 1.4785;
  const double km_per_px = 1.0 / v.camera.px_per_km;
  const double max_px = std::min(130.0 * s, v.viewport.clear_width() * 0.22);
  const double km = nice_length(km_per_px, max_px), rm = nice_length(km_per_px / kRomanMileKm, max_px);
  const ImU32 ink = rgba(palette::ink), paper = rgba(palette::land, 0.8f);
  const float km_px = static_cast<float>(km / km_per_px), rm_px = static_cast<float>(rm * kRomanMileKm / km_per_px);
  const float size = fonts.caps->FontSize;
  char km_text[32], rm_text[48];
  std::snprintf(km_text, sizeof km_text, "%g km", km);
  std::snprintf(rm_text, sizeof rm_text, "%g Roman miles", rm);
  const float right = std::max(km_px + fonts.caps->CalcTextSizeA(size, FLT_MAX, 0, km_text).x,
                               rm_px + fonts.caps->CalcTextSizeA(size, FLT_MAX, 0, rm_text).x) + 11 * s;
  dl->AddRectFilled(ImVec2(origin.x - 6 * s, origin.y - size - 4 * s), ImVec2(origin.x + right, origin.y + size + 5 * s), paper, 3 * s);
  dl->AddLine(origin, ImVec2(origin.x + km_px, origin.y), ink, 1.5f * s);
  dl->AddLine(ImVec2(origin.x, origin.y - 4 * s), ImVec2(origin.x, origin.y + 4 * s), ink, 1.2f * s);
  dl->AddLine(ImVec2(origin.x + km_px, origin.y - 4 * s), ImVec2(origin.x + km_px, origin.y), ink, 1.2f * s);
  dl->AddLine(ImVec2(origin.x + rm_px, origin.y), ImVec2(origin.x + rm_px, origin.y + 4 * s), ink, 1.2f * s);
  dl->AddText(fonts.caps, size, ImVec2(origin.x + km_px + 5 * s, origin.y - size), ink, km_text);
  dl->AddText(fonts.caps, size, ImVec2(origin.x + rm_px + 5 * s, origin.y + 1 * s), ink, rm_text);
}

}  // namespace

void MapOverlay::create(const Campaign& c, const ProjectFn& project) {
  campaign_ = &c;
  project_ = project;
  places_.clear(), labels_.clear(), frontier_.clear();
  for (const Place& p : c.places) places_.push_back(project(p.lat, p.lon));
  events_per_place_.assign(c.places.size(), 0);
  for (const Event& e : c.events)
    if (e.place_index >= 0) ++events_per_place_[static_cast<size_t>(e.place_index)];
  for (const Label& l : c.labels) labels_.push_back(project(l.lat, l.lon));
  for (const LatLon& p : c.frontier.points) frontier_.push_back(project(p.lat, p.lon));
}

int MapOverlay::draw(const Timeline& t, const AtlasState& st, const MapView& v, const ui::Fonts& fonts,
                     const std::vector<Rect>& covered, float mx, float my) const {
  const Campaign& c = *campaign_;
  ImDrawList* dl = ImGui::GetBackgroundDrawList();
  const float s = v.pixel_ratio;
  auto screen = [&](Vec2 km) { Vec2 p = world_to_screen(v.camera, v.viewport, km); return ImVec2(static_cast<float>(p.x), static_cast<float>(p.y)); };
  const float css_scale = static_cast<float>(v.camera.px_per_km / s);  // CSS px per km

  // Region names: faint, behind everything else, sized with the map and kept off the panels.
  const Viewport& vp = v.viewport;
  dl->PushClipRect(ImVec2(static_cast<float>(vp.inset_left), static_cast<float>(vp.inset_top)),
                   ImVec2(static_cast<float>(vp.width - vp.inset_right), static_cast<float>(vp.height - vp.inset_bottom)), true);
  const float region_scale = std::clamp(css_scale / 0.9f, 0.55f, 1.15f);
  for (size_t i = 0; i < c.labels.size(); ++i) {
    const Label& l = c.labels[i];
    float size = (l.size == LabelSize::Large ? 21.0f : l.size == LabelSize::Medium ? 16.0f : 13.0f) * s * region_scale;
    if (l.size == LabelSize::Small && css_scale < 0.5f) continue;
    // A name whose place is on the uncovered map is slid fully into it, never cut at an edge or a
    // panel ("…RRANEAN SEA"); one whose place is under a panel or off the map is not drawn.
    ImVec2 at = screen(labels_[i]);
    const float half = spaced_width(fonts.body, size, upper(l.text)) / 2 + 6 * s;
    const float x0 = static_cast<float>(vp.inset_left), x1 = static_cast<float>(vp.width - vp.inset_right);
    const float y0 = static_cast<float>(vp.inset_top), y1 = static_cast<float>(vp.height - vp.inset_bottom);
    if (at.x < x0 || at.x > x1 || at.y < y0 || at.y > y1 || x1 - x0 < 2 * half || y1 - y0 < 2 * size) continue;
    at.x = std::clamp(at.x, x0 + half, x1 - half);
    at.y = std::clamp(at.y, y0 + size, y1 - size);
    spaced_caps(dl, fonts.body, size, at, rgba(palette::ink_soft, 0.45f), l.text);
  }
  dl->PopClipRect();

  // Cities.
  std::vector<PlaceStatus> status = t.place_statuses(st.day);
  std::vector<LabelRequest> requests;
  std::vector<Rect> obstacles = covered;
  int hovered = -1;
  float best = 11 * s;
  const float r = 4.2f * s;
  for (size_t i = 0; i < c.places.size(); ++i) {
    ImVec2 p = screen(places_[i]);
    if (p.x < -50 || p.y < -50 || p.x > v.viewport.width + 50 || p.y > v.viewport.height + 50) continue;
    const PlaceStatus& ps = status[i];
    const bool selected = static_cast<int>(i) == st.selected_place;
    dl->AddCircleFilled(p, r * (selected ? 1.3f : 1.0f), faction_colour(c, ps.holder), 16);
    dl->AddCircle(p, r * (selected ? 1.3f : 1.0f), rgba(palette::land), 16, 1.2f * s);
    fate_glyph(dl, p, r, ps.outcome, s);
    if (ps.active_event >= 0) dl->AddCircle(p, r * 3.0f, rgba(palette::accent, 0.7f), 24, 1.5f * s);
    const float ring = ps.active_event >= 0 ? r * 3.0f : ps.outcome == Outcome::Razed ? r * 1.9f : r;
    obstacles.push_back({p.x - ring, p.y - ring, p.x + ring, p.y + ring});
    float d = std::hypot(p.x - mx, p.y - my);
    if (d < best) best = d, hovered = static_cast<int>(i);
    const std::string& name = c.places[i].ancient_name;
    ImVec2 size = fonts.caps->CalcTextSizeA(fonts.caps->FontSize, FLT_MAX, 0, name.c_str());
    const bool current = st.selected_event >= 0 && c.events[static_cast<size_t>(st.selected_event)].place_index == static_cast<int>(i);
    int priority = (selected || current ? 200000 : 0) + (ps.outcome != Outcome::None ? 100 : 0) + (ps.active_event >= 0 ? 500 : 0) +
                   events_per_place_[i];
    requests.push_back({p.x, p.y, size.x, size.y, ring + 3 * s, priority});
  }

  // The army: a marker on the route at the date; its label is placed before the cities'.
  ImVec2 army{-1e6f, -1e6f};
  if (!c.route.empty()) {
    ArmyPosition pos = t.army_at(st.day);
    army = screen(project_(pos.at.lat, pos.at.lon));
    obstacles.push_back({army.x - 8 * s, army.y - 8 * s, army.x + 8 * s, army.y + 8 * s});
  }
  const char* frontier_label = "frontier (approximate)";
  ImVec2 frontier_at = frontier_.empty() ? ImVec2(-1e6f, -1e6f) : screen(frontier_[frontier_.size() / 2]);
  ImVec2 frontier_size = fonts.italic->CalcTextSizeA(fonts.caps->FontSize, FLT_MAX, 0, frontier_label);
  requests.push_back({frontier_at.x, frontier_at.y, frontier_size.x, frontier_size.y, 6 * s, 50});
  const char* army_label = "Khusrau's army";
  ImVec2 army_size = fonts.italic->CalcTextSizeA(fonts.caps->FontSize, FLT_MAX, 0, army_label);
  // Over a city with an event ring the near positions are all taken: a farther ring keeps the label.
  requests.push_back({army.x, army.y, army_size.x, army_size.y, 12 * s, 100000, true, 24 * s});
  Rect bounds{0, 0, static_cast<float>(v.viewport.width), static_cast<float>(v.viewport.height)};
  std::vector<LabelPlacement> placed = place_labels(requests, obstacles, bounds);
  if (const LabelPlacement& f = placed[placed.size() - 2]; f.placed)
    halo_text(dl, fonts.italic, fonts.caps->FontSize, ImVec2(f.box.x0, f.box.y0), rgba(palette::ink_soft, 0.85f), frontier_label);
  if (placed.back().placed)
    halo_text(dl, fonts.italic, fonts.caps->FontSize, ImVec2(placed.back().box.x0, placed.back().box.y0), rgba(palette::accent), army_label);
  dl->AddCircleFilled(army, 7.5f * s, rgba(palette::land), 20);
  dl->AddCircleFilled(army, 5.5f * s, rgba(palette::accent), 20);
  dl->AddTriangleFilled(ImVec2(army.x - 1 * s, army.y - 5 * s), ImVec2(army.x - 1 * s, army.y - 15 * s),
                        ImVec2(army.x + 8 * s, army.y - 12 * s), rgba(palette::accent));  // a pennant
  dl->AddLine(ImVec2(army.x - 1 * s, army.y - 5 * s), ImVec2(army.x - 1 * s, army.y - 16 * s), rgba(palette::ink), 1.2f * s);
  size_t k = 0;
  for (size_t i = 0; i < c.places.size(); ++i) {
    ImVec2 p = screen(places_[i]);
    if (p.x < -50 || p.y < -50 || p.x > v.viewport.width + 50 || p.y > v.viewport.height + 50) continue;
    const LabelPlacement& lp = placed[k++];
    if (!lp.placed) continue;
    const bool strong = status[i].outcome != Outcome::None || static_cast<int>(i) == st.selected_place;
    halo_text(dl, fonts.caps, fonts.caps->FontSize, ImVec2(lp.box.x0, lp.box.y0), rgba(palette::ink, strong ? 1.0f : 0.72f),
              c.places[i].ancient_name.c_str());
  }
  if (v.viewport.clear_height() > 160 * s)  // a very short map has no room for it
    scale_bar(dl, fonts, v, ImVec2(static_cast<float>(v.viewport.inset_left) + 18 * s,
                                  static_cast<float>(v.viewport.height - v.viewport.inset_bottom) - 22 * s), s);
  return hovered;
}

}  // namespace atlas
