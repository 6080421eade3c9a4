"""The change model -> JSON for tools; keys are documented in docs/guide/review.md.

The JSON is never shortened, whatever `--max-chars` says: it is where the full
report lives when the Markdown had to fit a comment.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from cxdocs.changes.model import ObjectDiff, Report
from cxdocs.content.problems import sort_problems

JSON_VERSION = 1


def render_json(report: Report) -> str:
    document = {
        "version": JSON_VERSION,
        "base": asdict(report.base),
        "head": asdict(report.head),
        "changed": report.changed,
        "objects": [_object_json(diff) for diff in report.objects],
        "problems": {
            side: [asdict(p) for p in sort_problems(report.problems.get(side, []))]
            for side in ("base", "head")
        },
        "notes": report.notes,
        "evidence": asdict(report.evidence),
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def _object_json(diff: ObjectDiff) -> dict[str, Any]:
    return {
        "kind": diff.kind,
        "id": diff.id,
        "name": diff.name,
        "status": diff.status,
        "path": {"before": diff.path_before, "after": diff.path_after},
        "moved": diff.moved,
        "renamed_from": diff.renamed_from,
        "invalid": list(diff.invalid),
        "svgs": list(diff.svgs),
        "figures": {
            "before": asdict(diff.before) if diff.before else None,
            "after": asdict(diff.after) if diff.after else None,
        },
        "changes": [asdict(change) for change in diff.changes],
    }
