"""Numbers on pages: one rounding rule, units spaced as people write them."""

from __future__ import annotations

import pytest

from cxdocs.site.render import emotion_text, measure, number

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "unit", "en", "pt"),
    [
        (4.2, "days", f"4.2{NBSP}days", f"4,2{NBSP}days"),
        (312, "R$", f"R${NBSP}312", f"R${NBSP}312"),
        (18, "min", f"18{NBSP}min", f"18{NBSP}min"),
        (31, "%", "31%", "31%"),
        (8.14, "/10", "8.1/10", "8,1/10"),
        (12, "$", "$12", "$12"),
        (1500.25, None, "1,500.3", "1.500,3"),
    ],
)
def test_units_are_spaced_as_people_write_them(
    value: float, unit: str | None, en: str, pt: str
) -> None:
    assert measure(value, unit) == en
    assert measure(value, unit, "pt-BR") == pt


def test_one_decimal_halves_away_from_zero_with_a_real_minus_sign() -> None:
    assert number(0.25) == "0.3" and number(-0.25) == "\u22120.3"
    assert emotion_text(-0.14) == "\u22120.1" and emotion_text(2) == "+2"
    assert emotion_text(0.04) == "0" and emotion_text(None) == "\u2013"


def test_emotion_averages_use_the_locale_decimal_comma() -> None:
    # The diagrams already print "+0,3" in pt-BR (i18n.number); badges agree.
    assert emotion_text(-0.14, "pt-BR") == "\u22120,1" and emotion_text(1.25, "pt-BR") == "+1,3"
    assert emotion_text(2, "pt-BR") == "+2" and emotion_text(0.3) == "+0.3"
