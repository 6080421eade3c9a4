"""Every problem code, from a fixture repository, against its exact golden output.

Each folder under fixtures/invalid/ is laid over the clean base repository;
`cxdocs check --strict` must print exactly its expected.txt (stdout, then
stderr, then the exit code). Regenerate with `pytest --update-golden`
and review the diff.

The schema hints (`content.validation.rules.RULES`) and the YAML syntax
diagnoses (`content.yaml.syntax.SYNTAX_RULES`) are ordered tables of small
rules, and every rule names the fixture whose output it words: that fixture's
golden test fails unless the rule answers it, so a rule an earlier one
shadows, or a rule without a fixture, is caught.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cxdocs.content.kinds import KINDS
from cxdocs.content.model import ID_AS_NUMBER, Settings
from cxdocs.content.validation import rules
from cxdocs.content.validation.numbers import WHOLE_NUMBER_FIELDS
from cxdocs.content.yaml import syntax
from tests.conftest import FIXTURES, make_repo
from tests.helpers import matches_golden

INVALID = sorted(p for p in (FIXTURES / "invalid").iterdir() if p.is_dir())

# rule name -> the fixture whose output it words
SCHEMA_FIXTURES = {
    "missing-field": "missing-field",
    "unknown-key": "unknown-key",
    "not-an-option": "invalid-value",
    "emotion-range": "out-of-range",
    "count-range": "whole-number-settings",
    "text-too-long": "text-too-long",
    "empty-list": "empty-list",
    "list-too-long": "too-many-whys",
    "bad-id": "bad-id",
    "empty-label": "empty-label",
    "not-whole": "numbers-settings",
    "not-a-number": "not-a-number",
    "fraction": "numbers-yaml12",
    "not-finite": "not-finite",
    "not-a-flag": "wrong-type",
    "model-rule": "incomplete-nps",
    "wrong-type": "downloads-not-a-list",
}
SYNTAX_FIXTURES = {
    "nesting-depth": "yaml-nesting-depth",
    "multiple-documents": "multiple-documents",
    "undefined-alias": "yaml-undefined-alias",
    "bad-escape": "yaml-bad-escape",
    "quote-never-closed": "yaml-unclosed-quote",
    "tab": "yaml-tabs",
    "colon-on-next-line": "yaml-colon-on-next-line",
    "unclosed-bracket": "yaml-unclosed-bracket",
    "quote-runs-on": "yaml-quote-closed-later",
    "text-after-quote": "yaml-quote-apostrophe",
    "no-space-after-colon": "yaml-no-space-after-colon",
    "colon-in-text": "yaml-colon-in-text",
    "indented-under-text": "yaml-indented-under-text",
    "alias-or-anchor": "yaml-alias-or-anchor",
    "bracket-too-many": "yaml-bracket-too-many",
    "indicator": "yaml-indicator",
    "key-without-colon": "yaml-key-without-colon",
    "libyaml-words": "yaml-syntax",
}
RULE_OF: dict[str, list[str]] = {}  # fixture -> the rules it is for
for _rule, _fixture in [*SCHEMA_FIXTURES.items(), *SYNTAX_FIXTURES.items()]:
    RULE_OF.setdefault(_fixture, []).append(_rule)


@pytest.mark.parametrize("fixture", INVALID, ids=[p.name for p in INVALID])
def test_problem_output_matches_golden(
    fixture: Path,
    tmp_path: Path,
    run_cli: Callable[..., tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fired: list[str] = []
    monkeypatch.setattr(rules, "RULES", spied(rules.RULES, fired))
    monkeypatch.setattr(syntax, "SYNTAX_RULES", spied(syntax.SYNTAX_RULES, fired))
    repo = make_repo(tmp_path, fixture)
    monkeypatch.chdir(repo)
    code, out, err = run_cli("check", "--strict")
    for name in RULE_OF.get(fixture.name, ()):
        assert name in fired, f"rule {name} never answered (these did: {fired})"
    matches_golden(fixture / "expected.txt", f"{out}{err}exit: {code}\n")


def test_every_code_has_a_fixture() -> None:
    """A code that no fixture triggers is a code nobody has seen work."""
    documented = set()
    for line in (
        (Path(__file__).parent.parent / "docs" / "guide" / "problems.md").read_text().splitlines()
    ):
        if line.startswith("| `") and "` |" in line:
            documented.add(line.split("`")[1])
    seen = set()
    for fixture in INVALID:
        text = (fixture / "expected.txt").read_text(encoding="utf-8")
        for code in documented:
            if f"[{code}]" in text:
                seen.add(code)
    # These need a pipe, a link (fixtures are copied without links) or a huge
    # file: tested in test_load.py.
    untested = documented - seen - {"unreadable-file", "file-too-large", "not-a-file", "link-loop"}
    assert not untested, f"codes without a fixture: {sorted(untested)}"
    assert len(documented) >= 30


def test_every_rule_has_a_fixture() -> None:
    assert list(SCHEMA_FIXTURES) == [rule.name for rule in rules.RULES]
    assert list(SYNTAX_FIXTURES) == [rule.name for rule in syntax.SYNTAX_RULES]
    for fixture in [*SCHEMA_FIXTURES.values(), *SYNTAX_FIXTURES.values()]:
        assert (FIXTURES / "invalid" / fixture / "expected.txt").is_file(), fixture


def spied(table: tuple[Any, ...], fired: list[str]) -> tuple[Any, ...]:
    """`table` with each rule noting its name in `fired` when it answers."""

    def spy(rule: Any) -> Callable[[Any], Any]:
        def check(context: Any) -> Any:
            found = rule.check(context)
            if found is not None:
                fired.append(rule.name)
            return found

        return check

    return tuple(rule._replace(check=spy(rule)) for rule in table)


def _bounded(schema: Any) -> set[str]:
    """The properties anywhere in a JSON Schema that have a lower or upper bound."""
    found: set[str] = set()
    if isinstance(schema, dict):
        for name, prop in schema.get("properties", {}).items():
            # An id written as a whole number (`id: 12`) is text to check: not a bound.
            shown = str(prop).replace(str(dict(sorted(ID_AS_NUMBER.items()))), "")
            if any(b in shown for b in ("'minimum'", "'maximum'", "'exclusiveM")):
                found.add(name)
        for value in schema.values():
            found |= _bounded(value)
    elif isinstance(schema, list):
        for value in schema:
            found |= _bounded(value)
    return found


def test_every_bounded_number_has_a_range_rule() -> None:
    """Out-of-range numbers are worded by field (emotion, counts): a new bounded
    field needs its own rule and fixture, or it would read as a wrong type."""
    schemas = [model.model_json_schema() for model in (*KINDS.values(), Settings)]
    bounded = set().union(*(_bounded(schema) for schema in schemas))
    assert bounded == {"emotion", *WHOLE_NUMBER_FIELDS}


def _damage_every_cache_entry(repo: Path) -> int:
    """Cut, garble or empty every entry of the reuse cache; how many there were."""
    entries = sorted((repo / ".cache").rglob("*.*")) if (repo / ".cache").is_dir() else []
    for index, entry in enumerate(p for p in entries if p.is_file()):
        data = entry.read_bytes()
        damaged = (data[: len(data) // 2], data[:-1] + b"x", b"")[index % 3]
        entry.write_bytes(damaged)
    return len(entries)


@pytest.mark.parametrize("fixture", INVALID, ids=[p.name for p in INVALID])
def test_reused_documents_report_exactly_what_a_fresh_check_reports(
    fixture: Path,
    tmp_path: Path,
    run_cli: Callable[..., tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`cxdocs check` keeps each file's document in the cache folder and reuses
    it while the file's bytes stay the same: with or without that (and with a
    damaged cache), every fixture's report is the same."""
    repo = make_repo(tmp_path, fixture)
    monkeypatch.chdir(repo)
    fresh = run_cli("check", "--strict", "--no-cache")
    assert not (repo / ".cache").exists()  # --no-cache keeps nothing
    assert run_cli("check", "--strict") == fresh  # reads every file, keeps them
    assert run_cli("check", "--strict") == fresh  # reuses what it kept
    damaged = _damage_every_cache_entry(repo)
    # Only unusable settings, or a cache_dir inside content, leave nothing kept.
    assert damaged > 0 or fresh[0] == 2 or "unsafe-cache-dir" in fresh[1]
    assert not (repo / "personas" / ".diagrams").exists()  # never written into content
    assert run_cli("check", "--strict") == fresh  # damaged: read again, healed
    assert run_cli("check", "--strict") == fresh
