#!/usr/bin/env python3
# Exports a campaign's geography and story (land, coasts, lakes, rivers, route, places) to GeoJSON for bench/run's reference maps.
#
#   bench/export_geojson.py [CAMPAIGN.json] [OUT.geojson]   (defaults: assets/campaigns/khusrau-540.json, build/bench/ref/geo.geojson)
#
# Reads the geography file (docs/geography-format.md; the campaign's `geography`, its <id>.geo.bin, else the
# built-in assets/geo/theatre.bin) and the campaign's places and route (docs/campaign-format.md). Every feature
# has a `kind` property: land, coast, lake, river (with `cls`, 1 major .. 4 minor), route, place (with `name`).
import json
import os
import struct
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))


class Reader:
    def __init__(self, data, pos=0):
        self.data, self.pos = data, pos

    def uvar(self):
        v, shift = 0, 0
        while True:
            b = self.data[self.pos]
            self.pos += 1
            v |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                return v

    def svar(self):
        u = self.uvar()
        return (u >> 1) ^ -(u & 1)

    def points(self, n):
        x = y = 0
        out = []
        for _ in range(n):
            x += self.svar()
            y += self.svar()
            out.append((x, y))
        return out


def read_geography(path):
    """{'land': [ring], 'lakes': [ring], 'rivers': [(cls, line)], 'grid', 'bounds'}; rings/lines in quantised units."""
    data = open(path, 'rb').read()
    assert data[:4] == b'AGEO', f'{path}: not a geography file'
    version, count = struct.unpack_from('<HH', data, 4)
    bounds = struct.unpack_from('<4f', data, 8)
    grid = struct.unpack_from('<I', data, 28)[0] or 65535
    geo = {'land': [], 'lakes': [], 'rivers': [], 'grid': grid, 'bounds': bounds}
    pos = 32
    for _ in range(count):
        tag, length = data[pos:pos + 4], struct.unpack_from('<I', data, pos + 4)[0]
        r = Reader(data, pos + 8)
        if tag in (b'LAND', b'LAKE'):
            for _ in range(r.uvar()):
                r.uvar()  # name
                n, t = r.uvar(), r.uvar()
                d, x = (r.uvar(), r.uvar()) if version >= 3 else (0, t)
                ring = r.points(n)
                for _ in range(d + t - x):
                    r.uvar()  # drops and ear clips: the triangles, not needed here
                for _ in range(3 * x):
                    r.svar()
                geo['land' if tag == b'LAND' else 'lakes'].append(ring)
        elif tag == b'RIVR':
            for _ in range(r.uvar()):
                r.uvar()  # name
                cls = data[r.pos]
                r.pos += 1
                n = r.uvar()
                geo['rivers'].append((cls, r.points(n)))
                r.pos += n  # tapers
        pos += 8 + length
    return geo


def lonlat(geo, q):
    w, e, s, n = geo['bounds']
    g = geo['grid']
    return [round(w + q[0] / g * (e - w), 4), round(s + q[1] / g * (n - s), 4)]


def shores(geo, ring):
    """The ring's edges that are shore, as lines: edges along the frame (both ends on one side) are left out."""
    g, lines, cur = geo['grid'], [], []
    for a, b in zip(ring, ring[1:] + ring[:1]):
        on_frame = (a[0] == b[0] and a[0] in (0, g)) or (a[1] == b[1] and a[1] in (0, g))
        if on_frame:
            if len(cur) > 1:
                lines.append(cur)
            cur = []
            continue
        if not cur:
            cur = [a]
        cur.append(b)
    if len(cur) > 1:
        lines.append(cur)
    return [[lonlat(geo, p) for p in line] for line in lines]


def feature(kind, gtype, coords, **props):
    return {'type': 'Feature', 'properties': {'kind': kind, **props}, 'geometry': {'type': gtype, 'coordinates': coords}}


def export(campaign_path):
    doc = json.load(open(campaign_path, encoding='utf-8'))
    here = os.path.dirname(campaign_path)
    own = os.path.join(here, (doc.get('geography') or doc['id']) + '.geo.bin')
    geo = read_geography(own if os.path.exists(own) else os.path.join(ROOT, 'assets/geo/theatre.bin'))
    feats = []
    for ring in geo['land']:
        feats.append(feature('land', 'Polygon', [[lonlat(geo, p) for p in ring + ring[:1]]]))
    coast = [line for ring in geo['land'] for line in shores(geo, ring)]
    feats.append(feature('coast', 'MultiLineString', coast))
    for ring in geo['lakes']:
        feats.append(feature('lake', 'Polygon', [[lonlat(geo, p) for p in ring + ring[:1]]]))
    for cls, line in geo['rivers']:
        feats.append(feature('river', 'LineString', [lonlat(geo, p) for p in line], cls=cls))
    places = {p['id']: p for p in doc['places']}
    armies = [f for f in doc.get('forces', []) if 'route' in f] if 'route' not in doc else [doc]  # format 2: forces[i].route
    for army in armies:
        line = [[w['lon'], w['lat']] if 'lon' in w else [places[w['place']]['lon'], places[w['place']]['lat']] for w in army['route']]
        feats.append(feature('route', 'LineString', line))
    for p in doc['places']:
        feats.append(feature('place', 'Point', [p['lon'], p['lat']], name=p['name']))
    w, e, s, n = geo['bounds']
    return {'type': 'FeatureCollection', 'bbox': [w, s, e, n], 'features': feats}


def main():
    campaign = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'assets/campaigns/khusrau-540.json')
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'build/bench/ref/geo.geojson')
    fc = export(campaign)
    os.makedirs(os.path.dirname(out) or '.', exist_ok=True)
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(fc, f, ensure_ascii=False, separators=(',', ':'))
    kinds = {}
    for ft in fc['features']:
        kinds[ft['properties']['kind']] = kinds.get(ft['properties']['kind'], 0) + 1
    print(f'{out}: {os.path.getsize(out)} bytes, ' + ', '.join(f'{v} {k}' for k, v in kinds.items()))


if __name__ == '__main__':
    main()
