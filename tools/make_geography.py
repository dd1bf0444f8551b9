# Regenerates assets/geo/theatre.bin and PROVENANCE.md (coasts, lakes, rivers of the 540 theatre) from GSHHG/WDB via `gmt coast -M`.
#
# Run by hand (never at build time):  /usr/bin/python3 tools/make_geography.py
# Needs Debian's gmt, gmt-gshhg-high and python3-mapbox-earcut (+ its numpy). Output is deterministic.
# Binary format: docs/geography-format.md (parsed by src/core/geo/geography.cpp).
import math, os, subprocess, sys, zlib
from collections import defaultdict
import heapq

import geography_format
from geo_facts import (RESERVOIRS, RESERVOIR_REGIONS, NATURAL_LAKES_KEPT, SUEZ_GATES, SUEZ_CORRIDOR, RIVERS, MINOR_RIVERS,
                       FRAME_INFLOWS, LAKE_PASSAGES, RIVER_OUTLETS)

try:
    import numpy as np
    import mapbox_earcut
except ImportError:  # a pyenv/venv python3 does not see Debian's packages: rerun with Debian's
    if sys.executable != '/usr/bin/python3' and os.path.exists('/usr/bin/python3'):
        os.execv('/usr/bin/python3', ['/usr/bin/python3'] + sys.argv)
    raise

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_BIN = os.path.join(ROOT, 'assets', 'geo', 'theatre.bin')
OUT_MD = os.path.join(ROOT, 'assets', 'geo', 'PROVENANCE.md')

# ---- parameters -------------------------------------------------------------------------------
# The built-in theatre: Constantinople .. the Gulf head, tall enough that a phone held upright shows
# the 540 march whole (the camera never zooms out past the frame).
THEATRE = (26.0, 50.0, 27.5, 44.5)
DETAIL_UNIT = (25.0, 50.0, 29.0, 43.0)  # a frame this size gets the base tolerances; larger ones coarser
RES = 'h'                                # GSHHG high (0.2 km); simplified below
BASE_COAST_TOL_KM = 0.3                  # Douglas-Peucker tolerance for shores (for the theatre's frame; set_frame)
BASE_RIVER_TOL_KM = 0.45                 # ... and rivers
BASE_MIN_ISLAND_KM2 = 1.5                # smaller islands are dropped
BASE_MIN_LAKE_KM2 = 4.0                  # smaller lakes are dropped
RIVER_CLASSES = (0, 1, 2, 3)             # WDB permanent rivers (0 = double-lined river-lakes)
MIN_MINOR_RIVER_KM = 60.0                # kept minor (class 4) tributaries shorter than this go
GRID = 16383                             # coordinates are quantised to 0..GRID (14 bits) over the frame
KY = 110.57                              # km per degree of latitude


COARSER = 1.0     # --coarser F: tolerances F times larger still (an overview drawn small: the locator inset)
NO_RIVERS = False  # --no-rivers: coasts and lakes only
THEATRE_COARSER = 1.6  # the built-in theatre: shores within 0.52 km (9 kB less gzipped in the page than at 1.0)


def set_frame(w, e, s, n):
    """The region every step works in (degrees): gmt's -R, the frame rings are closed along, the grid."""
    global W, E, S, N, CORNERS, GMT_SHORES, GMT_RIVERS, KX, COAST_TOL_KM, RIVER_TOL_KM, MIN_ISLAND_KM2, MIN_LAKE_KM2
    W, E, S, N = w, e, s, n
    # A larger frame is seen from further out: detail in proportion, so a file costs about the same per
    # screen (the grid's step grows with the frame too). DETAIL_UNIT is the unit.
    f = COARSER * max(1.0, math.sqrt((E - W) * (N - S) / ((DETAIL_UNIT[1] - DETAIL_UNIT[0]) * (DETAIL_UNIT[3] - DETAIL_UNIT[2]))))
    COAST_TOL_KM, RIVER_TOL_KM = BASE_COAST_TOL_KM * f, BASE_RIVER_TOL_KM * f
    MIN_ISLAND_KM2, MIN_LAKE_KM2 = BASE_MIN_ISLAND_KM2 * f * f, BASE_MIN_LAKE_KM2 * f * f
    CORNERS = [(E, S), (E, N), (W, N), (W, S)]  # at frame_t = 1, 2, 3, 4
    region = '-R%g/%g/%g/%g' % (W, E, S, N)
    GMT_SHORES = ['gmt', 'coast', region, '-D' + RES, '-W', '-A0/1/2+l', '-M']
    GMT_RIVERS = ['gmt', 'coast', region, '-D' + RES] + ['-I%d' % c for c in RIVER_CLASSES + (4,)] + ['-M']
    KX = 111.32 * math.cos(math.radians((S + N) / 2))  # km per degree of longitude (local, for tolerances)


set_frame(*THEATRE)

DEFAULT_FRAME_INFLOW_KM = 150.0      # upstream length of a river entering through the frame
SIDE_WEIGHT = 0.5                    # share of the flow drawn on a braid/distributary (main keeps all)
TAPER_L0, TAPER_FULL = 20.0, 3000.0  # taper = log(1 + acc/L0) / log(1 + FULL/L0), acc = km upstream
VIRTUAL = 99        # class of the lake passages (geo_facts): they carry flow but are never written
CLASS_COST = {0: 1.0, 1: 1.0, 2: 1.2, 3: 1.5, 4: 2.0, VIRTUAL: 1.0}  # braids: prefer main channels


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def parse_multisegment(text):
    segs, cur = [], None
    for line in text.splitlines():
        if line.startswith('>'):
            cur = [int(line.split()[-1]), []]
            segs.append(cur)
        elif line.strip():
            x, y = line.split()[:2]
            cur[1].append((float(x), float(y)))
    return [(lv, pts) for lv, pts in segs if len(pts) >= 2]


def key(p):
    return (round(p[0], 6), round(p[1], 6))


def km(p):
    return (p[0] * KX, p[1] * KY)


def dist_km(a, b):
    return math.hypot((a[0] - b[0]) * KX, (a[1] - b[1]) * KY)


def ring_area_km2(r):
    a = 0.0
    for i in range(len(r)):
        x0, y0 = r[i - 1]
        x1, y1 = r[i]
        a += x0 * y1 - x1 * y0
    return 0.5 * a * KX * KY


def inside(pt, poly):
    x, y, c = pt[0], pt[1], False
    for i in range(len(poly)):
        (x0, y0), (x1, y1) = poly[i - 1], poly[i]
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            c = not c
    return c


def in_frame(p):
    return W <= p[0] <= E and S <= p[1] <= N


def centroid(r):
    return (sum(p[0] for p in r) / len(r), sum(p[1] for p in r) / len(r))


# ---- shores: join the per-bin segments, cut the canal, close along the frame ------------------
def join_chains(segments):
    """Joins segments end-to-start (GSHHG keeps land on the left). Returns (rings, open chains)."""
    by_start = defaultdict(list)
    for i, s in enumerate(segments):
        by_start[key(s[0])].append(i)
    used, chains = [False] * len(segments), []
    for i in range(len(segments)):
        if used[i]:
            continue
        used[i] = True
        c = list(segments[i])
        while key(c[-1]) != key(c[0]):
            nxt = [j for j in by_start[key(c[-1])] if not used[j]]
            if not nxt:
                break
            used[nxt[0]] = True
            c += segments[nxt[0]][1:]
        chains.append(c)
    rings, changed = [], True
    while changed:
        changed = False
        for c in list(chains):
            if key(c[-1]) == key(c[0]) and len(c) > 3:
                rings.append(c[:-1])
                chains.remove(c)
                changed = True
                continue
            m = [d for d in chains if d is not c and key(d[0]) == key(c[-1])]
            if m:
                c.extend(m[0][1:])
                chains.remove(m[0])
                changed = True
                break
    return rings, chains


def nearest_index(chain, p):
    return min(range(len(chain)), key=lambda i: dist_km(chain[i], p))


def cut_suez(opens):
    """Joins Africa and Asia across both canal mouths; the canal banks between the gates go."""
    (n_asia, n_africa), (s_asia, s_africa) = SUEZ_GATES['north'], SUEZ_GATES['south']
    asia = min(opens, key=lambda c: min(dist_km(p, n_asia) for p in c))
    africa = min(opens, key=lambda c: min(dist_km(p, n_africa) for p in c))
    assert asia is not africa, 'Suez: Africa and Asia are already one shore?'
    a_n, a_s = nearest_index(asia, n_asia), nearest_index(asia, s_asia)
    f_n, f_s = nearest_index(africa, n_africa), nearest_index(africa, s_africa)
    assert a_n < a_s and f_s < f_n, 'Suez: unexpected shore orientation'
    for chain, i, p in ((asia, a_n, n_asia), (africa, f_n, n_africa), (asia, a_s, s_asia), (africa, f_s, s_africa)):
        assert dist_km(chain[i], p) < 0.5, 'Suez gate point %r is off the shore' % (p,)
    med = asia[:a_n + 1] + africa[f_n:]
    gulf = africa[:f_s + 1] + asia[a_s:]
    return [c for c in opens if c is not asia and c is not africa] + [med, gulf]


def frame_t(p):
    x, y = p
    eps = 1e-7
    if abs(y - S) < eps:
        return (x - W) / (E - W)
    if abs(x - E) < eps:
        return 1 + (y - S) / (N - S)
    if abs(y - N) < eps:
        return 2 + (E - x) / (E - W)
    if abs(x - W) < eps:
        return 3 + (N - y) / (N - S)
    raise ValueError('chain end %r is not on the frame' % (p,))


def close_on_frame(opens):
    """Open chains (interior on the left) end on the frame: walk the frame counter-clockwise."""
    starts = sorted((frame_t(c[0]), i) for i, c in enumerate(opens))
    used, rings = [False] * len(opens), []
    for i0 in range(len(opens)):
        if used[i0]:
            continue
        ring, i = [], i0
        while not used[i]:
            used[i] = True
            ring += opens[i]
            t_end = frame_t(opens[i][-1])
            nxt = [(t, j) for t, j in starts if t > t_end] or [(t + 4, j) for t, j in starts]
            t_next, j = nxt[0]
            c = math.floor(t_end) + 1
            while c < t_next:
                ring.append(CORNERS[(c - 1) % 4])
                c += 1
            i = j
        assert i == i0, 'frame walk did not close'
        rings.append(ring)
    return rings


def shore_polygons(segments, level):
    rings, opens = join_chains([p for lv, p in segments if lv == level])
    if level == 2:  # lakes are stored clockwise: make the interior lie on the left too
        rings = [r[::-1] for r in rings]
        opens = [c[::-1] for c in opens]
    if level == 1 and all(in_frame(p) for gate in SUEZ_GATES.values() for p in gate):
        opens = cut_suez(opens)
        rings = [r for r in rings if not inside(centroid(r), SUEZ_CORRIDOR)]
    if level == 1 and not opens and frame_corner_is_land():  # an inland frame: no shore crosses it
        rings.append([(W, S), (E, S), (E, N), (W, N)])
    return rings + close_on_frame(opens)


def frame_corner_is_land():
    """Is the frame's south-west corner on land (GSHHG, as gmt select sees it)?"""
    point = '%.6f %.6f\n' % (W + 1e-4, S + 1e-4)
    out = subprocess.run(['gmt', 'select', '-D' + RES, '-Ns/k', '-fg'], input=point, check=True,
                         capture_output=True, text=True).stdout
    return bool(out.strip())


# ---- simplification ---------------------------------------------------------------------------
def douglas_peucker(pts, tol_km):
    return [pts[i] for i in dp_indices(pts, tol_km)]


def dp_indices(pts, tol_km):
    if len(pts) < 3:
        return list(range(len(pts)))
    P = [km(p) for p in pts]
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = P[a], P[b]
        dx, dy = bx - ax, by - ay
        L = math.hypot(dx, dy)
        best, bi = -1.0, -1
        for i in range(a + 1, b):
            px, py = P[i]
            d = abs(dx * (py - ay) - dy * (px - ax)) / L if L > 0 else math.hypot(px - ax, py - ay)
            if d > best:
                best, bi = d, i
        if best > tol_km:
            keep[bi] = True
            stack += [(a, bi), (bi, b)]
    return [i for i, k in enumerate(keep) if k]


def on_frame(p):
    return abs(p[0] - W) < 1e-7 or abs(p[0] - E) < 1e-7 or abs(p[1] - S) < 1e-7 or abs(p[1] - N) < 1e-7


def simplify_ring(ring, tol):
    fixed = [i for i, p in enumerate(ring) if on_frame(p)]
    if not fixed:  # split a closed ring at its first vertex and the vertex farthest from it
        far = max(range(len(ring)), key=lambda i: dist_km(ring[0], ring[i]))
        fixed = [0, far] if far > 0 else [0]
    out = []
    for k, a in enumerate(fixed):
        b = fixed[(k + 1) % len(fixed)]
        piece = ring[a:b + 1] if b > a else ring[a:] + ring[:b + 1]
        out += douglas_peucker(piece, tol)[:-1]
    return out


# ---- quantisation and triangulation -----------------------------------------------------------
def quant(p):
    qx = int(round((p[0] - W) / (E - W) * GRID))
    qy = int(round((p[1] - S) / (N - S) * GRID))
    return (min(max(qx, 0), GRID), min(max(qy, 0), GRID))


def dequant(q):
    return (W + q[0] / GRID * (E - W), S + q[1] / GRID * (N - S))


def quant_ring(ring):
    out = []
    for p in ring:
        q = quant(p)
        if not out or q != out[-1]:
            out.append(q)
    while len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def q_area(r):  # in quantised units, counter-clockwise positive
    return 0.5 * sum(r[i - 1][0] * r[i][1] - r[i][0] * r[i - 1][1] for i in range(len(r)))


def triangulate(ring):
    verts = np.array(ring, dtype=np.float64)
    tris = mapbox_earcut.triangulate_float64(verts, np.array([len(ring)], dtype=np.uint32))
    tris = [int(t) for t in tris]
    tri_area = sum(abs(q_area([ring[tris[i]], ring[tris[i + 1]], ring[tris[i + 2]]]))
                   for i in range(0, len(tris), 3))
    return tris, tri_area


def build_polygons(rings, min_km2, names=None):
    polys, dropped, bad = [], 0, []
    for r in rings:
        if ring_area_km2(r) < min_km2:
            dropped += 1
            continue
        tol = COAST_TOL_KM
        while True:  # simplification can make a ring cross itself: then simplify less
            q = quant_ring(simplify_ring(r, tol) if tol > 0 else r)
            qa = q_area(q) if len(q) >= 3 else 0
            tris, ta = triangulate(q) if qa > 0 else ([], 0)
            if qa > 0 and abs(ta - qa) <= 0.001 * qa or tol == 0:
                break
            tol = tol / 2 if tol > 0.02 else 0
        if qa <= 0:
            dropped += 1
            continue
        if abs(ta - qa) > 0.001 * qa:
            bad.append((centroid([dequant(p) for p in q]), len(q), ta / qa))
        polys.append({'ring': q, 'tris': tris, 'name': (names or {}).get(id(r), '')})
    # deterministic order: largest first, ties by first vertex
    polys.sort(key=lambda p: (-q_area(p['ring']), p['ring'][0]))
    return polys, dropped, bad


def lake_names(rings):
    named = {'Lake Van': (43.0, 38.65), 'Lake Urmia': (45.4, 37.7), 'Lake Sevan': (45.3, 40.4),
             'Dead Sea': (35.5, 31.5), 'Sea of Galilee': (35.59, 32.81), 'Lake Tatta': (33.45, 38.8),
             'Lake of Antioch': (36.31, 36.35), 'Caspian Sea': (49.5, 41.5)}
    out = {}
    for name, p in named.items():
        for r in rings:
            if inside(p, r):
                out[id(r)] = name
    return out


# ---- rivers -----------------------------------------------------------------------------------
def clip_polyline(pts):
    """Cuts a polyline to the frame (Liang-Barsky per segment); returns the inner pieces."""
    pieces, cur = [], []
    for a, b in zip(pts, pts[1:]):
        t0, t1, dx, dy = 0.0, 1.0, b[0] - a[0], b[1] - a[1]
        ok = True
        for p, q in ((-dx, a[0] - W), (dx, E - a[0]), (-dy, a[1] - S), (dy, N - a[1])):
            if p == 0:
                if q < 0:
                    ok = False
            else:
                r = q / p
                if p < 0:
                    t0 = max(t0, r)
                else:
                    t1 = min(t1, r)
        if not ok or t0 > t1:
            if cur:
                pieces.append(cur)
                cur = []
            continue
        pa = (a[0] + t0 * dx, a[1] + t0 * dy) if t0 > 0 else a
        pb = (a[0] + t1 * dx, a[1] + t1 * dy) if t1 < 1 else b
        if cur and key(cur[-1]) != key(pa):
            pieces.append(cur)
            cur = []
        if not cur:
            cur = [pa]
        cur.append(pb)
        if t1 < 1:
            pieces.append(cur)
            cur = []
    if cur:
        pieces.append(cur)
    return [p for p in pieces if len(p) >= 2]


def centreline(loop, a, b):
    """Double-lined river outline -> centre: average the two banks between vertices a and b."""
    n = len(loop)
    bank1 = [loop[(a + i) % n] for i in range((b - a) % n + 1)]
    bank2 = [loop[(a - i) % n] for i in range((a - b) % n + 1)]

    def resample(line, m):
        d = [0.0]
        for p, q in zip(line, line[1:]):
            d.append(d[-1] + dist_km(p, q))
        out, j = [], 0
        for k in range(m):
            t = d[-1] * k / (m - 1)
            while j < len(d) - 2 and d[j + 1] < t:
                j += 1
            f = 0 if d[j + 1] == d[j] else (t - d[j]) / (d[j + 1] - d[j])
            out.append((line[j][0] + f * (line[j + 1][0] - line[j][0]),
                        line[j][1] + f * (line[j + 1][1] - line[j][1])))
        return out
    m = max(len(bank1), len(bank2)) * 2
    r1, r2 = resample(bank1, m), resample(bank2, m)
    return [((p[0] + q[0]) / 2, (p[1] + q[1]) / 2) for p, q in zip(r1, r2)]


def project_to_segment(p, a, b):
    ax, ay = km(a)
    bx, by = km(b)
    px, py = km(p)
    dx, dy = bx - ax, by - ay
    L = dx * dx + dy * dy
    t = 0.0 if L == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / L))
    return math.hypot(ax + t * dx - px, ay + t * dy - py), t


SNAP_KM = 1.0  # a WDB tributary that ends this close to another river joins it there


def snap_and_split(lines):
    """Joins dangling ends onto the river they touch and splits lines at every junction."""
    deg = defaultdict(int)
    for _, p in lines:
        deg[key(p[0])] += 1
        deg[key(p[-1])] += 1
    cuts = defaultdict(list)  # line index -> [(segment, t, point)]
    for i, (_, p) in enumerate(lines):
        for end in (0, -1):
            e = p[end]
            if deg[key(e)] != 1 or on_frame(e):
                continue
            best = None
            for j, (_, q) in enumerate(lines):
                if j == i:
                    continue
                for k in range(len(q) - 1):
                    a, b = q[k], q[k + 1]
                    if min(a[0], b[0]) - 0.02 > e[0] or max(a[0], b[0]) + 0.02 < e[0] or \
                       min(a[1], b[1]) - 0.02 > e[1] or max(a[1], b[1]) + 0.02 < e[1]:
                        continue
                    d, t = project_to_segment(e, a, b)
                    if d < SNAP_KM and (best is None or d < best[0]):
                        best = (d, j, k, t)
            if best:
                d, j, k, t = best
                a, b = lines[j][1][k], lines[j][1][k + 1]
                pt = b if t >= 1 - 1e-9 else a if t <= 1e-9 else (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
                if t >= 1 - 1e-9:
                    k, t = k + 1, 0.0
                cuts[j].append((k, t, pt))
                if key(pt) != key(e):
                    p.insert(0 if end == 0 else len(p), pt)
    out = []
    for j, (c, q) in enumerate(lines):
        pts = [(k, 0.0, q[k]) for k in range(len(q))] + [x for x in cuts[j] if x[1] > 0]
        pts.sort(key=lambda x: (x[0], x[1]))
        splits = {key(x[2]) for x in cuts[j]}
        cur = []
        for _, _, pt in pts:
            if cur and key(cur[-1]) == key(pt):
                continue
            cur.append(pt)
            if key(pt) in splits and len(cur) > 1:
                out.append((c, cur))
                cur = [pt]
        if len(cur) > 1:
            out.append((c, cur))
    return out


def reservoir_bridges(removed):
    """Where a removed reservoir cut a river, the river goes on along the reservoir's centreline
    (an approximation of the pre-dam valley course). Returns [(description, points)]."""
    segs = [(c, q) for c, p in parse_multisegment(run(GMT_RIVERS)) if 0 < c < 4 for q in clip_polyline(p)]
    count = defaultdict(int)
    for _, p in segs:
        count[key(p[0])] += 1
        count[key(p[-1])] += 1
    leaves = sorted({e for _, p in segs for e in (p[0], p[-1]) if count[key(e)] == 1})
    bridges = []
    for name, rings in sorted(removed.items()):
        for r in rings:
            ends = sorted({min(range(len(r)), key=lambda i: dist_km(r[i], e)) for e in leaves
                           if min(dist_km(p, e) for p in r) < 0.5})
            if not ends:
                continue
            if len(ends) == 1:  # the river starts at the dam lake: extend it to the far end
                a = ends[0]
                b = max(range(len(r)), key=lambda i: dist_km(r[a], r[i]))
            else:
                a, b = max(((i, j) for i in ends for j in ends), key=lambda ij: dist_km(r[ij[0]], r[ij[1]]))
            line = douglas_peucker(centreline(r, a, b), RIVER_TOL_KM / 2)
            bridges.append(('%s: %.3fE %.3fN to %.3fE %.3fN' % (name, r[a][0], r[a][1], r[b][0], r[b][1]), line))
    return bridges


def minor_rivers(segs):
    minor = [q for c, p in segs if c == 4 for q in clip_polyline(p)]
    keep = set()
    for _, seed, (x0, x1, y0, y1) in MINOR_RIVERS:
        ok = [i for i, q in enumerate(minor) if all(x0 <= x <= x1 and y0 <= y <= y1 for x, y in q)]
        front = [i for i in ok if min(dist_km(seed, minor[i][0]), dist_km(seed, minor[i][-1])) < SNAP_KM]
        while front:
            i = front.pop()
            if i in keep:
                continue
            keep.add(i)
            ends = {key(minor[i][0]), key(minor[i][-1])}
            front += [j for j in ok if j not in keep and ends & {key(minor[j][0]), key(minor[j][-1])}]
    return [(4, minor[i]) for i in sorted(keep)]


def river_lines(bridges):
    segs = parse_multisegment(run(GMT_RIVERS))
    lines = [(c, piece) for c, p in segs if 0 < c < 4 for piece in clip_polyline(p)] + minor_rivers(segs)
    ends = [e for _, p in lines for e in (p[0], p[-1])]
    loops, _ = join_chains([p for c, p in segs if c == 0])
    for loop in loops:  # river-lake outline -> centreline from the attached end to the far tip
        att = [i for i in range(len(loop)) if min(dist_km(loop[i], e) for e in ends) < SNAP_KM]
        a, b = max(((i, j) for i in att for j in range(len(loop))),
                   key=lambda ij: dist_km(loop[ij[0]], loop[ij[1]]))
        lines += [(1, piece) for piece in clip_polyline(centreline(loop, a, b))]
    lines += [(2, list(p)) for _, p in bridges]
    lines += [(VIRTUAL, [a, b]) for _, a, b in LAKE_PASSAGES if in_frame(a) and in_frame(b)]
    return [(c, p) for c, p in snap_and_split(lines) if line_len(p) > 0.01]


def line_len(p):
    return sum(dist_km(a, b) for a, b in zip(p, p[1:]))


class ShoreIndex:
    """Nearest-shore distance (km) over a 0.25 degree grid of shore vertices."""
    def __init__(self, rings):
        self.cells = defaultdict(list)
        for r in rings:
            for p in r:
                if not on_frame(p):
                    self.cells[(int(p[0] * 4), int(p[1] * 4))].append(p)

    def dist(self, p, reach=2):
        cx, cy = int(p[0] * 4), int(p[1] * 4)
        best = 1e9
        for dx in range(-reach, reach + 1):
            for dy in range(-reach, reach + 1):
                for q in self.cells.get((cx + dx, cy + dy), ()):
                    best = min(best, dist_km(p, q))
        return best


def river_network(lines, sea, lakes):
    """Orients every line downstream and accumulates the river length upstream of each vertex."""
    adj = defaultdict(list)  # node -> [line index]
    for i, (_, p) in enumerate(lines):
        adj[key(p[0])].append(i)
        adj[key(p[-1])].append(i)
    nodes = sorted(adj)
    comp, ncomp = {}, 0
    for n in nodes:  # connected components
        if n in comp:
            continue
        stack, comp[n] = [n], ncomp
        while stack:
            m = stack.pop()
            for i in adj[m]:
                for e in (key(lines[i][1][0]), key(lines[i][1][-1])):
                    if e not in comp:
                        comp[e] = ncomp
                        stack.append(e)
        ncomp += 1
    members = defaultdict(list)
    for n in nodes:
        members[comp[n]].append(n)
    hints = {}
    for mouth in RIVER_OUTLETS:
        n = min(nodes, key=lambda m: dist_km(m, mouth))
        if dist_km(n, mouth) < 5:
            hints[comp[n]] = n
    outlets = []
    for c in range(ncomp):
        leaves = [n for n in members[c] if len(adj[n]) == 1]
        if c in hints:
            outlets.append(hints[c])
            continue
        sea_leaves = [n for n in leaves if not on_frame(n) and sea.dist(n) < 2.0]
        if sea_leaves:
            outlets += sea_leaves
            continue
        lake_d = [(lakes.dist(n), n) for n in leaves if not on_frame(n)]
        lake_d = [x for x in lake_d if x[0] < 3.0]
        frame = [n for n in leaves if on_frame(n)]
        outlets.append(min(lake_d)[1] if lake_d else frame_outlet(frame) if frame else leaves[0] if leaves else members[c][0])
    # Dijkstra from all outlets: every line flows towards the nearer outlet along the network
    dist, parent = {n: 1e18 for n in nodes}, {}
    heap = [(0.0, n) for n in outlets]
    for _, n in heap:
        dist[n] = 0.0
    heapq.heapify(heap)
    while heap:
        d, n = heapq.heappop(heap)
        if d > dist[n]:
            continue
        for i in adj[n]:
            p = lines[i][1]
            m = key(p[-1]) if key(p[0]) == n else key(p[0])
            nd = d + line_len(p) * CLASS_COST[lines[i][0]]
            if nd < dist[m]:
                dist[m], parent[m] = nd, i
                heapq.heappush(heap, (nd, m))
    oriented = []  # (class, points from upstream to downstream, is_tree_line)
    for i, (c, p) in enumerate(lines):
        a, b = key(p[0]), key(p[-1])
        if dist[a] < dist[b] or (dist[a] == dist[b] and a < b):
            p = p[::-1]
            a, b = b, a
        oriented.append((c, p, parent.get(a) == i))
    # accumulate upstream length in order of decreasing distance to the outlet
    acc_in = defaultdict(float)
    for n in nodes:
        if len(adj[n]) == 1 and on_frame(n):
            acc_in[n] = DEFAULT_FRAME_INFLOW_KM
    for n, inflow in frame_inflows([m for m in nodes if on_frame(m)]):
        acc_in[n] = inflow
    order = sorted(range(len(lines)), key=lambda i: (-dist[key(oriented[i][1][0])], i))
    acc_start = {}
    for i in order:  # a braid or distributary is drawn with a share of the flow at its fork
        c, p, tree = oriented[i]
        a, b = key(p[0]), key(p[-1])
        acc_start[i] = acc_in[a] * (1.0 if tree else SIDE_WEIGHT)
        acc_in[b] += acc_start[i] + line_len(p)
    return oriented, acc_start


def decompose(oriented, acc_start):
    """Chains lines into long rivers: at each junction the biggest inflow continues downstream."""
    out_of, into = {}, defaultdict(list)
    for i, (c, p, tree) in enumerate(oriented):
        if c == VIRTUAL:
            continue
        if tree:
            out_of[key(p[0])] = i
        into[key(p[-1])].append(i)
    follows = {}  # line -> the line upstream that it continues
    for n, ls in into.items():
        if n in out_of:
            follows[out_of[n]] = max(ls, key=lambda i: (acc_start[i] + line_len(oriented[i][1]), -i))
    nxt = {v: k for k, v in follows.items()}
    real = [i for i in range(len(oriented)) if oriented[i][0] != VIRTUAL]
    done, rivers = set(), []
    for i in [i for i in real if i not in follows] + real:  # the second pass catches loops
        if i in done:
            continue
        chain, j = [], i
        while j is not None and j not in done:
            done.add(j)
            chain.append(j)
            j = nxt.get(j)
        pts, acc, cls = [], [], 9
        for j in chain:
            c, p, _ = oriented[j]
            cls = min(cls, c)
            a = acc_start[j]
            for k, q in enumerate(p):
                if k > 0:
                    a += dist_km(p[k - 1], q)
                if pts and k == 0:
                    continue
                pts.append(q)
                acc.append(a)
        rivers.append({'pts': pts, 'acc': acc, 'cls': max(cls, 1), 'name': ''})
    return rivers


def taper(acc):
    return min(1.0, math.log1p(acc / TAPER_L0) / math.log1p(TAPER_FULL / TAPER_L0))


def frame_outlet(ends):
    """Of a network's ends on the frame, the one towards which it drains: the nearest to a known mouth outside."""
    mouths = [m for _, ms, _ in RIVERS if ms for m in (ms if isinstance(ms, list) else [ms]) if not in_frame(m)]
    if not mouths:
        return ends[0]
    d, n = min((min(dist_km(n, m) for m in mouths), n) for n in ends)
    return n if d < 300.0 else ends[0]


def frame_inflows(entries):
    """(river end on the frame, km of network outside) for the long rivers of FRAME_INFLOWS entering here."""
    out = []
    for _, inflow, course in FRAME_INFLOWS:
        near = [(min(dist_to_segment_km(m, a, b) for a, b in zip(course, course[1:])), m) for m in entries]
        near = [x for x in near if x[0] < 25.0]
        if near:
            out.append((min(near)[1], inflow))
    return out


def dist_to_segment_km(p, a, b):
    return project_to_segment(p, a, b)[0]


def river_candidates(rivers, mouths, checks):
    """The unnamed polylines that may be this river: ending at its mouth, or (mouth outside the frame or
    unknown) passing its first checkpoint inside the frame."""
    inside = [m for m in mouths or [] if in_frame(m)]
    if inside:
        return [r for r in rivers if not r['name'] and min(dist_km(r['pts'][-1], m) for m in inside) < 12.0]
    first = [c for c in checks if in_frame(c)][:1]
    return [r for r in rivers if not r['name'] and first and min(dist_km(first[0], q) for q in r['pts']) < 3.0]


def name_rivers(rivers):
    """Names the rivers of geo_facts.RIVERS that reach into the frame; returns the problems found."""
    problems = []
    for name, mouths, checks in RIVERS:
        mouths = mouths if isinstance(mouths, list) or mouths is None else [mouths]
        if not any(in_frame(p) for p in (mouths or []) + checks):
            continue

        def score(r):
            near = sum(min(dist_km(c, q) for q in r['pts']) < 3.0 for c in checks)
            return (near, line_len(r['pts']), r['pts'][0])
        cands = river_candidates(rivers, mouths, checks)
        if not cands:
            problems.append('%s: no river ends near its mouth' % name if mouths else '%s: no river passes its first checkpoint' % name)
            continue
        best = max(cands, key=score)
        best['name'] = name
        for c in filter(in_frame, checks):
            d = min(dist_km(c, q) for q in best['pts'])
            if d > 3.0:
                problems.append('%s: %.1f km from checkpoint %.2fE %.2fN' % (name, d, c[0], c[1]))
    return problems


# ---- output: tools/geography_format.py writes the file ------------------------------------


class Water:
    """Is a point in the sea or a lake, as the asset draws them (simplified, quantised rings)?"""
    def __init__(self, land, lakes):
        self.rings = [([dequant(q) for q in p['ring']], water) for ps, water in ((land, False), (lakes, True))
                      for p in ps]
        self.boxes = [(min(x for x, _ in r), max(x for x, _ in r), min(y for _, y in r), max(y for _, y in r))
                      for r, _ in self.rings]

    def near(self, p, q):
        x0, x1, y0, y1 = min(p[0], q[0]), max(p[0], q[0]), min(p[1], q[1]), max(p[1], q[1])
        return [r for r, b in zip(self.rings, self.boxes) if b[0] <= x1 and b[1] >= x0 and b[2] <= y1 and b[3] >= y0]

    def wet(self, p):
        hits = [water for r, water in self.near(p, p) if inside(p, r)]
        return not hits or any(hits)

    def shore_crossing(self, a, b):  # first point from a (dry) towards b (wet) on a shore
        best = (1.0, b)
        for r, _ in self.near(a, b):
            for c, d in zip(r, r[1:] + r[:1]):
                den = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0])
                if den == 0:
                    continue
                t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / den
                u = ((c[0] - a[0]) * (b[1] - a[1]) - (c[1] - a[1]) * (b[0] - a[0])) / den
                if 0 <= t < best[0] and 0 <= u <= 1:
                    best = (t, (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
        return best[1]


def trim_wet_ends(r, water):
    """Cuts a river's ends back to the shore where they run on into the sea or a lake."""
    pts, acc = r['pts'], r['acc']
    for _ in range(2):
        while len(pts) > 2 and not on_frame(pts[-1]) and water.wet(pts[-1]) and water.wet(pts[-2]):
            pts, acc = pts[:-1], acc[:-1]
        if len(pts) > 2 and not on_frame(pts[-1]) and water.wet(pts[-1]) and not water.wet(pts[-2]):
            pts = pts[:-1] + [water.shore_crossing(pts[-2], pts[-1])]
        pts, acc = pts[::-1], acc[::-1]
    return dict(r, pts=pts, acc=acc)


def finish_rivers(rivers, water):
    out = []
    for r in rivers:
        if r['cls'] == 4 and not r['name'] and line_len(r['pts']) < MIN_MINOR_RIVER_KM:
            continue
        r = trim_wet_ends(r, water)
        keep = dp_indices(r['pts'], RIVER_TOL_KM)
        q, t = [], []
        for i in keep:
            qq = quant(r['pts'][i])
            if q and q[-1] == qq:
                continue
            q.append(qq)
            t.append(int(round(taper(r['acc'][i]) * 255)))
        if len(q) >= 2:
            out.append(dict(r, q=q, taper=t))
    out.sort(key=lambda r: (r['cls'], -len(r['q']), r['q'][0]))
    return out


def in_box(p, box):
    return box[0] <= p[0] <= box[1] and box[2] <= p[1] <= box[3]


def boxes_meet(box):
    return box[0] <= E and box[1] >= W and box[2] <= N and box[3] >= S


def reservoir_of(c):
    """The name under which a lake with centroid c is removed as modern, or None for a natural lake."""
    for name, box, _ in RESERVOIRS:
        if in_box(c, box):
            return name
    for region, box, _, natural in RESERVOIR_REGIONS:
        if in_box(c, box) and not any(dist_km(c, p) < 15.0 for _, p in natural):
            return 'dam lakes of ' + region
    return None


def split_lakes(rings):
    """GSHHG's lakes as (kept natural lakes, {name: removed rings})."""
    kept, removed = [], defaultdict(list)
    for r in rings:
        name = reservoir_of(centroid(r))
        if name:
            removed[name].append(r)
        else:
            kept.append(r)
    return kept, removed


def build(required_rivers):
    """Everything inside the frame: (land, lakes, rivers, removed reservoirs, bridges, stats)."""
    shores = parse_multisegment(run(GMT_SHORES))
    land_rings = shore_polygons(shores, 1)
    lake_rings, removed = split_lakes(shore_polygons(shores, 2))
    land, land_dropped, land_bad = build_polygons(land_rings, MIN_ISLAND_KM2)
    lakes, lake_dropped, lake_bad = build_polygons(lake_rings, MIN_LAKE_KM2, lake_names(lake_rings))
    sea = ShoreIndex(land_rings + [r for r in lake_rings if ring_area_km2(r) > 10000])  # + Caspian
    lakeidx = ShoreIndex(lake_rings)
    bridges = reservoir_bridges(removed)
    oriented, acc = river_network(river_lines(bridges), sea, lakeidx)
    rivers = decompose(oriented, acc)
    problems = name_rivers(rivers)
    for p in problems:
        print('warning: river ' + p)
    named = {r['name'] for r in rivers if r['name']}
    wrong = sorted(set(required_rivers) - named) + [p for p in problems if p.split(':')[0] in required_rivers]
    if wrong:
        sys.exit('make_geography: a river the campaign needs is missing or wrong: ' + '; '.join(wrong))
    for what, bad in (('land', land_bad), ('lake', lake_bad)):
        for c, n, ratio in bad:
            print('warning: %s polygon at %.2fE %.2fN (%d vertices): triangles cover %.3f of its area' % (what, c[0], c[1], n, ratio))
    rivers = finish_rivers(rivers, Water(land, lakes))
    stats = dict(
        land=len(land), land_v=sum(len(p['ring']) for p in land), land_t=sum(len(p['tris']) // 3 for p in land),
        lakes=len(lakes), lake_v=sum(len(p['ring']) for p in lakes), lake_t=sum(len(p['tris']) // 3 for p in lakes),
        rivers=len(rivers), river_v=sum(len(r['q']) for r in rivers), land_dropped=land_dropped, lake_dropped=lake_dropped,
        named=[r['name'] for r in rivers if r['name']])
    return land, lakes, rivers, removed, bridges, stats


def write_geography(out_bin, out_md, about, required_rivers):
    land, lakes, rivers, removed, bridges, stats = build(required_rivers)
    if NO_RIVERS:  # an overview drawn small shows coasts and lakes only
        rivers, stats['rivers'], stats['river_v'] = [], 0, 0
    blob = geography_format.encode(land, lakes, rivers, (W, E, S, N), GRID)
    os.makedirs(os.path.dirname(out_bin) or '.', exist_ok=True)
    with open(out_bin, 'wb') as f:
        f.write(blob)
    stats.update(bytes=len(blob), gz=len(zlib.compress(blob, 9)),
                 explicit=sum(p['explicit'] for p in land + lakes), explicit_polys=sum(1 for p in land + lakes if p['explicit']))
    print('frame: %g..%gE, %g..%gN' % (W, E, S, N))
    print('land: %(land)d polygons, %(land_v)d vertices, %(land_t)d triangles (%(land_dropped)d small islands dropped)' % stats)
    print('lakes: %(lakes)d polygons, %(lake_v)d vertices, %(lake_t)d triangles (%(lake_dropped)d small lakes dropped)' % stats)
    print('rivers: %d polylines, %d vertices; named: %s' % (stats['rivers'], stats['river_v'], ', '.join(r['name'] for r in rivers if r['name'])))
    print('removed lakes: ' + (', '.join('%s (%d)' % (k, len(v)) for k, v in removed.items()) or 'none'))
    print('triangles coded as ear clips, but for %(explicit)d (in %(explicit_polys)d polygons) stored as corner triples' % stats)
    print('%s: %d bytes (%d gzip -9)' % (os.path.relpath(out_bin, ROOT), len(blob), stats['gz']))
    for b in bridges:
        print('bridged: ' + b[0])
    write_provenance(out_md, os.path.basename(out_bin), about, stats, removed, bridges)


def main(argv):
    import argparse
    import campaign_area
    ap = argparse.ArgumentParser(description='Builds a geography file (coasts, lakes, rivers) from GSHHG via gmt.')
    ap.add_argument('campaign', nargs='?', help='a campaign file: build for its area, beside it (<id>.geo.bin); '
                    'without it, the built-in theatre (assets/geo/theatre.bin)')
    ap.add_argument('--out', help='where to write the file (its provenance goes beside it, .md)')
    ap.add_argument('--frame', help='W,E,S,N in degrees instead of the campaign\'s area')
    ap.add_argument('--coarser', type=float, default=1.0, help='tolerances this many times larger (an overview drawn small)')
    ap.add_argument('--no-rivers', action='store_true', help='coasts and lakes only (an overview drawn small)')
    args = ap.parse_args(argv)
    global COARSER, NO_RIVERS
    COARSER, NO_RIVERS = args.coarser, args.no_rivers
    if not args.campaign and not args.frame and args.coarser == 1.0:
        COARSER = THEATRE_COARSER
    required, frame, about = ('Euphrates', 'Tigris', 'Orontes', 'Khabur'), THEATRE, 'the 540 theatre'
    out = OUT_BIN
    if args.campaign:
        area = campaign_area.read(args.campaign)
        frame, required, about = area.frame, area.rivers, 'the campaign `%s`' % area.id
        out = os.path.join(os.path.dirname(os.path.abspath(args.campaign)), area.id + '.geo.bin')
        for line in area.report():
            print(line)
    if args.frame:
        required = required if args.campaign else ()
        frame = tuple(float(v) for v in args.frame.split(','))
        about = about if args.campaign else 'the region %s..%sE, %s..%sN' % tuple(args.frame.split(','))
        if len(frame) != 4 or not (frame[0] < frame[1] and frame[2] < frame[3]):
            sys.exit('make_geography: --frame wants W,E,S,N with W < E and S < N')
    out = args.out or out
    set_frame(*frame)
    md = OUT_MD if out == OUT_BIN else os.path.splitext(out)[0] + '.md'
    write_geography(out, md, about, list(required))


def write_provenance(path, name, about, stats, removed, bridges):
    gmt_version = run(['gmt', '--version']).strip()
    suez = all(in_frame(p) for gate in SUEZ_GATES.values() for p in gate)
    inflows = [(n, km_, 'through the frame') for n, km_, course in FRAME_INFLOWS if any(in_frame(p) for p in course)]
    L = ['<!-- Provenance of %s; generated by tools/make_geography.py, do not edit. -->' % name,
         '# Geography file: provenance', '',
         '`%s` (%d bytes, %d with gzip -9) holds the coasts, lakes and rivers of %s '
         'in the format of `docs/geography-format.md`. Regenerate it by hand with '
         '`tools/make-geography` (the build never runs gmt).' % (name, stats['bytes'], stats['gz'], about), '',
         '## Source data', '',
         '- **GSHHG 2.3.7** (Global Self-consistent, Hierarchical, High-resolution Geography Database, '
         'P. Wessel and W. H. F. Smith): shorelines (level 1) and lakes (level 2), and the rivers of the '
         'CIA World Data Bank II (WDB) that it carries. Licence: **GNU LGPL v3 or later**. Taken from '
         "Debian's `gmt-gshhg-high` package, read through GMT %s (`gmt` package)." % gmt_version,
         '- Commands (resolution `-D%s`, high, about 0.2 km):' % RES, '',
         '      ' + ' '.join(GMT_SHORES), '      ' + ' '.join(GMT_RIVERS), '',
         '  `-A0/1/2+l` keeps land and lakes but no river-lakes (double-lined rivers such as the Tigris and '
         'the Shatt are drawn as river lines instead); `-I0` outlines become centre lines.', '',
         '## Processing', '',
         '- Region %g..%gE, %g..%gN; polygons are closed along this frame.' % (W, E, S, N),
         '- Douglas-Peucker simplification: shores %.2f km, rivers %.2f km (less where a ring would '
         'cross itself). Islands under %g km2 and lakes under %g km2 are dropped; islands in lakes are '
         'ignored.' % (COAST_TOL_KM, RIVER_TOL_KM, MIN_ISLAND_KM2, MIN_LAKE_KM2),
         '- Coordinates quantised to 0..%d (GRID) over the frame (%.0f m east-west, %.0f m north-south).'
         % (GRID, (E - W) / GRID * KX * 1000, (N - S) / GRID * KY * 1000),
         '- Land polygons and lake polygons are triangulated here with mapbox_earcut; lakes are separate '
         'polygons drawn over the land (no holes). The triangles are stored as a sequence of ear clips '
         'of each ring, except %(explicit)d triangles (in %(explicit_polys)d polygon(s)) that are no ear '
         'of what is left of their ring (where a ring doubles back on itself, as along the frame, earcut\'s '
         'triangles are not quite a triangulation of it) and are stored as corner triples.' % stats,
         '- Rivers: WDB classes %s (permanent rivers; no intermittent wadis, no canals), plus the '
         'class 4 (minor) rivers listed below; segments chained into polylines, oriented from source '
         'to mouth and given a taper `log(1 + a/%g) / log(1 + %g/%g)` (capped at 1) where `a` is the river '
         'length in km upstream of the vertex (rivers entering through the frame start at %g km%s).'
         % (', '.join(map(str, RIVER_CLASSES)), TAPER_L0, TAPER_FULL, TAPER_L0, DEFAULT_FRAME_INFLOW_KM,
            ''.join(', the %s at %g km' % (n, k) for n, k, _ in inflows)),
         '- Minor rivers kept: ' + ('; '.join(n for n, _, box in MINOR_RIVERS if boxes_meet(box)) or 'none') + '.', '',
         '## Anachronisms removed', '',
         'Lakes younger than antiquity (the list is `tools/geo_facts.py`; a lake is matched by its centroid):', '',
         '| water body | removed | reason |', '|---|---|---|']
    for rname, box, reason in RESERVOIRS:
        if boxes_meet(box):
            n = len(removed.get(rname, []))
            L.append('| %s | %s | %s |' % (rname, '%d polygon(s)' % n if n else 'not in GSHHG h', reason))
    for region, box, reason, natural in RESERVOIR_REGIONS:
        if boxes_meet(box):
            n = len(removed.get('dam lakes of ' + region, []))
            kept = ', '.join(k for k, _ in natural)
            L.append('| every lake of %s but %s | %d polygon(s) | %s |' % (region, kept, n, reason))
    if suez:
        L += ['', 'The Suez canal (1869) is closed: the shores are joined across its mouths at Port Said '
              '(%.4fE %.4fN to %.4fE %.4fN) and Suez (%.4fE %.4fN to %.4fE %.4fN), and the canal banks, the '
              'Bitter Lakes and Lake Timsah between them are dropped.' % (SUEZ_GATES['north'][0] + SUEZ_GATES['north'][1]
                                                                         + SUEZ_GATES['south'][0] + SUEZ_GATES['south'][1])]
    kept = ['%s (%s)' % (n, why) if why else n for n, p, why in NATURAL_LAKES_KEPT if in_frame(p)]
    if kept:
        L += ['', 'Kept as natural: ' + ', '.join(kept) + '.']
    L += ['', '## River gaps bridged', '',
          'Where a removed reservoir cut a WDB river, the river follows the reservoir polygon\'s centre line '
          '(an approximation of the pre-dam valley course):', '']
    L += ['- ' + b[0] for b in bridges] or ['- none']
    passages = [n for n, a, b in LAKE_PASSAGES if in_frame(a) and in_frame(b)]
    if passages:
        L += ['', 'Rivers broken by a kept lake flow through it by an invisible passage (not stored): ' +
              '; '.join(passages) + '.']
    L += ['', '## Contents', '',
          '- land: %(land)d polygons, %(land_v)d vertices, %(land_t)d triangles' % stats,
          '- lakes: %(lakes)d polygons, %(lake_v)d vertices, %(lake_t)d triangles' % stats,
          '- rivers: %(rivers)d polylines, %(river_v)d vertices' % stats,
          '- named rivers (checked against checkpoints in `tools/geo_facts.py`): ' +
          (', '.join(stats['named']) or 'none'),
          '- size: %(bytes)d bytes raw, %(gz)d bytes gzip -9' % stats, '']
    with open(path, 'w') as f:
        f.write('\n'.join(L))


if __name__ == '__main__':
    main(sys.argv[1:])
