"""Checks --dump-places output: each visible city's marker is drawn in its holder's colour where the dump says, and positions follow the projection."""
import argparse
import json
import math
import sys

from png import read_png

# --- The campaign's projection, written out independently of src/core/geo/ -------------------------------
# Spherical Lambert conformal conic (Snyder, Map Projections - A Working Manual, 15-1..15-5), radius
# 6371.0088 km, chosen as docs/campaign-format-2.md says: centred on the campaign's area (its view and
# every route's waypoints), standard parallels a sixth of the area's height inside its edges.
RADIUS_KM = 6371.0088
_P = {}


def _t(lat):
    return math.tan(math.pi / 4 + math.radians(lat) / 2)


def set_projection(campaign):
    places = {p["id"]: p for p in campaign.get("places", [])}
    v = campaign["view"]
    w, e, s, n = v["west"], v["east"], v["south"], v["north"]
    routes = [campaign["route"]] if "route" in campaign else []
    routes += [f["route"] for f in campaign.get("forces", []) + campaign.get("armies", []) if "route" in f]
    for route in routes:
        for wp in route:
            lon, lat = (wp["lon"], wp["lat"]) if "lon" in wp else (places[wp["place"]]["lon"], places[wp["place"]]["lat"])
            w, e, s, n = min(w, lon), max(e, lon), min(s, lat), max(n, lat)
    p1, p2 = s + (n - s) / 6, n - (n - s) / 6
    if abs(p1 + p2) < 2:
        p1 = p2 = 1.0 if p1 + p2 >= 0 else -1.0
    n_ = math.sin(math.radians(p1)) if p1 == p2 else \
        math.log(math.cos(math.radians(p1)) / math.cos(math.radians(p2))) / math.log(_t(p2) / _t(p1))
    f = math.cos(math.radians(p1)) * _t(p1) ** n_ / n_
    _P.update(cm=(w + e) / 2, origin=(s + n) / 2, n=n_, f=f, rho0=RADIUS_KM * f / _t((s + n) / 2) ** n_)


def project(lon, lat):
    """Projected km east / north of the origin (y grows northwards), as atlas::map_projection_for(campaign).forward."""
    rho = RADIUS_KM * _P["f"] / _t(lat) ** _P["n"]
    theta = _P["n"] * math.radians(lon - _P["cm"])
    return rho * math.sin(theta), _P["rho0"] - rho * math.cos(theta)


def great_circle_km(a, b):
    (lon1, lat1), (lon2, lat2) = a, b
    s1 = math.sin(math.radians(lat2 - lat1) / 2)
    s2 = math.sin(math.radians(lon2 - lon1) / 2)
    h = s1 * s1 + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * s2 * s2
    return 2 * RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


# --- Where the panels are: src/core/shell/layout.cpp's rules (panels shown, not embedded, sheet closed) ---
def map_clear_area(width, height, ratio):
    """The part of the framebuffer no panel or timeline bar covers: (right, bottom) in px, and the layout."""
    css_w, css_h = width / ratio, height / ratio
    mode = "wide" if css_w >= 1000 else "phone" if css_w <= 420 else "blog"
    bar = (86.0 if css_w < 560 else 52.0) * ratio
    if mode == "wide":
        panel_w = min(max(css_w * 0.34, 360.0), 500.0) * ratio
        right, bottom = width - panel_w, height - bar
    elif mode == "blog":
        panel_h = min(max(css_h * 0.42, 150.0), 420.0) * ratio
        if css_h < 300:
            panel_h = max(0.0, height - bar - 150 * ratio)
        right, bottom = width, height - panel_h - bar
    else:
        right, bottom = width, height - 44.0 * ratio - bar
    bottom = max(bottom, height * 0.1)
    right = max(right, width * 0.1)
    return right, bottom, mode


INK = (0x2E, 0x26, 0x1D)            # palette::ink: the fate crosses drawn over markers
INK_SOFT = (0x6B, 0x5E, 0x4B)       # palette::ink_soft: places no faction holds
ARMY = [(0x8C, 0x2F, 0x1B), (0xEF, 0xE6, 0xCF)]  # palette::accent and its land-coloured halo


def hex_rgb(text):
    v = int(text.lstrip("#"), 16)
    return (v >> 16) & 255, (v >> 8) & 255, v & 255


def close(a, b, tol):
    return all(abs(x - y) <= tol for x, y in zip(a, b))


def on_blend(c, a, b, tol):
    """Is colour c a mix of a and b (an anti-aliased cross line over the marker)?"""
    d = [bb - aa for aa, bb in zip(a, b)]
    t = sum((cc - aa) * dd for cc, aa, dd in zip(c, a, d)) / max(1, sum(dd * dd for dd in d))
    t = min(1.0, max(0.0, t))
    return all(abs(cc - (aa + t * dd)) <= tol for cc, aa, dd in zip(c, a, d))


def nice_length(units_per_px, max_px):
    """map_overlay.cpp's scale bar length: the longest 1, 2, 5 x 10^n units at most max_px long."""
    best = 0
    for base in (1, 10, 100, 1000):
        for m in (1, 2, 5):
            if base * m / units_per_px <= max_px:
                best = base * m
    return best


def scale_bar_box(bottom, ratio, px_per_km):
    """Where map_overlay.cpp's scale bar and its labels may be (captions up to 16 CSS px high)."""
    km_per_px = 1 / px_per_km
    km_px = nice_length(km_per_px, 130 * ratio) / km_per_px
    rm_px = nice_length(km_per_px / 1.4785, 130 * ratio) * 1.4785 / km_per_px
    x0, y0 = 18 * ratio, bottom - 22 * ratio
    return (x0 - 6 * ratio, y0 - 22 * ratio, x0 + max(km_px, rm_px) + 135 * ratio, y0 + 24 * ratio)


def check_colours(args, places, image, px_per_km):
    w, h, rows = image
    ratio = args.pixel_ratio
    right, bottom, mode = map_clear_area(w, h, ratio)
    r = 4.2 * ratio                          # marker radius (map_overlay.cpp)
    inner = max(1.5, r - 0.6 * ratio - 1.1)  # inside the marker's outline and its anti-aliasing
    near = 1.9 * r + ratio + 1 + inner       # a later marker or its fate ring reaches this one
    far = 3.0 * r + 1.5 * ratio + 1 + inner  # ... or its active-event ring or flame may
    bar = scale_bar_box(bottom, ratio, px_per_km)
    print(f"{args.png}: {w}x{h} at pixel ratio {ratio:g}, {mode} layout, clear map {right:.0f}x{bottom:.0f} px")
    checked, skipped, failures, under_army = [], [], [], []
    for i, p in enumerate(places):
        x, y = p["x"], p["y"]
        margin = r * 1.3 + 2
        if x < margin or y < margin or x > right - margin or y > bottom - margin:
            skipped.append(f"{p['id']} (off the clear map)")
            continue
        if bar[0] - margin <= x <= bar[2] + margin and bar[1] - margin <= y <= bar[3] + margin:
            skipped.append(f"{p['id']} (by the scale bar)")
            continue
        # Markers are drawn in order, each with its glyphs: a later one may cover this one.
        dist = {q["id"]: math.hypot(q["x"] - x, q["y"] - y) for q in places[i + 1:]}
        if any(d < near for d in dist.values()):
            skipped.append(f"{p['id']} (under {', '.join(k for k, d in dist.items() if d < near)})")
            continue
        want = INK_SOFT if p["rgb"] == "#000000" else hex_rgb(p["rgb"])
        samples = [tuple(rows[py][px * 4:px * 4 + 3])
                   for py in range(max(0, int(y - inner) - 1), min(h, int(y + inner) + 2))
                   for px in range(max(0, int(x - inner) - 1), min(w, int(x + inner) + 2))
                   if math.hypot(px + 0.5 - x, py + 0.5 - y) <= inner]
        good = sum(close(c, want, args.tolerance) for c in samples)
        cross = sum(not close(c, want, args.tolerance) and on_blend(c, INK, want, 2 * args.tolerance) for c in samples)
        other = len(samples) - good - cross
        # A taken or razed place has a cross over its marker: its colour shows between the arms, and the
        # arms' anti-aliased edges blend ink with that colour (at some sub-pixel offsets nearly all samples).
        if good >= 1 and good + cross >= 3 and other <= (1 - args.min_share) * len(samples):
            checked.append(p["id"])
            continue
        army = sum(any(close(c, a, args.tolerance) for a in ARMY) for c in samples)
        if samples and army >= args.min_share * len(samples):
            under_army.append(p)
            continue
        if any(d < far for d in dist.values()):
            skipped.append(f"{p['id']} (under the glyphs of {', '.join(k for k, d in dist.items() if d < far)})")
            continue
        common = max(set(samples), key=samples.count) if samples else None
        failures.append(f"{p['id']} at ({x:.1f}, {y:.1f}): {good} of {len(samples)} pixels near the centre are "
                        f"{p['rgb']}, {cross} a cross over it (most common: {'#%02x%02x%02x' % common if common else 'none'})")
    # The army's marker (radius 7.5 px x ratio) is drawn over the cities: one spot can hide one or two.
    if len(under_army) > 2 or any(math.hypot(a["x"] - b["x"], a["y"] - b["y"]) > 15 * ratio
                                  for a in under_army for b in under_army):
        failures += [f"{p['id']} at ({p['x']:.1f}, {p['y']:.1f}) shows the army's colours" for p in under_army]
    else:
        skipped += [f"{p['id']} (under the army's marker)" for p in under_army]
    print(f"  marker colour at the dumped position: {len(checked)} places match ({', '.join(checked)})")
    print(f"  skipped: {'; '.join(skipped) or 'none'}")
    if len(checked) < args.min_checked:
        failures.append(f"only {len(checked)} places could be checked, fewer than {args.min_checked}")
    return failures


def check_projection(places, campaign):
    """The dumped positions must be the projected km scaled by one factor (y flipped) plus an offset."""
    where = {p["id"]: (p["lon"], p["lat"]) for p in campaign["places"]}
    missing = [p["id"] for p in places if p["id"] not in where]
    if missing:
        return [f"places in the dump but not in the campaign file: {', '.join(missing)}"], 0
    km = {p["id"]: project(*where[p["id"]]) for p in places}
    px = {p["id"]: (p["x"], p["y"]) for p in places}
    failures = []
    # The projection written here must be the campaign's: the origin maps to 0, and near the standard
    # parallels distances on the map match great-circle distances to within the 1.2 % scale error.
    o = project(_P["cm"], _P["origin"])
    if abs(o[0]) > 1e-6 or abs(o[1]) > 1e-6:
        failures.append(f"the projection's origin maps to {o}")
    # Least squares for x = a + kx * east, y = b - ky * north, separately for x and y.
    ids = list(px)

    def fit(us, vs):
        n, su, sv = len(us), sum(us), sum(vs)
        suu, suv = sum(u * u for u in us), sum(u * v for u, v in zip(us, vs))
        k = (n * suv - su * sv) / (n * suu - su * su)
        return k, (sv - k * su) / n

    kx, ax = fit([km[i][0] for i in ids], [px[i][0] for i in ids])
    ky, ay = fit([km[i][1] for i in ids], [px[i][1] for i in ids])
    print(f"  projection: {kx:.5f} px per km east, {-ky:.5f} px per km north (y flipped), over {len(ids)} places")
    if not kx > 0 or abs(kx + ky) > 1e-4 * kx:
        failures.append(f"the scale differs between x ({kx:.6f} px/km) and y ({-ky:.6f} px/km), or is not positive")
    worst = max(ids, key=lambda i: math.hypot(ax + kx * km[i][0] - px[i][0], ay + ky * km[i][1] - px[i][1]))
    err = math.hypot(ax + kx * km[worst][0] - px[worst][0], ay + ky * km[worst][1] - px[worst][1])
    print(f"  largest distance from the projected position: {err:.3f} px ({worst})")
    if err > 0.05:
        failures.append(f"{worst} is {err:.2f} px from where the projection puts it")
    # Pairs read as a reader would: the vector between two cities in pixels is the km vector scaled.
    for a, b in [("antioch", "edessa"), ("antioch", "ctesiphon"), ("sura", "daras"), ("apamea", "nisibis")]:
        if a not in px or b not in px:
            continue
        dkm = (km[b][0] - km[a][0], km[b][1] - km[a][1])
        dpx = (px[b][0] - px[a][0], px[b][1] - px[a][1])
        sx, sy = dpx[0] / dkm[0], -dpx[1] / dkm[1]
        gc = great_circle_km(where[a], where[b])
        print(f"  {a} -> {b}: {dpx[0]:+.1f}, {dpx[1]:+.1f} px for {dkm[0]:+.1f} km east, {dkm[1]:+.1f} km north "
              f"({sx:.5f} and {sy:.5f} px/km; map {math.hypot(*dkm):.0f} km, great circle {gc:.0f} km)")
        if abs(sx - kx) > 1e-3 * kx or abs(sy - kx) > 1e-3 * kx:
            failures.append(f"{a} -> {b}: scale {sx:.5f} / {sy:.5f} px per km, not {kx:.5f} like the rest")
        if abs(math.hypot(*dkm) / gc - 1) > 0.012:
            failures.append(f"{a} -> {b}: projected {math.hypot(*dkm):.0f} km but {gc:.0f} km on the globe")
    return failures, kx


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("png")
    ap.add_argument("places", help="the --dump-places JSON of the same render")
    ap.add_argument("campaign", help="the campaign JSON the app drew (for the places' coordinates)")
    ap.add_argument("--pixel-ratio", type=float, default=1.0)
    ap.add_argument("--tolerance", type=int, default=6, help="largest difference a colour channel may have")
    ap.add_argument("--min-share", type=float, default=0.6, help="share of sampled pixels that must match")
    ap.add_argument("--min-checked", type=int, default=5, help="fewest places whose colour must be checked")
    args = ap.parse_args()
    with open(args.places, encoding="utf-8") as f:
        places = json.load(f)
    with open(args.campaign, encoding="utf-8") as f:
        campaign = json.load(f)
    set_projection(campaign)
    failures, px_per_km = check_projection(places, campaign)
    if px_per_km > 0:
        failures += check_colours(args, places, read_png(args.png), px_per_km)
    for text in failures:
        print(f"FAILED: {text}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
