# Writes a small geography file with tools/geography_format.py, and what it holds as text, for the C++ decoder's test.
#
#   python3 tools/geography_fixture.py OUT.bin OUT.expect
# The test (tests/unit/test_geography_format.cpp) parses OUT.bin with atlas::parse_geography and
# checks every vertex, triangle, name, class and taper against OUT.expect, so the Python encoder
# and the C++ decoder cannot drift apart.
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import geography_format as fmt  # noqa: E402

BOUNDS = (-10.5, 12.25, 30.0, 45.5)  # west of Greenwich too; exact in float32
GRID = 1023

LAND = [
    # Vertex 1 lies on the edge 0-2: earcut leaves it out, so the file stores a drop, then ears.
    {'name': 'Terra Ω', 'ring': [(10, 10), (110, 10), (210, 10), (210, 210), (110, 310), (10, 210)],
     'tris': [0, 2, 3, 3, 4, 5, 0, 3, 5]},
    # Deliberately not a triangulation of its ring: (1, 2, 3) is no ear once (0, 1, 2) is clipped, so
    # it is stored as an explicit corner triple. The left edge lies on the frame (qx = 0): not a shore.
    {'name': '', 'ring': [(0, 400), (300, 400), (300, 700), (0, 700)], 'tris': [0, 1, 2, 1, 2, 3]},
]
LAKES = [{'name': 'Lacus', 'ring': [(50, 50), (150, 50), (100, 150)], 'tris': [0, 1, 2]}]
RIVERS = [
    {'name': 'Flumen Ω', 'cls': 2, 'q': [(5, 5), (40, 40), (80, 60), (120, 61)], 'taper': [0, 10, 10, 200]},
    {'name': '', 'cls': 4, 'q': [(1000, 1000), (1020, 990)], 'taper': [3, 7]},
]


def hexname(name):
    return name.encode('utf-8').hex() if name else '-'


def expectation():
    out = ['bounds %r %r %r %r' % BOUNDS, 'grid %d' % GRID]
    for tag, polys in (('land', LAND), ('lake', LAKES)):
        out.append('mesh %s %d' % (tag, len(polys)))
        for p in polys:
            tris = fmt.decoded_triangles(p)
            out.append('polygon %s %d %d' % (hexname(p['name']), len(p['ring']), len(tris)))
            out += ['v %d %d' % q for q in p['ring']]
            out += ['t %d %d %d' % t for t in tris]
    out.append('rivers %d' % len(RIVERS))
    for r in RIVERS:
        out.append('river %s %d %d' % (hexname(r['name']), r['cls'], len(r['q'])))
        out += ['p %d %d %d' % (q[0], q[1], t) for q, t in zip(r['q'], r['taper'])]
    return '\n'.join(out) + '\n'


def main(bin_path, expect_path):
    blob = fmt.encode(LAND, LAKES, RIVERS, BOUNDS, GRID)
    assert sum(p['explicit'] for p in LAND) == 1, 'the fixture must exercise an explicit triangle'
    with open(bin_path, 'wb') as f:
        f.write(blob)
    with open(expect_path, 'w', encoding='utf-8') as f:
        f.write(expectation())


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
