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
from cxdocs.i18n.say import Say, say

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
NOT_FINITE_HINT = say("problem.number.not_finite")
_YES_NO = {"yes", "no", "on", "off", "y", "n", "true", "false"}
EMOTION_HINT = say("problem.number.emotion")


# Whole-number fields other than emotion: what they mean, for hints on any bad value.
WHOLE_NUMBER_FIELDS = {
    "promoters": say("problem.number.count", field="promoters"),
    "passives": say("problem.number.count", field="passives"),
    "detractors": say("problem.number.count", field="detractors"),
    "nav_limit": say("problem.number.nav_limit"),
    "cell_limit": say("problem.number.cell_limit"),
    "sample": say("problem.number.sample"),
}


def _plain(number: float) -> str:
    return f"{number:.2f}".rstrip("0").rstrip(".")


_MINUS_SIGNS = "\u2212\u2012\u2013\u2014\ufe63\uff0d"  # minus sign, dashes, small and wide minus


def _plain_ascii(text: str) -> tuple[str, list[str]]:
    """Other scripts' digits (`١٢` -> `12`) and typographic minus signs as ASCII,
    with what had to change (catalog keys, in the order of their English words)."""
    changed: list[str] = []
    chars = []
    for char in text:
        if char.isascii():
            chars.append(char)
        elif char in _MINUS_SIGNS:
            chars.append("-")
            changed.append("problem.number.plain_minus")
        elif unicodedata.decimal(char, None) is not None:
            chars.append(str(unicodedata.decimal(char)))
            changed.append("problem.number.plain_digits")
        else:
            chars.append(char)
    return "".join(chars), sorted(set(changed))


def almost_number_hint(field: str, written: str) -> Say | None:
    """A hint for what Python or YAML 1.1 reads as a number and YAML 1.2 does not."""
    if yaml_number(written) is not None:  # a number, but quoted (or !!str): text then
        return say("problem.number.unquote", field=field, written=written)
    if "_" in written and yaml_number(written.replace("_", "")) is not None:
        return say("problem.number.underscore", bare=written.replace("_", ""))
    plain, changed = _plain_ascii(written)
    if changed and yaml_number(plain) is not None:
        what = say(changed[0]) if len(changed) == 1 else say("problem.number.plain_both")
        return say("problem.number.plain", what=what, field=field, plain=plain)
    if written[:2] in ("0X", "0O") and yaml_number(written.lower()) is not None:
        lower = f"0{written[1].lower()}{written[2:]}"
        return say("problem.number.lower_prefix", field=field, written=lower)
    signed = yaml_number(written[1:].lower()) if written[:1] in "+-" else None
    if written[1:3].lower() in ("0x", "0o") and isinstance(signed, int):
        decimal = -int(signed) if written[0] == "-" else int(signed)
        return say("problem.number.signed_prefix", field=field, decimal=decimal)
    binary = _BINARY.fullmatch(written)
    if binary:
        return say("problem.number.binary", written=f"{binary[1]}{int(binary[2], 2)}")
    if written.lower().lstrip("+-") in _NOT_FINITE:
        return NOT_FINITE_HINT
    return None


def boolean_hint(field: str, value: bool) -> Say:
    """For `true`/`false` where a number belongs: a yes/no value is not 1 or 0."""
    said = "true" if value else "false"
    if field == "emotion":
        return say("problem.number.flag_not_score", said=said, then=EMOTION_HINT)
    if field in WHOLE_NUMBER_FIELDS:
        return say("problem.number.flag_not_number", said=said, then=WHOLE_NUMBER_FIELDS[field])
    return say("problem.number.flag_measure", said=said, field=field)


def number_hint(field: str, text: str) -> Say:
    """How to write `text` as the number field `field` needs."""
    written = text.strip()
    if "\n" in text and yaml_number(written) is not None:  # `value: |` then the number: text
        return say("problem.number.same_line", field=field, written=written)
    almost = almost_number_hint(field, written)
    if almost is not None:
        return almost
    if _DECIMAL_COMMA.fullmatch(written) and not _GROUPED.fullmatch(written):
        return say("problem.number.decimal_comma", written=written.replace(",", "."))
    if _GROUPED.fullmatch(written):
        digits = re.sub(r"[.,\s](?=\d{3}(?:\D|$))", "", written).replace(",", ".")
        return say("problem.number.grouped", digits=digits)
    time = _TIME.fullmatch(written)
    if time:
        hours, minutes = int(time.group(1)), int(time.group(2))
        decimal = _plain(hours + minutes / 60)
        return say("problem.number.time", decimal=decimal, written=written)
    if field == "emotion":
        return EMOTION_HINT
    if _PERCENT.fullmatch(written):
        return say("problem.number.percent", field=field, number=written.rstrip("% "))
    fraction = _FRACTION.fullmatch(written)
    if fraction and int(fraction.group(2)):
        decimal = _plain(int(fraction.group(1)) / int(fraction.group(2)))
        return say("problem.number.fraction", field=field, decimal=decimal)
    with_unit = _WITH_UNIT.fullmatch(written)
    if with_unit:
        number, unit = with_unit.groups()
        return say("problem.number.unit", field=field, number=number, unit=unit)
    if written.lower() in _YES_NO:
        return say("problem.number.yes_no_text", written=written, field=field)
    return say("problem.number.hint")


def whole_number_hint(field: str, written: str) -> Say:
    """For a fraction where a whole number is needed (an emotion of 1.5)."""
    if re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+", written):
        return say("problem.number.thousands", written=written, digits=written.replace(".", ""))
    if field == "emotion":
        return EMOTION_HINT
    return WHOLE_NUMBER_FIELDS.get(field, say("problem.number.counts_answers", field=field))
