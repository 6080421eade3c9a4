"""The service blueprint's anatomy, measured from the SVG Graphviz draws (issue 24).

Shostack/Bitner: one column per customer action, the activities that serve it
directly below it; hand-offs short (few bends, almost no crossings) and
labelled where the content names what passes; fail points ranked by severity.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from cxdocs.content.checks.run import load_repository
from cxdocs.content.model import LANES, Blueprint
from cxdocs.content.repository import Repository
from cxdocs.content.settings.reader import read_config
from cxdocs.diagrams import blueprint_svg
from cxdocs.diagrams.draw import related_of
from tests.conftest import ROOT
from tests.stress import SETTINGS, stress_blueprint
from tests.svg_routes import figures

pytestmark = pytest.mark.dot

SVG = "{http://www.w3.org/2000/svg}"
# Measured on main before issue 24's blueprint (commit 4016e90), from the SVG:
# (arrows, crossing pairs, bends). The phases stacked their customer actions and
# each lane stacked its activities on its own, so arrows wandered between them.
BEFORE = {
    "order-to-delivery": (33, 5, 51),
    "late-delivery-recovery": (31, 5, 44),
    "stress": (32, 0, 14),
}


@pytest.fixture(scope="module")
def example() -> Repository:
    repo, _, _ = load_repository(read_config(ROOT / "mkdocs.yml"))
    return repo


@pytest.fixture(scope="module")
def drawn(example: Repository) -> dict[str, tuple[Blueprint, str]]:
    out = {
        bid: (e.item, blueprint_svg(e.item, example.settings, related=related_of(e.item, example)))
        for bid, e in example.blueprints.items()
    }
    out["stress"] = (stress_blueprint(), blueprint_svg(stress_blueprint(), SETTINGS))
    return out


def tagged_stress() -> Blueprint:
    """The stress blueprint with every text made unique (its texts repeat every 6 phases)."""
    data = stress_blueprint().model_dump(exclude_none=True)
    for phase in data["phases"]:
        for lane in LANES:
            for n, item in enumerate(phase[lane]):
                item["text"] = f"[{item.get('id', phase['id'] + lane + str(n))}] {item['text']}"
    return Blueprint.model_validate(data)


@pytest.fixture(scope="module")
def columns(drawn: dict[str, tuple[Blueprint, str]]) -> dict[str, tuple[Blueprint, str]]:
    stress = tagged_stress()
    examples = {k: v for k, v in drawn.items() if k != "stress"}
    return {**examples, "stress": (stress, blueprint_svg(stress, SETTINGS))}


def _squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def cards(svg: str) -> dict[str, tuple[float, float, float, float]]:
    """(x0, y0, x1, y1) of every drawn node, by its text with the spaces taken out."""
    found = {}
    for group in ET.fromstring(svg).iter(f"{SVG}g"):
        if "node" not in (group.get("class") or "").split():
            continue
        text = _squashed("".join(t.text or "" for t in group.iter(f"{SVG}text")))
        numbers = []
        for shape in (*group.iter(f"{SVG}polygon"), *group.iter(f"{SVG}path")):
            raw = shape.get("points") or shape.get("d") or ""
            numbers += [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", raw)]
        xs, ys = numbers[::2], numbers[1::2]
        if xs:
            found[text] = (min(xs), min(ys), max(xs), max(ys))
    return found


def card_of(found: dict[str, tuple[float, float, float, float]], text: str) -> tuple[float, ...]:
    wanted = _squashed(text)
    # The card holding the text and least else (long texts repeat in the stress set).
    return found[min((key for key in found if wanted in key), key=len)]


def test_hand_offs_cross_at_most_twice_with_half_the_bends(
    drawn: dict[str, tuple[Blueprint, str]],
) -> None:
    for name, (arrows, _, bends_before) in BEFORE.items():
        count, crossing, bends = figures(drawn[name][1])
        assert count == arrows, name  # every hand-off is still drawn
        assert crossing <= 2, name
        assert bends <= bends_before // 2, (name, bends)


def test_each_activity_sits_in_the_column_of_the_customer_action_it_serves(
    columns: dict[str, tuple[Blueprint, str]],
) -> None:
    """An activity a customer action hands over to (or that hands back to one)
    overlaps that action's column; so does one whose `serves:` names it."""
    checked = 0
    for name, (blueprint, svg) in columns.items():
        found = cards(svg)
        for phase in blueprint.phases:
            actions = {c.id: c for c in phase.customer if c.id}
            for lane in LANES[2:]:
                for item in phase.lane(lane):
                    tied = {i for i, c in actions.items() if item.id in c.targets}
                    tied |= {t for t in item.targets if t in actions}
                    if item.serves:
                        tied = {item.serves}
                    if not tied:
                        continue
                    x0, _, x1, _ = card_of(found, item.text)
                    heads = [card_of(found, actions[i].text) for i in tied]
                    assert any(c[0] < x1 and x0 < c[2] for c in heads), (name, item.text)
                    checked += 1
    assert checked >= 25


def test_customer_actions_are_one_row_of_columns(
    columns: dict[str, tuple[Blueprint, str]],
) -> None:
    """No customer action stacks on another: each heads a column of its own."""
    for name, (blueprint, svg) in columns.items():
        found = cards(svg)
        boxes = [card_of(found, c.text) for p in blueprint.phases for c in p.customer]
        tops = {round(b[1]) for b in boxes}
        assert len(tops) == 1, name
        lefts = [b[0] for b in boxes]
        assert lefts == sorted(lefts) and len(set(lefts)) == len(lefts), name


def test_labelled_hand_offs_carry_their_words(
    drawn: dict[str, tuple[Blueprint, str]],
) -> None:
    blueprint, svg = drawn["order-to-delivery"]
    labels = [
        h.label for p in blueprint.phases for lane in LANES for i in p.lane(lane) for h in i.to
    ]
    labels = [label for label in labels if label]
    assert len(labels) >= 5
    root = ET.fromstring(svg)
    chips = [
        _squashed("".join(t.text or "" for t in g.iter(f"{SVG}text")))
        for g in root.iter(f"{SVG}g")
        if "cx-handoff-label" in (g.get("class") or "")
    ]
    assert sorted(chips) == sorted(_squashed(label) for label in labels)


def test_fail_points_are_ranked_by_severity(drawn: dict[str, tuple[Blueprint, str]]) -> None:
    """A worse fail point has a heavier border and says its severity in words."""
    _blueprint, svg = drawn["order-to-delivery"]
    root = ET.fromstring(svg)
    widths: dict[str, set[float]] = {}
    for group in root.iter(f"{SVG}g"):
        classes = (group.get("class") or "").split()
        rank = next((c.removeprefix("cx-fail-") for c in classes if c.startswith("cx-fail-")), None)
        if rank is None:
            continue
        text = " ".join(t.text or "" for t in group.iter(f"{SVG}text"))
        assert f"Fail point · {rank}" in text
        strokes = [float(s.get("stroke-width") or 1) for s in group if s.get("fill") == "none"]
        widths.setdefault(rank, set()).update(strokes)
    assert set(widths) == {"high", "medium", "low"}
    assert max(widths["low"]) < min(widths["medium"]) <= max(widths["medium"]) < min(widths["high"])
