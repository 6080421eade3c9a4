"""Two versions of one service blueprint -> its semantic changes.

Lane items are matched by `id` when they have one, otherwise by their text (the
n-th item with the same text matches the n-th), so an item that changes lane or
phase is reported as moved, not as removed and added.
"""

from __future__ import annotations

from collections import Counter

from cxdocs.changes.fields import At, Names, norm, section_changes
from cxdocs.changes.model import BlueprintFigures, Change, Place, Ref
from cxdocs.content.model import LANES, Blueprint, LaneItem


def blueprint_figures(blueprint: Blueprint) -> BlueprintFigures:
    items = [item for phase in blueprint.phases for lane in LANES for item in phase.lane(lane)]
    return BlueprintFigures(
        items=len(items),
        fail_points=sum(1 for item in items if item.fail_text is not None),
        waits=sum(1 for item in items if item.wait is not None),
    )


def _places(blueprint: Blueprint) -> dict[str, tuple[Place, LaneItem]]:
    places: dict[str, tuple[Place, LaneItem]] = {}
    seen: Counter[str] = Counter()
    for phase in blueprint.phases:
        parent = Ref(phase.id, norm(phase.name) or phase.id)
        for lane in LANES:
            for position, item in enumerate(phase.lane(lane), 1):
                if item.id is not None:
                    key = f"id:{item.id}"
                else:
                    text = norm(item.text) or ""
                    seen[text] += 1
                    key = f"text:{text}#{seen[text]}"
                places[key] = (Place(parent, lane, position), item)
    return places


def blueprint_changes(before: Blueprint, after: Blueprint, names: Names) -> list[Change]:
    at = At("blueprint")
    changes = [
        *at.text("title", before.title, after.title),
        *at.value("journey", names.journey(before.journey), names.journey(after.journey)),
        *at.text("description", before.description, after.description),
    ]
    changes += section_changes("phase", before.phases, after.phases)
    old, new = _places(before), _places(after)
    # Arrow targets are shown by their text: both revisions, the newer text wins.
    texts = {
        item.id: norm(item.text) or item.id
        for _, item in (*old.values(), *new.values())
        if item.id is not None
    }

    def targets(item: LaneItem) -> list[Ref | None]:
        return [Ref(ident, texts.get(ident, ident)) for ident in item.targets]

    def fields(previous: LaneItem, item: LaneItem, at: At) -> list[Change]:
        return [
            *at.text("text", previous.text, item.text),
            *at.value("actor", names.actor(previous.actor), names.actor(item.actor)),
            *at.items("to", targets(previous), targets(item)),
            *at.value("fail_point", _fail(previous), _fail(item)),
            *at.text("wait", previous.wait, item.wait),
            *at.value(
                "step",
                names.step(before.journey, previous.step),
                names.step(after.journey, item.step),
            ),
        ]

    for key, (place, item) in new.items():
        item_at = At("item", item.id, norm(item.text), place.parent, place.lane)
        if key not in old:
            changes.append(item_at.change("added", after=place))
            changes += fields(LaneItem(text=item.text), item, item_at)
            continue
        old_place, previous = old[key]
        if (old_place.parent.id, old_place.lane) != (place.parent.id, place.lane):
            # Between lanes or phases only: order inside a lane is layout, not meaning.
            changes.append(item_at.change("moved", before=old_place, after=place))
        changes += fields(previous, item, item_at)
    for key, (place, item) in old.items():
        if key not in new:
            item_at = At("item", item.id, norm(item.text), place.parent, place.lane)
            changes.append(item_at.change("removed", before=place))
    return changes


def _fail(item: LaneItem) -> str | None:
    """The fail point as compared: None (none), "" (`true`) or its description."""
    text = item.fail_text
    return None if text is None else norm(text)
