"""Which customer action each blueprint activity serves: its column (Shostack/Bitner).

A blueprint reads down its columns: each customer action heads one, and the
evidence, front-stage, back-stage and support activities that serve it sit
directly below it. Inside a phase an activity's column is, in this order:

1. the customer action its `serves:` names;
2. else the customer action nearest to it along the phase's hand-offs (`to:`,
   either way round: a customer hands over to the front stage, a back-stage
   job hands a result back), the earlier action on a tie;
3. else, for an activity linked to no customer action of its phase, its place
   in its lane: the n-th such item serves the n-th action (the last one when
   there are more), and the items it hands over to follow it.

Old files (no `serves:`) keep working: hand-offs already say most of it.
A phase without customer actions is one column.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Mapping, Sequence

from cxdocs.content.model import LANES, LaneItem

Place = tuple[str, int]  # (lane, index in the lane)


def phase_columns(stacks: Mapping[str, Sequence[LaneItem]]) -> dict[Place, int]:
    """The column (0 = the phase's first customer action) of every item of one phase."""
    customers = stacks.get("customer", ())
    width = max(1, len(customers))
    places = [(lane, i) for lane in LANES for i in range(len(stacks.get(lane, ())))]
    by_id = {stacks[lane][i].id: (lane, i) for lane, i in places if stacks[lane][i].id}
    links: dict[Place, list[Place]] = defaultdict(list)
    for lane, i in places:
        for target in stacks[lane][i].targets:
            there = by_id.get(target)
            if there is not None and there != (lane, i):
                links[(lane, i)].append(there)
                links[there].append((lane, i))
    column: dict[Place, int] = {("customer", i): i for i in range(len(customers))}
    action = {item.id: i for i, item in enumerate(customers) if item.id}
    for lane, i in places:
        serves = stacks[lane][i].serves
        if lane != "customer" and serves in action:
            column[(lane, i)] = action[serves]
    _spread(list(column), column, links)
    # What no hand-off ties to a customer action: by order in its lane.
    for lane in LANES:
        loose = [p for p in places if p[0] == lane and p not in column]
        for n, place in enumerate(loose):
            if place not in column:  # an earlier loose item's hand-offs may have placed it
                column[place] = min(n, width - 1)
                _spread([place], column, links)
    return column


def _spread(
    seeds: list[Place], column: dict[Place, int], links: Mapping[Place, list[Place]]
) -> None:
    """Breadth first from `seeds`: each unplaced item takes the column of the nearest."""
    queue = deque(seeds)
    while queue:
        here = queue.popleft()
        for there in links.get(here, ()):
            if there not in column:
                column[there] = column[here]
                queue.append(there)
