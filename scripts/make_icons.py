"""Draw the installed-app icons as PNG files (no image library needed; run once, commit).

    python scripts/make_icons.py

Two sets: attune's own (a green disc with a smile, as the favicon) and a neutral one (a plain
notepad) for people who choose a neutral app name. "Maskable" icons keep their drawing inside
the central 80 % circle, so any launcher mask leaves it whole (W3C Web App Manifest,
"purpose": "maskable").
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/attune/core/static/attune/icons"
Pixel = tuple[int, int, int]
Painter = Callable[[float, float], Pixel]

GREEN = (0x2F, 0x6B, 0x5F)
WHITE = (0xFF, 0xFF, 0xFF)
PAPER = (0xF4, 0xF1, 0xEA)
GREY = (0x5B, 0x5F, 0x66)
SLATE = (0xDD, 0xE1, 0xE6)


def png(size: int, paint: Painter) -> bytes:
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # no filter
        for x in range(size):
            rows.extend(paint((x + 0.5) / size, (y + 0.5) / size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def attune(scale: float) -> Painter:
    """A smile on green; `scale` shrinks the drawing toward the centre (maskable)."""

    def paint(u: float, v: float) -> Pixel:
        x, y = (u - 0.5) / scale, (v - 0.5) / scale
        # the smile: a band of a circle centred above, lower half only
        r = ((x) ** 2 + (y + 0.05) ** 2) ** 0.5
        if y > 0.02 and 0.22 < r < 0.29 and abs(x) < 0.24:
            return WHITE
        return GREEN

    return paint


def notes(scale: float) -> Painter:
    """A notepad with three ruled lines on a light ground."""

    def paint(u: float, v: float) -> Pixel:
        x, y = (u - 0.5) / scale, (v - 0.5) / scale
        if abs(x) < 0.3 and abs(y) < 0.36:
            for line in (-0.16, 0.0, 0.16):
                if abs(y - line) < 0.025 and abs(x) < 0.2:
                    return GREY
            return WHITE
        return SLATE

    return paint


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, drawing in (("attune", attune), ("notes", notes)):
        for size in (192, 512):
            (OUT / f"{name}-{size}.png").write_bytes(png(size, drawing(1.0)))
        (OUT / f"{name}-maskable-512.png").write_bytes(png(512, drawing(0.8)))


if __name__ == "__main__":
    main()
