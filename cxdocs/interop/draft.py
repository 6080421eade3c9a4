"""What every source reads into: stages and steps made of located cells.

The readers (Mermaid, the two spreadsheet layouts) only find cells and where
they are; turning their text into values is `build.py`'s job, so every format
reports a bad emotion or an empty action with the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cxdocs.content.problems import Problem, problem
from cxdocs.i18n.say import Text


@dataclass(frozen=True)
class Cell:
    """The text of one cell (or Mermaid token) and where it is: row/line and column."""

    text: str
    line: int
    col: int


@dataclass
class DraftStep:
    """One step: field name (`action`, `emotion`...) -> its non-empty cell."""

    at: Cell  # where to point when the step as a whole is wrong (an empty action)
    cells: dict[str, Cell] = field(default_factory=dict)


@dataclass
class DraftStage:
    name: Cell
    steps: list[DraftStep] = field(default_factory=list)


@dataclass
class Draft:
    """A journey as read from a file, before its values are interpreted."""

    stages: list[DraftStage] = field(default_factory=list)
    title: str | None = None
    # Mermaid scores are always 1..5; spreadsheets say so with --scale 1-5.
    scale: str | None = None
    # What was skipped on purpose (a legend or a footnote under the table), to say so.
    notes: list[str] = field(default_factory=list)

    def drop_empty_stages(self, report: Report, message: str, hint: str) -> None:
        """Report each stage without steps (`message` names it as {name}), then drop it."""
        for stage in self.stages:
            if not stage.steps:
                report.error(stage.name, "empty-list", message.format(name=stage.name.text), hint)
        self.stages = [s for s in self.stages if s.steps]


class Report:
    """Collects the problems of one source file, all at once, in file order."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def error(self, at: Cell, code: str, message: Text, hint: Text = "") -> None:
        self.problems.append(problem(self.source, (at.line, at.col), "error", code, message, hint))

    def __bool__(self) -> bool:
        return bool(self.problems)
