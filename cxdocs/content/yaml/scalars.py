"""Plain YAML scalars -> values, by the YAML 1.2 core schema, keeping what was written.

YAML 1.1 (PyYAML's default) silently changes content: `zip: 02134` becomes 1116
(octal), `wait: 1:30` becomes 90 (base 60), `channel: no` becomes false and
`title: 2024-01-01` a date. The 1.2 core schema has none of that: only
true/false are booleans, null/~ are nothing, and numbers are decimal (or 0o/0x),
with `.inf`/`.nan`. Everything else is text.

Numbers remember the text they were read from (`YamlInt`, `YamlFloat`), so a
free-text field given `02134` or `5.000` shows exactly that, while numeric
fields get the number.
"""

from __future__ import annotations

import math
import re
from typing import Any

NULL_TAG = "tag:yaml.org,2002:null"
BOOL_TAG = "tag:yaml.org,2002:bool"
INT_TAG = "tag:yaml.org,2002:int"
FLOAT_TAG = "tag:yaml.org,2002:float"
STR_TAG = "tag:yaml.org,2002:str"
MAP_TAG = "tag:yaml.org,2002:map"
SEQ_TAG = "tag:yaml.org,2002:seq"


class YamlInt(int):
    """An integer that remembers how it was written: str() gives back '02134'."""

    text: str

    def __new__(cls, value: int, text: str) -> YamlInt:
        self = super().__new__(cls, value)
        self.text = text
        return self

    def __str__(self) -> str:
        return self.text

    def __getnewargs__(self) -> tuple[int, str]:  # type: ignore[override]
        return int(self), self.text


class YamlFloat(float):
    """A float that remembers how it was written: str() gives back '5.000'."""

    text: str

    def __new__(cls, value: float, text: str) -> YamlFloat:
        self = super().__new__(cls, value)
        self.text = text
        return self

    def __str__(self) -> str:
        return self.text

    def __getnewargs__(self) -> tuple[float, str]:  # type: ignore[override]
        return float(self), self.text


_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = {"true": True, "false": False}  # the issue: only true/false are booleans
_INT = re.compile(r"[-+]?[0-9]+")
_OCT = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)")
# No value of another type starts with any other character: most text skips the regexes.
TYPED_FIRST = frozenset("~nNtTfF0123456789+-.")
_MISSING = object()
_CACHE: dict[str, Any] = {}  # plain scalar text -> value; values are immutable
_CACHE_LIMIT = 50_000


def number(text: str) -> int | float | None:
    """The YAML 1.2 core number `text` spells, or None if it is not one."""
    if _INT.fullmatch(text):
        return YamlInt(int(text, 10), text)
    if _FLOAT.fullmatch(text):
        return YamlFloat(float(text), text)
    if _OCT.fullmatch(text):
        return YamlInt(int(text[2:], 8), text)
    if _HEX.fullmatch(text):
        return YamlInt(int(text[2:], 16), text)
    if _INF.fullmatch(text):
        return YamlFloat(-math.inf if text[0] == "-" else math.inf, text)
    if _NAN.fullmatch(text):
        return YamlFloat(math.nan, text)
    return None


def plain(text: str) -> Any:
    """The value of an untagged plain scalar under the YAML 1.2 core schema."""
    if text and text[0] not in TYPED_FIRST:
        return text
    cached = _CACHE.get(text, _MISSING)
    if cached is not _MISSING:
        return cached
    value: Any
    if text in _NULLS:
        value = None
    elif text in _BOOLS:
        value = _BOOLS[text]
    else:
        found = number(text)
        value = text if found is None else found
    if len(_CACHE) < _CACHE_LIMIT:
        _CACHE[text] = value
    return value


class TagError(ValueError):
    """A scalar with an explicit tag cannot be read (unknown tag, or wrong value)."""


def tagged(tag: str, text: str, tolerate: bool) -> Any:
    """The value of a scalar with an explicit tag (`!!str 42`, `!ENV HOME`)."""
    if tag == STR_TAG:
        return text
    if tag in (INT_TAG, FLOAT_TAG):
        found = number(text)
        if found is None or (tag == INT_TAG and not isinstance(found, int)):
            raise TagError(f"'{text}' is not {'an integer' if tag == INT_TAG else 'a number'}")
        return YamlFloat(float(found), text) if tag == FLOAT_TAG else found
    if tag == BOOL_TAG:
        if text not in _BOOLS:
            raise TagError(f"'{text}' is not true or false")
        return _BOOLS[text]
    if tag == NULL_TAG:
        if text not in _NULLS:
            raise TagError(f"'{text}' is not null")
        return None
    if tolerate:
        return text  # e.g. `!ENV HOME` in mkdocs.yml: keep the text, run nothing
    raise TagError(f"unsupported YAML tag {tag}")


def written(value: Any) -> Any:
    """A scalar as the text the user wrote, for fields that hold text."""
    if type(value) is str:  # nearly always: answered first
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)  # YamlInt/YamlFloat give back their own spelling
    return value
