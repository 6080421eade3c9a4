"""Blueprint hand-overs you can follow: routed in Python, few crossings, never through a box."""

from __future__ import annotations

import itertools

import pytest

from cxdocs.content.checks.run import load_repository
from cxdocs.content.model import Blueprint
from cxdocs.content.settings.reader import read_config
from cxdocs.diagrams import blueprint_diagram, to_dot
from cxdocs.diagrams.blueprint import GUTTER
from cxdocs.diagrams.draw import diagram_of
from cxdocs.diagrams.geometry import crossings, passes_through
from cxdocs.diagrams.scene import Diagram, Point
from tests.conftest import ROOT
from tests.stress import SETTINGS, stress_blueprint

# Pairs of arrows that crossed when Graphviz routed them as splines.
CROSSINGS_BEFORE = {"order-to-delivery": 14, "late-delivery-recovery": 10}


def example_blueprints() -> dict[str, Diagram]:
    repo, _, _ = load_repository(read_config(ROOT / "mkdocs.yml"))
    return {
        bid: diagram_of("blueprint", entry.item, repo)
        for bid, entry in sorted(repo.blueprints.items())
    }


@pytest.fixture(scope="module")
def examples() -> dict[str, Diagram]:
    return example_blueprints()


def routes(diagram: Diagram) -> list[tuple[Point, ...]]:
    return [c.route for c in diagram.connectors if c.route]


def test_every_hand_over_is_routed_so_graphviz_routes_nothing(
    examples: dict[str, Diagram],
) -> None:
    for diagram in (*examples.values(), blueprint_diagram(stress_blueprint(), SETTINGS)):
        assert diagram.connectors
        assert all(c.route for c in diagram.connectors)
        assert "splines=false" in to_dot(diagram)


def test_crossings_are_at_most_half_of_what_graphviz_drew(examples: dict[str, Diagram]) -> None:
    for bid, before in CROSSINGS_BEFORE.items():
        assert crossings(routes(examples[bid])) <= before // 2, bid


def test_no_arrow_runs_through_a_card_or_a_label(examples: dict[str, Diagram]) -> None:
    for name, diagram in {
        **examples,
        "stress": blueprint_diagram(stress_blueprint(), SETTINGS),
    }.items():
        for n, conn in enumerate(diagram.connectors):
            assert conn.route is not None
            for box in diagram.boxes:
                if box.key == f"handoff-label-{n}":
                    continue  # an arrow's own words sit on it
                assert not passes_through(conn.route, box), (
                    name,
                    conn.source,
                    conn.target,
                    box.key,
                )


def _segments(route: tuple[Point, ...]) -> list[tuple[Point, Point]]:
    return list(itertools.pairwise(route))


def _overlap(a: tuple[Point, Point], b: tuple[Point, Point]) -> bool:
    """Two segments on one line sharing a stretch longer than a point."""
    (ax1, ay1), (ax2, ay2) = a
    (bx1, by1), (bx2, by2) = b
    if ax1 == ax2 == bx1 == bx2:
        return min(max(ay1, ay2), max(by1, by2)) - max(min(ay1, ay2), min(by1, by2)) > 1
    if ay1 == ay2 == by1 == by2:
        return min(max(ax1, ax2), max(bx1, bx2)) - max(min(ax1, ax2), min(bx1, bx2)) > 1
    return False


def test_parallel_hand_overs_never_share_a_stretch_of_line(examples: dict[str, Diagram]) -> None:
    for name, diagram in examples.items():
        for first, second in itertools.combinations(routes(diagram), 2):
            for a in _segments(first):
                for b in _segments(second):
                    assert not _overlap(a, b), (name, a, b)


def test_arrows_are_orthogonal_or_one_hop_and_end_on_their_cards(
    examples: dict[str, Diagram],
) -> None:
    """Every arrow runs level and upright, except a hop: one straight line across
    the single gutter between neighbouring columns, from side to facing side."""
    diagram = examples["order-to-delivery"]
    boxes = {b.key: b for b in diagram.boxes}
    hops = 0
    for conn in diagram.connectors:
        assert conn.route is not None
        for (ax, ay), (bx, by) in _segments(conn.route):
            if ax != bx and ay != by:
                source, target = boxes[conn.source], boxes[conn.target]
                assert len(conn.route) == 2, conn
                assert abs(ax - bx) == GUTTER, conn
                assert {ax, bx} <= {source.x, source.x + source.w, target.x, target.x + target.w}
                hops += 1
        for (x, y), key in ((conn.route[0], conn.source), (conn.route[-1], conn.target)):
            box = boxes[key]
            on_x = x in (box.x, box.x + box.w) and box.y <= y <= box.y + box.h
            on_y = y in (box.y, box.y + box.h) and box.x <= x <= box.x + box.w
            assert on_x or on_y, (conn.source, conn.target)
    assert hops, "the example has hops between neighbouring columns"


def test_customer_actions_keep_their_order_in_time(examples: dict[str, Diagram]) -> None:
    repo, _, _ = load_repository(read_config(ROOT / "mkdocs.yml"))
    for bid, diagram in examples.items():
        boxes = {b.key: b for b in diagram.boxes}
        for phase in repo.blueprints[bid].item.phases:
            ys = [boxes[f"item:{item.id}"].y for item in phase.customer if item.id]
            assert ys == sorted(ys), (bid, phase.id)


def test_ports_on_one_side_are_evenly_spaced() -> None:
    # A customer action handing over to three activities two columns away: all
    # three arrows leave its right side.
    far = [f"far-{n}" for n in range(3)]
    blueprint = Blueprint.model_validate(
        {
            "id": "ports",
            "title": "Ports",
            "phases": [
                {"name": "A", "customer": [{"id": "a", "text": "Asks", "to": far}]},
                {"name": "B", "customer": ["Waits"]},
                {
                    "name": "C",
                    "customer": ["Gets"],
                    "frontstage": [{"id": far[0], "text": "One"}],
                    "backstage": [{"id": far[1], "text": "Two"}],
                    "support": [{"id": far[2], "text": "Three"}],
                },
            ],
        }
    )
    diagram = blueprint_diagram(blueprint, SETTINGS)
    by_side: dict[tuple[str, float], list[float]] = {}
    for conn in diagram.connectors:
        assert conn.route is not None
        for (x, y), key in ((conn.route[0], conn.source), (conn.route[-1], conn.target)):
            by_side.setdefault((key, x), []).append(y)
    spaced = [sorted(ys) for ys in by_side.values() if len(ys) >= 3]
    assert spaced, "the example has a card side with three arrows"
    for ys in spaced:
        gaps = {round(b - a, 1) for a, b in itertools.pairwise(ys)}
        assert len(gaps) == 1, ys
