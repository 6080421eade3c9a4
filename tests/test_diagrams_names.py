"""Diagrams name things by their title or name, never by id: banner, subtitle, <title>/<desc>."""

from __future__ import annotations

import re

import pytest

from cxdocs.content.checks.run import load_repository
from cxdocs.content.repository import Repository
from cxdocs.content.settings.reader import read_config
from cxdocs.diagrams import render, to_dot
from cxdocs.diagrams.draw import diagram_of
from cxdocs.diagrams.scene import Diagram
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def example() -> Repository:
    repo, _, _ = load_repository(read_config(ROOT / "mkdocs.yml"))
    return repo


def shown(diagram: Diagram) -> str:
    return " ".join(row.text for box in diagram.boxes for row in box.rows if row.text)


def diagram(repo: Repository, kind: str, ident: str) -> Diagram:
    table = repo.journeys if kind == "journey" else repo.blueprints
    return diagram_of(kind, table[ident].item, repo)


def test_future_state_banner_names_the_journey_it_improves(example: Repository) -> None:
    future = diagram(example, "journey", "first-purchase-future")
    assert "FUTURE STATE \u00b7 improves First purchase on the website" in shown(future)
    assert "first-purchase" not in shown(future)
    assert "improves First purchase on the website" in future.summary


def test_journey_names_its_persona_everywhere(example: Repository) -> None:
    journey = diagram(example, "journey", "first-purchase")
    assert "Persona: Ana Souza" in shown(journey)
    assert "Persona: Ana Souza" in journey.summary
    assert not re.search(r"\bana\b", journey.summary)


def test_blueprint_subtitle_and_description_name_the_journey(example: Repository) -> None:
    blueprint = diagram(example, "blueprint", "order-to-delivery")
    assert "Journey: First purchase on the website" in shown(blueprint)
    assert "Journey: First purchase on the website" in blueprint.summary
    assert "first-purchase" not in shown(blueprint) + blueprint.summary


@pytest.mark.dot
def test_svg_title_and_desc_carry_names(example: Repository) -> None:
    blueprint = diagram(example, "blueprint", "order-to-delivery")
    svg = render(
        to_dot(blueprint), "svg", title=blueprint.title, description=blueprint.summary
    ).decode()
    title = re.search(r"<title id=\"[^\"]+\">([^<]*)</title>", svg)
    desc = re.search(r"<desc id=\"[^\"]+\">([^<]*)</desc>", svg)
    assert title and title.group(1) == "Service blueprint: Order to delivery (first purchase)"
    assert desc and "First purchase on the website" in desc.group(1)
    assert "first-purchase" not in title.group(1) + desc.group(1)
