"""Text written where a number belongs: what the writer probably meant, and the fix.

Numeric fields (emotion, metric values and targets, NPS counts) take YAML 1.2
numbers: `4.5`, `-1`, `1e3`. People write `4,5` (a decimal comma), `4:30` (a
time), `85%`, `3 min` or `high`; each gets a hint that fits the mistake.
"""

from __future__ import annotations

import re

from cxdocs.yamlscalars import number as yaml_number

_DECIMAL_COMMA = re.compile(r"[-+]?\d+,\d+")
_GROUPED = re.compile(r"[-+]?\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d+)?")
_TIME = re.compile(r"[-+]?(\d+):([0-5]?\d)(?::([0-5]?\d))?")
_PERCENT = re.compile(r"[-+]?\d+(?:[.,]\d+)?\s*%")
# A unit starts with a letter or a currency sign (`3 min`, `10 km/h`, `5 USD`,
# `12€`); other tails (`1/2`, `3.0.1`) are not units and get no unit advice.
_WITH_UNIT = re.compile(r"([-+]?\d+(?:[.,]\d+)?)\s*((?:[^\W\d_]|[$€£¥]).*)")
_FRACTION = re.compile(r"([-+]?\d+)\s*/\s*(\d+)")
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
}


def _plain(number: float) -> str:
    return f"{number:.2f}".rstrip("0").rstrip(".")


def number_hint(field: str, text: str) -> str:
    """How to write `text` as the number field `field` needs."""
    written = text.strip()
    if yaml_number(written) is not None:  # a number, but quoted: YAML then reads text
        return f"write the number without quotes: {field}: {written}"
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
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", written):
        return f"{written} reads as a fraction; for thousands write {written.replace('.', '')}"
    if field == "emotion":
        return EMOTION_HINT
    return f"{field} counts answers: write a whole number"
