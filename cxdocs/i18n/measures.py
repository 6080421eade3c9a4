"""Figures as people read them, in the locale's way: the one formatter of pages and diagrams.

A metric reads the same on the journey map, its page and the registers
("R$ 318", "8.6/10", "1.150 pedidos"), so both the site and the diagrams
format it here.
"""

from __future__ import annotations

import math

MINUS = "\u2212"  # the minus sign the diagrams print, wider than a hyphen
# Units written straight after the number: "45%", "8.1/10", "4.6/7".
ATTACHED_UNITS = ("%", "\u2030", "\u00b0", "/")
# Currencies go before it: "R$ 312", "$312".
CURRENCIES = ("R$", "US$", "$", "\u20ac", "\u00a3", "\u00a5", "\u20b9")
NBSP = "\u00a0"  # a value never wraps away from its unit


def one_decimal(value: float) -> float:
    """The one rounding rule of pages and diagrams: one decimal, halves away from zero."""
    return math.copysign(math.floor(abs(value) * 10 + 0.5) / 10, value)


def number(value: float, locale: str = "en") -> str:
    """One decimal at most, thousands grouped, in the locale's way: 1,234.5 or 1.234,5."""
    rounded = one_decimal(value)
    text = f"{rounded:,.0f}" if rounded == int(rounded) else f"{rounded:,.1f}"
    if locale == "pt-BR":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text.replace("-", MINUS)


def measure(value: float, unit: str | None, locale: str = "en") -> str:
    """A value with its unit, spaced as people write it: "4.2 days", "R$ 312", "18 min"."""
    text = number(value, locale)
    unit = (unit or "").strip()
    if not unit:
        return text
    if unit.startswith(ATTACHED_UNITS):
        return text + unit
    if unit in CURRENCIES:
        return f"{unit}{NBSP if len(unit) > 1 else ''}{text}"
    return f"{text}{NBSP}{unit}"
