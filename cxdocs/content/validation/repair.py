"""A best-effort model of an invalid file, so its other problems are still found.

One broken part must never hide the others: a journey with an incomplete NPS
metric or a step without its action still has its persona, channels and
actors checked. The file's problems are already reported; this only builds a
model good enough for the cross-file checks:

- a bad optional value or an unknown key is dropped;
- a missing required value gets a neutral placeholder (empty text, a unique
  id, one placeholder item for a list that needs one);
- a bad item of a list that other checks point into by position (stages,
  steps, actions, phases, lane items, actors...) is replaced by a placeholder,
  so the positions of its siblings stay right; a bad item of any other list
  (metrics, pain points...) is removed.

Every placeholder's path is returned: checks must not report a reference or a
duplicate at a value cxdocs made up.
"""

from __future__ import annotations

import typing
from itertools import count
from typing import Any, TypeVar

from annotated_types import MinLen
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from cxdocs.content.fields import field_at, model_class, strip
from cxdocs.content.yaml.source import Path as DataPath

M = TypeVar("M", bound=BaseModel)
PLACEHOLDER_ID = "cxdocs-placeholder-"  # ids made up for missing ones; never shown
ROUNDS = 6
# Lists whose items cross-checks address by index (positions come from them).
POSITIONAL = frozenset(
    {
        "channels",
        "stages",
        "steps",
        "actors",
        "actions",
        "addresses",
        "phases",
        "evidence",
        "customer",
        "frontstage",
        "backstage",
        "support",
        "to",
    }
)


def repair(
    data: dict[str, Any], error: ValidationError, model: type[M]
) -> tuple[M | None, list[DataPath]]:
    """(model rebuilt around the errors or None, paths of the placeholders put in)."""
    current = copy_deep(data)
    filled: list[DataPath] = []
    ids = count(1)
    for _ in range(ROUNDS):
        removals: list[tuple[DataPath, int]] = []
        for detail in error.errors():
            loc = tuple(p for p in detail["loc"] if not (isinstance(p, str) and p.startswith("[")))
            if detail["type"] == "missing":
                if not _fill(current, loc, model, filled, ids):
                    return None, filled
                continue
            loc = reachable(current, loc)
            if not loc:
                return None, filled
            parent = _walk(current, loc[:-1])
            last = loc[-1]
            if isinstance(last, str) and isinstance(parent, dict):
                parent.pop(last, None)
            elif isinstance(last, int) and isinstance(parent, list):
                container = loc[-2] if len(loc) > 1 else None
                if container in POSITIONAL:
                    parent[last] = _placeholder_item(model, loc, ids)
                    filled.append(loc)
                else:
                    removals.append((loc[:-1], last))
            else:
                return None, filled
        for list_path, index in sorted(set(removals), key=lambda r: -r[1]):
            items = _walk(current, list_path)
            if isinstance(items, list) and index < len(items):
                del items[index]
        try:
            return model.model_validate(current), filled
        except ValidationError as again:
            error = again
    return None, filled


def _fill(
    data: Any, loc: DataPath, model: type[BaseModel], filled: list[DataPath], ids: count[int]
) -> bool:
    parent = _walk(data, loc[:-1])
    if not loc or not isinstance(parent, dict):
        return False
    info = field_at(model, loc)
    if info is None:
        return False
    parent[loc[-1]] = _placeholder(info, str(loc[-1]), ids)
    filled.append(loc)
    return True


def _placeholder(info: FieldInfo, name: str, ids: count[int]) -> Any:
    annotation = strip(info.annotation)
    if name == "id":
        return f"{PLACEHOLDER_ID}{next(ids)}"
    if typing.get_origin(annotation) is list:
        needed = any(isinstance(m, MinLen) and m.min_length > 0 for m in info.metadata)
        item = model_class(typing.get_args(annotation)[0]) if typing.get_args(annotation) else None
        return [_minimal(item, ids) if item else ""] if needed else []
    found = model_class(annotation)
    return _minimal(found, ids) if found else ""


def _placeholder_item(model: type[BaseModel], loc: DataPath, ids: count[int]) -> Any:
    info = field_at(model, loc[:-1])
    if info is None:
        return ""
    args = typing.get_args(strip(info.annotation))
    item = model_class(args[0]) if args else None
    return _minimal(item, ids) if item else ""


def _minimal(model: type[BaseModel], ids: count[int]) -> dict[str, Any]:
    """The smallest valid mapping for `model`: its required fields, placeholders."""
    return {
        name: _placeholder(info, name, ids)
        for name, info in model.model_fields.items()
        if info.is_required()
    }


def reachable(data: Any, loc: DataPath) -> DataPath:
    """The longest prefix of `loc` that exists in `data` (drops union branch names)."""
    for index, part in enumerate(loc):
        in_list = isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)
        if not (in_list or (isinstance(data, dict) and part in data)):
            return loc[:index]
        data = data[part]
    return loc


def copy_deep(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: copy_deep(v) for k, v in value.items()}
    if isinstance(value, list):
        return [copy_deep(v) for v in value]
    return value


def _walk(data: Any, loc: DataPath) -> Any:
    for part in loc:
        if isinstance(data, dict) and isinstance(part, str):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return None
    return data
