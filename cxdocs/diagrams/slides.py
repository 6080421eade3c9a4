"""A journey or blueprint cut into 16:9 slides (1920x1080) for the deck a CX project ends in.

A journey is split by groups of stages, a blueprint by groups of phases: as
many as fit side by side while the smallest text (9pt) still comes out at
14px or more on a 1920-pixel-wide slide. Each slide is the ordinary diagram
of that part, so lane labels, the title and the persona card are on every
slide. A part still too tall for one slide is split again by lanes (the
emotion curve stays with its neighbours). The canvas of each slide is widened
or heightened to exactly 16:9, with the drawing centred on it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from dataclasses import replace

from cxdocs.content.model import LANES, Blueprint, Journey, Settings, Stage
from cxdocs.diagrams import journey_cells as cells
from cxdocs.diagrams.blueprint import blueprint_diagram
from cxdocs.diagrams.journey import journey_diagram
from cxdocs.diagrams.related import Related
from cxdocs.diagrams.scene import Diagram, Region
from cxdocs.diagrams.style import MIN_SIZE
from cxdocs.i18n import catalog as i18n

SLIDE_W, SLIDE_H = 1920, 1080
MIN_PX = 14
# The largest drawing (in points) whose 9pt text is still 14px on the slide.
MAX_W = SLIDE_W * MIN_SIZE / MIN_PX
MAX_H = SLIDE_H * MIN_SIZE / MIN_PX


def smallest_text_px(diagram: Diagram) -> float:
    """The smallest text on the finished slide, in pixels."""
    return MIN_SIZE * SLIDE_W / diagram.width


def _pack(items: list[list[object]], make: Callable[[list[object]], Diagram]) -> list[list[object]]:
    """Consecutive runs of `items` (each a list) as long as their drawing fits the width."""
    groups: list[list[object]] = []
    for item in items:
        if groups and make([*groups[-1], *item]).width <= MAX_W:
            groups[-1] = [*groups[-1], *item]
        else:
            groups.append(list(item))
    return groups


def _lane_groups(lanes: list[str], make: Callable[[list[str]], Diagram]) -> list[list[str]]:
    """All lanes on one slide if they fit, else consecutive groups that fit the height."""
    if make(lanes).height <= MAX_H:
        return [lanes]
    groups: list[list[str]] = []
    for lane in lanes:
        if groups and make([*groups[-1], lane]).height <= MAX_H:
            groups[-1].append(lane)
        else:
            groups.append([lane])
    return groups


def _titled(title: str, loc: str, n: int, total: int) -> str:
    return title if total == 1 else i18n.label(loc, "slides.part", title=title, n=n, total=total)


def _stage_chunks(journey: Journey, settings: Settings, related: Related) -> list[list[Stage]]:
    """Stages one by one, and a stage too wide for a slide in pieces of whole steps."""
    chunks: list[list[Stage]] = []
    for stage in journey.stages:
        piece: list[object] = []
        pieces: list[list[object]] = []
        for step in stage.steps:
            wider = [*piece, step]
            sub = journey.model_copy(update={"stages": [stage.model_copy(update={"steps": wider})]})
            if piece and journey_diagram(sub, settings, related=related).width > MAX_W:
                pieces.append(piece)
                piece = [step]
            else:
                piece = wider
        pieces.append(piece)
        chunks += [[stage.model_copy(update={"steps": p})] for p in pieces]
    return chunks


def journey_slides(journey: Journey, settings: Settings, related: Related) -> list[Diagram]:
    """The journey map as slides: groups of stages, and of lanes if a group is too tall."""
    loc = settings.locale
    above, below = cells.lanes(loc, settings)
    all_lanes = [k for k, _ in above] + ["emotion"] + [k for k, _ in below]

    def draw(
        stages: list[object], lanes: Collection[str] | None = None, title: str = ""
    ) -> Diagram:
        sub = journey.model_copy(update={"stages": stages, "title": title or journey.title})
        return journey_diagram(sub, settings, related=related, lanes=lanes)

    groups = _pack([list(c) for c in _stage_chunks(journey, settings, related)], draw)
    parts = [
        (group, lanes)
        for group in groups
        for lanes in _lane_groups(all_lanes, lambda ls, g=group: draw(g, ls))  # type: ignore[misc]
    ]
    total = len(parts)
    return [
        to_slide(draw(group, lanes, _titled(journey.title, loc, n, total)))
        for n, (group, lanes) in enumerate(parts, 1)
    ]


def blueprint_slides(blueprint: Blueprint, settings: Settings, related: Related) -> list[Diagram]:
    """The blueprint as slides: groups of phases, and of lanes if a group is too tall."""
    loc = settings.locale

    def draw(
        phases: list[object], lanes: Collection[str] | None = None, title: str = ""
    ) -> Diagram:
        sub = blueprint.model_copy(update={"phases": phases, "title": title or blueprint.title})
        return blueprint_diagram(sub, settings, related=related, lanes=lanes)

    groups = _pack([[phase] for phase in blueprint.phases], draw)
    parts = [
        (group, lanes)
        for group in groups
        for lanes in _lane_groups(list(LANES), lambda ls, g=group: draw(g, ls))  # type: ignore[misc]
    ]
    total = len(parts)
    return [
        to_slide(draw(group, lanes, _titled(blueprint.title, loc, n, total)))
        for n, (group, lanes) in enumerate(parts, 1)
    ]


def to_slide(diagram: Diagram) -> Diagram:
    """The drawing centred on a 16:9 canvas (widened or heightened, never cut)."""
    # A multiple of 16 points wide, so that both sides are whole points.
    width = math.ceil(max(diagram.width, diagram.height * 16 / 9) / 16) * 16
    height = width * 9 // 16
    dx, dy = (width - diagram.width) // 2, (height - diagram.height) // 2

    def moved_region(r: Region) -> Region:
        return replace(r, x=r.x + dx, y=r.y + dy)

    return replace(
        diagram,
        width=width,
        height=height,
        regions=tuple(moved_region(r) for r in diagram.regions),
        lines=tuple(
            replace(line, points=tuple((x + dx, y + dy) for x, y in line.points))
            for line in diagram.lines
        ),
        boxes=tuple(replace(b, x=b.x + dx, y=b.y + dy) for b in diagram.boxes),
        connectors=tuple(
            replace(c, route=tuple((x + dx, y + dy) for x, y in c.route) if c.route else None)
            for c in diagram.connectors
        ),
    )
