"""The position-keeping YAML reader: positions, aliases, limits, hostile input."""

from __future__ import annotations

import pytest
import yaml

from cxdocs.content.yaml.source import MAX_DEPTH, Position, parse_yaml
from tests.conftest import ROOT


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


def test_scalars_resolve_by_the_yaml_1_2_core_schema() -> None:
    parsed = parse_yaml("a: 1\nb: 1.5\nc: true\nd: null\ne: '2'\nf: 2024-05-01\ng: no\n")
    assert parsed.data == {
        "a": 1,
        "b": 1.5,
        "c": True,
        "d": None,
        "e": "2",
        "f": "2024-05-01",
        "g": "no",
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
    assert parsed.issue is not None and parsed.issue.code == "control-character"
    assert parsed.issue.position == Position(1, 8)
    assert "BEL (U+0007)" in parsed.issue.message


def test_plain_scalars_keep_the_text_they_were_written_as() -> None:
    parsed = parse_yaml("zip: 02134\nrenda: 5.000\nwait: 1:30\nx: .inf\nhex: 0x1F\nn: 1_000\n")
    data = parsed.data
    assert data == {
        "zip": 2134,
        "renda": 5.0,
        "wait": "1:30",
        "x": float("inf"),
        "hex": 31,
        "n": "1_000",
    }
    assert [str(v) for v in data.values()] == ["02134", "5.000", "1:30", ".inf", "0x1F", "1_000"]


def test_mapping_keys_are_always_text() -> None:
    parsed = parse_yaml("off: Offline\n1: One\nnull: Nothing\ntrue: Yes\n")
    assert parsed.data == {"off": "Offline", "1": "One", "null": "Nothing", "true": "Yes"}


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_unicode_line_separators_are_text_and_do_not_shift_lines(separator: str) -> None:
    text = f"a: one{separator}two\nb: 'x{separator}y'\nc: [p{separator}q]\nd: z\n"
    parsed = parse_yaml(text)
    assert parsed.issue is None
    assert parsed.data == {
        "a": f"one{separator}two",
        "b": f"x{separator}y",
        "c": [f"p{separator}q"],
        "d": "z",
    }
    assert parsed.source.value(("d",)) == Position(4, 4)
    assert parsed.source.key(("c",)) == Position(3, 1)


def test_positions_found_later_match_a_careful_read() -> None:
    from cxdocs.content.yaml import events as yamlevents
    from cxdocs.content.yaml.source import SourceMap

    text = (ROOT / "journeys" / "first-purchase.yaml").read_text(encoding="utf-8")
    quick = parse_yaml(text)
    careful = SourceMap()
    data = yamlevents.build(text, yaml.CSafeLoader, careful, False, {})
    assert data == quick.data
    assert {p: (m.line, m.column) for p, m in quick.source.values.items()} == {
        p: (m.line, m.column) for p, m in careful.values.items()
    }


def test_an_alias_is_positioned_where_it_is_written() -> None:
    parsed = parse_yaml("a: &x [1, 2]\nb: *x\nc: 3\n")
    assert parsed.data == {"a": [1, 2], "b": [1, 2], "c": 3}
    assert parsed.source.value(("b",)) == Position(2, 4)
