// Draws cities (coloured by holder, with a glyph for their fate), non-overlapping labels, the army,
// region names in spaced capitals, the frontier's label and the scale bar.
#include "ui/map_overlay.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>

#include "core/shell/palette.h"
#include "ui/targets.h"
#include "ui/theme.h"

namespace atlas::ui {
namespace {

ImU32 faction_colour(const Campaign& c, int faction, float a = 1) {
  if (faction < 0) return rgba(palette::ink_soft, a);
  return rgba(palette::rgb(c.factions[static_cast<size_t>(faction)].rgb), a);
}

// A pale halo: the text drawn under itself at each offset around it. At a one-pixel reach the four
// straight offsets give what eight gave within a pixel's corner (and half the triangles, the bulk of a pan
// frame's on a software GPU); a wider halo needs the diagonals too.
void halo_text(ImDrawList* dl, ImFont* font, float size, ImVec2 p, ImU32 col, const char* text) {
  const ImU32 halo = rgba(palette::land, 0.85f);
  const float o = std::max(1.0f, size / 14.0f);
  const bool diagonals = o > 1.5f;
  for (int dx = -1; dx <= 1; ++dx)
    for (int dy = -1; dy <= 1; ++dy)
      if ((dx || dy) && (diagonals || !(dx && dy))) dl->AddText(font, size, ImVec2(p.x + dx * o, p.y + dy * o), halo, text);
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

}  // namespace

void fate_glyph(ImDrawList* dl, ImVec2 p, float r, Outcome o, float s) {
  const ImU32 ink = rgba(palette::ink), gold = rgba(palette::gold), fire = rgba(palette::rgb(0xC8541E));
  const float t = 1.6f * s;
  auto cross = [&](float k, ImU32 col) {
    dl->AddLine(ImVec2(p.x - k, p.y - k), ImVec2(p.x + k, p.y + k), col, t);
    dl->AddLine(ImVec2(p.x - k, p.y + k), ImVec2(p.x + k, p.y - k), col, t);
  };
  switch (o) {
    case Outcome::Razed: cross(r * 1.35f, ink); dl->AddCircle(p, r * 1.9f, ink, kRoundCircle, t); break;
    case Outcome::Taken: case Outcome::Sacked: cross(r * 1.35f, ink); break;
    case Outcome::Burned:  // a flame above the marker
      dl->AddTriangleFilled(ImVec2(p.x - r * 0.8f, p.y - r * 1.2f), ImVec2(p.x + r * 0.8f, p.y - r * 1.2f),
                            ImVec2(p.x, p.y - r * 3.0f), fire);
      break;
    case Outcome::Ransomed: case Outcome::Paid: dl->AddCircle(p, r * 1.75f, gold, kRoundCircle, t * 1.2f); break;
    case Outcome::Plundered: dl->AddCircle(p, r * 1.75f, gold, kRoundCircle, t * 1.2f); cross(r * 0.9f, ink); break;
    case Outcome::SiegeFailed: dl->AddCircle(p, r * 1.8f, ink, kRoundCircle, t * 1.6f); break;
    case Outcome::Spared: dl->AddCircle(p, r * 1.7f, ink, kRoundCircle, t * 0.7f); break;
    case Outcome::Refused:  // a slashed ring: the demand was refused
      dl->AddCircle(p, r * 1.7f, ink, kRoundCircle, t * 0.8f);
      dl->AddLine(ImVec2(p.x - r * 1.2f, p.y + r * 1.2f), ImVec2(p.x + r * 1.2f, p.y - r * 1.2f), ink, t * 0.8f);
      break;
    case Outcome::Bypassed: dl->AddCircle(p, r * 1.7f, rgba(palette::ink_soft, 0.8f), kRoundCircle, t * 0.6f); break;
    case Outcome::Surrendered:  // a ring barred across: the gates opened
      dl->AddCircle(p, r * 1.7f, ink, kRoundCircle, t * 0.8f);
      dl->AddLine(ImVec2(p.x - r * 1.7f, p.y), ImVec2(p.x + r * 1.7f, p.y), ink, t * 0.8f);
      break;
    case Outcome::Abandoned:  // an open ring: its holders left it
      dl->PathArcTo(p, r * 1.7f, 0.9f, 5.4f, 16);
      dl->PathStroke(rgba(palette::ink_soft, 0.9f), 0, t * 0.8f);
      break;
    case Outcome::Victory:  // a triangle above the marker, point up
      dl->AddTriangle(ImVec2(p.x - r, p.y - r * 1.6f), ImVec2(p.x + r, p.y - r * 1.6f), ImVec2(p.x, p.y - r * 3.1f), ink, t * 0.8f);
      break;
    case Outcome::Defeat:  // point down
      dl->AddTriangle(ImVec2(p.x - r, p.y - r * 3.1f), ImVec2(p.x + r, p.y - r * 3.1f), ImVec2(p.x, p.y - r * 1.6f), ink, t * 0.8f);
      break;
    default: break;
  }
}

void kind_mark(ImDrawList* dl, ImVec2 p, float r, EventKind kind, float s) {
  const ImU32 ink = rgba(palette::ink);
  const float t = 1.3f * s, k = r * 1.1f;
  const ImVec2 c(p.x + r * 2.6f, p.y - r * 2.6f);  // up and to the right, clear of the fate glyph
  switch (kind) {
    case EventKind::Battle:  // crossed blades with their guards
      dl->AddLine(ImVec2(c.x - k, c.y + k), ImVec2(c.x + k, c.y - k), ink, t);
      dl->AddLine(ImVec2(c.x - k, c.y - k), ImVec2(c.x + k, c.y + k), ink, t);
      dl->AddLine(ImVec2(c.x - k * 0.9f, c.y + k * 0.3f), ImVec2(c.x - k * 0.3f, c.y + k * 0.9f), ink, t);
      dl->AddLine(ImVec2(c.x + k * 0.9f, c.y + k * 0.3f), ImVec2(c.x + k * 0.3f, c.y + k * 0.9f), ink, t);
      break;
    case EventKind::Landing:  // an anchor
      dl->AddLine(ImVec2(c.x, c.y - k), ImVec2(c.x, c.y + k), ink, t);
      dl->AddLine(ImVec2(c.x - k * 0.5f, c.y - k * 0.5f), ImVec2(c.x + k * 0.5f, c.y - k * 0.5f), ink, t);
      dl->PathArcTo(c, k, 0.3f, 2.84f, 10);
      dl->PathStroke(ink, 0, t);
      break;
    case EventKind::SeaPassage:  // a wave
      dl->AddBezierCubic(ImVec2(c.x - k * 1.2f, c.y), ImVec2(c.x - k * 0.4f, c.y - k), ImVec2(c.x + k * 0.4f, c.y + k),
                         ImVec2(c.x + k * 1.2f, c.y), rgba(palette::river), t * 1.3f, 12);
      break;
    case EventKind::Raid:  // two chevrons: a swift strike
      for (float dx : {-0.5f, 0.4f})
        dl->AddPolyline(std::array<ImVec2, 3>{ImVec2(c.x + (dx - 0.4f) * k, c.y - k * 0.7f), ImVec2(c.x + (dx + 0.2f) * k, c.y),
                                              ImVec2(c.x + (dx - 0.4f) * k, c.y + k * 0.7f)}.data(),
                        3, ink, 0, t);
      break;
    default: break;
  }
}

namespace {

// The longest round length (1, 2, 5 x 10^n) whose bar is at most `max_px`.
double nice_length(double units_per_px, double max_px) {
  double best = 0;
  for (double base = 1; base <= 1000; base *= 10)
    for (double m : {1.0, 2.0, 5.0})
      if (base * m / units_per_px <= max_px) best = base * m;
  return best;
}

// Kilometres above the line and, if the campaign names one, its sources' own unit below it.
void scale_bar(ImDrawList* dl, const Fonts& fonts, const MapView& v, const DistanceUnit& unit, ImVec2 origin, float s) {
  const double km_per_px = 1.0 / v.camera.px_per_km;
  const double max_px = std::min(130.0 * s, v.viewport.clear_width() * 0.22);
  const bool second = !unit.name.empty() && unit.km > 0;
  const double km = nice_length(km_per_px, max_px), other = second ? nice_length(km_per_px / unit.km, max_px) : 0;
  const ImU32 ink = rgba(palette::ink), paper = rgba(palette::land, 0.8f);
  const float km_px = static_cast<float>(km / km_per_px), other_px = static_cast<float>(other * unit.km / km_per_px);
  const float size = fonts.caps->FontSize;
  char km_text[32], other_text[96] = "";
  std::snprintf(km_text, sizeof km_text, "%g km", km);
  if (second) std::snprintf(other_text, sizeof other_text, "%g %s", other, unit.name.c_str());
  const auto width = [&](const char* text) { return fonts.caps->CalcTextSizeA(size, FLT_MAX, 0, text).x; };
  const float right = std::max(km_px + width(km_text), second ? other_px + width(other_text) : 0.0f) + 11 * s;
  const float bottom = second ? origin.y + size + 5 * s : origin.y + 6 * s;
  dl->AddRectFilled(ImVec2(origin.x - 6 * s, origin.y - size - 4 * s), ImVec2(origin.x + right, bottom), paper, 3 * s);
  dl->AddLine(origin, ImVec2(origin.x + std::max(km_px, other_px), origin.y), ink, stroke(1.5f * s));
  dl->AddLine(ImVec2(origin.x, origin.y - 4 * s), ImVec2(origin.x, origin.y + (second ? 4 : 0) * s), ink, stroke(1.2f * s));
  dl->AddLine(ImVec2(origin.x + km_px, origin.y - 4 * s), ImVec2(origin.x + km_px, origin.y), ink, stroke(1.2f * s));
  dl->AddText(fonts.caps, size, ImVec2(origin.x + km_px + 5 * s, origin.y - size), ink, km_text);
  if (!second) return;
  dl->AddLine(ImVec2(origin.x + other_px, origin.y), ImVec2(origin.x + other_px, origin.y + 4 * s), ink, stroke(1.2f * s));
  dl->AddText(fonts.caps, size, ImVec2(origin.x + other_px + 5 * s, origin.y + 1 * s), ink, other_text);
}

ImVec2 to_imvec(Vec2 p) { return ImVec2(static_cast<float>(p.x), static_cast<float>(p.y)); }

// What every part of the overlay draws with in one frame.
struct Canvas {
  ImDrawList* dl;
  const MapView& view;
  const Fonts& fonts;
  float s;  // device px per CSS px
  Vec2 screen(MapKm km) const { return world_to_screen(view.camera, view.viewport, km); }
};

constexpr float kCullMarginPx = 50;  // markers this far off the viewport still draw (their glyphs reach in)

// A region name where it goes: centred on `centre`, in spaced capitals of `size`.
struct RegionName {
  const std::string* text;
  float size;
  ImVec2 centre;
  Rect box;
};

// Region names: faint, behind everything else, sized with the map, kept off the panels and off the
// places' names (nudged up or down a line, else left out: a city's name matters more than a region's).
std::vector<RegionName> place_region_names(const Canvas& cv, const Campaign& c, const MapGeometry& g,
                                           const std::vector<Rect>& names) {
  std::vector<RegionName> out;
  const Viewport& vp = cv.view.viewport;
  const float x0 = static_cast<float>(vp.inset_left), x1 = static_cast<float>(vp.width - vp.inset_right);
  const float y0 = static_cast<float>(vp.inset_top), y1 = static_cast<float>(vp.height - vp.inset_bottom);
  const float css_scale = static_cast<float>(cv.view.camera.px_per_km / cv.s);  // CSS px per km
  const float region_scale = std::clamp(css_scale / 0.9f, 0.55f, 1.15f);
  for (size_t i = 0; i < c.labels.size(); ++i) {
    const Label& l = c.labels[i];
    if (l.size == LabelSize::Small && css_scale < 0.5f) continue;
    const float size = (l.size == LabelSize::Large ? 21.0f : l.size == LabelSize::Medium ? 16.0f : 13.0f) * cv.s * region_scale;
    // A name whose place is on the uncovered map is slid fully into it, never cut at an edge or a
    // panel ("…RRANEAN SEA"); one whose place is under a panel or off the map is not drawn.
    const Vec2 at = cv.screen(g.labels()[i]);
    const float half = spaced_width(cv.fonts.body, size, upper(l.text)) / 2 + 6 * cv.s;
    if (!vp.clear_contains(at) || x1 - x0 < 2 * half || y1 - y0 < 3 * size) continue;
    const float cx = std::clamp(static_cast<float>(at.x), x0 + half, x1 - half);
    for (float dy : {0.0f, -1.3f, 1.3f}) {
      const float cy = std::clamp(static_cast<float>(at.y) + dy * size, y0 + size, y1 - size);
      const Rect box{cx - half, cy - size * 0.6f, cx + half, cy + size * 0.6f};
      if (std::any_of(names.begin(), names.end(), [&](const Rect& r) { return r.overlaps(box); })) continue;
      out.push_back({&l.text, size, ImVec2(cx, cy), box});
      break;
    }
  }
  return out;
}

void draw_region_names(const Canvas& cv, const std::vector<RegionName>& names) {
  for (const RegionName& n : names) {
    spaced_caps(cv.dl, cv.fonts.body, n.size, n.centre, rgba(palette::ink_soft, palette::region_name_alpha), *n.text);
    mark_rect("label:region:" + *n.text, n.box.x0, n.box.y0, n.box.x1, n.box.y1);
  }
}

struct VisiblePlace {
  int index;
  ImVec2 at;           // screen px
  PlaceStatus status;
  bool selected;
};

// The places near enough to the viewport to draw: the one culling test.
// Places under a panel, the key or the locator are not drawn (they would show through the locator).
std::vector<VisiblePlace> visible_places(const Canvas& cv, const MapGeometry& g, const std::vector<PlaceStatus>& status,
                                         int selected, const std::vector<Rect>& covered) {
  std::vector<VisiblePlace> out;
  for (size_t i = 0; i < g.places().size(); ++i) {
    const Vec2 at = cv.screen(g.places()[i]);
    if (!cv.view.viewport.contains(at, kCullMarginPx)) continue;
    const float x = static_cast<float>(at.x), y = static_cast<float>(at.y);
    if (std::any_of(covered.begin(), covered.end(), [&](const Rect& c) { return x >= c.x0 && x <= c.x1 && y >= c.y0 && y <= c.y1; })) continue;
    const int index = static_cast<int>(i);
    out.push_back({index, to_imvec(at), status[i], index == selected});
  }
  return out;
}

float marker_radius(const Canvas& cv) { return 4.2f * cv.s; }

// How far around a city's centre its marker reaches: labels keep out.
float marker_reach(const Canvas& cv, const VisiblePlace& p) {
  const float r = marker_radius(cv);
  const float fate = p.status.active_event >= 0 ? r * 3.0f : p.status.outcome == Outcome::Razed ? r * 1.9f : r;
  return p.status.mark_event >= 0 ? std::max(fate, r * 3.8f) : fate;  // the kind's mark sits up and to the right
}

Rect marker_box(const Canvas& cv, const VisiblePlace& p) {
  const float reach = marker_reach(cv, p);
  return {p.at.x - reach, p.at.y - reach, p.at.x + reach, p.at.y + reach};
}

void draw_city_marker(const Canvas& cv, const Campaign& c, const VisiblePlace& p) {
  const float r = marker_radius(cv), grown = r * (p.selected ? 1.3f : 1.0f);
  cv.dl->AddCircleFilled(p.at, grown, faction_colour(c, p.status.holder), kRoundCircle);
  cv.dl->AddCircle(p.at, grown, rgba(palette::land), kRoundCircle, stroke(1.2f * cv.s));
  fate_glyph(cv.dl, p.at, r, p.status.outcome, cv.s);
  if (p.status.mark_event >= 0) kind_mark(cv.dl, p.at, r, c.events[static_cast<size_t>(p.status.mark_event)].kind, cv.s);
  if (p.status.active_event >= 0) cv.dl->AddCircle(p.at, r * 3.0f, rgba(palette::accent, 0.7f), kRoundCircle, stroke(1.5f * cv.s));
}

// The place whose marker is nearest the mouse, within a small radius; -1 if none.
int place_under(const Canvas& cv, const std::vector<VisiblePlace>& places, float mx, float my) {
  int hovered = -1;
  float best = 11 * cv.s;
  for (const VisiblePlace& p : places) {
    const float d = std::hypot(p.at.x - mx, p.at.y - my);
    if (d < best) best = d, hovered = p.index;
  }
  return hovered;
}

constexpr float kLabelPad = 3;  // CSS px of room left and right of a label's text

// A label to place among the others and, if there is room, to draw.
struct MapLabel {
  enum class Kind { City, Feature } kind;  // features (the frontier, the army) are drawn under the army's marker
  LabelRequest request;
  ImFont* font;
  ImU32 colour;
  const char* text;
  LabelPlacement placement{};
  std::string target;  // its name in atlas.targets() ("label:place:antioch"), for tests
};

MapLabel text_label(const Canvas& cv, MapLabel::Kind kind, ImFont* font, ImU32 colour, const char* text, ImVec2 anchor,
                    float gap, int priority) {
  const float size = cv.fonts.caps->FontSize;
  const ImVec2 box = font->CalcTextSizeA(size, FLT_MAX, 0, text);  // and a pad each side: names never touch
  return {kind, {anchor.x, anchor.y, box.x + 2 * kLabelPad * cv.s, box.y, gap, priority}, font, colour, text, {}, {}};
}

MapLabel city_label(const Canvas& cv, const Campaign& c, const AtlasState& st, const VisiblePlace& p, int events_here) {
  const bool current = st.selected_event >= 0 && c.events[static_cast<size_t>(st.selected_event)].place_index == p.index;
  const int priority = (p.selected || current ? 200000 : 0) + (p.status.outcome != Outcome::None ? 100 : 0) +
                       (p.status.active_event >= 0 ? 500 : 0) + events_here;
  const bool strong = p.status.outcome != Outcome::None || p.selected;
  MapLabel label = text_label(cv, MapLabel::Kind::City, cv.fonts.caps, rgba(palette::ink, strong ? 1.0f : 0.72f),
                              c.places[static_cast<size_t>(p.index)].ancient_name.c_str(), p.at, marker_reach(cv, p) + 1 * cv.s,
                              priority);
  label.request.dot = true;
  label.request.reach = marker_reach(cv, p);
  // A name between two dots is not taken for either: clearly nearer its own, by 40% of its height. The
  // place the story is at is named whatever the crowd (its card names it too), farther out if need be.
  if (p.selected || current) label.request.far_gap = label.request.gap + 12 * cv.s;
  else label.request.clear_by = 0.4f * label.request.height;
  label.target = "label:place:" + c.places[static_cast<size_t>(p.index)].id;
  return label;
}

MapLabel frontier_label(const Canvas& cv, ImVec2 anchor) {
  MapLabel label = text_label(cv, MapLabel::Kind::Feature, cv.fonts.italic, rgba(palette::ink_soft, 0.85f),
                              "frontier (approximate)", anchor, 6 * cv.s, 50);
  label.target = "label:frontier";
  return label;
}

Rect army_box(const Canvas& cv, ImVec2 at) { return {at.x - 8 * cv.s, at.y - 8 * cv.s, at.x + 8 * cv.s, at.y + 8 * cv.s}; }

MapLabel army_label(const Canvas& cv, const Army& army, ImVec2 at, int priority) {
  MapLabel label = text_label(cv, MapLabel::Kind::Feature, cv.fonts.italic, rgba(palette::accent), army.label.c_str(), at,
                              12 * cv.s, priority);
  // Over a city with an event ring the near positions are all taken: a farther ring keeps the label.
  label.request.above_first = true;
  label.request.far_gap = 24 * cv.s;
  label.target = "label:army:" + army.label;
  return label;
}

// Places every label at once (greedy by priority) and records where each goes.
void place_all(std::vector<MapLabel>& labels, std::vector<Rect> obstacles, const Rect& bounds) {
  std::vector<LabelRequest> requests;
  for (const MapLabel& l : labels) requests.push_back(l.request);
  const std::vector<LabelPlacement> placed = place_labels(requests, std::move(obstacles), bounds);
  for (size_t i = 0; i < labels.size(); ++i) labels[i].placement = placed[i];
}

void draw_labels(const Canvas& cv, const std::vector<MapLabel>& labels, MapLabel::Kind kind) {
  for (const MapLabel& l : labels) {
    if (l.kind != kind || !l.placement.placed) continue;
    const Rect& b = l.placement.box;
    halo_text(cv.dl, l.font, cv.fonts.caps->FontSize, ImVec2(b.x0 + kLabelPad * cv.s, b.y0), l.colour, l.text);
    mark_rect(l.target, b.x0, b.y0, b.x1, b.y1);
  }
}

void draw_army_marker(const Canvas& cv, ImVec2 at) {
  const float s = cv.s;
  cv.dl->AddCircleFilled(at, 7.5f * s, rgba(palette::land), kRoundCircle);
  cv.dl->AddCircleFilled(at, 5.5f * s, rgba(palette::accent), kRoundCircle);
  cv.dl->AddTriangleFilled(ImVec2(at.x - 1 * s, at.y - 5 * s), ImVec2(at.x - 1 * s, at.y - 15 * s),
                          ImVec2(at.x + 8 * s, at.y - 12 * s), rgba(palette::accent));  // a pennant
  cv.dl->AddLine(ImVec2(at.x - 1 * s, at.y - 5 * s), ImVec2(at.x - 1 * s, at.y - 16 * s), rgba(palette::ink), stroke(1.2f * s));
}

// In the uncovered map's lower left corner; a very short map has no room for it.
bool has_scale_bar(const Canvas& cv) { return cv.view.viewport.clear_height() > 160 * cv.s; }
ImVec2 scale_bar_origin(const Canvas& cv) {
  const Viewport& vp = cv.view.viewport;
  return ImVec2(static_cast<float>(vp.inset_left) + 18 * cv.s, static_cast<float>(vp.height - vp.inset_bottom) - 22 * cv.s);
}

// Where the scale bar and its two lines of text may reach: names keep out of it.
Rect scale_bar_box(const Canvas& cv) {
  const ImVec2 o = scale_bar_origin(cv);
  const float size = cv.fonts.caps->FontSize;
  return {o.x - 6 * cv.s, o.y - size - 4 * cv.s, o.x + 250 * cv.s, o.y + size + 5 * cv.s};
}

void draw_scale_bar(const Canvas& cv, const DistanceUnit& unit) {
  if (has_scale_bar(cv)) scale_bar(cv.dl, cv.fonts, cv.view, unit, scale_bar_origin(cv), cv.s);
}

}  // namespace

void MapOverlay::create(const Campaign& c, const MapGeometry& geometry) {
  campaign_ = &c;
  geometry_ = &geometry;
  events_per_place_.assign(c.places.size(), 0);
  for (const Event& e : c.events)
    if (e.place_index >= 0) ++events_per_place_[static_cast<size_t>(e.place_index)];
}

int MapOverlay::draw(const Timeline& t, const AtlasState& st, const MapView& v, const Fonts& fonts,
                     const std::vector<Rect>& covered, float mx, float my) const {
  const Campaign& c = *campaign_;
  const MapGeometry& g = *geometry_;
  const Canvas cv{ImGui::GetBackgroundDrawList(), v, fonts, v.pixel_ratio};
  const std::vector<VisiblePlace> places = visible_places(cv, g, t.place_statuses(st.day), st.selected_place, covered);
  std::vector<Rect> obstacles = covered;
  if (has_scale_bar(cv)) obstacles.push_back(scale_bar_box(cv));
  std::vector<MapLabel> labels;
  for (const VisiblePlace& p : places) {
    const Rect m = marker_box(cv, p);  // its dot with rings and marks: label placement measures nearness to it
    obstacles.push_back(m);
    mark_rect("marker:" + c.places[static_cast<size_t>(p.index)].id, m.x0, m.y0, m.x1, m.y1);
    labels.push_back(city_label(cv, c, st, p, events_per_place_[static_cast<size_t>(p.index)]));
  }
  if (std::optional<MapKm> at = g.frontier_label_anchor()) labels.push_back(frontier_label(cv, to_imvec(cv.screen(*at))));
  // The armies on the map at the date: a marker on each route; their labels are placed before the cities'.
  std::vector<ImVec2> armies;
  for (std::size_t i = 0; i < c.armies.size(); ++i) {
    if (c.armies[i].route.empty() || !t.army_shown(static_cast<int>(i), st.day)) continue;
    armies.push_back(to_imvec(cv.screen(g.project(t.army_at(static_cast<int>(i), st.day).at))));
    obstacles.push_back(army_box(cv, armies.back()));
    labels.push_back(army_label(cv, c.armies[i], armies.back(), i == 0 ? 100000 : 90000 - static_cast<int>(i)));
  }
  place_all(labels, std::move(obstacles), Rect{0, 0, static_cast<float>(v.viewport.width), static_cast<float>(v.viewport.height)});
  std::vector<Rect> names = covered;  // the key and the locator too, and the scale bar
  if (has_scale_bar(cv)) names.push_back(scale_bar_box(cv));
  for (const MapLabel& l : labels)
    if (l.placement.placed) names.push_back(l.placement.box);
  draw_region_names(cv, place_region_names(cv, c, g, names));
  for (const VisiblePlace& p : places) draw_city_marker(cv, c, p);
  draw_labels(cv, labels, MapLabel::Kind::Feature);
  for (ImVec2 at : armies) draw_army_marker(cv, at);
  draw_labels(cv, labels, MapLabel::Kind::City);
  draw_scale_bar(cv, c.distance_unit);
  return place_under(cv, places, mx, my);
}

}  // namespace atlas::ui
