"""One broken part never hides another, and suggestions name only what exists.

Table-driven: each row is a file with one kind of damage (a missing field, an
incomplete NPS, a value of the wrong type...) next to reference mistakes;
every mistake must be reported at its line with its code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdocs.content.checks.run import run_checks
from cxdocs.content.settings.reader import read_config
from cxdocs.content.validation.suggest import known_list
from tests.conftest import make_repo
from tests.helpers import check_repo

JOURNEY = """\
title: Damaged
persona: {persona}
stages:
  - name: Buy
    steps:
      - id: pays
        action: Pays
        channel: {channel}
        emotion: 1
{damage}
actions:
  - id: fix
    title: Fix
    owner: {owner}
    addresses: [pays, {address}]
"""

# (damage lines under the first step, its code, the line it is reported at)
DAMAGE = [
    ("        metrics: [{name: NPS, promoters: 10}]", "incomplete-nps", 10),
    (
        "        metrics: [{name: NPS, promoters: 0, passives: 0, detractors: 0}]",
        "incomplete-nps",
        10,
    ),
    ("        metrics: [{name: CSAT}]", "metric-without-value", 10),
    ("        metrics: [{value: 3}]", "missing-field", 10),
    ("        metrics: [{name: NPS, value: lots}]", "not-a-number", 10),
    ("        metrics: 12", "wrong-type", 10),
    ("        emotion_score: 2", "unknown-key", 10),
    ("        pain_points: [{severity: high}]", "missing-field", 10),
    ("        pain_points: [{text: x, severity: huge}]", "invalid-value", 10),
    ("        pain_points: [[a, b]]", "wrong-type", 10),
    ("        moment_of_truth: maybe", "wrong-type", 10),
    ("      - channel: app", "missing-field", 10),
    ("      - {}", "missing-field", 10),
    ("      - just text", "wrong-type", 10),
    ("      - action: [a, list]", "wrong-type", 10),
    ("  - steps: [{action: Waits}]", "missing-field", 10),
    ("  - name: Empty\n    steps: []", "empty-list", 11),
    ("  - name: Nothing", "missing-field", 10),
]


@pytest.mark.parametrize(("damage", "code", "line"), DAMAGE)
def test_damage_never_hides_reference_mistakes(
    tmp_path: Path, damage: str, code: str, line: int
) -> None:
    text = JOURNEY.format(
        persona="anna", channel="wep", owner="logistcs", address="pais", damage=damage
    )
    found = {(p[1], p[2]) for p in check_repo(tmp_path, {"journeys/damaged.yaml": text})}
    lines = text.splitlines()
    owner = next(n for n, t in enumerate(lines, 1) if t.strip().startswith("owner:"))
    assert (line, code) in found, found
    assert {
        (2, "unknown-reference"),  # persona
        (8, "unknown-reference"),  # channel
        (owner, "unknown-reference"),  # the action's owner
        (owner + 1, "unknown-reference"),  # addresses
    } <= found, found


def test_a_journey_that_cannot_be_read_does_not_make_its_persona_unused(tmp_path: Path) -> None:
    problems = check_repo(
        tmp_path,
        {
            "personas/bruno.yaml": "name: Bruno\n",
            "journeys/broken.yaml": 'title: "Broken\npersona: bruno\nstages: []\n',
        },
    )
    assert [p[2] for p in problems] == ["yaml-syntax"]


def test_an_unused_persona_is_still_reported_beside_a_broken_journey(tmp_path: Path) -> None:
    problems = check_repo(
        tmp_path,
        {
            "personas/bruno.yaml": "name: Bruno\n",
            "personas/carla.yaml": "name: Carla\n",
            "journeys/broken.yaml": 'title: "Broken\npersona: bruno\nstages: []\n',
        },
    )
    assert [(p[0], p[2]) for p in problems] == [
        ("journeys/broken.yaml", "yaml-syntax"),
        ("personas/carla.yaml", "unused-persona"),
    ]


BROKEN_JOURNEY = (
    "title: Café\npersona: bruno\nstages:\n  - name: Buy\n    steps: [{action: Pays}]\n"
)
# (name of the variant, the journey file's bytes, its file name, the code it gets)
UNREADABLE = [
    (f"{codec}{'-bom' if bom else ''}", (bom + BROKEN_JOURNEY).encode(codec), "x.yaml", "not-utf8")
    for codec in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
    for bom in ("\ufeff", "")
] + [
    ("latin-1", BROKEN_JOURNEY.encode("latin-1"), "x.yaml", "not-utf8"),
    ("crlf-latin-1", BROKEN_JOURNEY.replace("\n", "\r\n").encode("latin-1"), "x.yaml", "not-utf8"),
    (
        "comment-latin-1",
        BROKEN_JOURNEY.replace("bruno", "'bruno'  # who").encode("latin-1"),
        "x.yaml",
        "not-utf8",
    ),
    ("utf-8-bom-nul", ("\ufeff" + BROKEN_JOURNEY + "\0").encode(), "x.yaml", "control-character"),
    ("conflict", (BROKEN_JOURNEY + "<<<<<<< HEAD\n").encode(), "x.yaml", "merge-conflict"),
    ("md-unclosed", ("---\n" + BROKEN_JOURNEY).encode(), "x.md", "unclosed-front-matter"),
    ("md-utf-16", ("---\n" + BROKEN_JOURNEY + "---\n").encode("utf-16"), "x.md", "not-utf8"),
]


@pytest.mark.parametrize(
    ("name", "raw", "file", "code"), UNREADABLE, ids=[u[0] for u in UNREADABLE]
)
def test_a_journey_in_any_encoding_still_names_its_persona(
    tmp_path: Path, name: str, raw: bytes, file: str, code: str
) -> None:
    repo = make_repo(tmp_path)
    (repo / "personas" / "bruno.yaml").write_text("name: Bruno\n", encoding="utf-8")
    (repo / "journeys" / file).write_bytes(raw)
    result = run_checks(read_config(repo / "mkdocs.yml"))
    assert [(p.path, p.code) for p in result.problems] == [(f"journeys/{file}", code)]


# (field written, the value, what the suggestion must name)
SUGGESTIONS = [
    ("channel", "E-mail", "did you mean 'email' (its label)?"),
    ("channel", "e-mail", "did you mean 'email' (its label)?"),
    ("channel", "E-MAIL", "did you mean 'email' (its label)?"),
    ("channel", "Mobile app", "did you mean 'app' (its label)?"),
    ("channel", "mobile  app", "did you mean 'app' (its label)?"),
    ("channel", "WhatsApp", "did you mean 'whatsapp'?"),
    ("channel", "Web", "did you mean 'web'?"),
    ("channel", "wep", "did you mean 'web'?"),
    ("channel", "Websight", "did you mean 'web' (label 'Website')?"),
    ("channel", "telegram", ""),
    ("persona", "Ana Souza", "did you mean 'ana' (its name)?"),
    ("persona", "ana souza", "did you mean 'ana' (its name)?"),
    ("persona", "Ana", "did you mean 'ana'?"),
    ("persona", "anna", "did you mean 'ana'?"),
    ("persona", "Ana Sousa", "did you mean 'ana' (name 'Ana Souza')?"),
    ("persona", "zeca", ""),
    ("owner", "E-commerce team", "did you mean 'ecommerce' (its label)?"),
    ("owner", "ERP (system)", "did you mean 'erp' (its label)?"),
    ("owner", "Logistics", "did you mean 'logistics'?"),
    ("owner", "42", ""),
]


@pytest.mark.parametrize(("field", "value", "expected"), SUGGESTIONS)
def test_suggestions_name_the_id_of_a_label_or_name(
    tmp_path: Path, field: str, value: str, expected: str
) -> None:
    values = {"persona": "ana", "channel": "web", "owner": "ecommerce", "address": "pays"}
    values[field] = f'"{value}"'
    text = JOURNEY.format(damage="", **values)
    problems = check_repo(
        tmp_path,
        {
            "journeys/damaged.yaml": text,
            "mkdocs.yml": "site_name: F\nplugins:\n  - cxdocs:\n      channels: {web: Website, "
            "app: Mobile app, whatsapp: WhatsApp, email: E-mail}\n      actors: {ecommerce: "
            "E-commerce team, logistics: Logistics, erp: ERP (system)}\n",
        },
    )
    [problem] = [p for p in problems if p[2] == "unknown-reference"]
    message = problem[3]
    what = {"owner": "actor"}.get(field, field)
    assert message.startswith(f"{what} '{value}' is not defined")
    if expected:
        assert message.endswith(expected)
    else:
        assert "did you mean" not in message
    assert message.count(f"'{value}'") == 1  # the value is never repeated back


def test_improves_suggests_and_lists_only_other_current_journeys(tmp_path: Path) -> None:
    future = (
        "title: Future\npersona: ana\nstate: future\nimproves: {target}\n"
        "stages: [{{name: A, steps: [{{action: B, emotion: 1}}]}}]\n"
    )
    problems = check_repo(
        tmp_path,
        {
            "journeys/first-purchase-future.yaml": future.format(target="first-purchase-futur"),
            "journeys/other-future.yaml": future.format(target="first-purchase"),
        },
    )
    [problem] = [p for p in problems if p[2] == "unknown-reference"]
    assert "did you mean 'first-purchase'?" in problem[3]
    assert problem[4].endswith("(known: first-purchase)")


def test_known_lists_stop_at_twenty() -> None:
    names = [f"c{n:02d}" for n in range(45)]
    text = str(known_list(names))
    assert text.endswith(", c19 and 25 more")
    assert text.count(",") == 19
    assert known_list(["b", "a", "a"]) == "a, b"


def test_a_long_list_of_known_ids_in_a_hint(tmp_path: Path) -> None:
    channels = ", ".join(f"c{n:02d}: C{n}" for n in range(30))
    problems = check_repo(
        tmp_path,
        {
            "journeys/damaged.yaml": JOURNEY.format(
                persona="ana", channel="zz", owner="ecommerce", address="pays", damage=""
            ),
            "mkdocs.yml": "site_name: F\nplugins:\n  - cxdocs:\n"
            f"      channels: {{{channels}}}\n      actors: {{ecommerce: E}}\n",
        },
    )
    [problem] = [p for p in problems if p[0] == "journeys/damaged.yaml"]
    assert problem[4].endswith("c18, c19 and 10 more)")


def test_a_missing_id_is_implied_only_where_a_name_would_give_it(tmp_path: Path) -> None:
    text = (
        "title: T\npersona: ana\nstages:\n  - steps: [{emotion: 1}]\nactions:\n  - {title: Fix}\n"
    )
    problems = check_repo(tmp_path, {"journeys/ids.yaml": text})
    missing = sorted((p[1], p[3].split("'")[-2]) for p in problems if p[2] == "missing-field")
    # A step and a stage take their id from action / name: only those are asked
    # for. An action's id is its own: both of its missing fields are reported.
    assert missing == sorted([(4, "name"), (4, "action"), (6, "id"), (6, "owner")])
