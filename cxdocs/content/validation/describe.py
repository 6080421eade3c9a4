"""Where a schema mistake is, in a reader's words: "step 'pays' of stage 'buy'"."""

from __future__ import annotations

from typing import Any

from cxdocs.content.model import LANES, slugify
from cxdocs.i18n.say import Say, Text, say

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
# Items whose own name says enough, without the object they belong to.
_SELF_EXPLAINING = frozenset(
    say(f"problem.thing.{n}") for n in ("step", "stage", "action", "phase")
)


def describe(data: Any, loc: tuple[str | int, ...], kind: str) -> Say:
    """Name the innermost object `loc` lies in, the way a reader would."""
    return where(data, loc, kind)[0]


def where(data: Any, loc: tuple[str | int, ...], kind: str) -> tuple[Say, Say]:
    """(the innermost object `loc` lies in, "to the <that kind of thing>")."""
    labels = [(say(f"problem.thing.{kind}"), say(f"problem.to.{kind}"))]
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
            thing = say(f"problem.thing.{_KEYED[parent_key]}")
            to = say(f"problem.to.{_KEYED[parent_key]}")
            labels.append((say("problem.where.named", thing=thing, id=part), to))
        elif part in ("focus", "empathy_map"):
            labels.append((say(f"problem.thing.{part}"), say(f"problem.to.{part}")))
    # "pain point 2 of step 'pays'": a small item needs its owner for context.
    last, to = labels[-1]
    if len(labels) > 2 and dict(last.values).get("thing") not in _SELF_EXPLAINING:
        return say("problem.where.of", item=last, owner=labels[-2][0]), to
    return last, to


def _item_label(container: str, index: int, node: Any) -> tuple[Say, Say]:
    name = _NAMED.get(container)
    if name and isinstance(node, dict):
        ident = node.get("id") or node.get("name")
        implied = node.get("action") if name == "step" else ident
        thing = say(f"problem.thing.{name}")
        if isinstance(ident, str | int) or isinstance(implied, str):
            shown = str(ident) if ident is not None else slugify(str(implied))
            if len(shown) <= 40:  # a step named by a paragraph reads better by number
                return say("problem.where.named", thing=thing, id=shown), _to(name)
        return say("problem.where.numbered", thing=thing, n=index + 1), _to(name)
    if container in LANES:
        thing = say("problem.thing.lane_item", lane=container)
        to = say("problem.to.lane_item", lane=container)
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            return say("problem.where.named", thing=thing, id=node["id"]), to
        return say("problem.where.numbered", thing=thing, n=index + 1), to
    if container in ("pain_points", "to"):  # `to`: a hand-off of a lane item
        key = "pain_point" if container == "pain_points" else "hand_off"
        thing, to = say(f"problem.thing.{key}"), say(f"problem.to.{key}")
    else:  # a list of the format's keys' own words: the key names it
        shown = container.replace("_", " ")
        thing, to = say("problem.thing.list", name=shown), say("problem.to.list", name=shown)
    return say("problem.where.numbered", thing=thing, n=index + 1), to


def _to(name: str) -> Say:
    return say(f"problem.to.{name}")


def show(value: Any) -> Text:
    if isinstance(value, str):
        # One problem, one line: a block scalar's line breaks are shown as \n.
        value = value.replace("\r", "\\r").replace("\n", "\\n")
        return f"'{value}'" if len(value) < 60 else f"'{value[:57]}...'"
    if isinstance(value, dict):
        return say("problem.shown.mapping")
    if isinstance(value, list):
        return say("problem.shown.list")
    if value is None:
        return say("problem.shown.nothing")
    return str(value).lower() if isinstance(value, bool) else str(value)
