# Regenerates assets/geo/theatre.bin and PROVENANCE.md (coasts, lakes, rivers of the 540 theatre) from GSHHG/WDB via `gmt coast -M`.
#
# Run by hand (never at build time):  /usr/bin/python3 tools/make_geography.py
# Needs Debian's gmt, gmt-gshhg-high and python3-mapbox-earcut (+ its numpy). Output is deterministic.
# Binary format: docs/geography-format.md (parsed by src/core/geography.cpp).
import math, os, subprocess, sys, zlib
from collections import defaultdict
import heapq

import geography_format

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
W, E, S, N = 25.0, 50.0, 29.0, 43.0      # Aegean/Constantinople .. Ctesiphon and the Gulf head
RES = 'h'                                # GSHHG high (0.2 km); simplified below
COAST_TOL_KM = 0.3                       # Douglas-Peucker tolerance for shores
RIVER_TOL_KM = 0.45                      # ... and rivers
MIN_ISLAND_KM2 = 1.5                     # smaller islands are dropped
MIN_LAKE_KM2 = 4.0                       # smaller lakes are dropped
RIVER_CLASSES = (0, 1, 2, 3)             # WDB permanent rivers (0 = double-lined river-lakes)
MIN_MINOR_RIVER_KM = 60.0                # kept minor (class 4) tributaries shorter than this go
# Minor (WDB class 4) rivers worth keeping: the class 4 lines joined to the seed, inside the box.
MINOR_RIVERS = [('Great Zab', (43.336, 35.988), (43.2, 44.6, 35.9, 38.5)),
                ('Khabur springs at Ras al-Ayn', (40.774, 36.501), (39.7, 40.85, 36.45, 37.1))]
GMT_SHORES = ['gmt', 'coast', '-R%g/%g/%g/%g' % (W, E, S, N), '-D' + RES, '-W', '-A0/1/2+l', '-M']
GMT_RIVERS = ['gmt', 'coast', '-R%g/%g/%g/%g' % (W, E, S, N), '-D' + RES] + \
             ['-I%d' % c for c in RIVER_CLASSES + (4,)] + ['-M']
GRID = 16383                             # coordinates are quantised to 0..GRID (14 bits) over the frame
KX = 111.32 * math.cos(math.radians(36.0))  # km per degree of longitude (local, for tolerances)
KY = 110.57

# Modern reservoirs and other post-540 water bodies: any GSHHG lake whose centroid falls in the box
# (lon0, lon1, lat0, lat1) is removed. Entries absent from GSHHG 2.3.7 'h' stay listed so that a
# finer dataset cannot bring them back.
RESERVOIRS = [
    ('Lake Assad', (37.9, 39.0, 35.8, 36.4), 'Tabqa dam on the Euphrates, 1973'),
    ('Ataturk lake', (38.2, 39.4, 37.3, 38.1), 'Ataturk dam on the Euphrates, 1990'),
    ('Keban lake', (38.5, 40.0, 38.6, 39.2), 'Keban dam on the Euphrates, 1974'),
    ('Karakaya lake', (38.3, 39.4, 38.2, 38.75), 'Karakaya dam on the Euphrates, 1987'),
    ('Birecik lake', (37.8, 38.2, 36.9, 37.3), 'Birecik dam on the Euphrates, 2000'),
    ('Lake Tharthar', (43.0, 43.6, 33.6, 34.4), 'Tharthar flood scheme from the Tigris, 1956; a dry salt pan in 540'),
    ('Lake Qadisiyah', (41.8, 42.5, 34.1, 34.7), 'Haditha dam on the Euphrates, 1986'),
    ('Mosul dam lake', (42.4, 43.0, 36.6, 37.0), 'Mosul dam on the Tigris, 1986'),
    ('Razzaza (Milh) lake', (43.3, 44.0, 32.4, 33.2), 'filled by the Habbaniyah flood escape, 1970s'),
    ('Lake Hamrin', (44.8, 45.3, 34.0, 34.4), 'Hamrin dam on the Diyala, 1981'),
    ('Dukan lake', (44.7, 45.1, 35.8, 36.3), 'Dukan dam on the Lesser Zab, 1959'),
    ('Darbandikhan lake', (45.6, 46.0, 35.0, 35.4), 'Darbandikhan dam on the Sirwan/Diyala, 1961'),
    ('Ilisu lake', (41.0, 42.0, 37.4, 37.9), 'Ilisu dam on the Tigris, 2018'),
    ('Dicle/Kralkizi lakes', (39.7, 40.1, 37.95, 38.5), 'Dicle and Kralkizi dams on the upper Tigris, 1997'),
    ('Seyhan lake', (35.1, 35.45, 36.98, 37.25), 'Seyhan dam by Adana, 1956'),
    ('Aslantas lake', (36.1, 36.4, 37.2, 37.5), 'Aslantas dam on the Ceyhan, 1984'),
    ('Hirfanli lake', (33.4, 34.0, 38.95, 39.35), 'Hirfanli dam on the Kizilirmak (Halys), 1959'),
    ('Sariyar lake', (31.3, 31.7, 39.95, 40.1), 'Sariyar dam on the Sakarya (Sangarius), 1956'),
    ('Demirkopru lake', (28.25, 28.55, 38.55, 38.75), 'Demirkopru dam on the Gediz (Hermus), 1960'),
    ('Kemer lake', (28.45, 28.65, 37.45, 37.65), 'Kemer dam on the Akcay, 1958'),
    ('reservoir near Yunak', (31.8, 32.05, 38.8, 39.0), 'valley-shaped dam lake on a dammed stream, modern'),
    ('Ovcharitsa reservoir', (26.05, 26.35, 42.15, 42.35), 'dam lake in Thrace, 1960s'),
    ('Mingachevir reservoir', (46.2, 47.3, 40.6, 41.2), 'Mingachevir dam on the Kura, 1953'),
    ('Dez lake', (48.3, 48.7, 32.5, 32.9), 'Dez dam, 1963'),
    ('Lake Qaraoun', (35.6, 35.8, 33.45, 33.65), 'Qaraoun dam on the Litani, 1959'),
    ('Tortum lake', (41.55, 41.75, 40.5, 40.7), 'landslide lake formed c. 1600'),
    ('Suez canal lakes', (32.2, 32.65, 29.9, 31.35), 'the Suez canal (1869) and the water it let into the Bitter Lakes'),
]
# Natural lakes deliberately kept: Van, Urmia, Sevan, Tuz, Beysehir, Egirdir, the Dead Sea,
# Galilee, the Lake of Antioch (Amik, drained only in the 1970s), Homs (Roman-era dam), Habbaniyah
# (a natural depression filled by Euphrates floods long before its 1950s regulator), Qarun, Mareotis.

# The Suez canal cuts Africa from Asia in GSHHG. Each gate joins the Asian and African shores across
# a canal mouth (nearest shore vertices to these hand-placed points), dropping the canal banks.
SUEZ_GATES = {'north': ((32.3600, 31.2271), (32.3215, 31.2734)),  # Asia side, Africa side (Port Said)
              'south': ((32.5603, 29.9263), (32.5550, 29.9596))}  # (Suez)
SUEZ_CORRIDOR = [(32.28, 31.34), (32.28, 31.0), (32.2, 30.95), (32.2, 30.45), (32.42, 30.02),
                 (32.5, 29.94), (32.6, 29.92), (32.63, 29.98), (32.63, 30.4), (32.45, 30.7),
                 (32.4, 31.0), (32.4, 31.34)]

# Named rivers: of the polylines ending within 12 km of a mouth (sea, lake or confluence), the one
# passing most checkpoints (within 3 km), then the longest, is named; a missed checkpoint is an error
# for the four rivers of the campaign. Points are (lon, lat).
RIVERS = [  # name, mouth(s), checkpoints
    ('Euphrates', [(47.43, 31.01), (48.45, 29.98)], [(38.78, 35.90), (40.73, 34.75), (42.83, 33.64), (40.43, 35.16)]),
    ('Tigris', [(47.43, 31.01), (48.45, 29.98)], [(43.13, 36.34), (43.87, 34.20), (44.38, 33.34), (44.58, 33.09)]),
    ('Orontes', (35.96, 36.04), [(36.17, 36.20), (36.32, 35.81), (36.75, 35.13)]),
    ('Khabur', (40.43, 35.14), [(40.74, 35.64), (40.75, 36.50)]),
    ('Jordan', (35.55, 31.76), []),
    ('Great Zab', (43.35, 36.00), []),
    ('Lesser Zab', (43.42, 35.25), []),
    ('Diyala', (44.50, 33.23), []),
    ('Karun', (48.15, 30.42), []),
    ('Karkheh', (47.47, 30.97), []),
    ('Halys', (35.92, 41.64), []),
    ('Sangarius', (30.64, 41.13), []),
    ('Sarus', (34.90, 36.72), []),
    ('Pyramus', (35.56, 36.58), []),
    ('Maeander', (27.19, 37.48), []),
    ('Hebrus', (26.05, 40.74), []),
    ('Acampsis', (41.58, 41.58), []),
    ('Araxes', (49.24, 39.25), []),
    ('Cyrus', (49.37, 39.35), []),
    ('Nile', (30.39, 31.44), []),
]
FRAME_INFLOW_KM = {'Nile': 4000.0}   # upstream length outside the frame (default below)
FRAME_INFLOW_AT = {'Nile': (31.04, 29.0)}
DEFAULT_FRAME_INFLOW_KM = 150.0
SIDE_WEIGHT = 0.5                    # share of the flow drawn on a braid/distributary (main keeps all)
TAPER_L0, TAPER_FULL = 20.0, 3000.0  # taper = log(1 + acc/L0) / log(1 + FULL/L0), acc = km upstream

# Rivers that WDB breaks at a kept natural lake: joined by an invisible passage (inflow end, outflow
# end) so that the flow accumulates through the lake; the lake itself is drawn over it.
LAKE_PASSAGES = [('Orontes through Lake Homs', (36.5244, 34.6147), (36.6178, 34.6658)),
                 ('Jordan through the Sea of Galilee', (35.6117, 32.8970), (35.5736, 32.7161))]
RIVER_OUTLETS = [(35.55, 31.76)]  # the Jordan ends in the Dead Sea, not in the Sea of Galilee
VIRTUAL = 99        # class of those passages: they carry flow but are never written
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


CORNERS = [(E, S), (E, N), (W, N), (W, S)]  # at t = 1, 2, 3, 4


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
    if level == 1:
        opens = cut_suez(opens)
        rings = [r for r in rings if not inside(centroid(r), SUEZ_CORRIDOR)]
    return rings + close_on_frame(opens)


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
    lines += [(VIRTUAL, [a, b]) for _, a, b in LAKE_PASSAGES]
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
        outlets.append(min(lake_d)[1] if lake_d else frame[0] if frame else leaves[0] if leaves else members[c][0])
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
    for name, inflow in FRAME_INFLOW_KM.items():
        acc_in[min((m for m in nodes if on_frame(m)), key=lambda m: dist_km(m, FRAME_INFLOW_AT[name]))] = inflow
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


def name_rivers(rivers):
    problems = []
    for name, mouths, checks in RIVERS:
        mouths = mouths if isinstance(mouths, list) else [mouths]

        def score(r):
            near = sum(min(dist_km(c, q) for q in r['pts']) < 3.0 for c in checks)
            return (near, line_len(r['pts']), r['pts'][0])
        cands = [r for r in rivers if not r['name'] and min(dist_km(r['pts'][-1], m) for m in mouths) < 12.0]
        if not cands:
            problems.append('%s: no river ends near its mouth' % name)
            continue
        best = max(cands, key=score)
        best['name'] = name
        for c in checks:
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


def main():
    shores = parse_multisegment(run(GMT_SHORES))
    land_rings = shore_polygons(shores, 1)
    lake_rings_all = shore_polygons(shores, 2)
    removed, lake_rings = defaultdict(list), []
    for r in lake_rings_all:
        c = centroid(r)
        hit = [n for n, (x0, x1, y0, y1), _ in RESERVOIRS if x0 <= c[0] <= x1 and y0 <= c[1] <= y1]
        if hit:
            removed[hit[0]].append(r)
        else:
            lake_rings.append(r)
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
    required = ('Euphrates', 'Tigris', 'Orontes', 'Khabur')
    assert not [p for p in problems if p.split(':')[0] in required], 'a required river is wrong'

    rivers = finish_rivers(rivers, Water(land, lakes))
    blob = geography_format.encode(land, lakes, rivers, (W, E, S, N), GRID)
    os.makedirs(os.path.dirname(OUT_BIN), exist_ok=True)
    with open(OUT_BIN, 'wb') as f:
        f.write(blob)
    gz = len(zlib.compress(blob, 9))
    stats = dict(
        land=len(land), land_v=sum(len(p['ring']) for p in land), land_t=sum(len(p['tris']) // 3 for p in land),
        lakes=len(lakes), lake_v=sum(len(p['ring']) for p in lakes), lake_t=sum(len(p['tris']) // 3 for p in lakes),
        rivers=len(rivers), river_v=sum(len(r['q']) for r in rivers), bytes=len(blob), gz=gz,
        land_dropped=land_dropped, lake_dropped=lake_dropped,
        explicit=sum(p['explicit'] for p in land + lakes), explicit_polys=sum(1 for p in land + lakes if p['explicit']))
    for what, bad in (('land', land_bad), ('lake', lake_bad)):
        for c, n, ratio in bad:
            print('warning: %s polygon at %.2fE %.2fN (%d vertices): triangles cover %.3f of its area' % (what, c[0], c[1], n, ratio))
    print('land: %(land)d polygons, %(land_v)d vertices, %(land_t)d triangles (%(land_dropped)d small islands dropped)' % stats)
    print('lakes: %(lakes)d polygons, %(lake_v)d vertices, %(lake_t)d triangles (%(lake_dropped)d small lakes dropped)' % stats)
    print('rivers: %d polylines, %d vertices; named: %s' % (stats['rivers'], stats['river_v'], ', '.join(r['name'] for r in rivers if r['name'])))
    print('removed lakes: ' + (', '.join('%s (%d)' % (k, len(v)) for k, v in removed.items()) or 'none'))
    print('triangles coded as ear clips, but for %(explicit)d (in %(explicit_polys)d polygons) stored as corner triples' % stats)
    print('%s: %d bytes (%d gzip -9)' % (os.path.relpath(OUT_BIN, ROOT), len(blob), gz))
    for b in bridges:
        print('bridged: ' + b[0])
    write_provenance(stats, removed, bridges)


def write_provenance(stats, removed, bridges):
    gmt_version = run(['gmt', '--version']).strip()
    L = ['<!-- Provenance of assets/geo/theatre.bin; generated by tools/make_geography.py, do not edit. -->',
         '# Geography asset: provenance', '',
         '`theatre.bin` (%d bytes, %d with gzip -9) holds the coasts, lakes and rivers of the 540 theatre '
         'in the format of `docs/geography-format.md`. Regenerate it by hand with '
         '`/usr/bin/python3 tools/make_geography.py` (the build never runs gmt).' % (stats['bytes'], stats['gz']), '',
         '## Source data', '',
         '- **GSHHG 2.3.7** (Global Self-consistent, Hierarchical, High-resolution Geography Database, '
         'P. Wessel and W. H. F. Smith): shorelines (level 1) and lakes (level 2), and the rivers of the '
         'CIA World Data Bank II (WDB) that it carries. Licence: **GNU LGPL v3 or later**. Taken from '
         "Debian's `gmt-gshhg-high` package, read through GMT %s (`gmt` package)." % gmt_version,
         '- Commands (resolution `-D%s`, high, about 0.2 km):' % RES, '',
         '      ' + ' '.join(GMT_SHORES), '      ' + ' '.join(GMT_RIVERS), '',
         '  `-A0/1/2+l` keeps land and lakes but no river-lakes (the double-lined Tigris and Shatt '
         'are drawn as river lines instead); `-I0` outlines become centre lines.', '',
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
         'length in km upstream of the vertex (rivers entering through the frame start at %g km, the '
         'Nile at %g km).' % (', '.join(map(str, RIVER_CLASSES)), TAPER_L0, TAPER_FULL, TAPER_L0,
                              DEFAULT_FRAME_INFLOW_KM, FRAME_INFLOW_KM['Nile']),
         '- Minor rivers kept: ' + '; '.join(n for n, _, _ in MINOR_RIVERS) + '.', '',
         '## Anachronisms removed', '',
         '| water body | removed | reason |', '|---|---|---|']
    for name, _, reason in RESERVOIRS:
        n = len(removed.get(name, []))
        L.append('| %s | %s | %s |' % (name, '%d polygon(s)' % n if n else 'not in GSHHG h', reason))
    L += ['', 'The Suez canal (1869) is closed: the shores are joined across its mouths at Port Said '
          '(%.4fE %.4fN to %.4fE %.4fN) and Suez (%.4fE %.4fN to %.4fE %.4fN), and the canal banks, the '
          'Bitter Lakes and Lake Timsah between them are dropped.' % (SUEZ_GATES['north'][0] + SUEZ_GATES['north'][1]
                                                                     + SUEZ_GATES['south'][0] + SUEZ_GATES['south'][1]),
          '', 'Kept as natural: Lake Van, Lake Urmia, Lake Sevan, Tuz Golu (Lake Tatta), Beysehir, Egirdir, '
          'the Dead Sea, the Sea of Galilee, the Lake of Antioch (drained only in the 1970s), Lake Homs '
          '(Roman-era dam), Lake Habbaniyah (a natural depression that Euphrates floods filled long '
          'before its 1950s regulator), Lake Qarun, Lake Mareotis.', '',
          '## River gaps bridged', '',
          'Where a removed reservoir cut a WDB river, the river follows the reservoir polygon\'s centre line '
          '(an approximation of the pre-dam valley course):', '']
    L += ['- ' + b[0] for b in bridges]
    L += ['', 'Rivers broken by a kept lake flow through it by an invisible passage (not stored): ' +
          '; '.join(n for n, _, _ in LAKE_PASSAGES) + '.', '',
          '## Contents', '',
          '- land: %(land)d polygons, %(land_v)d vertices, %(land_t)d triangles' % stats,
          '- lakes: %(lakes)d polygons, %(lake_v)d vertices, %(lake_t)d triangles' % stats,
          '- rivers: %(rivers)d polylines, %(river_v)d vertices' % stats,
          '- named rivers (checked against checkpoints in the tool): ' + ', '.join(n for n, _, _ in RIVERS),
          '- size: %(bytes)d bytes raw, %(gz)d bytes gzip -9' % stats, '']
    with open(OUT_MD, 'w') as f:
        f.write('\n'.join(L))


if __name__ == '__main__':
    main()
