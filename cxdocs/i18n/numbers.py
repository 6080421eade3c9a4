"""The one number formatter: every figure cxdocs shows goes through here.

The map, the pages, the indexes, History and the PR comment must print the same
figure the same way, so rounding, the decimal separator, the sign and where a
unit goes are decided once:

- round once, from the exact value, half away from zero (-0.15 -> -0.2): a
  float is read as the shortest decimal that gives it back (`repr`), so an
  average of -3/20 is -0.15, not -0.1499999...;
- one decimal at most, and none when the rounded value is whole ("+1", "4.5");
- thousands grouped and the decimal mark of the locale: 1,234.5 / 1.234,5;
- a true minus sign (U+2212), and a plus sign where a score is signed;
- a currency goes before the number ("R$ 312", "$312"), a unit glued to it
  ("45%", "8.1/10") or after a no-break space ("4.2 days").

Exports write data, not display text (interop keeps the number as written).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

MINUS = "\u2212"  # wider than a hyphen; what people expect before a negative figure
NBSP = "\u00a0"  # a value never wraps away from its unit
NO_SCORE = "\u2013"  # an en dash: a table cell with no score

# Units written straight after the number: "45%", "8.1/10", "4.6/7".
ATTACHED_UNITS = ("%", "\u2030", "\u00b0", "/")
# Currencies go before it: "R$ 312", "$312".
CURRENCIES = ("R$", "US$", "$", "\u20ac", "\u00a3", "\u00a5", "\u20b9")

_SEPARATORS = {"pt": (".", ",")}  # by language: (thousands, decimal); English otherwise

Number = int | float | Fraction | Decimal


def exact(value: Number) -> Decimal:
    """`value` as the decimal a person would write for it."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def rounded(value: Number, decimals: int = 1) -> Decimal:
    """Rounded once, halves away from zero (ROUND_HALF_UP is away from zero)."""
    return exact(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def number(value: Number, locale: str, *, decimals: int = 1, signed: bool = False) -> str:
    """'1,234.5', '+1', and a minus sign before negatives ('1.234,5' in pt-BR)."""
    figure = rounded(value, decimals)
    if figure == 0:
        return "0"
    magnitude = abs(figure)
    places = 0 if magnitude == magnitude.to_integral_value() else decimals
    text = f"{magnitude:,.{places}f}"
    thousands, decimal = _SEPARATORS.get(locale.split("-")[0], (",", "."))
    text = text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)
    if figure < 0:
        return MINUS + text
    return "+" + text if signed else text


def score(value: Number | None, locale: str, *, decimals: int = 1) -> str:
    """An emotion score or an average of them: always signed; an en dash for none."""
    return NO_SCORE if value is None else number(value, locale, decimals=decimals, signed=True)


def measure(
    value: Number, unit: str | None, locale: str, *, escape: Callable[[str], str] = str
) -> str:
    """A value with its unit, spaced as people write it: "4.2 days", "R$ 312", "45%".

    `escape` makes the unit (user text) safe for the output (Markdown in a PR comment).
    """
    text = number(value, locale)
    unit = (unit or "").strip()
    if not unit:
        return text
    shown = escape(unit)
    if unit.startswith(ATTACHED_UNITS):
        return text + shown
    if unit in CURRENCIES:
        return f"{shown}{NBSP if len(unit) > 1 else ''}{text}"
    return f"{text}{NBSP}{shown}"
