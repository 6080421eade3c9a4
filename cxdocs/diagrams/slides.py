"""A journey or blueprint cut into 16:9 slides (1920x1080) for the deck a CX project ends in.

A journey is split by groups of stages, a blueprint by groups of phases: as
many as fit side by side while the smallest text (9pt) still comes out at
14px or more on a 1920-pixel-wide slide. Each slide is the ordinary diagram
of that part, with the lane labels, the title and the steps' numbers on the
whole map. A journey keeps each step's whole column on one slide if shorter
cells (`_FITS`) make it fit; otherwise a part too tall for one slide is split
again by lanes, evenly, repeating the customer's lane on every slide. The
canvas of each slide is widened or heightened to exactly 16:9, with the
drawing centred on it.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace

from cxdocs.content.model import LANES, Blueprint, Journey, Settings, Stage
from cxdocs.diagrams import journey_work as work
from cxdocs.diagrams.blueprint import Note, blueprint_diagram
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


def _lane_groups(
    lanes: list[str], make: Callable[[list[str]], Diagram], keep: str | None = None
) -> list[list[str]]:
    """All lanes on one slide if they fit, else as few consecutive groups as fit
    the height, as even as can be (no lane left alone when avoidable).

    `keep` (the customer's lane) heads every group, so each slide still says
    which step or customer action its cells belong to.
    """
    if make(lanes).height <= MAX_H:
        return [lanes]
    head = [keep] if keep in lanes else []
    rest = [lane for lane in lanes if lane not in head]
    if len(rest) < 2:
        return [lanes]
    if head and any(make([*head, lane]).height > MAX_H for lane in rest):
        return _lane_groups(lanes, make)  # no room to repeat the customer's lane
    heights: dict[tuple[int, int], int] = {}

    def height(i: int, j: int) -> int:
        if (i, j) not in heights:
            heights[(i, j)] = make([*head, *rest[i:j]]).height
        return heights[(i, j)]

    best: list[tuple[int, int]] | None = None
    for parts in range(2, len(rest) + 1):
        for cuts in itertools.combinations(range(1, len(rest)), parts - 1):
            bounds = list(itertools.pairwise((0, *cuts, len(rest))))
            # A lane too tall on its own is a slide of its own, whatever it takes.
            if any(height(i, j) > MAX_H and j - i > 1 for i, j in bounds):
                continue
            singles = sum(j - i == 1 for i, j in bounds)
            score = (singles, max(height(i, j) for i, j in bounds))
            if best is None or score < _score(best, height):
                best = bounds
        if best is not None:
            break
    assert best is not None  # one lane per group always qualifies
    return [[*head, *rest[i:j]] for i, j in best]


def _score(bounds: list[tuple[int, int]], height: Callable[[int, int], int]) -> tuple[int, int]:
    singles = sum(j - i == 1 for i, j in bounds)
    return singles, max(height(i, j) for i, j in bounds)


def _titled(title: str, loc: str, n: int, total: int) -> str:
    return title if total == 1 else i18n.label(loc, "slides.part", title=title, n=n, total=total)


def _stage_chunks(journey: Journey, make: Callable[[list[object]], Diagram]) -> list[list[Stage]]:
    """Stages one by one, and a stage too wide for a slide in pieces of whole steps."""
    chunks: list[list[Stage]] = []
    for stage in journey.stages:
        piece: list[object] = []
        pieces: list[list[object]] = []
        for step in stage.steps:
            wider = [*piece, step]
            if piece and make([stage.model_copy(update={"steps": wider})]).width > MAX_W:
                pieces.append(piece)
                piece = [step]
            else:
                piece = wider
        pieces.append(piece)
        chunks += [[stage.model_copy(update={"steps": p})] for p in pieces]
    return chunks


def _shown_current(related: Related, journey: Journey, stages: list[object]) -> Related:
    """The current state behind a slide: only the steps of this slide, and the
    steps the future state dropped (those are on no slide of their own)."""
    if related.current is None:
        return related
    here = {step.id for stage in stages for step in stage.steps}  # type: ignore[attr-defined]
    elsewhere = {step.id for step in journey.steps} - here
    kept = [
        stage.model_copy(update={"steps": [s for s in stage.steps if s.id not in elsewhere]})
        for stage in related.current.stages
    ]
    current = related.current.model_copy(update={"stages": [s for s in kept if s.steps]})
    return replace(related, current=current)


# How a journey is made to fit, tried in order: fewer pain points and
# opportunities per cell ("+N more"), then the persona card on the first slide
# only. Every step keeps its whole column (all lanes) on one slide; only a
# step too tall even then splits its lanes over slides.
_FITS = ((4, True), (3, True), (4, False), (3, False), (2, False), (1, False))


def journey_slides(journey: Journey, settings: Settings, related: Related) -> list[Diagram]:
    """The journey map as slides: groups of whole stages (or whole steps) per slide."""
    loc = settings.locale
    numbers = {step.id: n for n, step in enumerate(journey.steps, 1)}

    def maker(limit: int, card: bool) -> Callable[..., Diagram]:
        shown = settings.model_copy(update={"cell_limit": min(limit, settings.cell_limit)})

        def draw(
            stages: list[object], lanes: Collection[str] | None = None, title: str = ""
        ) -> Diagram:
            sub = journey.model_copy(update={"stages": stages, "title": title or journey.title})
            return journey_diagram(
                sub,
                shown,
                related=_shown_current(related, journey, stages),
                lanes=lanes,
                numbers=numbers,
                card=card,
            )

        return draw

    for limit, card in _FITS:
        draw = maker(limit, card)
        groups = _pack([list(c) for c in _stage_chunks(journey, draw)], draw)
        if all(draw(g).height <= MAX_H for g in groups):
            break
    else:  # lanes will be split anyway: keep every cell whole
        limit, card = settings.cell_limit, False
        draw = maker(limit, card)
        groups = _pack([list(c) for c in _stage_chunks(journey, draw)], draw)
    first = maker(limit, True)  # the first slide carries the persona card
    parts: list[tuple[list[object], list[str] | None, Callable[..., Diagram]]] = []
    for n, group in enumerate(groups):
        make = first if n == 0 and first(group).height <= MAX_H else draw
        if make(group).height <= MAX_H:
            parts.append((group, None, make))
            continue
        make = first if n == 0 else draw  # the card's slides split the lanes further
        above, below = work.lanes(loc, settings, journey)
        keys = [k for k, _ in above] + ["emotion"] + [k for k, _ in below]
        split = _lane_groups(keys, lambda ls, g=group, m=make: m(g, ls), "journey.lane.actions")  # type: ignore[misc]
        parts += [(group, lanes, make) for lanes in split]
    total = len(parts)
    slides = []
    for n, (group, lanes, make) in enumerate(parts, 1):
        title = _titled(journey.title, loc, n, total)
        slides.append(to_slide(make(group, lanes, title)))
    return slides


def blueprint_slides(blueprint: Blueprint, settings: Settings, related: Related) -> list[Diagram]:
    """The blueprint as slides: groups of phases, and of lanes if a group is too tall.

    Every slide repeats the customer actions; a hand-off whose two ends are on
    no slide together is kept in words on both cards ("to slide 3: ...").
    """
    loc = settings.locale

    def draw(
        phases: list[object],
        lanes: Collection[str] | None = None,
        title: str = "",
        notes: Mapping[str, list[Note]] | None = None,
    ) -> Diagram:
        sub = blueprint.model_copy(update={"phases": phases, "title": title or blueprint.title})
        return blueprint_diagram(sub, settings, related=related, lanes=lanes, notes=notes)

    def sized(
        group: list[object], lanes: Collection[str] | None = None, words: Notes | None = None
    ) -> Diagram:
        return draw(group, lanes, notes=words)

    def lanes_of(group: list[object], words: Notes | None = None) -> list[list[str]]:
        return _lane_groups(list(LANES), lambda ls: sized(group, ls, words), "customer")

    # Phases side by side while they fit and no lane would be left with only
    # the customer's beside it: a slide of back stage alone says little.
    groups: list[list[object]] = []
    for phase in blueprint.phases:
        wider = [*groups[-1], phase] if groups else []
        if wider and sized(wider).width <= MAX_W and _paired(lanes_of(wider)):
            groups[-1] = wider
        else:
            groups.append([phase])
    split = [lanes_of(group) for group in groups]

    def parts_of() -> list[tuple[list[object], list[str]]]:
        return [(g, ls) for g, lanes in zip(groups, split, strict=True) for ls in lanes]

    parts = parts_of()
    notes = _slide_notes(blueprint, parts, loc)
    # A card's words about other slides may make its slide too big: that group's
    # lanes are split again, as if each of its cards had all its words.
    every: dict[str, list[Note]] = {}
    for slide in notes:
        for ident, words in slide.items():
            every.setdefault(ident, []).extend(words)
    n, regrouped, resplit = 0, [], []
    for index, group in enumerate(groups):
        slides = range(n, n + len(split[index]))
        n += len(split[index])
        if all(_fits(draw(*parts[i], notes=notes[i])) for i in slides):
            regrouped.append(group)
            resplit.append(split[index])
            continue
        lanes = lanes_of(group, every)
        if _paired(lanes) or len(group) == 1:
            regrouped.append(group)
            resplit.append(lanes)
        else:  # one phase a slide rather than a lane alone
            regrouped += [[phase] for phase in group]
            resplit += [lanes_of([phase], every) for phase in group]
    groups, split = regrouped, resplit
    parts = parts_of()
    notes = _slide_notes(blueprint, parts, loc)
    # Splitting as if every card had all its words may leave a lane alone that
    # fits with its neighbour once the words are those of the real slides.
    for index, lanes in enumerate(split):
        for k in range(len(lanes) - 1, 0, -1):
            if _paired([lanes[k - 1], lanes[k]]):
                continue
            kept = split[index]
            split[index] = [*lanes[: k - 1], [*lanes[k - 1], *lanes[k][1:]], *lanes[k + 1 :]]
            tried = parts_of()
            said = _slide_notes(blueprint, tried, loc)
            if all(_fits(draw(*part, notes=w)) for part, w in zip(tried, said, strict=True)):
                parts, notes, lanes = tried, said, split[index]
            else:
                split[index] = kept
    total = len(parts)
    return [
        to_slide(draw(group, lanes, _titled(blueprint.title, loc, n, total), notes[n - 1]))
        for n, (group, lanes) in enumerate(parts, 1)
    ]


Notes = Mapping[str, list[Note]]


def _paired(groups: list[list[str]]) -> bool:
    """No slide of the customer's lane and just one other."""
    return all(len(lanes) >= 3 or len(lanes) == len(LANES) for lanes in groups)


def _fits(diagram: Diagram) -> bool:
    return diagram.width <= MAX_W and diagram.height <= MAX_H


def _slide_notes(
    blueprint: Blueprint, parts: list[tuple[list[object], list[str]]], loc: str
) -> list[dict[str, list[Note]]]:
    """Per slide: item id -> the hand-offs no slide draws whole, as words on the card."""
    shown: list[set[str]] = []
    for group, lanes in parts:
        shown.append(
            {
                item.id
                for phase in group
                for lane in lanes
                for item in phase.lane(lane)  # type: ignore[attr-defined]
                if item.id
            }
        )
    # Where the other end is: its slide and lane (a card's text would not fit).
    texts = {
        item.id: i18n.label(loc, f"blueprint.lane.{lane}")
        for phase in blueprint.phases
        for lane in LANES
        for item in phase.lane(lane)
        if item.id
    }
    notes: list[dict[str, list[Note]]] = [{} for _ in parts]
    for phase in blueprint.phases:
        for lane in LANES:
            for item in phase.lane(lane):
                for hand in item.to:
                    ends = (item.id, hand.id)
                    if item.id is None or hand.id not in texts:
                        continue
                    if any(set(ends) <= here for here in shown):
                        continue  # an arrow on some slide
                    out = next((n for n, here in enumerate(shown) if item.id in here), None)
                    into = next((n for n, here in enumerate(shown) if hand.id in here), None)
                    if out is None or into is None:
                        continue
                    words = {"label": hand.label} if hand.label else {}
                    notes[out].setdefault(item.id, []).append(
                        _note(loc, "out", into + 1, texts[hand.id], **words)
                    )
                    notes[into].setdefault(hand.id, []).append(
                        _note(loc, "in", out + 1, texts[item.id], **words)
                    )
    return notes


def _note(loc: str, way: str, slide: int, item: str, label: str | None = None) -> Note:
    text = i18n.label(loc, f"slides.handoff.{way}", n=slide, lane=item)
    if label:
        text = f"{label}: {text}"
    return ("\u2192" if way == "out" else "\u2190", text)


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
