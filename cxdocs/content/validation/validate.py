"""One document's raw data -> its model, with every schema mistake as a Problem.

Pydantic does the validation; this module turns its errors into messages a CX
lead understands ("unknown key 'emotoin' in step 'sees-ad'; did you mean
'emotion'?") at the exact position of the offending key or value.
"""

from __future__ import annotations

from typing import Any, Generic, NamedTuple, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from cxdocs.content.fields import fields_at
from cxdocs.content.load import Document
from cxdocs.content.model import is_slug, slugify
from cxdocs.content.problems import Problem
from cxdocs.content.validation.numbers import (
    EMOTION_HINT,
    NOT_FINITE_HINT,
    WHOLE_NUMBER_FIELDS,
    almost_number_hint,
    boolean_hint,
    number_hint,
    whole_number_hint,
)
from cxdocs.content.validation.repair import repair
from cxdocs.content.validation.suggest import KEY_CUTOFF, did_you_mean
from cxdocs.content.yaml.scalars import number as yaml_number
from cxdocs.content.yaml.source import Path as DataPath
from cxdocs.content.yaml.source import Position

M = TypeVar("M", bound=BaseModel)

_EXPECTED = {
    "string": "text",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "list": "a list",
    "dict": "a mapping",
    "model": "a mapping",
    "finite": "a finite number",
}
_RANGE = {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}
_NAMED = {
    "stages": "stage",
    "steps": "step",
    "phases": "phase",
    "actions": "action",
    "metrics": "metric",
}
_LANES = {"evidence", "customer", "frontstage", "backstage", "support"}
_DECLARED = {"channels": "channel", "actors": "actor"}  # mkdocs.yml mappings: id -> label
_EXAMPLE_LABELS = {"channel": "Mobile app", "actor": "Customer service"}


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
    if container in _LANES:
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            return f"{container} item '{node['id']}'"
        return f"{container} item {index + 1}"
    singular = {"pain_points": "pain point"}.get(container, container.replace("_", " "))
    return f"{singular} {index + 1}"


def _show(value: Any) -> str:
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


def _expected(error_type: str) -> str:
    for prefix, text in _EXPECTED.items():
        if error_type.startswith(prefix) or error_type.startswith(f"{prefix}_"):
            return text
    if error_type.startswith("model_attributes"):
        return "a mapping"
    return "a different kind of value"


def problem_for(doc: Document, error: ErrorDetails, model: type[BaseModel]) -> Problem:
    loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and p.startswith("[")))
    data = doc.data or {}
    error_type = error["type"]
    field = next((p for p in reversed(loc) if isinstance(p, str)), doc.kind)
    value = error.get("input")
    if error_type == "missing":
        owner = describe(data, loc[:-1], doc.kind)
        return doc.problem(
            "missing-field",
            f"{owner} is missing required field '{field}'",
            f"add '{field}: ...' to the {owner.split(' ')[0]}",
            doc.source.value(loc[:-1]),
        )
    owner = describe(data, loc[:-1], doc.kind)
    if error_type == "extra_forbidden":
        allowed = fields_at(model, loc[:-1])
        return doc.problem(
            "unknown-key",
            f"unknown key '{field}' in {owner}{did_you_mean(str(field), allowed, KEY_CUTOFF)}",
            f"allowed keys: {', '.join(allowed)}",
            doc.source.key(loc),
        )
    # A bad mapping key (a channel id...) is reported at the key, not its label.
    on_key = any(p == "[key]" for p in error["loc"])
    where = doc.source.key(loc) if on_key else doc.source.value(loc)
    subject = f"'{field}' of {owner}" if owner != doc.kind else f"'{field}'"
    if error_type == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        options = [o.strip(" '") for o in expected.replace(" or ", ", ").split(",")]
        return doc.problem(
            "invalid-value",
            f"{subject} must be one of {', '.join(options)}; got {_show(value)}"
            + (_closest_option(value, options) if isinstance(value, str) else ""),
            _LITERAL_HINTS.get(str(field), f"use one of: {', '.join(options)}"),
            where,
        )
    if error_type in _RANGE:
        if field == "emotion":
            return doc.problem(
                "out-of-range",
                f"{subject} must be between -2 and +2; got {_show(value)}",
                "emotion runs from -2 (very negative) through 0 (neutral) to +2 (very positive)",
                where,
            )
        least = error.get("ctx", {}).get("ge")
        if str(field) in WHOLE_NUMBER_FIELDS and least is not None:
            return doc.problem(
                "out-of-range",
                f"{subject} must be {least} or more; got {_show(value)}",
                WHOLE_NUMBER_FIELDS[str(field)],
                where,
            )
        return doc.problem(
            "out-of-range",
            f"{subject} is out of range: {error['msg'].lower()}; got {_show(value)}",
            "use a value in the allowed range",
            where,
        )
    if error_type in ("string_too_long", "too_long") and isinstance(value, str):
        limit = error.get("ctx", {}).get("max_length", 0)
        return doc.problem(
            "text-too-long",
            f"{subject} is {len(value):,} characters long; diagrams take at most {limit:,}",
            "keep the short text here and move the detail into a 'description' "
            "(or the Markdown body), which has no limit",
            where,
        )
    if error_type == "too_short":
        return doc.problem(
            "empty-list",
            f"{subject} must list at least one entry",
            f"add at least one entry under '{field}'",
            where,
        )
    if error_type == "too_long":
        limit = error.get("ctx", {}).get("max_length")
        return doc.problem(
            "out-of-range",
            f"{subject} has more than {limit} entries",
            "'why' is the five-whys chain: keep at most five"
            if field == "why"
            else f"keep at most {limit} entries",
            where,
        )
    if error_type == "string_pattern_mismatch":
        suggestion = slugify(value) if isinstance(value, str) else ""
        if on_key and len(loc) > 1:  # `channels: {E-mail: ...}`: the key is the id
            what = _DECLARED.get(str(loc[-2]), "key")
            subject = f"{what} '{field}'"
        return doc.problem(
            "bad-id",
            f"{subject} is not a valid id"
            + ("" if f"'{value}'" in subject else f": {_show(value)}"),
            "ids use lower-case letters, digits and '-'"
            + (f"; for example '{suggestion}'" if suggestion else ""),
            where,
        )
    if error_type == "empty-label":
        what = _DECLARED.get(str(loc[-2]) if len(loc) > 1 else "", "key")
        return doc.problem(
            "empty-label",
            f"{what} '{field}' has no label: the site and diagrams would show it as nothing",
            f"write the name people see after the colon, e.g. '{field}: "
            f"{_EXAMPLE_LABELS.get(what, 'Mobile app')}', or remove the {what}",
            doc.source.key(loc),
        )
    number = _number_problem(doc, error_type, value, str(field), subject, where)
    if number is not None:
        return number
    if "-" in error_type:  # a model rule: its type is our stable code
        code = error_type
        subject = describe(data, loc, doc.kind)
        hint = str(error.get("ctx", {}).get("hint", _RULE_HINTS.get(code, "")))
        return doc.problem(code, f"{subject}: {error['msg']}", hint, where)
    return doc.problem(
        "wrong-type",
        f"{subject} must be {_expected(error_type)}; got {_show(value)}",
        _type_hint(str(field), value),
        where,
    )


# Formats people ask for that the site does not make, and the one that serves instead.
_FORMAT_STAND_INS = {
    **dict.fromkeys(("jpg", "jpeg", "gif", "webp", "tif", "tiff", "bmp"), "png"),
    **dict.fromkeys(("eps", "ps"), "pdf"),
}
_LITERAL_HINTS = {
    "downloads": "list any of svg, png, pdf (e.g. 'downloads: [svg, pdf]'), "
    "or write 'downloads: []' to offer no downloads",
}


def _closest_option(value: str, options: list[str]) -> str:
    """'; did you mean ...?' for a choice: `PNG` -> png and `PT-br` -> pt-BR first
    (difflib compares case), a stand-in for a format the site does not make."""
    folded = {option.casefold(): option for option in options}
    wanted = value.strip().casefold().lstrip(".")
    found = folded.get(wanted) or folded.get(_FORMAT_STAND_INS.get(wanted, ""))
    return f"; did you mean '{found}'?" if found else did_you_mean(value, options)


def _type_hint(field: str, value: Any) -> str:
    """A hint that fits what was written: nothing at all, or a value of another type."""
    if field == "downloads":  # `downloads: png`, `downloads: false`, `downloads:`
        if isinstance(value, str) and value.strip():
            return f"write a list, even of one format: 'downloads: [{value.strip()}]'"
        return _LITERAL_HINTS[field]
    if value is None:  # `title: ~`, `title:` or `app:` with nothing after it
        return f"'{field}' is empty: write its value after the colon, or remove the key"
    if field == "emotion":
        return EMOTION_HINT
    return "check the value's type: lists are written '- item' or [a, b]; quote text"


def _flag_hint(value: str) -> str:
    if value.strip() in ("true", "false"):
        return f"write {value.strip()} without quotes"
    if value.strip().lower() in ("true", "false"):
        # Only lower-case true/false are yes/no values; True stays the text "True",
        # so a title reading "True" is shown as written.
        return f"write {value.strip().lower()} in lower case (only true and false are yes/no)"
    if value.strip().lower() in ("yes", "no", "on", "off", "y", "n"):
        return "write true or false (YAML 1.2 reads yes, no, on and off as text)"
    return "write true or false"


def _number_problem(
    doc: Document, error_type: str, value: Any, field: str, subject: str, where: Position
) -> Problem | None:
    """Text, a fraction or infinity where a number (or true/false) belongs."""
    numeric = error_type.startswith(("int_", "float_"))
    if (
        error_type.startswith("int_")
        and field in WHOLE_NUMBER_FIELDS
        and not isinstance(value, float | bool)
    ):
        return doc.problem(
            "not-a-number" if isinstance(value, str) else "wrong-type",
            f"{subject} must be a whole number; got {_show(value)}",
            (isinstance(value, str) and almost_number_hint(field, value.strip()))
            or WHOLE_NUMBER_FIELDS[field],
            where,
        )
    if numeric and isinstance(value, str | bool):
        # The models read numbers strictly: `true` is never 1, whatever Python thinks.
        return doc.problem(
            "not-a-number",
            f"{subject} is not a number: {_show(value)}",
            boolean_hint(field, value) if isinstance(value, bool) else number_hint(field, value),
            where,
        )
    if error_type.startswith("int_") and isinstance(value, float):
        # `!!float 1` is the number 1.0, though written `1`: say why it is refused.
        shown = f"!!float {value}" if isinstance(yaml_number(str(value)), int) else str(value)
        return doc.problem(
            "wrong-type",
            f"{subject} must be a whole number; got {shown}",
            whole_number_hint(field, str(value)),
            where,
        )
    if error_type == "finite_number":
        return doc.problem(
            "not-a-number",
            f"{subject} must be a finite number; got {value}",
            NOT_FINITE_HINT,
            where,
        )
    if error_type.startswith("bool_") and isinstance(value, str):
        return doc.problem(
            "wrong-type",
            f"{subject} must be true or false; got {_show(value)}",
            _flag_hint(value),
            where,
        )
    return None


_RULE_HINTS = {
    "incomplete-nps": "give all three counts: promoters (9-10), passives (7-8), detractors (0-6)",
    "metric-without-value": "add 'value: ...', or promoters/passives/detractors for an NPS",
    "wrong-type": "write true, or a short description of how it fails",
}


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
                    f"the file name '{doc.stem}' is not a valid id",
                    f"rename the file to '{slugify(doc.stem) or 'my-id'}{doc.path.suffix}' "
                    "or add an 'id:' field",
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
                    "the narrative is given twice: a 'description' field and a Markdown body",
                    "keep one: move the description text below the front matter",
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
