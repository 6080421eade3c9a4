"""The position-keeping YAML reader: positions, aliases, limits, hostile input."""

from __future__ import annotations

import datetime

import pytest

from cxdocs.yamlsource import MAX_DEPTH, Position, parse_yaml


def test_positions_of_keys_and_values_are_one_based() -> None:
    parsed = parse_yaml("title: Buy\nstages:\n  - name: Discover\n    steps: [a, b]\n")
    assert parsed.issue is None
    assert parsed.source.value(("title",)) == Position(1, 8)
    assert parsed.source.key(("stages",)) == Position(2, 1)
    assert parsed.source.value(("stages", 0, "name")) == Position(3, 11)
    assert parsed.source.value(("stages", 0, "steps", 1)) == Position(4, 16)


def test_missing_path_falls_back_to_nearest_written_parent() -> None:
    parsed = parse_yaml("stages:\n  - name: Discover\n")
    assert parsed.source.value(("stages", 0, "steps", 3, "emotion")) == Position(2, 5)


def test_columns_count_characters_not_bytes() -> None:
    parsed = parse_yaml("name: São João\nrole: Ção\n")
    assert parsed.source.value(("role",)) == Position(2, 7)


def test_front_matter_offset_shifts_lines() -> None:
    parsed = parse_yaml("name: Ana\n", line_offset=1)
    assert parsed.source.value(("name",)) == Position(2, 7)


def test_scalars_resolve_like_yaml() -> None:
    parsed = parse_yaml("a: 1\nb: 1.5\nc: true\nd: null\ne: '2'\nf: 2024-05-01\n")
    assert parsed.data == {
        "a": 1,
        "b": 1.5,
        "c": True,
        "d": None,
        "e": "2",
        "f": datetime.date(2024, 5, 1),
    }


def test_small_anchors_aliases_and_merge_keys_work() -> None:
    parsed = parse_yaml("base: &b {owner: ops, status: idea}\nx:\n  <<: *b\n  status: done\n")
    assert parsed.issue is None
    assert parsed.data["x"] == {"owner": "ops", "status": "done"}


def test_duplicate_key_is_reported_at_second_occurrence() -> None:
    parsed = parse_yaml("name: A\nrole: B\nname: C\n")
    assert parsed.issue is not None
    assert parsed.issue.code == "duplicate-key"
    assert parsed.issue.position == Position(3, 1)
    assert "first at line 1" in parsed.issue.message


def test_alias_bomb_stops_early() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 10) + "]")
    parsed = parse_yaml("\n".join(lines))
    assert parsed.issue is not None and parsed.issue.code == "too-complex"


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 5_000, 100_000])
def test_deep_nesting_is_refused_without_recursion(depth: int) -> None:
    parsed = parse_yaml("x: " + "[" * depth + "]" * depth)
    assert parsed.issue is not None and parsed.issue.code == "too-deep"


def test_deep_block_nesting_is_refused() -> None:
    text = "".join(f"{'  ' * i}k{i}:\n" for i in range(200)) + "  " * 200 + "v\n"
    parsed = parse_yaml(text)
    assert parsed.issue is not None and parsed.issue.code == "too-deep"


def test_tab_indentation_gets_a_tab_hint() -> None:
    parsed = parse_yaml("stages:\n\t- name: Buy\n")
    assert parsed.issue is not None
    assert parsed.issue.code == "yaml-syntax"
    assert "tab" in parsed.issue.hint
    assert parsed.issue.position == Position(2, 1)


def test_unclosed_quote_points_at_the_opening_quote() -> None:
    parsed = parse_yaml('title: "First purchase\npersona: ana\n')
    assert parsed.issue is not None
    assert parsed.issue.position == Position(1, 8)
    assert "never closed" in parsed.issue.message


def test_unknown_tags_are_refused_in_content_but_kept_as_text_in_settings() -> None:
    refused = parse_yaml("x: !!python/object:os.system echo\n")
    assert refused.issue is not None and refused.issue.code == "yaml-syntax"
    kept = parse_yaml("x: !ENV [HOME, /tmp]\ny: !relative $config_dir\n", tolerate_tags=True)
    assert kept.issue is None
    assert kept.data["y"] == "$config_dir"


def test_control_characters_give_a_clean_problem() -> None:
    parsed = parse_yaml("name: a\x07b\n")
    assert parsed.issue is not None and parsed.issue.code == "yaml-syntax"
