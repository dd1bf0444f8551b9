# The area a campaign's map needs: its view, its armies' routes and the places near them, with a margin.
#
# Used by tools/make_geography.py. Places, labels and frontier points far outside the view (Ravenna
# for the 540 campaign) are left out of the frame and reported: the map cannot show them.
import json
import math

from geo_facts import RIVERS

REACH = 0.5          # places up to half the view's span beyond it still widen the frame
MARGIN = 0.10        # a tenth of the span on every side ...
MIN_MARGIN_DEG = 0.75  # ... and at least this many degrees
STEP = 0.25          # the frame's edges are rounded outwards to this many degrees
MOUTH_MARGIN_DEG = 0.5  # the mouth of a river the campaign follows is kept this far inside the frame
# The map's clear area, width over height, from a phone held upright to a wide, short embed: the frame
# holds the whole campaign fitted into either, so no such screen shows the frame's edge at the first view.
ASPECTS = (0.5, 2.6)
FIT_PAD = 1.15       # the fitted view's margin around the campaign (src/app_camera.cpp kFitMargin, roughly)


class Area:
    def __init__(self, cid, frame, rivers, left_out):
        self.id, self.frame, self.rivers, self.left_out = cid, frame, rivers, left_out

    def report(self):
        lines = ['campaign %s: frame %g..%gE, %g..%gN' % ((self.id,) + self.frame)]
        if self.rivers:
            lines.append('rivers the routes follow or the labels name: ' + ', '.join(self.rivers))
        for what in self.left_out:
            lines.append('off the map (outside the frame): ' + what)
        return lines


def routes(doc):
    """Every route of the campaign: /1's top-level route and /2's forces' routes."""
    out = [doc['route']] if 'route' in doc else []
    return out + [f['route'] for f in doc.get('forces', []) if 'route' in f]


def waypoint_at(w, places):
    if 'lat' in w and 'lon' in w:
        return (w['lon'], w['lat'])
    p = places[w['place']]
    return (p['lon'], p['lat'])


def grow(box, p):
    return [min(box[0], p[0]), max(box[1], p[0]), min(box[2], p[1]), max(box[3], p[1])]


def aspect_box(box):
    """The lon/lat box a view of the campaign's box, fitted into each of ASPECTS, covers."""
    w, e, s, n = box
    kx, ky = 111.32 * math.cos(math.radians((s + n) / 2)), 110.57
    bw, bh = (e - w) * kx * FIT_PAD, (n - s) * ky * FIT_PAD
    need_w, need_h = max(bw, bh * ASPECTS[1]), max(bh, bw / ASPECTS[0])
    cx, cy = (w + e) / 2, (s + n) / 2
    return [cx - need_w / 2 / kx, cx + need_w / 2 / kx, max(-85.0, cy - need_h / 2 / ky), min(85.0, cy + need_h / 2 / ky)]


def frame_of(box):
    w, e, s, n = box
    mx = max(MIN_MARGIN_DEG, MARGIN * (e - w))
    my = max(MIN_MARGIN_DEG, MARGIN * (n - s))
    return frame_of_edges(max(-180.0, w - mx), min(180.0, e + mx), max(-85.0, s - my), min(85.0, n + my))


def read(path):
    with open(path, encoding='utf-8') as f:
        doc = json.load(f)
    v = doc['view']
    box = [v['west'], v['east'], v['south'], v['north']]
    places = {p['id']: p for p in doc.get('places', [])}
    for route in routes(doc):
        for w in route:
            box = grow(box, waypoint_at(w, places))
    campaign_box = list(box)  # what the first view fits: the view and the routes
    reach = [box[0] - REACH * (box[1] - box[0]), box[1] + REACH * (box[1] - box[0]),
             box[2] - REACH * (box[3] - box[2]), box[3] + REACH * (box[3] - box[2])]
    near = lambda p: reach[0] <= p[0] <= reach[1] and reach[2] <= p[1] <= reach[3]
    others = [('place ' + p['id'], (p['lon'], p['lat'])) for p in places.values()]
    others += [('label "%s"' % l['text'], (l['lon'], l['lat'])) for l in doc.get('labels', [])]
    others += [('frontier point', (q['lon'], q['lat'])) for q in doc.get('frontier', {}).get('points', [])]
    left_out = []
    for what, p in others:
        if near(p):
            box = grow(box, p)
        else:
            left_out.append('%s at %.2fE %.2fN' % (what, p[0], p[1]))
    follows = {w['follows'] for route in routes(doc) for w in route if w.get('follows')}
    small_labels = {l['text'] for l in doc.get('labels', []) if l.get('size') == 'small'}  # rivers, deserts...
    known = {name for name, _, _ in RIVERS}
    rivers = sorted((follows | small_labels) & known)  # a road or a desert is no river to look for
    frame = with_mouths(frame_of(box), rivers, near)
    fit = aspect_box(campaign_box)
    frame = frame_of_edges(min(frame[0], fit[0]), max(frame[1], fit[1]), min(frame[2], fit[2]), max(frame[3], fit[3]))
    return Area(doc['id'], frame, rivers, left_out)


def with_mouths(frame, rivers, near):
    """Widens the frame to the mouths (within reach) of the rivers the campaign follows: a river cut by the
    frame loses its double-lined lower course and cannot be told from its tributaries."""
    w, e, s, n = frame
    for name, mouths, _ in RIVERS:
        if name in rivers and mouths:
            for m in (mouths if isinstance(mouths, list) else [mouths]):
                if near(m):
                    w, e = min(w, m[0] - MOUTH_MARGIN_DEG), max(e, m[0] + MOUTH_MARGIN_DEG)
                    s, n = min(s, m[1] - MOUTH_MARGIN_DEG), max(n, m[1] + MOUTH_MARGIN_DEG)
    return frame_of_edges(w, e, s, n)


def frame_of_edges(w, e, s, n):
    down = lambda v: math.floor(v / STEP) * STEP
    up = lambda v: math.ceil(v / STEP) * STEP
    return (down(w), up(e), down(s), up(n))
