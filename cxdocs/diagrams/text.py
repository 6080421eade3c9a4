"""Measure and wrap text for diagrams, without asking Graphviz.

Diagram cells have fixed sizes so that columns line up whatever the text, which
means we must know how wide a line will be before Graphviz lays it out. The
widths below are the advance widths of Liberation Sans (metric-compatible with
Arial and Helvetica, the fonts the diagrams ask for), in 1/1000 em, read from
the font files once. Characters outside the table are estimated generously, and
lines are wrapped to a fraction of the cell so a slightly wider fallback font
in a browser still fits.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Advance widths of the printable ASCII characters, space (32) to tilde (126).
_REGULAR_ASCII = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 "
    "556 556 556 556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 "
    "722 278 500 667 556 833 722 778 667 778 722 667 611 722 667 944 667 667 611 278 "
    "278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 "
    "556 556 333 500 278 556 500 722 500 500 500 334 260 334 584"
)
_BOLD_ASCII = (
    "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 "
    "556 556 556 556 556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 "
    "722 278 556 722 611 833 722 778 667 778 722 667 611 722 667 944 667 667 611 333 "
    "278 333 584 556 333 556 611 556 611 556 333 611 611 278 278 556 278 889 611 611 "
    "611 611 389 556 333 611 556 778 556 556 500 389 280 389 584"
)
# Punctuation the diagrams and typical content use, same in both weights
# except the curly quotes.
_EXTRA = {
    "\u2013": 556,
    "\u2014": 1000,
    "\u2026": 1000,
    "\u2022": 350,
    "\u00b7": 333,
    "\u2192": 1000,
    "\u2212": 584,
    "\u20ac": 556,
    "\u25cf": 604,
    "\u2605": 840,
    "\u2665": 700,
    "\u00a0": 278,
}
_EXTRA_REGULAR = {"\u2018": 222, "\u2019": 222, "\u201c": 333, "\u201d": 333}
_EXTRA_BOLD = {"\u2018": 278, "\u2019": 278, "\u201c": 500, "\u201d": 500}

_WIDE = 1000  # CJK ideographs, symbols we do not know: a full em
_EMOJI = 1250  # emoji come from a colour font and are wider than an em

# Share of the cell a wrapped line may use: browsers without Arial/Helvetica
# substitute wider sans fonts (DejaVu Sans is ~8% wider).
FIT = 0.93


def _table(ascii_widths: str, extra: dict[str, int]) -> dict[str, int]:
    widths = {chr(32 + i): int(w) for i, w in enumerate(ascii_widths.split())}
    widths.update(_EXTRA)
    widths.update(extra)
    return widths


_REGULAR = _table(_REGULAR_ASCII, _EXTRA_REGULAR)
_BOLD = _table(_BOLD_ASCII, _EXTRA_BOLD)


@lru_cache(maxsize=4096)
def _char_width(char: str, bold: bool) -> int:
    table = _BOLD if bold else _REGULAR
    if char in table:
        return table[char]
    if unicodedata.combining(char):
        return 0
    # Accented letters are as wide as their base letter (é -> e, Ç -> C).
    base = unicodedata.normalize("NFKD", char)[:1]
    if base in table:
        return table[base]
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return _EMOJI if ord(char) >= 0x1F000 else _WIDE
    return _WIDE


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` set in Helvetica/Arial at `size` points."""
    return sum(_char_width(c, bold) for c in text) * size / 1000


def clean(text: str) -> str:
    """Drop control characters (invalid in SVG/XML) and normalise line breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(c for c in text if c == "\n" or unicodedata.category(c) not in ("Cc", "Cs"))


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
