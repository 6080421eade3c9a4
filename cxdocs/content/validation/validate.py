"""One document's raw data -> its model, with every schema mistake as a Problem.

Pydantic does the validation; `rules` turns its errors into messages a CX lead
understands, and `repair` builds a model good enough for the cross-file checks.
"""

from __future__ import annotations

from typing import Generic, NamedTuple, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from cxdocs.content.load import Document
from cxdocs.content.model import is_slug, slugify
from cxdocs.content.problems import Problem
from cxdocs.content.validation.repair import repair
from cxdocs.content.validation.rules import problem_for
from cxdocs.content.yaml.source import Path as DataPath
from cxdocs.i18n.say import say

M = TypeVar("M", bound=BaseModel)


class Validated(NamedTuple, Generic[M]):
    model: M | None
    problems: list[Problem]
    partial: bool  # rebuilt around invalid fields: good for cross-checks only
    filled: list[DataPath]  # placeholders cxdocs put in: never report them


_ID_SOURCES = ("name", "action")  # the fields stages, phases and steps take their id from


def _reported(errors: list[ErrorDetails]) -> list[ErrorDetails]:
    """Errors worth a problem: a missing 'id' beside another missing field is
    implied by it (stages, steps and phases take their id from their name or
    action), so only the field the person forgot is reported."""
    missing = {tuple(e["loc"]) for e in errors if e["type"] == "missing"}
    return [
        e
        for e in errors
        if not (
            e["type"] == "missing"
            and e["loc"][-1] == "id"
            and any(m[:-1] == tuple(e["loc"][:-1]) and m[-1] in _ID_SOURCES for m in missing)
        )
    ]


def validate(doc: Document, model: type[M]) -> Validated[M]:
    """Build the model of one document; problems instead of exceptions."""
    assert doc.data is not None
    data = dict(doc.data)
    problems: list[Problem] = []
    partial = False
    if "id" not in data:
        if is_slug(doc.stem):
            data["id"] = doc.stem
        else:
            problems.append(
                doc.problem(
                    "bad-id",
                    say("problem.file_name", name=doc.stem),
                    say(
                        "problem.file_name.hint",
                        name=f"{slugify(doc.stem) or 'my-id'}{doc.path.suffix}",
                    ),
                    doc.source.start,
                )
            )
            data["id"] = slugify(doc.stem) or "invalid"
            partial = True
    if doc.body is not None and doc.body.strip():
        if "description" in data:
            problems.append(
                doc.problem(
                    "description-twice",
                    say("problem.description_twice"),
                    say("problem.description_twice.hint"),
                    doc.source.key(("description",)),
                )
            )
        else:
            data["description"] = doc.body.strip("\n")
    try:
        return Validated(model.model_validate(data), problems, partial, [])
    except ValidationError as error:
        problems.extend(problem_for(doc, d, model) for d in _reported(error.errors()))
        repaired, filled = repair(data, error, model)
        return Validated(repaired, problems, True, filled)
