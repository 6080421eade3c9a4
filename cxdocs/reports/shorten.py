"""A report too long for one comment -> the same report, cut to fit, most significant first.

GitHub refuses comments over 65,536 characters and drops job summaries over
1 MiB, so a 300-journey change would post nothing at all. The shortened report
keeps the summary table (one row per object: every change stays visible), then
the details of the most significant objects until the limit, and says what was
left out and where the whole report is. Significance is what a CX reviewer
would look at first: objects added or removed, emotion and pain-point moves,
moments of truth, then everything else by the number of changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cxdocs.changes.model import JourneyFigures, ObjectDiff

if TYPE_CHECKING:
    from cxdocs.reports.phrases import Words

# Points per change, by field: what moves the customer's experience weighs most.
_WEIGHTS = {
    "emotion": 4.0,
    "pain_points": 3.0,
    "pain_point_severity": 3.0,
    "moment_of_truth": 3.0,
    "fail_point": 3.0,
    "added": 2.0,
    "removed": 2.0,
    "metric": 2.0,
    "wait": 2.0,
    "status": 2.0,
}


@dataclass(frozen=True)
class Block:
    """One object's details, as Markdown text ready to append."""

    diff: ObjectDiff
    text: str


def significance(diff: ObjectDiff) -> float:
    """How much a reviewer needs to see this object's details (higher first)."""
    score = 10.0 if diff.status in ("added", "removed", "invalid") else 0.0
    before, after = diff.before, diff.after
    if isinstance(before, JourneyFigures) and isinstance(after, JourneyFigures):
        if before.average_emotion is not None and after.average_emotion is not None:
            score += abs(after.average_emotion - before.average_emotion) * 20
        score += abs(after.pain_points - before.pain_points) * 2
    for change in diff.changes:
        weight = _WEIGHTS.get(change.field, 1.0)
        score += weight * max(1, len(change.added) + len(change.removed))
    return score


def fit(
    top: list[str],
    rows: list[str],
    notes: list[str],
    blocks: list[Block],
    problems: list[str],
    problem_notes: list[str],
    max_chars: int,
    w: Words,
    where: str,
) -> str:
    """The report in at most `max_chars` characters (rows and blocks as `render` made them)."""
    ranked = sorted(blocks, key=lambda b: -significance(b.diff))  # stable: file order on ties

    def notice(left_out: int, problems_out: list[str]) -> str:
        objects = w.count("count.object", left_out)
        text = w("shortened", limit=w.number(max_chars), left_out=objects)
        parts = [text, *problems_out, w("full_report", where=where)]
        return "\n\n> " + "\n>\n> ".join(parts)

    worst = notice(len(blocks), problem_notes)
    budget = max_chars - len(worst) - 1  # the final newline
    head_rows = list(rows)
    head = "\n".join([*top, *head_rows, *notes])
    if len(head) > budget:  # even the summary is too long: keep what fits of it
        kept: list[str] = []
        length = len("\n".join([*top, *notes])) + 200
        for row in rows:
            if length + len(row) + 1 > budget:
                break
            kept.append(row)
            length += len(row) + 1
        more = w("shortened_rows", objects=w.count("count.object", len(rows) - len(kept)))
        head = "\n".join([*top, *kept, "", more, *notes])
    used = len(head)
    chosen: set[int] = set()
    for block in ranked:
        if used + len(block.text) <= budget:
            chosen.add(id(block))
            used += len(block.text)
    kept_problems: list[str] = []
    dropped_problems: list[str] = []
    for text, note in zip(problems, problem_notes, strict=True):
        if used + len(text) + 1 <= budget:
            kept_problems.append(text)
            used += len(text) + 1
        else:
            dropped_problems.append(note)
    left_out = len(blocks) - len(chosen)
    details = "".join(b.text for b in ranked if id(b) in chosen)
    message = notice(left_out, dropped_problems)
    body = head + message + details + "".join("\n" + p for p in kept_problems)
    return body + "\n"
