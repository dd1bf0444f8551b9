"""Fails when a screenshot is blank: too few colours, or almost every pixel the same as the corner."""
import argparse
import sys
from collections import Counter

from png import read_png


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("png")
    ap.add_argument("--min-colors", type=int, default=40)
    ap.add_argument("--min-coverage", type=float, default=0.02, help="share of pixels unlike the most common colour")
    args = ap.parse_args()
    w, h, rows = read_png(args.png)
    counts = Counter()
    for row in rows[::2]:
        for x in range(0, w * 4, 8):
            counts[row[x:x + 3]] += 1
    total = sum(counts.values())
    common = counts.most_common(1)[0][1]
    coverage = 1 - common / total
    print(f"{args.png}: {w}x{h}, {len(counts)} colours, {coverage:.1%} unlike the most common colour")
    if len(counts) < args.min_colors or coverage < args.min_coverage:
        print("blank or nearly blank image", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
