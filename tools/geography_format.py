# The geography file's encoder (docs/geography-format.md, version 3): the one Python writer of the format.
#
# Used by tools/make_geography.py (the real asset) and tools/geography_fixture.py (a small file the
# C++ decoder's unit test reads back). Pure Python: no gmt, no earcut; triangles come from the caller.
import struct
from collections import defaultdict

MAGIC, VERSION = b'AGEO', 3
HEADER_LEN = 32


def section(tag, payload):
    return tag + struct.pack('<I', len(payload)) + payload


def uvar(v):  # unsigned LEB128
    assert 0 <= v < 1 << 32
    out = bytearray()
    while v >= 0x80:
        out.append(v & 0x7F | 0x80)
        v >>= 7
    out.append(v)
    return bytes(out)


def svar(v):  # zigzag + LEB128
    return uvar(v << 1 if v >= 0 else (-v << 1) - 1)


def coords(q):  # deltas from (0, 0), then from the previous vertex
    out, px, py = bytearray(), 0, 0
    for x, y in q:
        out += svar(x - px) + svar(y - py)
        px, py = x, y
    return bytes(out)


def ear_sequence(n, tris):
    """Codes a polygon's triangles as clips of its ring (format version 3).

    Returns (drops, ears, explicit): the ring first loses `drops`, vertices no triangle uses (earcut
    leaves out collinear points), then `ears` is the list of ear clips, each the forward offset
    (in vertices of what is left of the ring) from the current vertex to the vertex clipped, whose
    triangle is (previous, it, next); after a removal the current vertex is the one before it.
    Triangles that are never an ear of what is left (where a ring doubles back on itself and
    earcut's triangles are not quite a triangulation of it) stay as explicit corner triples."""
    left = defaultdict(int)
    for i in range(0, len(tris), 3):
        left[frozenset(tris[i:i + 3])] += 1
    nxt, prv = [(i + 1) % n for i in range(n)], [(i - 1) % n for i in range(n)]

    def remove(v):
        nxt[prv[v]], prv[nxt[v]] = nxt[v], prv[v]

    def offset(v):  # forward steps from `cur` to v in the remaining ring (only used for drops)
        k, u = 0, cur
        while u != v:
            u, k = nxt[u], k + 1
        return k

    used, cur, drops, ears, size = set(tris), 0, [], [], n
    for v in range(n):
        if v not in used:
            drops.append(offset(v))
            cur = prv[v]
            remove(v)
            size -= 1
    remaining = len(tris) // 3
    while remaining:
        v, k = cur, 0
        while k < size and not left[frozenset((prv[v], v, nxt[v]))]:  # the nearest ear ahead
            v, k = nxt[v], k + 1
        if k == size:
            break
        left[frozenset((prv[v], v, nxt[v]))] -= 1
        remaining -= 1
        ears.append(k)
        cur = prv[v]
        remove(v)
        size -= 1
    explicit = []
    for i in range(0, len(tris), 3):
        t = frozenset(tris[i:i + 3])
        if left[t]:
            left[t] -= 1
            explicit += tris[i:i + 3]
    return drops, ears, explicit


def decode_ears(n, drops, ears, explicit):  # as the parser does: the triangles back
    ring, cur, out = list(range(n)), 0, []
    for k, clip in [(k, False) for k in drops] + [(k, True) for k in ears]:
        i = (ring.index(cur) + k) % len(ring)
        if clip:
            out.append((ring[i - 1], ring[i], ring[(i + 1) % len(ring)]))
        cur = ring[i - 1]
        del ring[i]
    return out + [tuple(explicit[i:i + 3]) for i in range(0, len(explicit), 3)]


def canonical(t):  # a triangle as its rotation starting at its lowest index (keeps the winding)
    i = t.index(min(t))
    return tuple(t[i:]) + tuple(t[:i])


def decoded_triangles(p):
    """The triangles of polygon `p` ({'ring', 'tris'}) as the decoder will give them back (canonical order)."""
    drops, ears, explicit = ear_sequence(len(p['ring']), p['tris'])
    return sorted(map(canonical, decode_ears(len(p['ring']), drops, ears, explicit)))


def polygon_section(polys, names):
    b = bytearray(uvar(len(polys)))
    for p in polys:
        ring, tris = p['ring'], p['tris']
        drops, ears, explicit = ear_sequence(len(ring), tris)
        if not explicit and len(drops) + len(ears) != len(ring) - 2:
            # the parser wants a ring used up (2 vertices left) when every triangle is an ear; where the
            # ears stop short (a ring that touches itself), the last ear is stored as corners instead
            explicit = list(decode_ears(len(ring), drops, ears, [])[-1]) if ears else list(tris)
            ears = ears[:-1] if ears else []
        back = decode_ears(len(ring), drops, ears, explicit)  # the same triangles, with the same winding
        assert sorted(map(canonical, back)) == sorted(canonical(tuple(tris[i:i + 3])) for i in range(0, len(tris), 3))
        p['explicit'] = len(explicit) // 3
        b += uvar(names.index(p['name']) + 1 if p['name'] else 0) + uvar(len(ring)) + uvar(len(tris) // 3)
        b += uvar(len(drops)) + uvar(len(explicit) // 3)
        b += coords(ring)
        for k in drops + ears:
            b += uvar(k)
        prev = 0
        for t in explicit:
            b += svar(t - prev)
            prev = t
    return bytes(b)


def river_section(rivers, names):
    b = bytearray(uvar(len(rivers)))
    for r in rivers:
        b += uvar(names.index(r['name']) + 1 if r['name'] else 0) + bytes([r['cls']]) + uvar(len(r['q']))
        b += coords(r['q']) + bytes(t1 - t0 for t0, t1 in zip([0] + r['taper'][:-1], r['taper']))  # taper steps
    return bytes(b)


def name_list(land, lakes, rivers):
    """Every name the sections refer to, in the order the NAME section stores them."""
    return sorted({x['name'] for x in land + lakes + rivers if x['name']})


def encode(land, lakes, rivers, bounds, grid):
    """The whole file. bounds = (lon_min, lon_max, lat_min, lat_max); polygons {'name', 'ring' (quantised,
    counter-clockwise), 'tris' (flat corner indices)}; rivers {'name', 'cls', 'q' (quantised), 'taper' (0..255)}."""
    names = name_list(land, lakes, rivers)
    nm = bytearray(uvar(len(names)))
    for n in names:
        e = n.encode('utf-8')
        assert 0 < len(e) < 256
        nm += uvar(len(e)) + e
    body = section(b'NAME', bytes(nm)) + section(b'LAND', polygon_section(land, names)) + \
        section(b'LAKE', polygon_section(lakes, names)) + section(b'RIVR', river_section(rivers, names))
    header = MAGIC + struct.pack('<HH4fII', VERSION, 4, *bounds, HEADER_LEN + len(body), grid)
    assert len(header) == HEADER_LEN
    return header + body
