// Extrudes polylines into triangle meshes with miter or round joins and round caps.
#include "core/geo/polyline.h"

#include <array>
#include <cmath>

namespace atlas {
namespace {

constexpr int kFanSegments = 10;       // triangles in a round cap or join
constexpr double kMaxMiter = 2.0;      // longer miters (sharp turns) become round joins

// Screen orientation has y down, world has y up: a world normal (-dy, dx) is (-dy, -dx) on screen.
Vec2 screen_normal(MapKm a, MapKm b) {
  double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
  return {-dy / len, -dx / len};
}

std::uint32_t push(LineMesh& m, const LinePoint& p, Vec2 off, float side, float along) {
  m.vertices.push_back({static_cast<float>(p.pos.x), static_cast<float>(p.pos.y), static_cast<float>(off.x),
                        static_cast<float>(off.y), side, along, p.width, p.time});
  return static_cast<std::uint32_t>(m.vertices.size() - 1);
}

// The fan's rim directions, computed once: every cap and round join of every shore and river uses them.
const std::array<Vec2, kFanSegments>& fan_rim() {
  static const std::array<Vec2, kFanSegments> rim = [] {
    std::array<Vec2, kFanSegments> r{};
    for (int i = 0; i < kFanSegments; ++i) r[static_cast<std::size_t>(i)] = {std::cos(2 * kPi * i / kFanSegments), std::sin(2 * kPi * i / kFanSegments)};
    return r;
  }();
  return rim;
}

void fan(LineMesh& m, const LinePoint& p, float along) {
  std::uint32_t c = push(m, p, {0, 0}, 0.0f, along);
  std::uint32_t first = 0, prev = 0;
  for (int i = 0; i <= kFanSegments; ++i) {
    std::uint32_t v = i == kFanSegments ? first : push(m, p, fan_rim()[static_cast<std::size_t>(i)], 1.0f, along);
    if (i == 0) first = v;
    else m.indices.insert(m.indices.end(), {c, prev, v});
    prev = v;
  }
}

void quad(LineMesh& m, std::uint32_t l0, std::uint32_t r0, std::uint32_t l1, std::uint32_t r1) {
  m.indices.insert(m.indices.end(), {l0, r0, l1, r0, r1, l1});
}

}  // namespace

void reserve_polylines(LineMesh& out, std::size_t points, std::size_t polylines, bool round_caps) {
  const std::size_t caps = round_caps ? 2 * polylines : 0;
  out.vertices.reserve(out.vertices.size() + 2 * points + caps * (kFanSegments + 1));
  out.indices.reserve(out.indices.size() + 6 * points + caps * 3 * kFanSegments);
}

void extrude_polyline(const std::vector<LinePoint>& input, bool round_caps, LineMesh& out) {
  std::vector<LinePoint> pts;
  pts.reserve(input.size());
  for (const LinePoint& p : input)
    if (pts.empty() || std::hypot(p.pos.x - pts.back().pos.x, p.pos.y - pts.back().pos.y) > 1e-6) pts.push_back(p);
  if (pts.size() < 2) return;

  float along = 0;
  std::uint32_t l = 0, r = 0;  // left/right vertices ending the previous segment
  for (size_t i = 0; i < pts.size(); ++i) {
    if (i > 0) along += static_cast<float>(std::hypot(pts[i].pos.x - pts[i - 1].pos.x, pts[i].pos.y - pts[i - 1].pos.y));
    const bool first = i == 0, last = i + 1 == pts.size();
    Vec2 n_in = first ? Vec2{} : screen_normal(pts[i - 1].pos, pts[i].pos);
    Vec2 n_out = last ? Vec2{} : screen_normal(pts[i].pos, pts[i + 1].pos);
    if (first || last) {
      Vec2 n = first ? n_out : n_in;
      std::uint32_t nl = push(out, pts[i], n, -1.0f, along);
      std::uint32_t nr = push(out, pts[i], {-n.x, -n.y}, 1.0f, along);
      if (last) quad(out, l, r, nl, nr);
      l = nl, r = nr;
      if (round_caps) fan(out, pts[i], along);
      continue;
    }
    Vec2 m{n_in.x + n_out.x, n_in.y + n_out.y};
    double mlen = std::hypot(m.x, m.y);
    double cos_half = mlen / 2;  // dot(miter unit, n_in)
    if (mlen > 1e-9 && 1.0 / cos_half <= kMaxMiter) {
      double k = 1.0 / (mlen * cos_half);  // miter unit / cos_half
      Vec2 off{m.x * k, m.y * k};
      std::uint32_t nl = push(out, pts[i], off, -1.0f, along);
      std::uint32_t nr = push(out, pts[i], {-off.x, -off.y}, 1.0f, along);
      quad(out, l, r, nl, nr);
      l = nl, r = nr;
    } else {  // sharp turn: end the segment square, round the joint, start the next one afresh
      std::uint32_t el = push(out, pts[i], n_in, -1.0f, along);
      std::uint32_t er = push(out, pts[i], {-n_in.x, -n_in.y}, 1.0f, along);
      quad(out, l, r, el, er);
      fan(out, pts[i], along);
      l = push(out, pts[i], n_out, -1.0f, along);
      r = push(out, pts[i], {-n_out.x, -n_out.y}, 1.0f, along);
    }
  }
}

}  // namespace atlas
