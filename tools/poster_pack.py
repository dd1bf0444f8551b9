#!/usr/bin/env python3
"""Packs the page's poster into one file: the placing module (src/poster/poster_view.cpp, built to wasm) with the
poster's data (src/core/geo/poster_data.h) appended as its custom section "atlas-poster", which the page reads
with WebAssembly.Module.customSections: one small download, no base64.
Usage: poster_pack.py VIEW.wasm DATA.bin OUT.wasm"""
import sys

SECTION = b"atlas-poster"


def uleb(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def pack(view: bytes, data: bytes) -> bytes:
    if view[:4] != b"\0asm":
        raise SystemExit("poster_pack: the view is not a wasm module")
    body = uleb(len(SECTION)) + SECTION + data
    return view + b"\0" + uleb(len(body)) + body  # section id 0: custom


if __name__ == "__main__":
    view_path, data_path, out_path = sys.argv[1:]
    with open(view_path, "rb") as v, open(data_path, "rb") as d:
        packed = pack(v.read(), d.read())
    with open(out_path, "wb") as f:
        f.write(packed)
