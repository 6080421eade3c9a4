"""Backslash escapes in double-quoted YAML text that YAML cannot read, at the backslash.

libyaml stops at a bad escape with "while parsing a quoted scalar", which reads
like a quote that never closes. The text is fine but for one `\\`: a Windows
path (`"C:\\Users"`), `\\q`, a short `\\x4`, or a character written the way
JSON writes it, as two UTF-16 halves (`"\\ud83d\\ude00"`). Each is reported at
its backslash, saying what to write instead.
"""

from __future__ import annotations

from cxdocs.i18n.say import Say, say

# YAML 1.2 escapes (ns-esc-char): one character, or x/u/U with 2/4/8 hex digits.
_SIMPLE = frozenset('0abt\tnvfre "/\\N_LP\r\n')
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}
_HEX = frozenset("0123456789abcdefABCDEF")
_KEEP = say("problem.escape.keep")

Found = tuple[int, Say, Say]  # index of the backslash, message, hint


def _surrogate(text: str, index: int, code: int) -> Found:
    written = text[index : index + 6]
    low = text[index + 6 : index + 12]
    if code < 0xDC00 and low[:2] == "\\u" and all(c in _HEX for c in low[2:]) and len(low) == 6:
        second = int(low[2:], 16)
        if 0xDC00 <= second <= 0xDFFF:
            char = chr(0x10000 + ((code - 0xD800) << 10) + (second - 0xDC00))
            return (
                index,
                say("problem.escape.two_halves", written=f"{written}{low}"),
                say("problem.escape.two_halves.hint", char=char, escape=f"\\U{ord(char):08X}"),
            )
    return (index, say("problem.escape.half", written=written), _KEEP)


def _escape(text: str, index: int) -> Found | None:
    """The problem with the escape whose backslash is at `index`, if any."""
    letter = text[index + 1 : index + 2]
    if letter in _SIMPLE and letter:
        return None
    size = _HEX_DIGITS.get(letter)
    if size is None:
        shown = "\\" + letter if letter.isprintable() and letter else "\\"
        return (index, say("problem.escape.unknown", shown=shown), _KEEP)
    digits = text[index + 2 : index + 2 + size]
    if len(digits) < size or not all(c in _HEX for c in digits):
        example = {"x": "\\xE9", "u": "\\u00E9", "U": "\\U0001F600"}[letter]
        return (
            index,
            say("problem.escape.digits", letter=letter, size=size, example=example),
            _KEEP,
        )
    code = int(digits, 16)
    if 0xD800 <= code <= 0xDFFF:
        return _surrogate(text, index, code)
    if code > 0x10FFFF:
        return (index, say("problem.escape.too_large", written=f"{letter}{digits}"), _KEEP)
    return None


def bad_escape(text: str, opened: int) -> Found | None:
    """The first escape YAML cannot read in the double-quoted text opened at `opened`."""
    if text[opened : opened + 1] != '"':
        return None
    index = opened + 1
    while index < len(text):
        char = text[index]
        if char == '"':
            return None
        if char == "\\":
            found = _escape(text, index)
            if found is not None:
                return found
            letter = text[index + 1 : index + 2]
            index += 2 + _HEX_DIGITS.get(letter, 0)
            continue
        index += 1
    return None
