"""Advance widths read from the bundled Liberation Sans files, for every character they hold.

The diagrams are drawn with the Liberation Sans files shipped in
`cxdocs/assets/fonts` (Graphviz is pointed at them), so reading the widths from
those same files makes measuring exact for every character the font has: Latin
with all its accents, Greek, Cyrillic, punctuation. Only two tables of a
TrueType file are needed: `cmap` (character -> glyph) and `hmtx` (glyph ->
advance width); reading them is a few struct calls, no font library.
"""

from __future__ import annotations

import struct
from functools import lru_cache
from importlib import resources

FILES = {False: "LiberationSans-Regular.ttf", True: "LiberationSans-Bold.ttf"}


def _tables(data: bytes) -> dict[bytes, tuple[int, int]]:
    count = struct.unpack_from(">H", data, 4)[0]
    tables = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        tables[tag] = (offset, length)
    return tables


def _cmap(data: bytes, offset: int) -> dict[int, int]:
    """Code point -> glyph id, from the Unicode subtable (format 12 if there, else 4)."""
    count = struct.unpack_from(">H", data, offset + 2)[0]
    subtables = {}
    for i in range(count):
        platform, encoding, sub = struct.unpack_from(">HHI", data, offset + 4 + 8 * i)
        subtables[(platform, encoding)] = offset + sub
    mapping: dict[int, int] = {}
    for key in ((3, 10), (0, 4), (3, 1), (0, 3)):
        start = subtables.get(key)
        if start is None:
            continue
        fmt = struct.unpack_from(">H", data, start)[0]
        if fmt == 12:
            groups = struct.unpack_from(">I", data, start + 12)[0]
            for g in range(groups):
                first, last, glyph = struct.unpack_from(">III", data, start + 16 + 12 * g)
                for code in range(first, last + 1):
                    mapping[code] = glyph + code - first
            return mapping
        if fmt == 4:
            segments = struct.unpack_from(">H", data, start + 6)[0] // 2
            ends = struct.unpack_from(f">{segments}H", data, start + 14)
            base = start + 16 + 2 * segments
            starts = struct.unpack_from(f">{segments}H", data, base)
            deltas = struct.unpack_from(f">{segments}h", data, base + 2 * segments)
            range_base = base + 4 * segments
            offsets = struct.unpack_from(f">{segments}H", data, range_base)
            for s in range(segments):
                for code in range(starts[s], ends[s] + 1):
                    if code == 0xFFFF:
                        continue
                    if offsets[s] == 0:
                        glyph = (code + deltas[s]) & 0xFFFF
                    else:
                        at = range_base + 2 * s + offsets[s] + 2 * (code - starts[s])
                        glyph = struct.unpack_from(">H", data, at)[0]
                        glyph = (glyph + deltas[s]) & 0xFFFF if glyph else 0
                    if glyph:
                        mapping[code] = glyph
            return mapping
    return mapping


@lru_cache(maxsize=2)
def advance_widths(bold: bool) -> dict[str, int]:
    """Character -> advance width in 1/1000 em, for every character the font maps."""
    data = resources.files("cxdocs").joinpath("assets", "fonts", FILES[bold]).read_bytes()
    tables = _tables(data)
    units = struct.unpack_from(">H", data, tables[b"head"][0] + 18)[0]
    metrics = struct.unpack_from(">H", data, tables[b"hhea"][0] + 34)[0]
    hmtx = tables[b"hmtx"][0]
    advances = struct.unpack_from(f">{2 * metrics}H", data, hmtx)[0::2]
    widths = {}
    for code, glyph in _cmap(data, tables[b"cmap"][0]).items():
        advance = advances[min(glyph, metrics - 1)]  # later glyphs repeat the last width
        widths[chr(code)] = round(advance * 1000 / units)
    return widths
