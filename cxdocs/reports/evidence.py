"""The evidence section of the PR comment: sources added or removed, and the
claims of the change that cite no research source (see `changes.evidence`).

A private source is named by its id and method only: its title is not even in
the review model, so the comment cannot show it.
"""

from __future__ import annotations

from cxdocs.changes.evidence import EvidenceReview, SourceRef, Unsupported
from cxdocs.reports.phrases import Words, code, md, quoted

SHOWN = 15  # unsupported claims listed before "and N more": a new journey lists every step


def _source(ref: SourceRef, w: Words) -> str:
    method = w(f"method.{ref.method}")
    if ref.title is None:
        return f"{code(ref.id)} ({method}, {w('evidence.private')})"
    return f"{quoted(ref.title)} ({code(ref.id)}, {method})"


def _claim(claim: Unsupported, w: Words) -> str:
    where = {"step": quoted(claim.step_action), "journey": md(claim.journey_title)}
    if claim.kind == "emotion":
        before, after = w.signed(claim.before), w.signed(claim.after)
        return w("evidence.emotion", before=before, after=after, **where)
    severity = w.severity(claim.severity or "medium")
    return w(f"evidence.{claim.kind}", text=quoted(claim.text or ""), severity=severity, **where)


def evidence_lines(review: EvidenceReview, w: Words) -> list[str]:
    """Markdown lines (a heading and bullets), or none when there is nothing to say."""
    if review.empty:
        return []
    lines = ["", f"### {w('evidence.heading')}", ""]
    if review.sources_added:
        added = ", ".join(_source(s, w) for s in review.sources_added)
        lines.append("- " + w("evidence.sources_added", sources=added))
    if review.sources_removed:
        removed = ", ".join(_source(s, w) for s in review.sources_removed)
        lines.append("- " + w("evidence.sources_removed", sources=removed))
    if review.unsupported:
        if len(lines) > 3:
            lines.append("")
        lines += [w("evidence.unsupported"), ""]
        lines += [f"- {_claim(c, w)}" for c in review.unsupported[:SHOWN]]
        rest = len(review.unsupported) - SHOWN
        if rest > 0:
            lines.append("- " + w("evidence.more", n=rest))
    return lines
