"""Text written where a number belongs: what the writer probably meant, and the fix.

Numeric fields (emotion, metric values and targets, NPS counts, the plugin's
limits) take YAML 1.2 core numbers only: `4.5`, `-1`, `1e3`, `0x1F`, `0o17`.
People write `4,5` (a decimal comma), `4:30` (a time), `85%`, `3 min`, `high`,
`true`, or what Python or another YAML would take (`1_000`, `Infinity`, `١٢`,
`0X1F`); each gets a hint that fits the mistake, and none is ever read as a
number: the models read numbers strictly, so only what the YAML reader typed
as a number (never a boolean, never text) is one.
"""

from __future__ import annotations

import re
import unicodedata

from cxdocs.content.yaml.scalars import number as yaml_number

# [0-9], not \d: \d also matches other scripts' digits, which YAML does not read.
_DECIMAL_COMMA = re.compile(r"[-+]?[0-9]+,[0-9]+")
_GROUPED = re.compile(r"[-+]?[0-9]{1,3}(?:[.,\s][0-9]{3})+(?:[.,][0-9]+)?")
_TIME = re.compile(r"[-+]?([0-9]+):([0-5]?[0-9])(?::([0-5]?[0-9]))?")
_PERCENT = re.compile(r"[-+]?[0-9]+(?:[.,][0-9]+)?\s*%")
# A unit starts with a letter or a currency sign (`3 min`, `10 km/h`, `5 USD`,
# `12€`); other tails (`1/2`, `3.0.1`) are not units and get no unit advice.
_WITH_UNIT = re.compile(r"([-+]?[0-9]+(?:[.,][0-9]+)?)\s*((?:[^\W\d_]|[$€£¥]).*)")
_FRACTION = re.compile(r"([-+]?[0-9]+)\s*/\s*([0-9]+)")
_BINARY = re.compile(r"([-+]?)0[bB]([01]+)")
_NOT_FINITE = {"inf", "infinity", ".inf", "nan", ".nan"}
NOT_FINITE_HINT = "infinity and not-a-number (.inf, .nan) are not measurements: write a number"
_YES_NO = {"yes", "no", "on", "off", "y", "n", "true", "false"}
EMOTION_HINT = "emotion is a whole number from -2 (very negative) through 0 to +2 (very positive)"


_COUNT = "{} counts people who answered: a whole number, 0 or more (never negative)"
# Whole-number fields other than emotion: what they mean, for hints on any bad value.
WHOLE_NUMBER_FIELDS = {
    "promoters": _COUNT.format("promoters"),
    "passives": _COUNT.format("passives"),
    "detractors": _COUNT.format("detractors"),
    "nav_limit": "nav_limit is a whole number: sections with more objects list only their "
    "index page in the navigation; 0 lists everything",
    "cell_limit": "cell_limit is a whole number, 1 or more: how many pain points or "
    "opportunities a journey-map cell shows",
    "sample": "sample counts the participants (or responses, tickets, sessions) of a "
    "research source: a whole number, 0 or more",
}


def _plain(number: float) -> str:
    return f"{number:.2f}".rstrip("0").rstrip(".")


_MINUS_SIGNS = "\u2212\u2012\u2013\u2014\ufe63\uff0d"  # minus sign, dashes, small and wide minus


def _plain_ascii(text: str) -> tuple[str, list[str]]:
    """Other scripts' digits (`١٢` -> `12`) and typographic minus signs as ASCII,
    with what had to change, for the hint."""
    changed: list[str] = []
    chars = []
    for char in text:
        if char.isascii():
            chars.append(char)
        elif char in _MINUS_SIGNS:
            chars.append("-")
            changed.append("a plain '-' for minus")
        elif unicodedata.decimal(char, None) is not None:
            chars.append(str(unicodedata.decimal(char)))
            changed.append("the digits 0-9")
        else:
            chars.append(char)
    return "".join(chars), sorted(set(changed))


def almost_number_hint(field: str, written: str) -> str | None:
    """A hint for what Python or YAML 1.1 reads as a number and YAML 1.2 does not."""
    if yaml_number(written) is not None:  # a number, but quoted (or !!str): text then
        return f"write the number without quotes: {field}: {written}"
    if "_" in written and yaml_number(written.replace("_", "")) is not None:
        bare = written.replace("_", "")
        return f"YAML 1.2 numbers have no '_' separators: write {bare} without the underscore"
    plain, changed = _plain_ascii(written)
    if changed and yaml_number(plain) is not None:
        return f"write the number with {' and '.join(changed)}: {field}: {plain}"
    if written[:2] in ("0X", "0O") and yaml_number(written.lower()) is not None:
        return f"write the prefix in lower case: {field}: 0{written[1].lower()}{written[2:]}"
    signed = yaml_number(written[1:].lower()) if written[:1] in "+-" else None
    if written[1:3].lower() in ("0x", "0o") and isinstance(signed, int):
        decimal = -int(signed) if written[0] == "-" else int(signed)
        return f"a 0x or 0o number takes no sign in YAML 1.2: write {field}: {decimal}"
    binary = _BINARY.fullmatch(written)
    if binary:
        return f"YAML 1.2 has no binary numbers: write {binary[1]}{int(binary[2], 2)}"
    if written.lower().lstrip("+-") in _NOT_FINITE:
        return NOT_FINITE_HINT
    return None


def boolean_hint(field: str, value: bool) -> str:
    """For `true`/`false` where a number belongs: a yes/no value is not 1 or 0."""
    said = "true" if value else "false"
    if field == "emotion":
        return f"{said} is a yes/no value, not a score: {EMOTION_HINT}"
    if field in WHOLE_NUMBER_FIELDS:
        return f"{said} is a yes/no value, not a number: {WHOLE_NUMBER_FIELDS[field]}"
    return (
        f"{said} is a yes/no value, not a number: write the measurement ({field}: 4.5), "
        f'or "{said}" in quotes as text in a note'
    )


def number_hint(field: str, text: str) -> str:
    """How to write `text` as the number field `field` needs."""
    written = text.strip()
    if "\n" in text and yaml_number(written) is not None:  # `value: |` then the number: text
        return f"write the number on the key's line, without | or >: {field}: {written}"
    almost = almost_number_hint(field, written)
    if almost is not None:
        return almost
    if _DECIMAL_COMMA.fullmatch(written) and not _GROUPED.fullmatch(written):
        return f"use a decimal point, not a comma: {written.replace(',', '.')}"
    if _GROUPED.fullmatch(written):
        digits = re.sub(r"[.,\s](?=\d{3}(?:\D|$))", "", written).replace(",", ".")
        return f"write the number without thousands separators: {digits}"
    time = _TIME.fullmatch(written)
    if time:
        hours, minutes = int(time.group(1)), int(time.group(2))
        decimal = _plain(hours + minutes / 60)
        return (
            f"a time is not a number: write {decimal} (one unit, e.g. hours, in unit:), "
            f'or keep "{written}" as text in a note'
        )
    if field == "emotion":
        return EMOTION_HINT
    if _PERCENT.fullmatch(written):
        return (
            f'write the number alone and the unit apart: {field}: {written.rstrip("% ")}, unit: "%"'
        )
    fraction = _FRACTION.fullmatch(written)
    if fraction and int(fraction.group(2)):
        decimal = _plain(int(fraction.group(1)) / int(fraction.group(2)))
        return f"a fraction is not a number in YAML: write {field}: {decimal}"
    with_unit = _WITH_UNIT.fullmatch(written)
    if with_unit:
        number, unit = with_unit.groups()
        return f"write the number alone and the unit apart: {field}: {number}, unit: {unit}"
    if written.lower() in _YES_NO:
        return f"'{written}' is text in YAML 1.2; {field} needs a number"
    return "write a number such as 4.5 (a decimal point, no unit); text belongs in a note"


def whole_number_hint(field: str, written: str) -> str:
    """For a fraction where a whole number is needed (an emotion of 1.5)."""
    if re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+", written):
        return f"{written} reads as a fraction; for thousands write {written.replace('.', '')}"
    if field == "emotion":
        return EMOTION_HINT
    return WHOLE_NUMBER_FIELDS.get(field, f"{field} counts answers: write a whole number")
