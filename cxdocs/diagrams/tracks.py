"""Tracks for runs that share a gutter or band, ordered so that their turns cross least.

A run is one straight piece of a route (a vertical stretch in a gutter, a
horizontal one in a band) with two ends, each turning towards the low side
(left, up) or the high side. A turn towards the high side crosses every run on
a higher track that spans it, and the other way round, so the order of the
tracks decides the crossings: it is searched for exactly in small groups of
overlapping runs, greedily in large ones. Runs that never meet share tracks.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Run:
    """One straight piece of a route that shares a gutter (or band) with others.

    `ends` are its two ends: where along the run they are, and which way the
    route turns there (-1: towards the low side, left or up; +1: the other way).
    """

    owner: object  # what the run belongs to (the router's plan)
    ends: tuple[tuple[float, int], tuple[float, int]]

    @property
    def low(self) -> float:
        return min(self.ends[0][0], self.ends[1][0])

    @property
    def high(self) -> float:
        return max(self.ends[0][0], self.ends[1][0])

    def overlaps(self, other: Run) -> bool:
        return self.low <= other.high + 2 and other.low <= self.high + 2


def _cost(first: Run, second: Run) -> int:
    """Crossings if `first` runs on a lower track (left of, or above) `second`.

    A turn towards the high side crosses every run on a higher track that
    spans it; a turn towards the low side, every run on a lower one.
    """
    return sum(1 for at, way in first.ends if way > 0 and second.low < at < second.high) + sum(
        1 for at, way in second.ends if way < 0 and first.low < at < first.high
    )


EXACT_LIMIT = 8  # up to this many runs in one gutter, the best order is searched for


def _components(runs: list[Run]) -> list[list[Run]]:
    """Groups of runs that overlap, directly or through others; sorted by position."""
    groups: list[list[Run]] = []
    reach = -1e9
    for run in sorted(runs, key=lambda r: (r.low, r.high)):
        if groups and run.low <= reach + 2:
            groups[-1].append(run)
        else:
            groups.append([run])
        reach = max(reach, run.high) if len(groups[-1]) > 1 else run.high
    return groups


def _order(runs: list[Run], memo: dict[tuple[object, ...], list[int]]) -> list[Run]:
    """Runs from the lowest track to the highest, with as few crossings as found.

    Runs that never meet cannot cross, so each group of overlapping runs is
    ordered on its own; the same group recurs while the router tries variants
    of other connectors, hence the memo.
    """
    out: list[Run] = []
    for group in _components(runs):
        key = tuple(run.ends for run in group)
        if key not in memo:
            memo[key] = _best_order(group)
        out += [group[i] for i in memo[key]]
    return out


def _best_order(runs: list[Run]) -> list[int]:
    n = len(runs)
    cost = [[_cost(a, b) if a.overlaps(b) else 0 for b in runs] for a in runs]
    if n <= EXACT_LIMIT:
        # Best order of each subset placed first, subset by subset (n! orders in 2^n steps).
        best: dict[int, tuple[int, tuple[int, ...]]] = {0: (0, ())}
        for mask in range(1 << n):
            if mask not in best:
                continue
            total, order = best[mask]
            for j in range(n):
                if mask & (1 << j):
                    continue
                added = total + sum(cost[i][j] for i in order)
                key = mask | (1 << j)
                if key not in best or added < best[key][0]:
                    best[key] = (added, (*order, j))
        return list(best[(1 << n) - 1][1])
    # Many runs: insert each where it adds the fewest crossings.
    placed: list[int] = []
    for j in range(n):
        scores = [
            sum(cost[i][j] for i in placed[:k]) + sum(cost[j][i] for i in placed[k:])
            for k in range(len(placed) + 1)
        ]
        placed.insert(scores.index(min(scores)), j)
    return placed


def spread(low: float, high: float, count: int) -> list[float]:
    """`count` evenly spaced positions strictly inside (low, high)."""
    step = (high - low) / (count + 1)
    return [low + step * (i + 1) for i in range(count)]


def tracks(
    runs: list[Run], low: float, high: float, memo: dict[tuple[object, ...], list[int]]
) -> dict[int, float]:
    """Evenly spaced tracks across (low, high): overlapping runs never share one.

    Runs keep the order `_order` found; a run takes the lowest track above
    every earlier run it overlaps, so runs that do not meet share tracks.
    """
    ordered = _order(runs, memo)
    track: dict[int, int] = {}
    for i, run in enumerate(ordered):
        below = [track[id(other)] for other in ordered[:i] if other.overlaps(run)]
        track[id(run)] = max(below, default=-1) + 1
    positions = spread(low, high, max(track.values(), default=0) + 1)
    return {key: positions[index] for key, index in track.items()}


def way(toward: float, here: float) -> int:
    return -1 if toward < here else 1
