"""One change -> the sentence a CX lead reads in the PR comment, in the repository's locale.

Every word comes from the label tables the site and the diagrams use
(`cxdocs.i18n.catalog`, keys `report.*`; status and state names from the page words),
so a pt-BR repository gets a pt-BR report. Kept apart from `render` so the
wording of every field sits in one place: labels, what one item of a list is
called, and the few fields (emotion, metrics, fail points, moves) that need a
sentence of their own. User text is always escaped for Markdown here.
"""

from __future__ import annotations

from collections.abc import Callable

from cxdocs.changes.model import Change, MetricValue, PainPointValue, Place, Ref, Value
from cxdocs.i18n import numbers
from cxdocs.i18n.catalog import label, plural

_QUOTED_REFS = {"addresses", "to", "step"}  # refs named by a sentence, not a label
_ESCAPED = set("\\`*_[]<>|~")
_LIMIT = 200


def md(text: str, limit: int = _LIMIT) -> str:
    """User text, on one line, shortened, with Markdown punctuation escaped."""
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return "".join(f"\\{c}" if c in _ESCAPED else c for c in flat)


def code(text: str) -> str:
    """A code span that survives backticks in the text (paths, revision names)."""
    flat = " ".join(text.split())
    ticks = "`" * (longest_backticks(flat) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{ticks}{pad}{flat}{pad}{ticks}"


def longest_backticks(text: str) -> int:
    longest = run = 0
    for char in text:
        run = run + 1 if char == "`" else 0
        longest = max(longest, run)
    return longest


def quoted(text: str) -> str:
    return f"“{md(text)}”"


class Words:
    """The report's words in one locale: labels, counts, numbers, values."""

    def __init__(self, locale: str = "en") -> None:
        self.locale = locale

    def __call__(self, key: str, **values: object) -> str:
        return label(self.locale, f"report.{key}", **values)

    def count(self, key: str, n: int) -> str:
        """'4 steps', '1 action' (key under `report.`, with .one/.other forms)."""
        return plural(self.locale, f"report.{key}", n)

    def signed(self, value: float | None) -> str:
        """Emotion scores and averages as the map and the pages print them: `+1`, `0`."""
        return self("not_scored") if value is None else numbers.score(value, self.locale)

    def number(self, value: float, unit: str | None = None) -> str:
        """A figure with its unit as the pages print it ("R$ 312", "45%"), Markdown-safe."""
        return numbers.measure(value, unit, self.locale, escape=md)

    def kind(self, kind: str) -> str:
        return self(f"kind.{kind}")

    def field(self, field: str) -> str:
        return self(f"field.{field}")

    def lane(self, lane: str) -> str:
        return label(self.locale, f"blueprint.lane.{lane}")

    def severity(self, severity: str) -> str:
        return label(self.locale, f"severity.{severity}")

    def direction(self, change: Change) -> str:
        return f" ({self(change.direction)})" if change.direction else ""

    def where(self, change: Change) -> str:
        """' · Buy' for a step, ' · Buy / Front stage' for a blueprint activity."""
        if change.parent is None:
            return ""
        text = f" · {md(change.parent.name)}"
        if change.lane is not None:
            text += f" / {self.lane(change.lane)}"
        return text

    def show(self, value: Value, field: str = "") -> str:
        """A value as people read it: labels plain, user text quoted and escaped."""
        if value is None:
            return self("not_scored") if field == "emotion" else self("none")
        if isinstance(value, bool):
            return self("yes") if value else self("no")
        if isinstance(value, int | float):
            return self.signed(value) if field == "emotion" else self.number(value)
        if isinstance(value, Ref):
            return quoted(value.name) if field in _QUOTED_REFS else md(value.name)
        if isinstance(value, PainPointValue):
            return f"{quoted(value.text)} ({self.severity(value.severity)})"
        if isinstance(value, MetricValue):
            return f"{quoted(value.name)} {self.metric(value)}"
        if isinstance(value, Place):
            return self.place(value)
        if field in ("status", "state"):
            return label(self.locale, f"{field}_{value}").lower()
        if field == "severity":
            return self.severity(value)
        return md(value) if field == "wait" else quoted(value)

    def metric(self, value: MetricValue) -> str:
        shown = self.number(value.value, value.unit)
        if value.target is None:
            return shown
        return f"{shown} ({self('target', value=self.number(value.target, value.unit))})"

    def place(self, place: Place) -> str:
        if place.lane is not None:
            return f"{md(place.parent.name)} / {self.lane(place.lane)}"
        return f"{md(place.parent.name)} ({self('position', n=place.position)})"


class Phrases:
    """Changes -> sentences, in the locale of `words`."""

    def __init__(self, words: Words) -> None:
        self.w = words
        self._special: dict[str, Callable[[Change], list[str]]] = {
            "added": lambda _: [],  # the group's heading already says it
            "removed": lambda _: [],
            "moved": self._moved,
            "emotion": self._emotion,
            "moment_of_truth": self._moment,
            "description": self._narrative,
            "pain_point_severity": self._severity,
            "metric": self._metric_change,
            "fail_point": self._fail_point,
            "wait": self._wait,
        }

    def lines_for(self, change: Change) -> list[str]:
        """The sentences for one change (several for a list with additions and removals)."""
        w, field, before, after = self.w, change.field, change.before, change.after
        special = self._special.get(field)
        if special is not None:
            return special(change)
        if change.added or change.removed:
            return self._list_lines(change)
        name = w.field(field)
        if field == "demographics":
            name = f"{name}, {quoted(change.detail or '')}"
        if before is None:
            return [w("value", label=name, value=w.show(after, field))]
        if after is None:
            return [w("value_removed", label=name, value=w.show(before, field))]
        shown = w(
            "value_changed", label=name, before=w.show(before, field), after=w.show(after, field)
        )
        return [shown + w.direction(change)]

    def _list_lines(self, change: Change) -> list[str]:
        w, field = self.w, change.field
        extra: dict[str, str] = {}
        if field.startswith("empathy_map."):
            extra["quadrant"] = w(f"quadrant.{field.split('.', 1)[1]}")
            field = "empathy_map"
        return [
            w(f"added.{field}", value=w.show(v, change.field), **extra) for v in change.added
        ] + [w(f"removed.{field}", value=w.show(v, change.field), **extra) for v in change.removed]

    def _moved(self, change: Change) -> list[str]:
        w, before, after = self.w, change.before, change.after
        if isinstance(before, Place) and isinstance(after, Place):
            if before.parent.id == after.parent.id and before.lane == after.lane:
                return [
                    w(
                        "moved_within",
                        place=md(after.parent.name),
                        before=before.position,
                        after=after.position,
                    )
                ]
            return [w("moved", before=w.place(before), after=w.place(after))]
        return [w("moved", before=w("position", n=w.show(before)), after=w.show(after))]

    def _emotion(self, change: Change) -> list[str]:
        w = self.w
        if change.before is None:
            return [w("emotion", value=w.show(change.after, "emotion"))]
        shown = w(
            "emotion_changed",
            before=w.show(change.before, "emotion"),
            after=w.show(change.after, "emotion"),
        )
        return [shown + w.direction(change)]

    def _moment(self, change: Change) -> list[str]:
        return [self.w("moment_gained" if change.after else "moment_lost")]

    def _narrative(self, change: Change) -> list[str]:
        if change.before is None:
            return [self.w("narrative_added")]
        return [self.w("narrative_removed" if change.after is None else "narrative_changed")]

    def _severity(self, change: Change) -> list[str]:
        w = self.w
        shown = w(
            "severity_changed",
            text=quoted(change.detail or ""),
            before=w.show(change.before, "severity"),
            after=w.show(change.after, "severity"),
        )
        return [shown + w.direction(change)]

    def _metric_change(self, change: Change) -> list[str]:
        w, before, after = self.w, change.before, change.after
        assert isinstance(before, MetricValue) and isinstance(after, MetricValue)
        old, new = w.number(before.value, before.unit), w.number(after.value, after.unit)
        value = new if old == new else f"{old} → {new}{w.direction(change)}"
        if before.target == after.target:
            target = (
                ""
                if after.target is None
                else w("metric_target", value=w.number(after.target, after.unit))
            )
        else:
            old_t, new_t = (
                w.number(t, m.unit) if t is not None else w("none")
                for t, m in ((before.target, before), (after.target, after))
            )
            target = w("metric_target", value=f"{old_t} → {new_t}")
        return [w("metric", name=quoted(change.detail or ""), value=value) + target]

    def _fail_point(self, change: Change) -> list[str]:
        w, before, after = self.w, change.before, change.after
        if before is None:
            return [w("fail_added") + (f": {w.show(after)}" if after else "")]
        if after is None:
            was = f" ({w('was', value=w.show(before))})" if before else ""
            return [w("fail_removed") + was]
        return [
            w(
                "fail_changed",
                before=w.show(before) if before else w("yes"),
                after=w.show(after) if after else w("yes"),
            )
        ]

    def _wait(self, change: Change) -> list[str]:
        w, before, after = self.w, change.before, change.after
        if before is None:
            return [w("wait_added", value=w.show(after, "wait"))]
        if after is None:
            return [w("wait_removed", value=w.show(before, "wait"))]
        return [w("wait_changed", before=w.show(before, "wait"), after=w.show(after, "wait"))]
