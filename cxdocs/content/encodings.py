"""File bytes -> text: UTF-8, or a problem that names what the file really is.

Files are UTF-8 (a byte order mark is fine). Windows tools often save UTF-16
("Unicode" in Notepad and Excel) or, rarely, UTF-32: those are recognised and
named, with how to re-save them, rather than reported as a random bad byte.
A NUL in otherwise valid UTF-8 text is a damaged line, reported where it is by
the text checks; only bytes that are neither text nor UTF-16/32 are "binary".
"""

from __future__ import annotations

import codecs

from cxdocs.content.yaml.base import Position
from cxdocs.i18n.say import Text, say

Problem = tuple[str, Text, Text, Position]  # code, message, hint, position

_START = Position(1, 1)
# Byte order marks, longest first (UTF-32-LE's starts with UTF-16-LE's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 (little-endian)"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 (big-endian)"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 (little-endian)"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 (big-endian)"),
)
_NAMES = {codec: name for _, codec, name in _BOMS}


def _looks_like_text(text: str) -> bool:
    # Real content has ASCII keys, colons and line breaks; random bytes decoded
    # as UTF-16 are mostly CJK and private-use characters.
    sample = text[:2000]
    ascii_chars = sum(1 for c in sample if " " <= c <= "~" or c in "\t\r\n")
    return bool(sample) and ascii_chars >= 0.3 * len(sample)


def wide_encoding(raw: bytes) -> str | None:
    """'utf-16-le' etc. when `raw` is UTF-16/32 text (with or without a BOM)."""
    candidates = [codec for bom, codec, _ in _BOMS if raw.startswith(bom)]
    if not candidates and b"\x00" in raw[:4096]:
        head = raw[:4096]
        # ASCII in UTF-32-LE is `x 0 0 0`; in UTF-16-LE `x 0`.
        if head[1::4].count(0) == len(head[1::4]) and head[2::4].count(0) == len(head[2::4]):
            candidates = ["utf-32-le" if head[0] else "utf-32-be"]
        elif head[1::2].count(0) > 0.6 * len(head[1::2]):
            candidates = ["utf-16-le"]
        elif head[0::2].count(0) > 0.6 * len(head[0::2]):
            candidates = ["utf-16-be"]
    for codec in candidates[:1]:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text.lstrip("\ufeff")):
            return codec
    return None


def decode(
    raw: bytes,
    resave: Text | None = None,
    binary: Text | None = None,
) -> tuple[str, Problem | None]:
    """The text of a file that must be UTF-8, or the problem that stops it being read.

    `resave` replaces the hints on how to save the file as UTF-8 (a CSV file is
    saved from a spreadsheet, not an editor); `binary` is the hint for bytes
    that are no text at all.
    """
    wide = wide_encoding(raw)
    if wide is not None:
        name = _NAMES[wide]
        return "", (
            "not-utf8",
            say("problem.encoding.wide", name=name),
            # iconv's name with the byte order: without a mark, "UTF-16" means big-endian.
            resave
            or say(
                "problem.encoding.resave",
                codec=wide.upper().replace("-LE", "LE").replace("-BE", "BE"),
            ),
            _START,
        )
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        if b"\x00" in raw:
            return "", (
                "binary-file",
                say("problem.encoding.binary"),
                binary or say("problem.encoding.binary.hint"),
                _START,
            )
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        return "", (
            "not-utf8",
            say("problem.encoding.bad_byte", byte=f"0x{raw[error.start]:02x}"),
            resave or say("problem.encoding.save_as"),
            Position(line, col),
        )


def salvage(raw: bytes) -> str:
    """Best-effort text of a file `decode` refused, for guesses only (never shown).

    A journey saved as UTF-16 or Latin-1 still names its persona: other files'
    checks read that, so the persona is not called unused meanwhile.
    """
    wide = wide_encoding(raw)
    text = raw.decode(wide, "replace") if wide else raw.decode("utf-8", "replace")
    return text.lstrip("\ufeff")
