"""The one number formatter (cxdocs/i18n/numbers.py): one rounding rule, the
locale's decimal mark, a real minus sign, units where people write them."""

from __future__ import annotations

from fractions import Fraction

import pytest

from cxdocs.i18n.numbers import measure, number, score

NBSP = "\u00a0"
MINUS = "\u2212"


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
        (-1234567, "", f"{MINUS}1,234,567", f"{MINUS}1.234.567"),
    ],
)
def test_units_are_spaced_as_people_write_them(
    value: float, unit: str | None, en: str, pt: str
) -> None:
    assert measure(value, unit, "en") == en
    assert measure(value, unit, "pt-BR") == pt


def test_halves_round_away_from_zero_from_the_exact_value() -> None:
    # -3/20 is -0.1499999... as a float; people (and the page) read -0.15 -> -0.2.
    assert score(-3 / 20, "en") == f"{MINUS}0.2"
    assert score(Fraction(-3, 20), "en") == f"{MINUS}0.2"
    assert number(0.25, "en") == "0.3" and number(-0.25, "en") == f"{MINUS}0.3"
    assert score(-0.149, "en") == f"{MINUS}0.1"  # rounded once, not via -0.15
    assert number(2.675, "en", decimals=2) == "2.68"


def test_scores_are_signed_and_zero_has_no_sign() -> None:
    assert score(2, "en") == "+2" and score(0.3, "en") == "+0.3"
    assert score(0.04, "en") == "0" and score(-0.04, "en") == "0"
    assert score(None, "en") == "\u2013"
    assert score(1.0, "en") == "+1"  # a whole average prints as a whole number


def test_portuguese_uses_the_decimal_comma_and_the_dot_for_thousands() -> None:
    assert score(-0.14, "pt-BR") == f"{MINUS}0,1" and score(1.25, "pt-BR") == "+1,3"
    assert number(12345.5, "pt-BR") == "12.345,5"


def test_a_unit_is_escaped_for_the_output_it_goes_to() -> None:
    assert measure(3, "*stars*", "en", escape=lambda s: s.replace("*", "\\*")) == (
        f"3{NBSP}\\*stars\\*"
    )
