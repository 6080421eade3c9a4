"""Where a schema mistake is, in a reader's words: "step 'pays' of stage 'buy'"."""

from __future__ import annotations

from typing import Any

from cxdocs.content.model import LANES, slugify

_NAMED = {
    "stages": "stage",
    "steps": "step",
    "phases": "phase",
    "actions": "action",
    "metrics": "metric",
    "quotes": "quote",
    "findings": "finding",
}
# Settings mappings whose keys are ids: `channels: {app: {label: ..., icon: ...}}`.
_KEYED = {"channels": "channel"}


def describe(data: Any, loc: tuple[str | int, ...], kind: str) -> str:
    """Name the innermost object `loc` lies in, the way a reader would."""
    labels = [kind]
    node = data
    for index, part in enumerate(loc):
        parent_key = loc[index - 1] if index else None
        if isinstance(node, dict):
            node = node.get(part) if isinstance(part, str) else None
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            break
        if isinstance(part, int) and isinstance(parent_key, str):
            labels.append(_item_label(parent_key, part, node))
        elif isinstance(part, str) and parent_key in _KEYED and isinstance(node, dict):
            labels.append(f"{_KEYED[parent_key]} '{part}'")
        elif part in ("focus", "empathy_map"):
            labels.append(str(part).replace("_", " "))
    # "pain point 2 of step 'pays'": a small item needs its owner for context.
    if len(labels) > 2 and not labels[-1].startswith(("step ", "stage ", "action ", "phase ")):
        return f"{labels[-1]} of {labels[-2]}"
    return labels[-1]


def _item_label(container: str, index: int, node: Any) -> str:
    name = _NAMED.get(container)
    if name and isinstance(node, dict):
        ident = node.get("id") or node.get("name")
        implied = node.get("action") if name == "step" else ident
        if isinstance(ident, str | int) or isinstance(implied, str):
            shown = str(ident) if ident is not None else slugify(str(implied))
            if len(shown) <= 40:  # a step named by a paragraph reads better by number
                return f"{name} '{shown}'"
        return f"{name} {index + 1}"
    if container in LANES:
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            return f"{container} item '{node['id']}'"
        return f"{container} item {index + 1}"
    singular = {"pain_points": "pain point"}.get(container, container.replace("_", " "))
    return f"{singular} {index + 1}"


def show(value: Any) -> str:
    if isinstance(value, str):
        # One problem, one line: a block scalar's line breaks are shown as \n.
        value = value.replace("\r", "\\r").replace("\n", "\\n")
        return f"'{value}'" if len(value) < 60 else f"'{value[:57]}...'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return str(value).lower() if isinstance(value, bool) else str(value)
