"""The journey map's anatomy, measured from the SVG Graphviz draws (issue 24).

The emotion curve is the hero (the tallest lane, a zero line, a tinted
negative half, feeling words at its turns); a future-state map shows the
current curve and per-step change chips; Metrics and Actions lanes appear
exactly when the journey has their data and they are on.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from cxdocs.content.checks.run import load_repository
from cxdocs.content.model import Journey, MapLanes, Settings
from cxdocs.content.repository import Repository
from cxdocs.content.settings.reader import read_config
from cxdocs.diagrams import journey_svg
from cxdocs.diagrams.draw import related_of
from cxdocs.diagrams.journey_cells import Column
from cxdocs.diagrams.journey_emotion import turning_points
from tests.conftest import ROOT
from tests.helpers import SETTINGS, small_journey

pytestmark = pytest.mark.dot

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def example() -> Repository:
    repo, _, _ = load_repository(read_config(ROOT / "mkdocs.yml"))
    return repo


def draw(journey: Journey, repo: Repository | None = None, settings: Settings = SETTINGS) -> Any:
    related = related_of(journey, repo) if repo else None
    svg = journey_svg(journey, repo.settings if repo else settings, related=related)
    return ET.fromstring(svg)


def classed(root: ET.Element, name: str) -> list[ET.Element]:
    return [g for g in root.iter(f"{SVG}g") if name in (g.get("class") or "").split()]


def box_of(group: ET.Element) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) of the first polygon or path drawn in a group."""
    shape = group.find(f"{SVG}polygon")
    if shape is not None:
        points = [tuple(map(float, p.split(","))) for p in (shape.get("points") or "").split()]
    else:
        path = group.find(f"{SVG}path")
        assert path is not None, ET.tostring(group)
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", path.get("d") or "")]
        points = list(zip(numbers[::2], numbers[1::2], strict=False))
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def lane_heights(root: ET.Element) -> dict[str, float]:
    heights = {}
    for group in classed(root, "cx-lane"):
        name = next(c for c in (group.get("class") or "").split() if c.startswith("cx-lane-"))
        _, y0, _, y1 = box_of(group)
        heights[name.removeprefix("cx-lane-")] = y1 - y0
    return heights


def texts(root: ET.Element) -> str:
    return " ".join((t.text or "") for t in root.iter(f"{SVG}text"))


def test_emotion_is_the_tallest_lane_with_a_tinted_negative_half(example: Repository) -> None:
    for ident in ("first-purchase", "first-purchase-future", "click-and-collect"):
        root = draw(example.journeys[ident].item, example)
        heights = lane_heights(root)
        emotion = heights.pop("emotion")
        assert heights and all(emotion > h for h in heights.values()), (ident, emotion, heights)
        # The negative zone: inside the emotion lane, its lower part, full width.
        (lane,) = classed(root, "cx-lane-emotion")
        (zone,) = classed(root, "cx-negative-zone")
        lx0, ly0, lx1, ly1 = box_of(lane)
        zx0, zy0, zx1, zy1 = box_of(zone)
        assert (zx0, zx1, zy1) == pytest.approx((lx0, lx1, ly1), abs=1)
        assert ly0 + (ly1 - ly0) * 0.4 < zy0 < ly0 + (ly1 - ly0) * 0.65


def test_the_curve_is_thick_and_feeling_words_sit_at_its_turns(example: Repository) -> None:
    journey = example.journeys["first-purchase"].item
    root = draw(journey, example)
    widths = [float(p.get("stroke-width") or 1) for p in root.iter(f"{SVG}path")]
    assert max(widths) >= 5
    words = texts(root)
    # Valleys and peaks of the example's current state, named by their feelings.
    for feeling in ("Anxious, then angry", "Pleased", "Curious"):
        assert feeling in words
    assert len(classed(root, "cx-feels")) < len(journey.steps)


def test_turning_points_name_peaks_valleys_and_plateaus_once() -> None:
    journey = small_journey()
    steps = journey.steps
    scores = [1, 2, 2, -1, 0, 0, -2]
    many = [s.model_copy(update={"emotion": e}) for s, e in zip(steps * 3, scores, strict=False)]
    columns = [Column(i, step, i + 1) for i, step in enumerate(many)]
    assert turning_points(columns) == {1: "peak", 3: "valley", 4: "peak", 6: "valley"} | {
        0: "valley"
    }


def test_future_map_draws_the_current_curve_and_change_chips(example: Repository) -> None:
    future = draw(example.journeys["first-purchase-future"].item, example)
    chips = [
        " ".join(t.text or "" for t in g.iter(f"{SVG}text"))
        for g in classed(future, "cx-change-chip")
    ]
    assert "+3" in chips and "new" in chips
    assert len(classed(future, "cx-current-point")) >= 8
    # Steps the current state has and the future does not: hollow rings.
    assert classed(future, "cx-current-only")
    assert "current state" in texts(future)
    current = draw(example.journeys["first-purchase"].item, example)
    assert not classed(current, "cx-change-chip") and not classed(current, "cx-current-point")


def test_metric_and_action_lanes_appear_iff_the_data_is_there(example: Repository) -> None:
    journey = example.journeys["first-purchase"].item
    root = draw(journey, example)
    assert {"metrics", "work"} <= set(lane_heights(root))
    words = texts(root)
    assert "\u2713" in words and "\u2717" in words  # met and missed, not by colour alone
    assert "meets target" in words and "below target" in words
    assert "Logistics" in words and "Planned" in words  # owner and status
    bare = journey.model_copy(
        update={
            "actions": [],
            "stages": [
                stage.model_copy(
                    update={"steps": [s.model_copy(update={"metrics": []}) for s in stage.steps]}
                )
                for stage in journey.stages
            ],
        }
    )
    assert not {"metrics", "work"} & set(lane_heights(draw(bare, example)))
    # Turned off by the journey, or for the whole site.
    off = journey.model_copy(update={"lanes": MapLanes(metrics=False)})
    assert set(lane_heights(draw(off, example))) & {"metrics", "work"} == {"work"}
    site_off = example.settings.model_copy(update={"lanes": MapLanes(metrics=False, actions=False)})
    root = ET.fromstring(journey_svg(journey, site_off, related=related_of(journey, example)))
    assert not {"metrics", "work"} & set(lane_heights(root))
    on_again = journey.model_copy(update={"lanes": MapLanes(actions=True)})
    root = ET.fromstring(journey_svg(on_again, site_off, related=related_of(journey, example)))
    assert {"work"} == {"metrics", "work"} & set(lane_heights(root))


def test_header_explains_the_printout(example: Repository) -> None:
    words = texts(draw(example.journeys["first-purchase"].item, example))
    assert "CURRENT STATE" in words
    assert "Focus challenge:" in words
    assert "based on:" in words
