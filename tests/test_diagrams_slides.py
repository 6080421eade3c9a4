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
        assert "Ana Souza" in text and "SCENARIO" in text  # the persona card, every time
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


@pytest.mark.dot
def test_cli_writes_png_slides_of_exactly_1920_by_1080(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "journeys", repo / "journeys")
    shutil.copytree(ROOT / "personas", repo / "personas")
    shutil.copytree(ROOT / "blueprints", repo / "blueprints")
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

    long = "A pain point that goes on and on, " * 12
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
                        {"id": "a", "action": "A", "pain_points": [long] * 4},
                        {"id": "b", "action": "B"},
                    ],
                }
            ],
        }
    )
    slides = journey_slides(journey, Settings(), Related())
    assert small_text(slides)
