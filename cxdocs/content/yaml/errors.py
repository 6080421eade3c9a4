"""Mistakes in YAML text, said in plain language at the line where they are.

The checks that run before parsing (a merge conflict, a control character, an
invisible space) and what the syntax rules share (positions, character names,
libyaml's tokens). The syntax errors themselves are diagnosed by the rules of
`yaml.syntax`. Nothing here runs on the happy path but a cheap search.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import yaml

from cxdocs.content.yaml.base import Position, YamlIssue
from cxdocs.i18n.say import Say, say

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

# Characters YAML does not allow in a file (libyaml: "special characters are not
# allowed"); tabs, line breaks and NEL are fine.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_CONFLICT = re.compile(r"^(?:<{7}|>{7}|\|{7})(?: |$)", re.MULTILINE)
# Characters that look like a space but are not one to YAML.
_INVISIBLE_CHARS = "\u00a0\u1680\u180e\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff"
# Any character that needs a closer look: invisible spaces and line separators.
UNUSUAL = re.compile(f"[{_INVISIBLE_CHARS}\u2028\u2029\x85]")
_INVISIBLE = re.compile(
    rf"^[ \t]*(?:-[ \t]*)*([{_INVISIBLE_CHARS}])"
    rf"|^[ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*:([{_INVISIBLE_CHARS}])",
    re.MULTILINE,
)
_CONTROL_NAMES = {
    0x00: "NUL",
    0x07: "BEL",
    0x08: "BACKSPACE",
    0x0B: "VERTICAL TAB",
    0x0C: "FORM FEED",
    0x1B: "ESC",
    0x7F: "DELETE",
}


def position_of(text: str, index: int, line_offset: int = 0) -> Position:
    """The 1-based line and column of character `index`, counting lines by '\\n'."""
    line_start = text.rfind("\n", 0, index) + 1
    return Position(text.count("\n", 0, index) + 1 + line_offset, index - line_start + 1)


def char_name(char: str) -> str:
    """'NUL (U+0000)', 'NO-BREAK SPACE (U+00A0)': a character a reader can search for."""
    code = ord(char)
    name = _CONTROL_NAMES.get(code) or unicodedata.name(char, "")
    return f"{name} (U+{code:04X})" if name else f"U+{code:04X}"


def a_char(char: str) -> str:
    """char_name with its article: 'an IDEOGRAPHIC SPACE', 'a NO-BREAK SPACE'."""
    name = char_name(char)
    # By sound: names starting A/E/I/O take 'an'; U ('UNIT ...') and 'U+' take 'a'.
    return f"{'an' if name[0] in 'AEIO' else 'a'} {name}"


def _a_char(char: str) -> Say:
    """a_char as catalog words: 'a NO-BREAK SPACE' / 'o caractere NO-BREAK SPACE'."""
    name = char_name(char)
    return say(f"problem.char.{a_char(char).split(' ')[0]}", name=name)


def control_character(text: str, line_offset: int = 0) -> YamlIssue | None:
    """An invisible control character (NUL, ESC...) anywhere in the text."""
    found = CONTROL.search(text)
    if found is None:
        return None
    return YamlIssue(
        "control-character",
        say("problem.yaml.control", char=char_name(found.group())),
        say("problem.yaml.control.hint"),
        position_of(text, found.start(), line_offset),
    )


def merge_conflict(text: str, line_offset: int = 0) -> YamlIssue | None:
    """Git's conflict markers (`<<<<<<<`, `>>>>>>>`) left in the text."""
    if "<<<<<<<" not in text and ">>>>>>>" not in text and "|||||||" not in text:
        return None  # a plain substring search is far quicker than the regex
    found = _CONFLICT.search(text)
    if found is None:
        return None
    return YamlIssue(
        "merge-conflict",
        say("problem.yaml.conflict", marker=found.group().strip()),
        say("problem.yaml.conflict.hint"),
        position_of(text, found.start(), line_offset),
    )


def prescan(text: str, line_offset: int = 0) -> YamlIssue | None:
    """Mistakes that stop reading before YAML is even parsed."""
    return merge_conflict(text, line_offset) or control_character(text, line_offset)


def invisible_indent(text: str) -> tuple[int, YamlIssue] | None:
    """A no-break space (or similar) where YAML needs a real space: (index, issue)."""
    found = _INVISIBLE.search(text)
    if found is None:
        return None
    group = 1 if found.group(1) else 2
    index = found.start(group)
    where = "indentation" if group == 1 else "after_colon"
    return index, YamlIssue(
        "invisible-character",
        say(f"problem.yaml.invisible.{where}", char=_a_char(found.group(group))),
        say("problem.yaml.invisible.hint"),
        position_of(text, index),
    )


def inside_multiline_scalar(text: str, index: int) -> bool:
    """Whether character `index` lies inside a scalar that spans several lines."""
    line = text.count("\n", 0, index)
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if isinstance(token, yaml.ScalarToken):
                if token.start_mark.line < line <= token.end_mark.line:
                    return True
                if token.start_mark.line > line:
                    return False
    except yaml.YAMLError:
        return False
    return False


def tokens_before(text: str, index: int) -> list[Any]:
    """libyaml's scalar tokens that start before character `index`."""
    tokens: list[Any] = []
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if token.start_mark.index >= index:
                break
            if isinstance(token, yaml.ScalarToken):
                tokens.append(token)
    except yaml.YAMLError:
        pass
    return tokens
