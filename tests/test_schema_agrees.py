"""The editor schemas (`cxdocs schema`) and `cxdocs check` give one verdict.

Each case is a small document and the verdict both must give: the document is
read by cxdocs' reader, then validated against the JSON Schema (with the
`jsonschema` library, as an editor would) and by check's own validation of a
single file. Text written as a number or `true`, booleans written loosely,
Portuguese synonyms in any case, and the length limit on the short (string)
forms of lane items and pain points are the questions where they used to
disagree. check's words for every refused case are a golden file,
tests/golden/schema-verdicts.txt.
"""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from cxdocs.content.editor_schema import schema_for
from cxdocs.content.kinds import KINDS
from cxdocs.content.load import load_document
from cxdocs.content.model import MAX_TEXT, slugify
from cxdocs.content.problems import format_text
from cxdocs.content.validation.validate import validate
from tests.helpers import matches_golden

GOLDEN = Path(__file__).parent / "golden" / "schema-verdicts.txt"
LONG = "x" * (MAX_TEXT + 1)
FITS = "x" * MAX_TEXT

PERSONA = "name: Ana\n"
JOURNEY = "title: T\npersona: ana\nstages:\n  - name: S\n    steps:\n      - action: A\n"
BLUEPRINT = "title: B\nphases:\n  - name: P\n    customer:\n      - Pays\n"


def _step(extra: str) -> str:
    return JOURNEY + "".join(f"        {line}\n" for line in extra.splitlines())


def _item(item: str) -> str:
    return f"title: B\nphases:\n  - name: P\n    backstage:\n      - {item}\n"


# name: (kind, document, valid?)
CASES: dict[str, tuple[str, str, bool]] = {
    # Text written as something else: shown as written.
    "text as an integer": ("persona", "name: 007\n", True),
    "text as a float": ("persona", "name: 5.000\n", True),
    "text as true": ("persona", "name: true\n", True),
    "text as false in a list": ("persona", PERSONA + "traits: [false, kind]\n", True),
    "text as null": ("persona", "name: null\n", False),
    "text as a list": ("persona", "name: [a]\n", False),
    "action as a number": ("journey", _step("thinks: 42"), True),
    "narrative as a number": ("persona", PERSONA + "description: 12\n", True),
    "a number where an id goes": ("journey", JOURNEY.replace("persona: ana", "persona: 7"), True),
    "a negative number as a step id": ("journey", _step("id: -7"), False),
    "a number as a step id": ("journey", _step("id: 12"), True),
    # Booleans: true/false, or the Portuguese sim/não in any case; nothing else.
    "draft true": ("persona", PERSONA + "draft: true\n", True),
    "draft yes (text)": ("persona", PERSONA + 'draft: "yes"\n', False),
    "draft yes (plain)": ("persona", PERSONA + "draft: yes\n", False),
    "draft 1": ("persona", PERSONA + "draft: 1\n", False),
    "draft 'true' quoted": ("persona", PERSONA + 'draft: "true"\n', False),
    "draft sim": ("persona", PERSONA + "draft: sim\n", True),
    "draft Não": ("journey", JOURNEY + "draft: Não\n", True),
    "draft NAO": ("blueprint", BLUEPRINT + "draft: NAO\n", True),
    "moment of truth yes": ("journey", _step("moment_of_truth: yes"), False),
    "moment of truth SIM": ("journey", _step("moment_of_truth: SIM"), True),
    "moment of truth 0": ("journey", _step("moment_of_truth: 0"), False),
    "lanes metrics sim": ("journey", JOURNEY + "lanes: {metrics: sim}\n", True),
    "lanes actions on": ("journey", JOURNEY + "lanes: {actions: on}\n", False),
    "fail point true": ("blueprint", _item("{text: T, fail_point: true}"), True),
    "fail point sim": ("blueprint", _item("{text: T, fail_point: sim}"), True),
    "fail point text": ("blueprint", _item("{text: T, fail_point: Card declined}"), True),
    "fail point number": ("blueprint", _item("{text: T, fail_point: 3}"), True),
    "fail point list": ("blueprint", _item("{text: T, fail_point: [a]}"), False),
    "fail point too long": ("blueprint", _item(f"{{text: T, fail_point: {LONG}}}"), False),
    # Issue 24: ranked fail points, labelled hand-offs, `serves`, phases named by their stage.
    "fail point ranked": (
        "blueprint",
        _item("{text: T, fail_point: {text: F, severity: high}}"),
        True,
    ),
    "fail point, severity only": (
        "blueprint",
        _item("{text: T, fail_point: {severity: alta}}"),
        True,
    ),
    "fail point, bad severity": (
        "blueprint",
        _item("{text: T, fail_point: {severity: huge}}"),
        False,
    ),
    "fail point, object too long": (
        "blueprint",
        _item(f"{{text: T, fail_point: {{text: {LONG}}}}}"),
        False,
    ),
    "hand-offs, ids and labels mixed": (
        "blueprint",
        _item("{text: T, to: [a, {id: b, label: order id}, {id: 7}]}"),
        True,
    ),
    "hand-off without its id": ("blueprint", _item("{text: T, to: [{label: order id}]}"), False),
    "hand-off label too long": (
        "blueprint",
        _item(f"{{text: T, to: [{{id: a, label: {LONG}}}]}}"),
        False,
    ),
    "serves an action": ("blueprint", _item("{text: T, serves: pays}"), True),
    "phase without a name": (
        "blueprint",
        "title: B\nphases:\n  - id: buy\n    customer: [Pays]\n  - stage: receive\n",
        True,
    ),
    # Closed vocabularies: English exactly, Portuguese in any case or accents.
    "severity high": ("journey", _step("pain_points: [{text: P, severity: high}]"), True),
    "severity High": ("journey", _step("pain_points: [{text: P, severity: High}]"), False),
    "severity Alta": ("journey", _step("pain_points: [{text: P, severity: Alta}]"), True),
    "severity MEDIA": ("journey", _step("pain_points: [{text: P, severity: MEDIA}]"), True),
    "severity altissima": (
        "journey",
        _step("pain_points: [{text: P, severity: altíssima}]"),
        False,
    ),
    "state Futuro": ("journey", JOURNEY + "state: Futuro\nimproves: x\n", True),
    "status Em Andamento": (
        "journey",
        JOURNEY + "actions:\n  - {id: a, title: A, owner: x, status: Em Andamento}\n",
        True,
    ),
    # Lengths: the short forms as limited as the long ones.
    "pain point, string, at the limit": ("journey", _step(f"pain_points: [{FITS}]"), True),
    "pain point, string, too long": ("journey", _step(f"pain_points: [{LONG}]"), False),
    "pain point, object, too long": ("journey", _step(f"pain_points: [{{text: {LONG}}}]"), False),
    "opportunity, string, too long": ("journey", _step(f"opportunities: [{LONG}]"), False),
    "opportunity, object, too long": (
        "journey",
        _step(f"opportunities: [{{text: {LONG}}}]"),
        False,
    ),
    "lane item, string, at the limit": ("blueprint", _item(FITS), True),
    "lane item, string, too long": ("blueprint", _item(LONG), False),
    "lane item, object, too long": ("blueprint", _item(f"{{text: {LONG}}}"), False),
    "evidence, string, too long": (
        "blueprint",
        f"title: B\nphases:\n  - name: P\n    evidence: [{LONG}]\n",
        False,
    ),
    "action too long": ("journey", _step(f"thinks: {LONG}"), False),
    # Shapes both always agreed on (kept so they stay so).
    "unknown key": ("persona", PERSONA + "nmae: x\n", False),
    "emotion 3": ("journey", _step("emotion: 3"), False),
    "emotion as text": ("journey", _step('emotion: "1"'), False),
    "emotion true": ("journey", _step("emotion: true"), False),
}


def _write(folder: Path, name: str) -> Path:
    kind, text, _ = CASES[name]
    path = folder / f"{kind}s" / f"{slugify(name)}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _check_verdict(path: Path, kind: str) -> list[str]:
    """check's errors for one file: reading it, then validating it."""
    doc = load_document(path, path.parent.parent, kind)
    problems = list(doc.problems)
    if doc.data is not None:
        problems += validate(doc, KINDS[kind]).problems
    return [format_text(p).replace(LONG, "x" * 5 + "...") for p in problems if p.is_error]


def _schema_verdict(path: Path, kind: str) -> list[str]:
    doc = load_document(path, path.parent.parent, kind)
    assert doc.data is not None
    validator = jsonschema.Draft202012Validator(schema_for(kind))
    return [e.message[:200] for e in validator.iter_errors(doc.data)]


@pytest.mark.parametrize("name", CASES)
def test_the_schema_and_check_give_the_same_verdict(tmp_path: Path, name: str) -> None:
    kind, _, valid = CASES[name]
    path = _write(tmp_path, name)
    by_check, by_schema = _check_verdict(path, kind), _schema_verdict(path, kind)
    assert (not by_check) == valid, by_check
    assert (not by_schema) == valid, by_schema


def test_checks_words_for_each_refused_case(tmp_path: Path) -> None:
    """Golden: what check says about every case both refuse."""
    lines = []
    for name, (kind, _, valid) in CASES.items():
        if not valid:
            lines += [f"# {name}", *_check_verdict(_write(tmp_path, name), kind), ""]
    matches_golden(GOLDEN, "\n".join(lines))
