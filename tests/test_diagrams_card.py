"""A map that stands on its own: the persona card, busy cells kept short, the comparison chart."""

from __future__ import annotations

import re
from typing import Any

from cxdocs.content.model import EmpathyMap, Journey, Persona, Settings
from cxdocs.diagrams import journey_diagram, persona_diagram
from cxdocs.diagrams.persona_card import initials
from cxdocs.diagrams.related import Related
from cxdocs.diagrams.scene import Diagram
from cxdocs.site.compare import comparison_svg, slots


def journey(**changes: Any) -> Journey:
    data: dict[str, Any] = {
        "id": "first-purchase",
        "title": "First purchase",
        "persona": "ana",
        "scenario": "Ana's dog food runs out on Thursday night.",
        "expectations": ["Delivery in two days", "Clear tracking"],
        "stages": [
            {
                "id": "buy",
                "name": "Buy",
                "steps": [
                    {
                        "id": "pays",
                        "action": "Pays with Pix",
                        "emotion": -1,
                        "pain_points": [
                            {"text": "Low one", "severity": "low"},
                            {"text": "Medium one", "severity": "medium"},
                            {"text": "High one", "severity": "high"},
                            {"text": "Another low", "severity": "low"},
                            {"text": "Second high", "severity": "high"},
                            {"text": "Third low", "severity": "low"},
                        ],
                        "opportunities": [f"Idea {n}" for n in range(1, 7)],
                    }
                ],
            }
        ],
    }
    data.update(changes)
    return Journey.model_validate(data)


ANA = Persona(id="ana", name="Ana Souza", role="Busy lawyer, buys at night")


def texts(diagram: Diagram, prefix: str) -> list[str]:
    return [
        row.text
        for box in diagram.boxes
        if box.key.startswith(prefix)
        for row in box.rows
        if row.text
    ]


def test_persona_card_shows_initials_name_role_scenario_and_expectations() -> None:
    diagram = journey_diagram(journey(), Settings(), related=Related(persona=ANA))
    card = " ".join(texts(diagram, "persona"))
    for expected in ("AS", "Ana Souza", "Busy lawyer", "SCENARIO", "Thursday night"):
        assert expected in card
    assert "EXPECTATIONS" in card and "Clear tracking" in card
    # The card sits between the title and the grid.
    title = next(b for b in diagram.boxes if b.key == "title")
    stage = next(b for b in diagram.boxes if b.key == "stage-0")
    who = next(b for b in diagram.boxes if b.key == "persona-who")
    assert title.y + title.h <= who.y < stage.y


def test_initials() -> None:
    assert initials("Ana Souza") == "AS"
    assert initials("João Carlos da Silva") == "JS"
    assert initials("Carla") == "C"
    assert initials("  ") == "?"


def test_no_card_without_persona_scenario_or_expectations() -> None:
    plain = journey(scenario=None, expectations=[])
    assert not texts(journey_diagram(plain, Settings()), "persona")


def test_busy_cell_shows_most_severe_first_then_how_many_more() -> None:
    diagram = journey_diagram(journey(), Settings(cell_limit=3))
    pains = texts(diagram, "journey.lane.pain_points-0")
    assert pains[:2] == ["High one", "Second high"] and pains[2] == "Medium one"
    assert pains[-1] == "+3 more in the step's details"
    assert "Low one" not in pains
    ideas = texts(diagram, "journey.lane.opportunities-0")
    assert ideas == ["Idea 1", "Idea 2", "Idea 3", "+3 more in the step's details"]
    cell = next(b for b in diagram.boxes if b.key == "journey.lane.pain_points-0")
    assert cell.link == "#step-pays"


def test_cells_within_the_limit_say_nothing_more() -> None:
    diagram = journey_diagram(journey(), Settings(cell_limit=10))
    assert not any("more in" in t for t in texts(diagram, "journey.lane"))


# --- current vs future ---------------------------------------------------------


def make_journey(stages: list[tuple[str, list[tuple[str, int]]]], state: str) -> Journey:
    return Journey.model_validate(
        {
            "id": state,
            "title": state,
            "persona": "ana",
            "state": state,
            "improves": "current" if state == "future" else None,
            "stages": [
                {
                    "id": sid,
                    "name": sid.title(),
                    "steps": [{"id": s, "action": s, "emotion": e} for s, e in steps],
                }
                for sid, steps in stages
            ],
        }
    )


def two_journeys() -> tuple[Journey, Journey]:
    make = make_journey
    current = make(
        [("aware", [("a1", -1), ("a2", 0)]), ("old", [("o1", -2)]), ("buy", [("b1", 1)])],
        "current",
    )
    future = make([("buy", [("b1", 2), ("n1", 2)]), ("aware", [("a1", 1)])], "future")
    return current, future


def test_comparison_follows_the_future_order_and_slots_in_current_only_parts() -> None:
    current, future = two_journeys()
    merged = [
        (s.stage, s.current and s.current.id, s.future and s.future.id)
        for s in slots(current, future)
    ]
    assert merged == [
        ("buy", "b1", "b1"),
        ("buy", None, "n1"),
        ("aware", "a1", "a1"),
        ("aware", "a2", None),
        ("old", "o1", None),
    ]


def test_comparison_marks_what_only_one_journey_has() -> None:
    current, future = two_journeys()
    labels = {"title": "Current vs future", "current": "Current", "future": "Future"}
    svg = comparison_svg(current, future, labels, "cmp")
    shown = " ".join(re.findall(r">([^<>]+)</text>", svg))
    assert "(only in the current state)" in shown
    assert svg.count('fill="#ffffff" stroke=') == 3 + 1  # three lone steps, one legend ring
    assert 'width="100%"' in svg


def test_comparison_points_name_their_step_and_the_gap_is_shaded() -> None:
    current, future = two_journeys()
    labels = {"title": "t", "current": "Current: A", "future": "Future: B"}
    svg = comparison_svg(current, future, labels, "cmp")
    tips = re.findall(r"<circle [^>]*><title>([^<]+)</title></circle>", svg)
    # A minus sign, as the maps print it.
    assert "Current: A · a1: \u22121" in tips and "Future: B · a1: +1" in tips
    assert len(tips) == 4 + 3  # every point: four current steps, three future ones
    # No area where a neighbour has one score only (b1-n1: n1 is future only).
    assert svg.count('fill-opacity="0.14"') == 1  # the legend's sample only
    # Where both journeys score neighbouring steps, the area between is shaded.
    before = make_journey([("s", [("x", -2), ("y", -1), ("z", 0)])], "current")
    after = make_journey([("s", [("x", 1), ("y", 2), ("z", 0)])], "future")
    svg = comparison_svg(before, after, labels, "cmp")
    gaps = re.findall(r'<polygon points="([^"]+)" fill="#0b7285" fill-opacity', svg)
    assert len(gaps) == 2  # x-y and y-z
    corners = [tuple(map(float, p.split(","))) for p in gaps[0].split()]
    assert corners[0][0] == corners[3][0] and corners[0][1] > corners[3][1]  # future above


def test_comparison_legend_entries_never_overlap() -> None:
    current, future = two_journeys()
    labels = {
        "title": "t",
        "current": "Current state: " + "a very long journey title " * 3,
        "future": "Future state: " + "another very long journey title " * 3,
    }
    svg = comparison_svg(current, future, labels, "cmp")
    from cxdocs.diagrams.text import text_width

    width = float(re.search(r'viewBox="0 0 (\d+)', svg).group(1))  # type: ignore[union-attr]
    legend = re.findall(
        r'<text x="([\d.]+)" y="([\d.]+)" font-size="12" fill="#333333">([^<]+)', svg
    )
    assert len(legend) == 4  # current, future, a lone step, the gap
    spans = [(float(y), float(x), float(x) + text_width(t, 12) * 1.12) for x, y, t in legend]
    for y, left, right in spans:
        assert right <= width
        for y2, left2, right2 in spans:
            if (y, left) != (y2, left2) and y == y2:
                assert right <= left2 - 20 or right2 <= left - 20


def test_golden_journey_with_card_and_busy_cells() -> None:
    from cxdocs.diagrams import journey_dot
    from tests.helpers import check_golden

    dot = journey_dot(journey(), Settings(cell_limit=3), related=Related(persona=ANA))
    check_golden("journey-card.dot", dot)


def test_persona_card_shows_the_persona_goal() -> None:
    with_goal = ANA.model_copy(update={"goals": ["Never run out of Thor's food", "Save time"]})
    diagram = journey_diagram(journey(), Settings(), related=Related(persona=with_goal))
    card = " ".join(texts(diagram, "persona"))
    assert "GOAL" in card and "Never run out of Thor's food" in card
    assert "Save time" not in card  # the first goal only: the card stays short
    plain = " ".join(
        texts(journey_diagram(journey(), Settings(), related=Related(persona=ANA)), "persona")
    )
    assert "GOAL" not in plain


def test_empathy_map_has_pains_and_gains_iff_the_persona_does() -> None:
    persona = Persona(
        id="ana",
        name="Ana",
        empathy_map={"thinks": ["Is this shop reliable?"]},
        pain_points=["Vague delivery estimates"],
        goals=["Never run out of food"],
    )
    keys = {b.key for b in persona_diagram(persona, Settings()).boxes}
    assert {"quadrant-pains", "quadrant-gains"} <= keys
    words = " ".join(
        r.text for b in persona_diagram(persona, Settings(locale="pt-BR")).boxes for r in b.rows
    )
    assert "DORES" in words and "GANHOS" in words and "Vague delivery estimates" in words
    # The empathy map's own lists win; none at all means no extra row.
    empathy = {"thinks": ["Is this shop reliable?"], "gains": ["Peace of mind"]}
    own = persona.model_copy(update={"empathy_map": EmpathyMap.model_validate(empathy)})
    gains = next(b for b in persona_diagram(own, Settings()).boxes if b.key == "quadrant-gains")
    assert [r.text for r in gains.rows if r.text][1:] == ["Peace of mind"]
    bare = persona.model_copy(update={"pain_points": [], "goals": []})
    assert not {"quadrant-pains", "quadrant-gains"} & {
        b.key for b in persona_diagram(bare, Settings()).boxes
    }
