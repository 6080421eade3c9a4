"""Diagrams for journeys, blueprints and personas: model -> description -> DOT -> SVG.

The small public API:

- `journey_dot(journey, settings)`, `blueprint_dot(...)`, `persona_dot(...)`: DOT text.
- `render(dot_source, fmt="svg", cache_dir=None, id_prefix=None, *, title, description)`:
  runs Graphviz (through the render cache) and returns the finished bytes;
  `render_formats` draws several formats from one layout in one Graphviz run.
- `journey_svg(...)`, `blueprint_svg(...)`, `persona_svg(...)`: both steps, with the
  text alternative and a per-diagram id prefix; SVG text ready to inline in a page.
- `GraphvizNotFound`, `RenderError` (both `DiagramError`): errors with messages for users.

Journey links point at `#step-<id>` / `#stage-<id>` on the journey's own page;
`link_base=` puts a page URL in front when the diagram is shown elsewhere.
Blueprints take `journey_url=` to link customer actions to their journey step.

Journeys and blueprints take `highlight=`, a `JourneyHighlight` or
`BlueprintHighlight` (`highlight.py`): what changed since another revision, drawn
on the diagram for `cxdocs diff --svg-dir`. Without it, output is unchanged.

The `*_diagram` functions return the engine-neutral `Diagram` description
(`scene.py`), for tests and for other renderers. Layout: `journey.py` (with
`journey_cells.py`), `blueprint.py`, `persona.py`, sharing `common.py`,
`style.py` and `text.py`; highlights: `highlight.py`, `marks.py`,
`journey_marks.py`, `blueprint_marks.py`; blueprint hand-overs: `routing.py`, `tracks.py`,
`geometry.py`; fonts: `fontmetrics.py`; Graphviz: `dot.py`, `svg.py` (its render cache
is `cxdocs/cache.py`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict, Unpack

from cxdocs.content.model import Blueprint, Journey, Persona, Settings
from cxdocs.diagrams.blueprint import blueprint_diagram
from cxdocs.diagrams.dot import (
    MAX_POINTS,
    DiagramError,
    GraphvizNotFound,
    RenderError,
    graphviz_version,
    render,
    render_formats,
    to_dot,
    too_big,
)
from cxdocs.diagrams.highlight import BlueprintHighlight, JourneyHighlight
from cxdocs.diagrams.journey import journey_diagram
from cxdocs.diagrams.persona import persona_diagram
from cxdocs.diagrams.related import Related
from cxdocs.diagrams.scene import Diagram

__all__ = [
    "MAX_POINTS",
    "BlueprintHighlight",
    "Diagram",
    "DiagramError",
    "GraphvizNotFound",
    "JourneyHighlight",
    "Related",
    "RenderError",
    "blueprint_diagram",
    "blueprint_dot",
    "blueprint_svg",
    "graphviz_version",
    "journey_diagram",
    "journey_dot",
    "journey_svg",
    "persona_diagram",
    "persona_dot",
    "persona_svg",
    "render",
    "render_formats",
    "svg_of",
    "to_dot",
    "too_big",
]


class JourneyOptions(TypedDict, total=False):
    """What `journey_dot` and `journey_svg` pass on to `journey_diagram`."""

    link_base: str
    highlight: JourneyHighlight | None
    persona_name: str | None
    related: Related | None


class BlueprintOptions(TypedDict, total=False):
    """What `blueprint_dot` and `blueprint_svg` pass on to `blueprint_diagram`."""

    journey_url: str | None
    highlight: BlueprintHighlight | None
    related: Related | None


def journey_dot(journey: Journey, settings: Settings, **options: Unpack[JourneyOptions]) -> str:
    return to_dot(journey_diagram(journey, settings, **options))


def blueprint_dot(
    blueprint: Blueprint, settings: Settings, **options: Unpack[BlueprintOptions]
) -> str:
    return to_dot(blueprint_diagram(blueprint, settings, **options))


def persona_dot(persona: Persona, settings: Settings) -> str:
    return to_dot(persona_diagram(persona, settings))


def svg_of(diagram: Diagram, prefix: str, cache_dir: str | Path | None = None) -> str:
    """A described diagram as SVG text, its ids prefixed with `prefix`."""
    data = render(
        to_dot(diagram), "svg", cache_dir, prefix, title=diagram.title, description=diagram.summary
    )
    return data.decode("utf-8")


def journey_svg(
    journey: Journey,
    settings: Settings,
    cache_dir: str | Path | None = None,
    **options: Unpack[JourneyOptions],
) -> str:
    """The journey's swimlane diagram as SVG text; ids prefixed `journey-<id>-`.

    Step links are `#step-<id>`, for the journey's own page; pass the page's
    URL as `link_base` to show the diagram elsewhere. A `highlight` marks what
    changed since another revision. `related` (or just `persona_name`) gives
    the names shown instead of ids, and the persona card.
    """
    diagram = journey_diagram(journey, settings, **options)
    return svg_of(diagram, f"journey-{journey.id}-", cache_dir)


def blueprint_svg(
    blueprint: Blueprint,
    settings: Settings,
    cache_dir: str | Path | None = None,
    **options: Unpack[BlueprintOptions],
) -> str:
    """The service blueprint as SVG text; ids prefixed `blueprint-<id>-`.

    Given the journey page's URL, customer actions link to their journey step.
    A `highlight` marks what changed since another revision; `related` names
    the journey the blueprint serves.
    """
    diagram = blueprint_diagram(blueprint, settings, **options)
    return svg_of(diagram, f"blueprint-{blueprint.id}-", cache_dir)


def persona_svg(persona: Persona, settings: Settings, cache_dir: str | Path | None = None) -> str:
    """The persona's empathy map as SVG text; ids prefixed `persona-<id>-`."""
    return svg_of(persona_diagram(persona, settings), f"persona-{persona.id}-", cache_dir)
