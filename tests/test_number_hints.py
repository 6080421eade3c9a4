"""Hints for text where a number belongs fit what was written, and name the field."""

from __future__ import annotations

import pytest

from cxdocs.content.validation.numbers import number_hint


@pytest.mark.parametrize(
    ("field", "written", "hint"),
    [
        ("target", "3%", 'write the number alone and the unit apart: target: 3, unit: "%"'),
        ("value", "85%", 'write the number alone and the unit apart: value: 85, unit: "%"'),
        ("value", "3 min", "write the number alone and the unit apart: value: 3, unit: min"),
        ("value", "12€", "write the number alone and the unit apart: value: 12, unit: €"),
        ("value", "1/2", "a fraction is not a number in YAML: write value: 0.5"),
        (
            "value",
            "3.0.1",
            "write a number such as 4.5 (a decimal point, no unit); text belongs in a note",
        ),
    ],
)
def test_number_hint_fits_the_mistake(field: str, written: str, hint: str) -> None:
    assert number_hint(field, written).text() == hint
