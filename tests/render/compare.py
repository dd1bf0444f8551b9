"""Compares a screenshot with a reference PNG like pixelmatch (MapLibre's render tests); writes a diff image on failure."""
import argparse
import os
import sys

from png import read_png
from png_write import QUANT_STEP, quantize_row, write_png

# pixelmatch's perceptual colour distance: YIQ, with 35215 the largest possible squared delta.
MAX_YIQ_DELTA = 35215.0


def _y(r, g, b):
    return r * 0.29889531 + g * 0.58662247 + b * 0.11448223


def _i(r, g, b):
    return r * 0.59597799 - g * 0.27417610 - b * 0.32180189


def _q(r, g, b):
    return r * 0.21147017 - g * 0.52261711 + b * 0.31114694


def _rgb(rows, x, y):
    row, k = rows[y], x * 4
    r, g, b, a = row[k], row[k + 1], row[k + 2], row[k + 3]
    if a < 255:  # blend with white, as pixelmatch does
        t = a / 255.0
        r, g, b = 255 + (r - 255) * t, 255 + (g - 255) * t, 255 + (b - 255) * t
    return r, g, b


def color_delta(rows1, rows2, x1, y1, x2, y2, y_only=False):
    """pixelmatch's colorDelta: the squared YIQ distance, negative when the first pixel is the lighter."""
    if rows1[y1][x1 * 4:x1 * 4 + 4] == rows2[y2][x2 * 4:x2 * 4 + 4]:
        return 0.0
    r1, g1, b1 = _rgb(rows1, x1, y1)
    r2, g2, b2 = _rgb(rows2, x2, y2)
    ya, yb = _y(r1, g1, b1), _y(r2, g2, b2)
    dy = ya - yb
    if y_only:
        return dy
    di = _i(r1, g1, b1) - _i(r2, g2, b2)
    dq = _q(r1, g1, b1) - _q(r2, g2, b2)
    delta = 0.5053 * dy * dy + 0.299 * di * di + 0.1957 * dq * dq
    return -delta if ya > yb else delta


def _has_many_siblings(rows, x1, y1, w, h):
    x0, y0, x2, y2 = max(x1 - 1, 0), max(y1 - 1, 0), min(x1 + 1, w - 1), min(y1 + 1, h - 1)
    zeroes = 1 if x1 in (x0, x2) or y1 in (y0, y2) else 0
    px = rows[y1][x1 * 4:x1 * 4 + 4]
    for x in range(x0, x2 + 1):
        for y in range(y0, y2 + 1):
            if (x, y) != (x1, y1) and rows[y][x * 4:x * 4 + 4] == px:
                zeroes += 1
                if zeroes > 2:
                    return True
    return False


def antialiased(rows, x1, y1, w, h, rows2):
    """pixelmatch's test: is (x1, y1) an anti-aliased edge pixel rather than a real change?"""
    x0, y0, x2, y2 = max(x1 - 1, 0), max(y1 - 1, 0), min(x1 + 1, w - 1), min(y1 + 1, h - 1)
    zeroes = 1 if x1 in (x0, x2) or y1 in (y0, y2) else 0
    lo = hi = 0.0
    lo_at = hi_at = None
    for x in range(x0, x2 + 1):
        for y in range(y0, y2 + 1):
            if (x, y) == (x1, y1):
                continue
            d = color_delta(rows, rows, x1, y1, x, y, y_only=True)
            if d == 0:
                zeroes += 1
                if zeroes > 2:
                    return False
            elif d < lo:
                lo, lo_at = d, (x, y)
            elif d > hi:
                hi, hi_at = d, (x, y)
    if lo == 0 or hi == 0:
        return False
    return ((_has_many_siblings(rows, *lo_at, w, h) and _has_many_siblings(rows2, *lo_at, w, h)) or
            (_has_many_siblings(rows, *hi_at, w, h) and _has_many_siblings(rows2, *hi_at, w, h)))


def compare(actual, expected, threshold=0.1, include_aa=False, quantized_expected=True, fail_at=None):
    """Counts pixels whose colour distance exceeds `threshold` (0..1 of the largest distance).

    `actual` and `expected` are (width, height, rows) as png.read_png returns. Rows that agree once
    the actual one is rounded like a stored reference (each channel within QUANT_STEP/2) are skipped
    without a per-pixel look: such small differences are far below any useful threshold.
    Once more than `fail_at` pixels differ the result is certain, and the (slow) anti-aliasing test
    is no longer made: the remaining pixels over the threshold all count as differences.
    Returns (differing, anti_aliased, bad_pixels) with bad_pixels a list of (x, y, kind)."""
    w, h, a_rows = actual
    _, _, e_rows = expected
    max_delta = MAX_YIQ_DELTA * threshold * threshold
    differing = aa = 0
    bad = []
    for y in range(h):
        ra, re = a_rows[y], e_rows[y]
        if ra == re or (quantized_expected and quantize_row(ra) == re):
            continue
        for x in range(w):
            k = x * 4
            if ra[k:k + 4] == re[k:k + 4]:
                continue
            if abs(color_delta(a_rows, e_rows, x, y, x, y)) <= max_delta:
                continue
            decided = fail_at is not None and differing > fail_at
            if not include_aa and not decided and (antialiased(a_rows, x, y, w, h, e_rows) or antialiased(e_rows, x, y, w, h, a_rows)):
                aa += 1
                bad.append((x, y, "aa"))
            else:
                differing += 1
                bad.append((x, y, "diff"))
    return differing, aa, bad


def write_diff(path, actual, bad):
    """pixelmatch's diff image: the actual image faint and grey, differences red, anti-aliasing yellow."""
    w, h, rows = actual
    out = []
    for row in rows:
        line = bytearray(w * 4)
        for x in range(w):
            k = x * 4
            v = int(255 + (_y(row[k], row[k + 1], row[k + 2]) - 255) * 0.1)
            line[k:k + 4] = bytes((v, v, v, 255))
        out.append(line)
    for x, y, kind in bad:
        out[y][x * 4:x * 4 + 4] = b"\xff\xff\x00\xff" if kind == "aa" else b"\xff\x00\x00\xff"
    write_png(path, w, [bytes(r) for r in out], optimize=False)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("actual", help="the screenshot just rendered")
    ap.add_argument("expected", help="the reference PNG (or, with --exact, another render of the same case)")
    ap.add_argument("--threshold", type=float, default=0.1,
                    help="per-pixel colour distance (0..1 of the largest YIQ distance) above which a pixel differs")
    ap.add_argument("--max-diff", type=float, default=0.0002, help="largest share of differing pixels that passes")
    ap.add_argument("--include-aa", action="store_true", help="count anti-aliased edge pixels as differences too")
    ap.add_argument("--exact", action="store_true", help="the expected image is a raw render, not a rounded reference")
    ap.add_argument("--diff", help="where to write the diff image on failure (default: ACTUAL with .diff.png)")
    ap.add_argument("--update", action="store_true", help="store ACTUAL as the new reference EXPECTED and exit")
    args = ap.parse_args()

    actual = read_png(args.actual)
    w, h, rows = actual
    if args.update:
        os.makedirs(os.path.dirname(os.path.abspath(args.expected)), exist_ok=True)
        write_png(args.expected, w, [quantize_row(r) for r in rows])
        print(f"updated {args.expected} ({w}x{h}, channels rounded to multiples of {QUANT_STEP}, "
              f"{os.path.getsize(args.expected) // 1024} KB)")
        return 0
    if not os.path.exists(args.expected):
        print(f"no reference {args.expected}: to create it run tests/render/update_references.sh", file=sys.stderr)
        return 1
    expected = read_png(args.expected)
    if expected[:2] != (w, h):
        print(f"size differs: {args.actual} is {w}x{h}, {args.expected} is {expected[0]}x{expected[1]}", file=sys.stderr)
        return 1
    total = w * h
    differing, aa, bad = compare(actual, expected, args.threshold, args.include_aa, quantized_expected=not args.exact,
                                 fail_at=int(args.max_diff * total))
    share = differing / total
    print(f"{args.actual} vs {args.expected}: {differing} of {total} pixels differ ({share:.4%}; at most "
          f"{args.max_diff:.4%} allowed; threshold {args.threshold}), {aa} anti-aliased pixels ignored")
    if share > args.max_diff:
        diff_path = args.diff or os.path.splitext(args.actual)[0] + ".diff.png"
        write_diff(diff_path, actual, bad)
        xs = [x for x, _, k in bad if k == "diff"]
        ys = [y for _, y, k in bad if k == "diff"]
        print(f"FAILED: differences within x {min(xs)}..{max(xs)}, y {min(ys)}..{max(ys)}; diff image: {diff_path}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
