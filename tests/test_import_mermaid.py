"""Mermaid journeys as Mermaid's own documentation writes them, read as Mermaid reads them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.content.model import Journey
from cxdocs.interop.draft import Draft, Report
from cxdocs.interop.mermaid import journey_mermaid, read_mermaid

Run = Callable[..., tuple[int, str, str]]

WORKING_DAY = """\
journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""


def _read(text: str) -> tuple[Draft, Report]:
    report = Report("day.mmd")
    return read_mermaid(text, False, report), report


def _tasks(draft: Draft) -> list[tuple[str, str, str]]:
    return [
        (
            stage.name.text,
            step.cells["action"].text,
            step.cells["actors"].text if "actors" in step.cells else "",
        )
        for stage in draft.stages
        for step in stage.steps
    ]


def test_the_documented_example() -> None:
    draft, report = _read(WORKING_DAY)
    assert not report.problems
    assert draft.title == "My working day"
    assert _tasks(draft)[2] == ("Go to work", "Do work", "Me; Cat")
    assert len(_tasks(draft)) == 5


def test_front_matter_gives_the_title_and_config_is_ignored() -> None:
    text = (
        "---\ntitle: My working day\nconfig:\n  journey:\n    taskFontSize: 14\n---\n"
        + WORKING_DAY.replace("    title My working day\n", "")
    )
    draft, report = _read(text)
    assert not report.problems
    assert draft.title == "My working day" and len(_tasks(draft)) == 5


def test_accessibility_lines_and_blocks_are_skipped() -> None:
    text = WORKING_DAY.replace(
        "journey\n",
        "journey\n    accTitle: A day\n    accDescr {\n        Tea: then work\n"
        "        and home: 3\n    }\n    accDescr: One line: with colons\n",
    )
    draft, report = _read(text)
    assert not report.problems
    assert len(_tasks(draft)) == 5


def test_entity_codes_are_the_characters_they_stand_for() -> None:
    text = "journey\n  section Buy #amp; pay\n    Pays#59; then waits #58; long: 2: Ana #44; Bo\n"
    draft, report = _read(text)
    assert not report.problems
    assert _tasks(draft) == [("Buy & pay", "Pays; then waits : long", "Ana , Bo")]


def test_fields_after_the_actors_are_ignored_as_mermaid_does() -> None:
    draft, report = _read("journey\n  section A\n    Task: 3: Me, Cat: extra: more\n")
    assert not report.problems
    assert _tasks(draft) == [("A", "Task", "Me; Cat")]


@pytest.mark.parametrize(
    "action",
    ["Title deed checked", "section manager calls", "Journey planner opens", "accTitle x"],
)
def test_export_never_writes_a_task_mermaid_reads_as_a_keyword(action: str) -> None:
    journey = Journey.model_validate(
        {
            "id": "j",
            "title": "T",
            "persona": "ana",
            "stages": [{"id": "s", "name": "S", "steps": [{"id": "a", "action": action}]}],
        }
    )
    text = journey_mermaid(journey, "Ana", {})
    task = text.splitlines()[-1].strip()
    assert not task.lower().startswith(("title", "section", "journey", "acctitle"))
    draft, report = _read(text)
    assert not report.problems
    assert _tasks(draft)[0][1] == action  # read back unchanged


def test_round_trip_of_an_imported_documented_example(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    # Actors must be declared ones (or the persona) for the file to pass check.
    day = WORKING_DAY.replace("Me, Cat", "Ana, logistics").replace("Me", "Ana")
    (repo / "day.mmd").write_text(day, encoding="utf-8")
    code, out, err = run_cli("import", "day.mmd", "--persona", "ana", "--id", "day")
    assert code == 0, out + err
    code, exported, err = run_cli("export", "mermaid", "journeys/day.yaml", "-o", "-")
    assert code == 0, err
    again, _ = _read(exported)
    first, _ = _read(day)
    assert [t[:2] for t in _tasks(again)] == [t[:2] for t in _tasks(first)]
