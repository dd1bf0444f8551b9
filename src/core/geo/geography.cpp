// Parses and validates the binary geography asset (format in geography.h); never trusts a count or index.
#include "core/geo/geography.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <utility>

#include "core/data/utf8.h"

namespace atlas {
namespace {

constexpr std::uint16_t kVersion = 3;  // versions 1 (16-bit grid, taper values) and 2 (triangles as triples) are still read
constexpr std::size_t kHeaderSize = 32;
constexpr std::uint32_t kQMax = 65535;  // the finest grid

struct QPoint {
  std::uint32_t x = 0, y = 0;
};

// Bounded little-endian reader over one part of the buffer; the first failure is kept in `error`.
struct Reader {
  Reader(const unsigned char* d, std::size_t n, std::size_t b, std::string w) : data(d), size(n), base(b), what(std::move(w)) {}
  const unsigned char* data;
  std::size_t size;
  std::size_t base;  // offset of data[0] in the file, for messages
  std::string what;  // e.g. "LAND polygon 3"
  std::size_t pos = 0;
  std::string error;

  std::size_t left() const { return size - pos; }
  bool fail(const std::string& msg) {
    if (error.empty()) error = what + ": " + msg + " (byte " + std::to_string(base + pos) + ")";
    return false;
  }
  bool bytes(void* out, std::size_t n) {
    if (left() < n) return fail("truncated: needs " + std::to_string(n) + " more bytes, has " + std::to_string(left()));
    std::memcpy(out, data + pos, n);
    pos += n;
    return true;
  }
  bool u8(std::uint8_t& v) { return bytes(&v, 1); }
  bool u16(std::uint16_t& v) {
    unsigned char b[2];
    if (!bytes(b, 2)) return false;
    v = static_cast<std::uint16_t>(b[0] | b[1] << 8);
    return true;
  }
  bool u32(std::uint32_t& v) {
    unsigned char b[4];
    if (!bytes(b, 4)) return false;
    v = static_cast<std::uint32_t>(b[0]) | static_cast<std::uint32_t>(b[1]) << 8 |
        static_cast<std::uint32_t>(b[2]) << 16 | static_cast<std::uint32_t>(b[3]) << 24;
    return true;
  }
  bool f32(float& v) {
    std::uint32_t u = 0;
    if (!u32(u)) return false;
    std::memcpy(&v, &u, 4);
    return true;
  }
  bool uvar(std::uint32_t& v) {
    std::uint64_t r = 0;
    for (int i = 0; i < 5; ++i) {
      if (pos >= size) return fail("truncated varint");
      const unsigned char b = data[pos++];
      r |= static_cast<std::uint64_t>(b & 0x7F) << (7 * i);
      if (!(b & 0x80)) {
        if (r > 0xFFFFFFFFull) return fail("varint overflows 32 bits");
        v = static_cast<std::uint32_t>(r);
        return true;
      }
    }
    return fail("varint longer than 5 bytes");
  }
  bool svar(std::int64_t& v) {
    std::uint32_t u = 0;
    if (!uvar(u)) return false;
    v = (u & 1) ? -static_cast<std::int64_t>(u >> 1) - 1 : static_cast<std::int64_t>(u >> 1);
    return true;
  }
  // A count of items that each take at least `min_bytes` must fit in what is left.
  bool count(std::uint32_t& n, std::size_t min_bytes, const char* name) {
    if (!uvar(n)) return false;
    if (static_cast<std::uint64_t>(n) * min_bytes > left())
      return fail(std::string(name) + " " + std::to_string(n) + " does not fit in the " + std::to_string(left()) + " bytes left");
    return true;
  }
};

bool valid_utf8(const std::string& s) {  // well-formed UTF-8 without control characters
  std::uint32_t cp = 0;
  for (std::size_t i = 0, n = 0; i < s.size(); i += n) {
    n = decode_utf8(s, i, cp);
    if (n == 0 || cp < 0x20 || cp == 0x7F) return false;
  }
  return true;
}

struct Context {
  GeoBounds bounds;
  std::uint32_t grid = kQMax;  // coordinates run 0..grid
  std::uint16_t version = kVersion;
  std::vector<std::string> names;
};

GeoDeg dequantize(const Context& c, QPoint q) {
  const double fx = q.x / static_cast<double>(c.grid), fy = q.y / static_cast<double>(c.grid);
  return GeoDeg::lon_lat(c.bounds.lon_min + fx * (static_cast<double>(c.bounds.lon_max) - c.bounds.lon_min),
                         c.bounds.lat_min + fy * (static_cast<double>(c.bounds.lat_max) - c.bounds.lat_min));
}

bool read_name(Reader& r, const Context& c, std::string& name) {
  std::uint32_t idx = 0;
  if (!r.uvar(idx)) return false;
  if (idx > c.names.size())
    return r.fail("name index " + std::to_string(idx) + " but only " + std::to_string(c.names.size()) + " names");
  name = idx ? c.names[idx - 1] : std::string();
  return true;
}

bool read_points(Reader& r, std::uint32_t grid, std::uint32_t n, std::vector<QPoint>& out) {
  std::int64_t x = 0, y = 0;
  out.clear();
  out.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    std::int64_t dx = 0, dy = 0;
    if (!r.svar(dx) || !r.svar(dy)) return false;
    x += dx;
    y += dy;
    if (x < 0 || y < 0 || x > grid || y > grid)
      return r.fail("vertex " + std::to_string(i) + " leaves the grid 0.." + std::to_string(grid) + " (" + std::to_string(x) + ", " + std::to_string(y) + ")");
    out.push_back({static_cast<std::uint32_t>(x), static_cast<std::uint32_t>(y)});
  }
  return true;
}

bool on_frame(QPoint a, QPoint b, std::uint32_t grid) {
  return (a.x == b.x && (a.x == 0 || a.x == grid)) || (a.y == b.y && (a.y == 0 || a.y == grid));
}

// The ring's edges that are not on the frame, as polylines.
void add_shores(const Context& c, const std::vector<QPoint>& ring, std::vector<std::vector<GeoDeg>>& shores) {
  const std::size_t n = ring.size();
  std::size_t start = n;
  for (std::size_t i = 0; i < n; ++i)
    if (on_frame(ring[(i + n - 1) % n], ring[i], c.grid)) start = i;
  if (start == n) {  // no edge on the frame: one closed line
    std::vector<GeoDeg> line;
    for (std::size_t i = 0; i <= n; ++i) line.push_back(dequantize(c, ring[i % n]));
    shores.push_back(std::move(line));
    return;
  }
  std::vector<GeoDeg> line{dequantize(c, ring[start])};
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t i = (start + k) % n, j = (i + 1) % n;
    if (on_frame(ring[i], ring[j], c.grid)) {
      if (line.size() >= 2) shores.push_back(std::move(line));
      line.clear();
    } else if (line.empty()) {
      line = {dequantize(c, ring[i]), dequantize(c, ring[j])};
    } else {
      line.push_back(dequantize(c, ring[j]));
    }
  }
  if (line.size() >= 2) shores.push_back(std::move(line));
}

bool read_names(Reader& r, Context& c) {
  std::uint32_t n = 0;
  if (!r.count(n, 2, "name count")) return false;
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint32_t len = 0;
    if (!r.uvar(len)) return false;
    if (len == 0 || len > 255) return r.fail("name " + std::to_string(i) + " has length " + std::to_string(len));
    std::string s(len, '\0');
    if (!r.bytes(&s[0], len)) return false;
    if (!valid_utf8(s)) return r.fail("name " + std::to_string(i) + " is not valid UTF-8 text");
    c.names.push_back(std::move(s));
  }
  return true;
}

// What is left of a polygon's ring while ears are clipped from it (format version 3): a linked list
// for the neighbours, and a Fenwick tree of the remaining vertices so that the vertex `k` places
// ahead is found in O(log n) steps, whatever offsets a corrupt file holds.
class Ring {
 public:
  explicit Ring(std::uint32_t n) : n_(n), size_(n), tree_(n + 1), next_(n), prev_(n) {
    for (std::uint32_t i = 1; i <= n; ++i) {  // every vertex present: tree_[i] = i & -i
      tree_[i] = i & (0u - i);
      next_[i - 1] = i % n;
      prev_[i - 1] = (i + n - 2) % n;
    }
    while (top_ * 2 <= n) top_ *= 2;
  }
  std::uint32_t size() const { return size_; }
  std::uint32_t prev(std::uint32_t v) const { return prev_[v]; }
  std::uint32_t next(std::uint32_t v) const { return next_[v]; }
  // The vertex `k` (< size()) places after `from` (present) along the ring.
  std::uint32_t ahead(std::uint32_t from, std::uint32_t k) const {
    std::uint32_t rank = 0;  // present vertices before `from`
    for (std::uint32_t i = from; i > 0; i -= i & (0u - i)) rank += tree_[i];
    std::uint32_t want = static_cast<std::uint32_t>((static_cast<std::uint64_t>(rank) + k) % size_), pos = 0;
    for (std::uint32_t step = top_; step > 0; step /= 2)
      if (pos + step <= n_ && tree_[pos + step] <= want) {
        pos += step;
        want -= tree_[pos];
      }
    return pos;  // the present vertex with `rank + k` (mod size) present vertices before it
  }
  void remove(std::uint32_t v) {
    for (std::uint32_t i = v + 1; i <= n_; i += i & (0u - i)) --tree_[i];
    next_[prev_[v]] = next_[v];
    prev_[next_[v]] = prev_[v];
    --size_;
  }

 private:
  std::uint32_t n_, size_, top_ = 1;
  std::vector<std::uint32_t> tree_, next_, prev_;
};

// Version 3 triangles: `drops` vertices leave the ring without a triangle, then `ears` ears are
// clipped (triangle previous, vertex, next), each given as the forward offset from the current
// vertex; after each removal the current vertex is the one before the removed one.
bool read_ears(Reader& r, std::uint32_t vcount, std::uint32_t drops, std::uint32_t ears, std::uint32_t first,
               std::vector<std::uint32_t>& indices) {
  Ring ring(vcount);
  std::uint32_t cur = 0;
  for (std::uint32_t k = 0; k < drops + ears; ++k) {
    std::uint32_t offset = 0;
    if (!r.uvar(offset)) return false;
    if (offset >= ring.size())
      return r.fail(std::string(k < drops ? "drop " : "ear ") + std::to_string(k < drops ? k : k - drops) + " offset " +
                    std::to_string(offset) + " is outside the " + std::to_string(ring.size()) + " vertices left of the ring");
    const std::uint32_t v = ring.ahead(cur, offset);
    if (k >= drops)
      for (const std::uint32_t corner : {ring.prev(v), v, ring.next(v)}) indices.push_back(first + corner);
    cur = ring.prev(v);
    ring.remove(v);
  }
  return true;
}

bool read_mesh(Reader& r, const Context& c, GeoMesh& mesh, std::vector<std::vector<GeoDeg>>& shores) {
  const std::string section = r.what;
  std::uint32_t n = 0;
  if (!r.count(n, 12, "polygon count")) return false;
  std::vector<QPoint> ring;
  for (std::uint32_t p = 0; p < n; ++p) {
    r.what = section + " polygon " + std::to_string(p);
    GeoPolygon poly;
    std::uint32_t vcount = 0, tcount = 0, drops = 0, explicit_count = 0;
    if (!read_name(r, c, poly.name) || !r.uvar(vcount) || !r.uvar(tcount)) return false;
    if (c.version >= 3 && (!r.uvar(drops) || !r.uvar(explicit_count))) return false;
    if (vcount < 3) return r.fail("a polygon needs 3 vertices, has " + std::to_string(vcount));
    if (tcount < 1) return r.fail("no triangles");
    if (c.version < 3) explicit_count = tcount;
    if (explicit_count > tcount)
      return r.fail(std::to_string(explicit_count) + " explicit triangles but only " + std::to_string(tcount) + " triangles");
    const std::uint32_t ears = tcount - explicit_count;
    // Each drop or ear takes a vertex off the ring and the last ear leaves 2: at most vcount - 2. If
    // every triangle is an ear, they must use the ring up (else the triangles leave part of it bare).
    const std::uint64_t clips = static_cast<std::uint64_t>(drops) + ears;
    if (clips > vcount - 2u)
      return r.fail(std::to_string(drops) + " drops and " + std::to_string(ears) + " ears are more than the ring of " +
                    std::to_string(vcount) + " vertices allows (" + std::to_string(vcount - 2u) + ")");
    if (explicit_count == 0 && clips != vcount - 2u)
      return r.fail(std::to_string(drops) + " drops and " + std::to_string(ears) + " ears leave " +
                    std::to_string(vcount - clips) + " vertices of the ring unclipped (must leave 2)");
    if (static_cast<std::uint64_t>(vcount) * 2 > r.left())
      return r.fail("vertex count " + std::to_string(vcount) + " does not fit in the section");
    if (!read_points(r, c.grid, vcount, ring)) return false;
    if (clips + static_cast<std::uint64_t>(explicit_count) * 3 > r.left())
      return r.fail("triangle count " + std::to_string(tcount) + " does not fit in the section");
    poly.first_vertex = static_cast<std::uint32_t>(mesh.vertices.size());
    poly.vertex_count = vcount;
    poly.first_index = static_cast<std::uint32_t>(mesh.indices.size());
    poly.index_count = tcount * 3;
    for (const QPoint& q : ring) mesh.vertices.push_back(dequantize(c, q));
    if (clips > 0 && !read_ears(r, vcount, drops, ears, poly.first_vertex, mesh.indices)) return false;
    std::int64_t idx = 0;
    for (std::uint32_t k = 0; k < explicit_count * 3; ++k) {
      std::int64_t d = 0;
      if (!r.svar(d)) return false;
      idx += d;
      if (idx < 0 || idx >= vcount)
        return r.fail("triangle index " + std::to_string(idx) + " outside the polygon's " + std::to_string(vcount) + " vertices");
      mesh.indices.push_back(poly.first_vertex + static_cast<std::uint32_t>(idx));
    }
    add_shores(c, ring, shores);
    mesh.polygons.push_back(std::move(poly));
  }
  r.what = section;
  return true;
}

bool read_rivers(Reader& r, const Context& c, std::vector<GeoRiver>& rivers) {
  std::uint32_t n = 0;
  if (!r.count(n, 8, "river count")) return false;
  std::vector<QPoint> pts;
  for (std::uint32_t i = 0; i < n; ++i) {
    r.what = "RIVR river " + std::to_string(i);
    GeoRiver river;
    std::uint8_t cls = 0;
    std::uint32_t vcount = 0;
    if (!read_name(r, c, river.name) || !r.u8(cls) || !r.uvar(vcount)) return false;
    if (cls < 1 || cls > 4) return r.fail("river class " + std::to_string(cls) + " is not 1..4");
    if (vcount < 2) return r.fail("a river needs 2 points, has " + std::to_string(vcount));
    if (static_cast<std::uint64_t>(vcount) * 3 > r.left())
      return r.fail("point count " + std::to_string(vcount) + " does not fit in the section");
    if (!read_points(r, c.grid, vcount, pts)) return false;
    if (r.left() < vcount) return r.fail("truncated taper values");
    river.river_class = cls;
    for (const QPoint& q : pts) river.points.push_back(dequantize(c, q));
    unsigned taper = 0;  // version 2 stores the steps of the (never decreasing) taper
    for (std::uint32_t k = 0; k < vcount; ++k) {
      taper = c.version == 1 ? r.data[r.pos + k] : taper + r.data[r.pos + k];
      if (taper > 255) return r.fail("taper step " + std::to_string(k) + " takes the taper past 255");
      river.taper.push_back(taper / 255.0f);
    }
    r.pos += vcount;
    rivers.push_back(std::move(river));
  }
  return true;
}

bool parse(const unsigned char* data, std::size_t size, Geography& g, std::string& error) {
  Reader h{data, size, 0, "header"};
  auto bad = [&](const std::string& msg) {
    h.fail(msg);
    error = "geography " + h.error;
    return false;
  };
  if (!data || size < kHeaderSize)
    return bad("truncated: " + std::to_string(data ? size : 0) + " bytes, the header alone needs " + std::to_string(kHeaderSize));
  if (std::memcmp(data, "AGEO", 4) != 0) return bad("not a geography asset (bad magic)");
  h.pos = 4;
  std::uint16_t version = 0, nsections = 0;
  std::uint32_t total = 0, reserved = 0;
  Context c;
  GeoBounds& b = c.bounds;
  h.u16(version);  // cannot fail: the header is complete
  h.u16(nsections);
  h.f32(b.lon_min);
  h.f32(b.lon_max);
  h.f32(b.lat_min);
  h.f32(b.lat_max);
  h.u32(total);
  h.u32(reserved);
  if (version < 1 || version > kVersion) return bad("unsupported version " + std::to_string(version) + " (expected 1, 2 or 3)");
  if (total != size)
    return bad("size field says " + std::to_string(total) + " bytes, the buffer has " + std::to_string(size) + " (truncated or padded)");
  const bool box = std::isfinite(b.lon_min) && std::isfinite(b.lon_max) && std::isfinite(b.lat_min) &&
                   std::isfinite(b.lat_max) && b.lon_min >= -180 && b.lon_max <= 180 && b.lat_min >= -90 &&
                   b.lat_max <= 90 && b.lon_min < b.lon_max && b.lat_min < b.lat_max;
  if (!box) return bad("bounds are not a valid lon/lat box");
  if (version == 1 && reserved != 0) return bad("reserved field is not 0");
  if (version >= 2 && (reserved < 255 || reserved > kQMax))
    return bad("grid size " + std::to_string(reserved) + " is not 255..65535");
  c.version = version;
  c.grid = version == 1 ? kQMax : reserved;

  const char* const tags[4] = {"NAME", "LAND", "LAKE", "RIVR"};
  std::size_t start[4] = {}, length[4] = {};
  bool seen[4] = {};
  h.what = "section table";
  for (std::uint16_t s = 0; s < nsections; ++s) {
    char tag[5] = {};
    std::uint32_t len = 0;
    if (!h.bytes(tag, 4) || !h.u32(len)) return bad("");
    if (len > h.left())
      return bad(std::string("section ") + tag + " says " + std::to_string(len) + " bytes, " + std::to_string(h.left()) + " are left");
    for (int k = 0; k < 4; ++k) {
      if (std::memcmp(tag, tags[k], 4) != 0) continue;
      if (seen[k]) return bad(std::string("duplicate section ") + tags[k]);
      seen[k] = true;
      start[k] = h.pos;
      length[k] = len;
    }
    h.pos += len;  // unknown sections are skipped
  }
  if (h.left() != 0) return bad(std::to_string(h.left()) + " bytes after the last section");
  for (int k = 0; k < 4; ++k)
    if (!seen[k]) return bad(std::string("missing section ") + tags[k]);

  for (int k = 0; k < 4; ++k) {
    Reader r{data + start[k], length[k], start[k], tags[k]};
    const bool ok = k == 0   ? read_names(r, c)
                    : k == 1 ? read_mesh(r, c, g.land, g.coastlines)
                    : k == 2 ? read_mesh(r, c, g.lakes, g.lake_shores)
                             : read_rivers(r, c, g.rivers);
    if (ok && r.left() != 0) r.fail(std::to_string(r.left()) + " unread bytes at the end of the section");
    if (!r.error.empty()) {
      error = "geography " + r.error;
      return false;
    }
  }
  g.bounds = c.bounds;
  return true;
}

}  // namespace

const GeoRiver* Geography::find_river(std::string_view name) const {
  for (const GeoRiver& r : rivers)
    if (r.name == name) return &r;
  return nullptr;
}

bool parse_geography(const unsigned char* data, std::size_t size, Geography& out, std::string& error) {
  Geography g;
  error.clear();
  if (!parse(data, size, g, error)) {
    out = Geography{};
    return false;
  }
  out = std::move(g);
  return true;
}

bool load_geography_file(const std::string& path, Geography& out, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out = Geography{};
    error = "geography: cannot open " + path;
    return false;
  }
  const std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return parse_geography(bytes.data(), bytes.size(), out, error);
}

}  // namespace atlas
