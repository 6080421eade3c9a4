"""Measure and wrap text for diagrams, without asking Graphviz.

Diagram cells have fixed sizes so that columns line up whatever the text, which
means we must know how wide a line will be before Graphviz lays it out. Widths
are the advance widths of Liberation Sans, read from the very font files
cxdocs ships and points Graphviz at (`fontmetrics.py`), so measuring is exact
for every character the font has. Characters it lacks (emoji, CJK, rare
symbols) are drawn from whatever fallback font the machine has, or as a box
with the code point in hex: they are estimated at the wider of the two. Lines
are wrapped to a fraction of the cell, so that a viewer without the font, which
substitutes a slightly wider sans, still fits.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cxdocs.diagrams.fontmetrics import advance_widths

# Characters the font lacks, in 1/1000 em: the missing-glyph box Graphviz
# draws holds the code point in hex (wider for 5-digit code points), and is
# wider than a real emoji or CJK glyph, so these cover both cases.
_MISSING_BMP = 1300
_MISSING_ASTRAL = 1800
_FORMAT = 1000  # zero-width joiners and other format characters, drawn as boxes without a font

# Share of the cell a wrapped line may use: viewers without Liberation Sans,
# Arial or Helvetica substitute wider sans fonts (DejaVu Sans is ~8% wider).
FIT = 0.93


@lru_cache(maxsize=4096)
def _char_width(char: str, bold: bool) -> int:
    width = advance_widths(bold).get(char)
    if width is not None:
        return width
    category = unicodedata.category(char)
    if category in ("Mn", "Me"):  # combining marks and variation selectors
        return 0
    if category == "Cf":
        return _FORMAT
    return _MISSING_ASTRAL if ord(char) > 0xFFFF else _MISSING_BMP


# Each character's width, filled as characters are met (one table per weight):
# wrapping measures every line again and again, and a dict lookup per character
# is several times faster than a call per character.
_WIDTHS: dict[bool, dict[str, int]] = {False: {}, True: {}}


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` set in Liberation Sans at `size` points."""
    widths = _WIDTHS[bold]
    try:
        total = sum(map(widths.__getitem__, text))
    except KeyError:
        for char in set(text) - widths.keys():
            widths[char] = _char_width(char, bold)
        total = sum(map(widths.__getitem__, text))
    return total * size / 1000


# Exactly the characters of Unicode categories Cc (controls) and Cs
# (surrogates), but the line break.
_INVALID = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean(text: str) -> str:
    """Drop control characters (invalid in SVG/XML) and normalise line breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _INVALID.sub("", text)


def _split_word(word: str, width: float, size: float, bold: bool) -> list[str]:
    """Break a word longer than the line (a URL, a hashtag) between characters."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, size, bold) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Wrap `text` into lines no wider than `width` points (times FIT).

    Explicit line breaks are kept; runs of spaces collapse; a word that does not
    fit on a line of its own is broken. Never truncates: cells grow instead.
    """
    limit = width * FIT
    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, size, bold) <= limit:
                current = candidate
                continue
            if current:
                lines.append(current)
            if text_width(word, size, bold) <= limit:
                current = word
            else:
                *full, current = _split_word(word, limit, size, bold)
                lines.extend(full)
        if current:
            lines.append(current)
    return lines
