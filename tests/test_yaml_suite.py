"""The YAML test suite (github.com/yaml/yaml-test-suite, vendored in
tests/fixtures/yaml-test-suite with its licence) through cxdocs' reader.

- No input crashes the reader: every case, and mutations of each (cut short,
  a character dropped, a `: ` or a quote put in), read as every kind of
  content file the way `cxdocs check` reads them, positions included.
- Every valid case that libyaml accepts is read with the data the suite
  expects, apart from the refusals the format documents (tags, several
  documents, an entry without a value inside { }) and a few cases where
  libyaml itself reads the text otherwise (listed below, each checked to be
  libyaml's own reading).
- The fast reader and the event reader (used for aliases, and to find
  positions) agree on every case.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from cxdocs.content.kinds import KINDS
from cxdocs.content.load import Document, parse_document
from cxdocs.content.validation.validate import validate
from cxdocs.content.yaml import events
from cxdocs.content.yaml.base import SourceMap, Stop
from cxdocs.content.yaml.source import _Loader, parse_yaml
from tests.conftest import FIXTURES

SUITE: list[dict[str, Any]] = json.loads(
    (FIXTURES / "yaml-test-suite" / "suite.json").read_text(encoding="utf-8")
)
BY_ID = {case["id"]: case for case in SUITE}

# Documented refusals (docs/guide/format.md): the start of each one's message.
REFUSALS = (
    "the file holds more than one YAML document",  # one object per file
    "unsupported YAML tag",  # only !!str, !!int, !!float, !!bool, !!null
)
# `{ a, b: c }`: an entry without a value inside { } (or a pair in [ ], `[?x]`)
# is mostly a comma meant as text, and is reported as such.
UNQUOTED_COMMA = "has no value: inside "  # { } or [ ]
# Where libyaml (PyYAML's C parser, which cxdocs uses) reads the text unlike
# the suite: cxdocs gives libyaml's reading, checked in the test.
LIBYAML_READS_OTHERWISE = {
    "652Z": "`?foo` inside { } is read as the explicit key indicator",
    "JEF9-02": "a kept block scalar of only a line of spaces",
    "L24T-01": "trailing spaces on the last line of a block scalar",
    "Y2GN": "an anchor name holding ':'",
}
# `! 12` (the non-specific tag) is read like `12`: telling them apart would cost
# a Python call per value on every file; no content file needs it.
NON_SPECIFIC_TAG = {"S4JQ"}


def _documents(text: str) -> list[Any]:
    decoder, found, index = json.JSONDecoder(), [], 0
    text = text.strip()
    while index < len(text):
        value, index = decoder.raw_decode(text, index)
        found.append(value)
        while index < len(text) and text[index].isspace():
            index += 1
    return found


def _libyaml_accepts(text: str) -> bool:
    try:
        list(yaml.parse(text, Loader=yaml.CSafeLoader))
    except yaml.YAMLError:
        return False
    return True


def _read_as_check(text: str, kind: str) -> None:
    """Read `text` as `cxdocs check` reads a content file; every problem located."""
    doc = Document(path=Path(f"{kind}s/case.yaml"), rel=f"{kind}s/case.yaml", kind=kind, data=None)
    doc = parse_document(doc, text.encode("utf-8", "surrogatepass"))
    problems = list(doc.problems)
    if doc.data is not None:
        problems += validate(doc, KINDS[kind]).problems
    for problem in problems:
        assert problem.line >= 1 and problem.col >= 1 and problem.message


def _mutations(text: str, rng: random.Random) -> list[str]:
    if not text:
        return [":", "{", "- [", "!!int 7: x", "!!null : x"]
    at = rng.randrange(len(text))
    return [
        text[: len(text) // 3],
        text[: 2 * len(text) // 3],
        text[:at] + text[at + 1 :],
        text[:at] + ": " + text[at:],
        text[:at] + rng.choice("\"'{[&*!|>#") + text[at:],
    ]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_no_case_and_no_mutation_crashes_the_reader(kind: str) -> None:
    rng = random.Random(26)
    for case in SUITE:
        for text in [case["yaml"], *_mutations(case["yaml"], rng)]:
            try:
                _read_as_check(text, kind)
            except Exception as error:  # pragma: no cover - the failure report
                pytest.fail(f"{case['id']} ({case['name']}): {error!r} reading {text!r}")


VALID = [
    case
    for case in SUITE
    if not case["fail"] and case["json"] is not None and _libyaml_accepts(case["yaml"])
]


def test_the_suite_is_there() -> None:
    assert len(SUITE) > 350 and len(VALID) > 200


@pytest.mark.parametrize("case", VALID, ids=[c["id"] for c in VALID])
def test_a_valid_case_is_read_as_the_suite_expects(case: dict[str, Any]) -> None:
    parsed = parse_yaml(case["yaml"])
    expected = _documents(case["json"])
    if parsed.issue is not None:
        message = parsed.issue.message
        assert message.startswith(REFUSALS) or UNQUOTED_COMMA in message, message
        if UNQUOTED_COMMA in message:  # `{ a, b: c }`, or a pair in [ ]: `[?x]`
            assert "{" in case["yaml"] or "[?" in case["yaml"]
        elif message.startswith("unsupported YAML tag"):
            assert "!" in case["yaml"]
        else:
            assert len(expected) > 1
        return
    if case["id"] in LIBYAML_READS_OTHERWISE:
        assert parsed.data != expected[0]
        assert parsed.data == yaml.load(case["yaml"], Loader=yaml.CSafeLoader)
        return
    if case["id"] in NON_SPECIFIC_TAG:
        assert parsed.data != expected[0]
        return
    assert parsed.data == (expected[0] if expected else None)


@pytest.mark.parametrize("case", SUITE, ids=[c["id"] for c in SUITE])
def test_the_event_reader_agrees_with_the_fast_one(case: dict[str, Any]) -> None:
    parsed = parse_yaml(case["yaml"])
    if parsed.issue is not None:
        return
    try:
        again = events.build(case["yaml"], _Loader, SourceMap(), False, {})
    except (Stop, yaml.YAMLError) as error:
        pytest.fail(f"the event reader stops where the fast one did not: {error!r}")
    assert again == parsed.data
