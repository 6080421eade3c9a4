"""What a pydantic model's annotations hold: the one walk through them.

Validation (naming the allowed keys), repair (placeholders for missing fields)
and the page cache (which fields can hold models) all need to see through
`Annotated[...]`, `X | None`, `list[...]` and `dict[..., ...]` to the model
class inside; they all ask here.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Union

from pydantic import BaseModel
from pydantic.fields import FieldInfo

# Far deeper than any annotation in the content model; a bound, not a limit met.
_DEPTH = 8


def strip(annotation: Any) -> Any:
    """Annotated[X, ...] and Optional[X] -> X (any other union is kept)."""
    for _ in range(_DEPTH):
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                break
            annotation = args[0]
        else:
            break
    return annotation


def model_class(annotation: Any) -> type[BaseModel] | None:
    """The model `annotation` is (through Annotated and Optional), if it is one."""
    annotation = strip(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def item_model(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds, through lists and mappings: `list[Step]` -> Step."""
    annotation = strip(annotation)
    while typing.get_origin(annotation) in (list, dict):
        annotation = strip(typing.get_args(annotation)[-1])
    return model_class(annotation)


def holds_models(annotation: Any) -> bool:
    """Whether a value of this type may contain a model anywhere inside."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(holds_models(arg) for arg in typing.get_args(annotation))


def _walk(
    model: type[BaseModel], loc: tuple[str | int, ...]
) -> tuple[type[BaseModel] | None, FieldInfo | None]:
    """The model at `loc` and the declaration of its last field (list indexes skipped)."""
    current: type[BaseModel] | None = model
    info: FieldInfo | None = None
    keyed = False  # the last field is a mapping: the next part is one of its keys
    for part in loc:
        if isinstance(part, int):
            continue
        if keyed:  # `channels.app`: 'app' names an entry, not a field
            keyed = False
            continue
        if current is None or part not in current.model_fields:
            return None, None
        info = current.model_fields[part]
        current = item_model(info.annotation)
        keyed = typing.get_origin(strip(info.annotation)) is dict
    return current, info


def field_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> FieldInfo | None:
    """The declaration of the field at `loc`."""
    return _walk(model, loc)[1]


def fields_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """The keys allowed in the mapping at `loc`."""
    current = _walk(model, loc)[0]
    return list(current.model_fields) if current is not None else []
