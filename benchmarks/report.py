"""Print benchmark figures with their targets, and the growth curve.

The growth curve is printed twice: as a table of milliseconds per object and
as a Mermaid `xychart-beta` block, which GitHub draws in the README as is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    target: float | None = None  # at most this; None: reported, no target

    def verdict(self) -> str:
        if self.target is None:
            return ""
        return "met" if self.value <= self.target else "MISSED"

    def render(self) -> str:
        value = (
            f"{self.value:.0f}"
            if self.value >= 100 or self.value == int(self.value)
            else (f"{self.value:.2f}")
        )
        target = f"target <= {self.target:g}" if self.target is not None else ""
        return f"{self.name:<42} {value:>8} {self.unit:<30} {target:<14} {self.verdict()}"


@dataclass
class Table:
    lines: list[str] = field(default_factory=list)

    def section(self, title: str) -> None:
        self.lines.append(f"\n{title}")
        print(self.lines[-1], flush=True)

    def add(self, figure: Figure, detail: str = "") -> None:
        self.lines.append("  " + figure.render())
        if detail:
            self.lines.append(f"      {detail}")
        print("\n".join(self.lines[-2 if detail else -1 :]), flush=True)

    def note(self, text: str) -> None:
        self.lines.append(f"      {text}")
        print(self.lines[-1], flush=True)

    def summary(self) -> str:
        missed = sum(1 for line in self.lines if line.rstrip().endswith("MISSED"))
        met = sum(1 for line in self.lines if line.rstrip().endswith(" met"))
        return f"\nsummary: {met} targets met, {missed} missed"


class Timed(Protocol):
    @property
    def seconds(self) -> float: ...


class Sized(Protocol):
    @property
    def objects(self) -> int: ...
    @property
    def check(self) -> Timed: ...
    @property
    def cold(self) -> Timed | None: ...
    @property
    def warm(self) -> Timed | None: ...


def _per_object(run: Timed | None, objects: int) -> float:
    return 1000 * run.seconds / objects if run is not None else 0.0


def growth_chart(measured: Sequence[Sized]) -> str:
    """Milliseconds per object at each size, as a table and a Mermaid chart."""
    if not measured:
        return ""
    rows = ["\ngrowth: milliseconds per object (flat = linear growth)"]
    rows.append(f"  {'objects':>8} {'check':>8} {'cold build':>11} {'warm build':>11}")
    series: dict[str, list[float]] = {"check": [], "cold build": [], "warm build": []}
    for m in measured:
        values = (
            _per_object(m.check, m.objects),
            _per_object(m.cold, m.objects),
            _per_object(m.warm, m.objects),
        )
        for name, value in zip(series, values, strict=True):
            series[name].append(round(value, 1))
        rows.append(f"  {m.objects:>8} {values[0]:>8.1f} {values[1]:>11.1f} {values[2]:>11.1f}")
    top = max(max(v) for v in series.values()) * 1.15 or 1
    rows += [
        "\n```mermaid",
        "xychart-beta",
        '  title "Time per object (ms) as the repository grows"',
        "  x-axis [" + ", ".join(f'"{m.objects}"' for m in measured) + "]",
        f'  y-axis "ms per object" 0 --> {top:.0f}',
    ]
    rows += [f"  line [{', '.join(f'{v:g}' for v in values)}]" for values in series.values()]
    rows.append("```")
    rows.append("lines, top to bottom in the legend order: " + ", ".join(series))
    return "\n".join(rows)
