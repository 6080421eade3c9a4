"""Unknown-key suggestions name only close matches, never unrelated keys."""

from __future__ import annotations

import pytest

from cxdocs.content.validation.suggest import KEY_CUTOFF, did_you_mean

PERSONA_KEYS = ["id", "name", "role", "goals", "pains", "tags", "focus", "channels"]
STEP_KEYS = ["id", "title", "actions", "emotion", "channels", "touchpoints"]


@pytest.mark.parametrize(
    ("word", "keys", "expected"),
    [
        ("bogus", PERSONA_KEYS, ""),
        ("traits", PERSONA_KEYS, ""),
        ("motivations", STEP_KEYS, ""),
        ("titel", STEP_KEYS, "; did you mean 'title'?"),
        ("emoton", STEP_KEYS, "; did you mean 'emotion'?"),
        ("chanels", PERSONA_KEYS, "; did you mean 'channels'?"),
        ("goal", PERSONA_KEYS, "; did you mean 'goals'?"),
    ],
)
def test_unknown_key_suggests_only_close_matches(word: str, keys: list[str], expected: str) -> None:
    assert str(did_you_mean(word, keys, KEY_CUTOFF)) == expected
