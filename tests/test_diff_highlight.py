"""Highlights without Graphviz: change model -> highlight -> the marks in the `Diagram`.

The comparisons run on models built in memory, the same functions `cxdocs diff`
uses; the diagrams are inspected as engine-neutral descriptions.
"""

from __future__ import annotations

import re
from typing import Any

from cxdocs.changes.blueprints import blueprint_changes
from cxdocs.changes.fields import Names
from cxdocs.changes.journeys import journey_changes
from cxdocs.changes.model import ObjectDiff
from cxdocs.content.model import Blueprint, Journey, Settings
from cxdocs.diagrams import blueprint_diagram, journey_diagram, journey_dot, to_dot
from cxdocs.diagrams.highlight import JourneyHighlight, merged_journey
from cxdocs.diagrams.scene import Box, Diagram
from cxdocs.reports.highlight import blueprint_highlight, journey_highlight
from tests.helpers import SETTINGS, sample_blueprint


def journey(*stages: tuple[str, list[dict[str, Any]]]) -> Journey:
    return Journey.model_validate(
        {
            "id": "repeat-order",
            "title": "Repeat order",
            "persona": "ana",
            "stages": [{"id": s, "name": s.title(), "steps": steps} for s, steps in stages],
        }
    )


def step(ident: str, emotion: int | None = None, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"id": ident, "action": ident.replace("-", " ").capitalize()}
    if emotion is not None:
        data["emotion"] = emotion
    return {**data, **fields}


BASE = journey(
    ("find", [step("opens-app", 0), step("searches", 1), step("compares", 0)]),
    ("pay", [step("pays", -1, channel="web", pain_points=["Card declined", "Slow page"])]),
    ("help", [step("calls-sac", -2)]),
)
HEAD = journey(
    ("find", [step("opens-app", 0), step("scans-barcode", 2), step("compares", 0)]),
    ("pay", [step("pays", 1, channel="app", pain_points=["Slow page"]), step("searches", 1)]),
    ("receive", [step("unboxes", 2)]),
)


def journey_diff(base: Journey, head: Journey) -> ObjectDiff:
    changes = journey_changes(base, head, Names())
    return ObjectDiff("journey", head.id, head.title, "changed", changes=changes)


def boxes(diagram: Diagram, css_class: str) -> list[Box]:
    return [b for b in diagram.boxes if b.css_class == css_class]


def texts(found: list[Box]) -> list[str]:
    return [row.text for box in found for row in box.rows if row.text]


# --- building the highlight --------------------------------------------------


def test_journey_highlight_from_the_change_model() -> None:
    highlight = journey_highlight(journey_diff(BASE, HEAD), BASE, "main")
    assert highlight.base == "main" and not highlight.new
    assert highlight.added_steps == {"scans-barcode", "unboxes"}
    [calls] = highlight.removed_steps
    # Its old data, its stage, and where it stood: the 5th step, first of "help".
    assert (calls.step.action, calls.stage, calls.after, calls.number) == (
        "Calls sac",
        "help",
        (),
        5,
    )
    assert highlight.emotion_before == {"pays": -1}
    pays = highlight.changed_steps["pays"]
    assert pays.fields == {"emotion", "channel", "pain_points"}
    assert pays.removed_pain_points == ("Card declined",)
    assert highlight.changed_steps["searches"].moved_from == "Find"
    assert highlight.added_stages == {"receive"}
    assert [r.stage.id for r in highlight.removed_stages] == ["help"]
    assert highlight.removed_stages[0].after == ("pay", "find")


def test_a_step_reordered_in_its_stage_has_no_old_stage() -> None:
    head = journey(
        ("find", [step("searches", 1), step("opens-app", 0), step("compares", 0)]),
        *[(s.id, [x.model_dump() for x in s.steps]) for s in BASE.stages[1:]],
    )
    highlight = journey_highlight(journey_diff(BASE, head), BASE, "main")
    moved = {i: c.moved_from for i, c in highlight.changed_steps.items()}
    assert moved == {"opens-app": ""}


def test_removed_steps_go_back_where_they_were() -> None:
    highlight = journey_highlight(journey_diff(BASE, HEAD), BASE, "main")
    drawn = merged_journey(HEAD, highlight)
    assert [(s.id, [x.id for x in s.steps]) for s in drawn.stages] == [
        ("find", ["opens-app", "scans-barcode", "compares"]),
        ("pay", ["pays", "searches"]),
        ("help", ["calls-sac"]),
        ("receive", ["unboxes"]),
    ]
    head_steps = ["opens-app", "scans-barcode", "compares", "pays", "searches", "unboxes"]
    assert [s.id for s in HEAD.steps] == head_steps, "the HEAD journey itself is unchanged"


def test_removed_step_goes_after_its_nearest_remaining_neighbour() -> None:
    base = journey(("find", [step("a"), step("b"), step("c"), step("d")]))
    head = journey(("find", [step("x"), step("a"), step("d")]))
    drawn = merged_journey(head, journey_highlight(journey_diff(base, head), base, "main"))
    assert [s.id for s in drawn.steps] == ["x", "a", "b", "c", "d"]


def test_new_journey_is_drawn_whole_under_a_banner() -> None:
    diff = ObjectDiff("journey", HEAD.id, HEAD.title, "added")
    highlight = journey_highlight(diff, None, "main")
    assert highlight == JourneyHighlight("main", new=True)
    diagram = journey_diagram(HEAD, SETTINGS, highlight=highlight)
    assert texts(boxes(diagram, "cx-added")) == ["ADDED SINCE MAIN"]
    assert not boxes(diagram, "cx-removed") and not boxes(diagram, "cx-changed")
    assert diagram.summary.endswith("Added since main.")


def test_blueprint_highlight_from_the_change_model() -> None:
    base = sample_blueprint()
    head = moved_blueprint()
    changes = blueprint_changes(base, head, Names())
    diff = ObjectDiff("blueprint", head.id, head.title, "changed", changes=changes)
    highlight = blueprint_highlight(diff, base, head, "HEAD~1")
    assert highlight.added_items == {("deliver", "frontstage", 1)}
    reserve = highlight.changed_items[("buy", "backstage", 1)]
    assert reserve.moved_from == ("Buy", "support")
    fraud = highlight.changed_items[("buy", "backstage", 0)]
    assert (fraud.fail_before, fraud.wait_before) == ("Good orders flagged as fraud", None)
    [gone] = highlight.removed_items
    assert (gone.item.text, gone.phase, gone.lane, gone.index) == (
        "Receives the box",
        "deliver",
        "customer",
        0,
    )
    assert highlight.added_arrows == {("reserve", "pays"), ("tracking", "ships")}
    # The hand-over to the removed item, and the one it made itself.
    assert ("ships", "receives") in highlight.removed_arrows


def moved_blueprint() -> Blueprint:
    blueprint = sample_blueprint()
    data = blueprint.model_dump()
    buy, deliver = data["phases"]
    reserve = buy["support"].pop()
    buy["backstage"].append({**reserve, "to": ["pays"]})
    fraud = buy["backstage"][0]
    fraud["fail_point"] = None
    deliver["customer"] = []
    deliver["frontstage"][0]["to"] = []
    deliver["frontstage"].append({"id": "tracking", "text": "Sends tracking", "to": ["ships"]})
    return Blueprint.model_validate(data)


# --- drawing it --------------------------------------------------------------


def test_journey_marks_in_the_diagram() -> None:
    highlight = journey_highlight(journey_diff(BASE, HEAD), BASE, "main")
    diagram = journey_diagram(HEAD, SETTINGS, highlight=highlight)
    removed = boxes(diagram, "cx-removed")
    # The removed step is back, ghosted and struck through, under its old number.
    action = next(b for b in removed if b.key.startswith("journey.lane.actions"))
    assert action.dashed and action.link is None
    assert action.rows[0].text == "WAS STEP 5"
    assert any(r.text == "Calls sac" and r.style.strike for r in action.rows)
    assert "REMOVED" in texts(removed)
    tags = [b for b in boxes(diagram, "cx-added") if not b.key.startswith("diff-legend")]
    assert texts(tags).count("NEW") == 3  # two steps, one stage
    assert "CHANGED" in texts(boxes(diagram, "cx-changed"))
    assert "MOVED" in texts(boxes(diagram, "cx-moved"))
    # The earlier score of "pays", and the struck pain point it lost.
    assert "was \u22121" in texts(boxes(diagram, "cx-was"))
    pains = [b for b in diagram.boxes if b.key.startswith("journey.lane.pain_points")]
    assert any(r.text == "Card declined" and r.style.strike for b in pains for r in b.rows)
    moved = [b for b in diagram.boxes if b.css_class == "cx-changed" and "moved" in str(b.rows)]
    assert moved and "moved from Find" in texts(moved)
    legend = " ".join(texts([b for b in diagram.boxes if b.key.startswith("diff-legend")]))
    assert "Changes since main:" in legend and "earlier emotion score" in legend
    assert "Changes since main: steps added 2, removed 1, changed 2." in diagram.summary


def test_no_highlight_means_the_plain_map() -> None:
    plain = journey_dot(HEAD, SETTINGS)
    assert journey_dot(HEAD, SETTINGS, highlight=None) == plain
    # No change marks: a plain map's classes only name its parts (lanes, legend...).
    marks = re.compile(r'class="[^"]*\bcx-(?:added|removed|changed|moved|was|diff)\b')
    assert not marks.search(plain) and "<S>" not in plain
    assert not marks.search(to_dot(blueprint_diagram(sample_blueprint(), SETTINGS)))


def test_highlight_labels_follow_the_locale() -> None:
    highlight = journey_highlight(journey_diff(BASE, HEAD), BASE, "main")
    settings = Settings(locale="pt-BR")
    diagram = journey_diagram(HEAD, settings, highlight=highlight)
    words = texts([b for b in diagram.boxes if b.css_class])
    assert {"NOVO", "REMOVIDO", "ALTERADO", "MOVIDO", "era \u22121"} <= set(words)


def test_blueprint_marks_in_the_diagram() -> None:
    base, head = sample_blueprint(), moved_blueprint()
    changes = blueprint_changes(base, head, Names())
    diff = ObjectDiff("blueprint", head.id, head.title, "changed", changes=changes)
    diagram = blueprint_diagram(
        head, SETTINGS, highlight=blueprint_highlight(diff, base, head, "x")
    )
    ghost = next(
        b for b in diagram.boxes if b.css_class == "cx-removed" and b.key.startswith("item")
    )
    assert ghost.key == "item:receives" and ghost.dashed
    assert [r.text for r in ghost.rows if r.text] == ["REMOVED", "Receives the box"]
    reserve = next(b for b in diagram.boxes if b.key == "item:reserve")
    assert reserve.css_class == "cx-changed"
    assert "moved from Support processes" in [r.text for r in reserve.rows]
    fraud = next(b for b in diagram.boxes if b.key == "item:fraud-check")
    assert any(r.text == "Good orders flagged as fraud" and r.style.strike for r in fraud.rows)
    arrows = {(c.source, c.target): c for c in diagram.connectors}
    assert arrows["item:reserve", "item:pays"].css_class == "cx-added"
    assert arrows["item:ships", "item:receives"].style == "dashed"
    assert arrows["item:pays", "item:confirms"].css_class is None


def test_blueprint_phases_added_and_removed() -> None:
    base = sample_blueprint()
    data = base.model_dump()
    buy = data["phases"][0]
    buy["backstage"][0]["to"] = ["reserve"]
    returns = {"id": "returns", "name": "Returns", "customer": [{"text": "Asks for a refund"}]}
    head = Blueprint.model_validate({**data, "phases": [buy, returns]})
    changes = blueprint_changes(base, head, Names())
    diff = ObjectDiff("blueprint", head.id, head.title, "changed", changes=changes)
    highlight = blueprint_highlight(diff, base, head, "main")
    assert (highlight.added_phases, [r.phase.id for r in highlight.removed_phases]) == (
        {"returns"},
        ["deliver"],
    )
    diagram = blueprint_diagram(head, SETTINGS, highlight=highlight)
    headers = [b for b in diagram.boxes if b.key.startswith("phase-")]
    assert [[r.text for r in b.rows if r.text] for b in headers] == [
        ["Buy"],
        ["Deliver", "REMOVED"],
        ["Returns", "NEW"],
    ]
    assert [b.css_class for b in headers] == [None, "cx-removed", "cx-added"]
    # The removed phase's items are back in it, ghosted, with their hand-overs.
    ghosts = {b.key for b in diagram.boxes if b.css_class == "cx-removed"}
    assert {"item:ships", "item:receives"} <= ghosts
    dashed = {(c.source, c.target) for c in diagram.connectors if c.style == "dashed"}
    assert dashed == {("item:fraud-check", "item:ships"), ("item:ships", "item:receives")}
