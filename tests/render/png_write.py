"""Writes 8-bit RGB PNG files with the standard library only: small reference images and diff images."""
import struct
import zlib

# References are stored with each channel rounded to a multiple of QUANT_STEP: the map's paper grain
# (a few levels of noise on every pixel) otherwise makes each image several hundred KB. The rounding
# error (at most QUANT_STEP / 2 levels a channel) is far below the comparison's colour threshold.
QUANT_STEP = 8
QUANT_LUT = bytes(min(255, (v + QUANT_STEP // 2) // QUANT_STEP * QUANT_STEP) for v in range(256))


def quantize_row(row):
    """Rounds an RGBA row (bytes) the way references are stored; alpha 255 stays 255."""
    return row.translate(QUANT_LUT)


def _filtered(line, prev, f):
    n, out = len(line), bytearray(len(line))
    if f == 1:
        out[:3] = line[:3]
        for x in range(3, n):
            out[x] = (line[x] - line[x - 3]) & 255
    elif f == 2:
        for x in range(n):
            out[x] = (line[x] - prev[x]) & 255
    elif f == 4:
        for x in range(n):
            a = line[x - 3] if x >= 3 else 0
            b, c = prev[x], prev[x - 3] if x >= 3 else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            out[x] = (line[x] - (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    else:
        out[:] = line
    return out


def _cost(data):
    return sum(v if v < 128 else 256 - v for v in data)


def write_png(path, width, rows, optimize=True):
    """Writes `rows` (RGBA bytes, 4 bytes a pixel, as png.read_png returns) as an RGB PNG.

    optimize picks the best filter for every row (slow, small files: references); otherwise rows are
    stored unfiltered (fast: diff images)."""
    raw, prev = bytearray(), bytes(width * 3)
    for row in rows:
        line = bytearray(width * 3)
        line[0::3], line[1::3], line[2::3] = row[0::4], row[1::4], row[2::4]
        line = bytes(line)
        if optimize:
            kind, data = min(((f, _filtered(line, prev, f)) for f in (0, 1, 2, 4)), key=lambda c: _cost(c[1]))
        else:
            kind, data = 0, line
        raw.append(kind)
        raw += data
        prev = line

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, len(rows), 8, 2, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
                chunk(b"IDAT", zlib.compress(bytes(raw), 9 if optimize else 1)) + chunk(b"IEND", b""))
