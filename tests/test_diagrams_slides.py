"""`cxdocs render FILE --slides`: 16:9 slides, 1920x1080, text at least 14px, one PDF deck."""

from __future__ import annotations

import io
import shutil
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.content.checks.run import load_repository
from cxdocs.content.repository import Repository
from cxdocs.content.settings.reader import read_config
from cxdocs.diagrams.draw import related_of
from cxdocs.diagrams.scene import Diagram
from cxdocs.diagrams.slide_files import slide_diagrams
from cxdocs.diagrams.slides import MIN_PX, smallest_text_px
from tests.conftest import ROOT

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="module")
def example() -> Repository:
    repo, _, _ = load_repository(read_config(ROOT / "mkdocs.yml"))
    return repo


def shown(diagram: Diagram) -> str:
    return " ".join(row.text for box in diagram.boxes for row in box.rows if row.text)


def check_slides(slides: list[Diagram]) -> None:
    assert len(slides) > 1
    for slide in slides:
        assert slide.width * 9 == slide.height * 16
        assert smallest_text_px(slide) >= MIN_PX


def test_journey_slides_split_by_stages_and_repeat_labels_and_persona(
    example: Repository,
) -> None:
    journey = example.journeys["first-purchase"].item
    slides = slide_diagrams(journey, example)
    check_slides(slides)
    for n, slide in enumerate(slides, 1):
        text = shown(slide)
        assert f"({n}/{len(slides)})" in text
        assert "Ana Souza" in text  # the persona, every time
    # The persona card on the first slide (and those its stages' lanes were split over).
    assert "SCENARIO" in shown(slides[0]) and "SCENARIO" not in shown(slides[-1])
    # Every step is on some slide, in order, its stage named above it.
    actions = [box.key for s in slides for box in s.boxes if box.key.startswith("stage-")]
    assert actions
    every = " ".join(shown(s) for s in slides)
    for step in journey.steps:
        assert step.action.split()[0] in every
    lanes = {box.key for s in slides for box in s.boxes if box.key.endswith("-label")}
    assert {"journey.lane.actions-label", "journey.lane.pain_points-label"} <= lanes


def test_blueprint_slides_split_by_phases_and_keep_every_item(example: Repository) -> None:
    blueprint = example.blueprints["order-to-delivery"].item
    slides = slide_diagrams(blueprint, example)
    check_slides(slides)
    keys = {box.key for s in slides for box in s.boxes}
    for phase in blueprint.phases:
        for lane in ("customer", "frontstage", "backstage", "support"):
            for item in phase.lane(lane):
                assert f"item:{item.id}" in keys
    for slide in slides:
        assert any(box.key.endswith("-label") for box in slide.boxes)  # lane labels
        assert all(c.route for c in slide.connectors)


@pytest.mark.parametrize("ident", ["order-to-delivery", "late-delivery-recovery"])
def test_blueprint_slides_keep_every_hand_off_and_never_a_lane_alone(
    example: Repository, ident: str
) -> None:
    """A hand-off is an arrow on a slide holding both its cards, or, when no
    slide does, words on both cards naming the other's slide; every slide shows
    the customer actions and at least one lane more."""
    blueprint = example.blueprints[ident].item
    slides = slide_diagrams(blueprint, example)
    check_slides(slides)
    lanes = ("evidence", "customer", "frontstage", "backstage", "support")
    for slide in slides:
        drawn = [lane for lane in lanes if any(b.key == f"{lane}-label" for b in slide.boxes)]
        assert "customer" in drawn and len(drawn) >= 2, drawn
    arrows = {(c.source, c.target) for s in slides for c in s.connectors}
    where = {}  # card key -> the slides (1-based) it is on, with its text
    for n, slide in enumerate(slides, 1):
        for box in slide.boxes:
            if box.key.startswith("item:"):
                where.setdefault(box.key, []).append((n, " ".join(r.text for r in box.rows)))
    kept_in_words = 0
    for phase in blueprint.phases:
        for lane in lanes:
            for item in phase.lane(lane):
                for hand in item.to:
                    ends = (f"item:{item.id}", f"item:{hand.id}")
                    if ends in arrows:
                        continue
                    into = {n for n, _ in where[ends[1]]}
                    out = {n for n, _ in where[ends[0]]}
                    assert any(f"to slide {n} " in t for _, t in where[ends[0]] for n in into), ends
                    assert any(f"from slide {n} " in t for _, t in where[ends[1]] for n in out), (
                        ends
                    )
                    kept_in_words += 1
    assert kept_in_words  # the example has hand-offs between slides


@pytest.mark.dot
def test_cli_writes_png_slides_of_exactly_1920_by_1080(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "journeys", repo / "journeys")
    shutil.copytree(ROOT / "personas", repo / "personas")
    shutil.copytree(ROOT / "blueprints", repo / "blueprints")
    shutil.copytree(ROOT / "research", repo / "research")  # the journeys cite it
    shutil.copy(ROOT / "mkdocs.yml", repo / "mkdocs.yml")
    monkeypatch.chdir(repo)
    code, _, err = run_cli(
        "render", "journeys/first-purchase.yaml", "--slides", "--format", "png", "-o", "deck"
    )
    assert code == 0, err
    pngs = sorted((repo / "deck").glob("first-purchase-slide-*.png"))
    assert len(pngs) > 1
    for png in pngs:
        assert struct.unpack(">II", png.read_bytes()[16:24]) == (1920, 1080)

    code, _, err = run_cli(
        "render", "blueprints/order-to-delivery.yaml", "--slides", "--format", "pdf", "-o", "deck"
    )
    assert code == 0, err
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO((repo / "deck" / "order-to-delivery-slides.pdf").read_bytes()))
    assert len(reader.pages) > 1
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width * 9 == pytest.approx(height * 16, rel=0.01)

    code, _, err = run_cli(
        "render", "journeys/first-purchase.yaml", "--slides", "--format", "svg", "-o", "deck"
    )
    assert code == 0, err
    svg = (repo / "deck" / "first-purchase-slide-01.svg").read_text()
    assert 'width="1920px" height="1080px"' in svg

    code, _, err = run_cli("render", "personas/ana.md", "--slides", "-o", "deck")
    assert code == 2 and "journeys and blueprints" in err


def test_a_lane_too_tall_for_any_slide_is_reported() -> None:
    from cxdocs.content.model import Journey, Settings
    from cxdocs.diagrams.related import Related
    from cxdocs.diagrams.slide_files import small_text
    from cxdocs.diagrams.slides import journey_slides

    # Too long even alone in its cell ("+N more" cannot shorten one pain point).
    long = "A pain point that goes on and on, " * 55
    journey = Journey.model_validate(
        {
            "id": "j",
            "title": "Too much",
            "persona": "ana",
            "stages": [
                {
                    "id": "s",
                    "name": "S",
                    "steps": [
                        {"id": "a", "action": "A", "pain_points": [long]},
                        {"id": "b", "action": "B"},
                    ],
                }
            ],
        }
    )
    slides = journey_slides(journey, Settings(), Related())
    assert small_text(slides)


def _lanes_of(slide: Diagram) -> list[str]:
    return [b.key.removesuffix("-label") for b in slide.boxes if b.key.endswith("-label")]


def _step_headings(slide: Diagram) -> list[str]:
    return [
        box.rows[0].text
        for box in slide.boxes
        if box.key.startswith("journey.lane.actions-") and not box.key.endswith("-label")
    ]


def test_journey_slides_number_steps_as_the_map_and_never_leave_a_lane_alone(
    example: Repository,
) -> None:
    for ident in ("first-purchase", "late-delivery", "first-purchase-future"):
        journey = example.journeys[ident].item
        slides = slide_diagrams(journey, example)
        seen: set[str] = set()
        for slide in slides:
            headings = _step_headings(slide)
            # Every slide says which steps its cells belong to, by their numbers on the map.
            assert headings, slide.title
            seen |= set(headings)
            lanes = _lanes_of(slide)
            assert len(lanes) >= 2 and lanes[0] == "journey.lane.actions"
        assert seen == {f"STEP {n}" for n in range(1, len(journey.steps) + 1)}
        # The metrics and actions lanes are on the slides too.
        every = {lane for s in slides for lane in _lanes_of(s)}
        assert {"journey.lane.metrics", "journey.lane.work"} <= every


def test_a_journey_that_fits_keeps_each_step_column_whole_on_one_slide(
    example: Repository,
) -> None:
    from cxdocs.diagrams.slides import journey_slides

    journey = example.journeys["first-purchase"].item
    # Short cells: every lane of a step fits on one slide with its step.
    stages = [
        stage.model_copy(
            update={
                "steps": [
                    s.model_copy(
                        update={
                            "pain_points": [
                                p.model_copy(update={"text": "Slow"}) for p in s.pain_points[:1]
                            ],
                            "opportunities": [],
                            "metrics": [],
                        }
                    )
                    for s in stage.steps
                ]
            }
        )
        for stage in journey.stages
    ]
    short = journey.model_copy(update={"stages": stages, "actions": []})
    slides = journey_slides(short, example.settings, related_of(short, example))
    check_slides(slides)
    # Every mark of a step (its cells in every lane, its emotion marker) is on one slide.
    for step in short.steps:
        on = [n for n, s in enumerate(slides) if any(b.link == f"#step-{step.id}" for b in s.boxes)]
        assert len(on) == 1, (step.id, on)
    assert {"journey.lane.pain_points", "emotion"} <= set(_lanes_of(slides[0]))
    steps = [h for s in slides for h in _step_headings(s)]
    assert steps == [f"STEP {n}" for n in range(1, len(journey.steps) + 1)]  # each once
