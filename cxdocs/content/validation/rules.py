"""Pydantic's errors -> problems a CX lead understands, as a table of named rules.

As markdown-it-py runs its parsing rules, `problem_for` asks the rules of
`RULES` in order; the first that recognises the error words the problem
("unknown key 'emotoin' in step 'sees-ad'; did you mean 'emotion'?") at the
exact position of the offending key or value. The last rule takes every error,
so each one gets a problem. Each rule has a fixture repository under
tests/fixtures/invalid/ whose golden output it writes (tests/test_problem_fixtures.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from cxdocs.content.fields import fields_at
from cxdocs.content.load import Document
from cxdocs.content.model import slugify
from cxdocs.content.problems import Problem
from cxdocs.content.ruletable import Rule, first_answer
from cxdocs.content.validation.describe import describe, show, where
from cxdocs.content.validation.numbers import (
    EMOTION_HINT,
    NOT_FINITE_HINT,
    WHOLE_NUMBER_FIELDS,
    almost_number_hint,
    boolean_hint,
    number_hint,
    whole_number_hint,
)
from cxdocs.content.validation.suggest import KEY_CUTOFF, did_you_mean, meant
from cxdocs.content.vocabulary import closest, synonyms_hint
from cxdocs.content.yaml.scalars import number as yaml_number
from cxdocs.content.yaml.source import Position
from cxdocs.i18n.say import Figure, Say, Text, say

# The start of pydantic's error types, and what such a value must be.
_EXPECTED = ("string", "int", "float", "bool", "list", "dict", "model", "finite")
_RANGE = {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}
_DECLARED = {"channels": "channel", "actors": "actor"}  # mkdocs.yml mappings: id -> label
# Formats people ask for that the site does not make, and the one that serves instead.
_FORMAT_STAND_INS = {
    **dict.fromkeys(("jpg", "jpeg", "gif", "webp", "tif", "tiff", "bmp"), "png"),
    **dict.fromkeys(("eps", "ps"), "pdf"),
}
_LITERAL_HINTS = {"downloads": say("problem.downloads.hint")}


@dataclass(frozen=True)
class Failure:
    """One pydantic error on one document, with what the rules ask of it."""

    doc: Document
    error: ErrorDetails
    model: type[BaseModel]

    @cached_property
    def loc(self) -> tuple[str | int, ...]:
        # "[key]" and other bracketed parts name pydantic's internals, not the data.
        return tuple(p for p in self.error["loc"] if not (isinstance(p, str) and p.startswith("[")))

    @property
    def type(self) -> str:
        return self.error["type"]

    @cached_property
    def field(self) -> str | int:
        return next((p for p in reversed(self.loc) if isinstance(p, str)), self.doc.kind)

    @property
    def value(self) -> Any:
        return self.error.get("input")

    @property
    def ctx(self) -> dict[str, Any]:
        return dict(self.error.get("ctx", {}))

    @cached_property
    def _where(self) -> tuple[Say, Say]:
        return where(self.doc.data or {}, self.loc[:-1], self.doc.kind)

    @property
    def owner(self) -> Say:
        return self._where[0]

    @cached_property
    def on_key(self) -> bool:
        # A bad mapping key (a channel id...) is reported at the key, not its label.
        return any(p == "[key]" for p in self.error["loc"])

    @cached_property
    def where(self) -> Position:
        return self.doc.source.key(self.loc) if self.on_key else self.doc.source.value(self.loc)

    @cached_property
    def subject(self) -> Say:
        if self.owner == say(f"problem.thing.{self.doc.kind}"):
            return say("problem.subject.field", field=str(self.field))
        return say("problem.subject.field_of", field=str(self.field), owner=self.owner)

    def problem(
        self, code: str, message: Text, hint: Text, where: Position | None = None
    ) -> Problem:
        return self.doc.problem(code, message, hint, self.where if where is None else where)


def _missing(f: Failure) -> Problem | None:
    if f.type != "missing":
        return None
    return f.problem(
        "missing-field",
        say("problem.missing.message", owner=f.owner, field=str(f.field)),
        say("problem.missing.hint", field=str(f.field), to=f._where[1]),
        f.doc.source.value(f.loc[:-1]),
    )


def _unknown_key(f: Failure) -> Problem | None:
    if f.type != "extra_forbidden":
        return None
    allowed = fields_at(f.model, f.loc[:-1])
    return f.problem(
        "unknown-key",
        say(
            "problem.unknown_key.message",
            key=str(f.field),
            owner=f.owner,
            suggestion=did_you_mean(str(f.field), allowed, KEY_CUTOFF),
        ),
        say("problem.unknown_key.hint", keys=", ".join(allowed)),
        f.doc.source.key(f.loc),
    )


def _not_an_option(f: Failure) -> Problem | None:
    if f.type != "literal_error":
        return None
    expected = f.ctx.get("expected", "")
    options = [o.strip(" '") for o in expected.replace(" or ", ", ").split(",")]
    return f.problem(
        "invalid-value",
        say(
            "problem.not_an_option.message",
            subject=f.subject,
            options=", ".join(options),
            got=show(f.value),
            suggestion=_closest_option(f.value, options, str(f.field))
            if isinstance(f.value, str)
            else "",
        ),
        _LITERAL_HINTS.get(
            str(f.field),
            say(
                "problem.not_an_option.hint",
                options=", ".join(options),
                synonyms=synonyms_hint(str(f.field)),
            ),
        ),
    )


def _emotion_range(f: Failure) -> Problem | None:
    if f.type not in _RANGE or f.field != "emotion":
        return None
    return f.problem(
        "out-of-range",
        say("problem.emotion_range.message", subject=f.subject, got=show(f.value)),
        say("problem.emotion_range.hint"),
    )


def _count_range(f: Failure) -> Problem | None:
    least = f.ctx.get("ge")
    if f.type not in _RANGE or str(f.field) not in WHOLE_NUMBER_FIELDS or least is None:
        return None
    return f.problem(
        "out-of-range",
        say("problem.count_range.message", subject=f.subject, least=least, got=show(f.value)),
        WHOLE_NUMBER_FIELDS[str(f.field)],
    )


def _text_too_long(f: Failure) -> Problem | None:
    if f.type not in ("string_too_long", "too_long") or not isinstance(f.value, str):
        return None
    limit = f.ctx.get("max_length", 0)
    return f.problem(
        "text-too-long",
        say(
            "problem.text_too_long.message",
            subject=f.subject,
            length=Figure(len(f.value)),
            limit=Figure(limit),
        ),
        say("problem.text_too_long.hint"),
    )


def _empty_list(f: Failure) -> Problem | None:
    if f.type != "too_short":
        return None
    return f.problem(
        "empty-list",
        say("problem.empty_list.message", subject=f.subject),
        say("problem.empty_list.hint", field=str(f.field)),
    )


def _list_too_long(f: Failure) -> Problem | None:
    if f.type != "too_long":
        return None
    limit = int(f.ctx.get("max_length", 0))
    return f.problem(
        "out-of-range",
        say("problem.list_too_long.message", limit, subject=f.subject),
        say("problem.list_too_long.why")
        if f.field == "why"
        else say("problem.list_too_long.hint", limit),
    )


def _bad_id(f: Failure) -> Problem | None:
    if f.type != "string_pattern_mismatch":
        return None
    suggestion = slugify(f.value) if isinstance(f.value, str) else ""
    subject = f.subject
    if f.on_key and len(f.loc) > 1:  # `channels: {E-mail: ...}`: the key is the id
        thing = say(f"problem.thing.{_DECLARED.get(str(f.loc[-2]), 'key')}")
        subject = say("problem.where.named", thing=thing, id=str(f.field))
    shown = "" if f"'{f.value}'" in subject.text() else say("problem.bad_id.got", got=show(f.value))
    return f.problem(
        "bad-id",
        say("problem.bad_id.message", subject=subject, got=shown),
        say(
            "problem.bad_id.hint",
            example=say("problem.bad_id.example", id=suggestion) if suggestion else "",
        ),
    )


def _empty_label(f: Failure) -> Problem | None:
    if f.type != "empty-label":
        return None
    # `app: ''`, or in the long form `app: {label: ''}`: either way channel 'app'.
    loc = f.loc[:-1] if f.loc[-1] == "label" and len(f.loc) > 2 else f.loc
    what, name = _DECLARED.get(str(loc[-2]) if len(loc) > 1 else "", "key"), loc[-1]
    return f.problem(
        "empty-label",
        say("problem.empty_label.message", thing=say(f"problem.thing.{what}"), id=str(name)),
        say(
            "problem.empty_label.hint",
            id=str(name),
            example=say(f"problem.empty_label.example.{what}"),
            the=say(f"problem.the.{what}"),
        ),
        f.doc.source.key(f.loc),
    )


def _not_whole(f: Failure) -> Problem | None:
    """Text or a fraction where a count belongs."""
    field, value = str(f.field), f.value
    if not (
        f.type.startswith("int_")
        and field in WHOLE_NUMBER_FIELDS
        and not isinstance(value, float | bool)
    ):
        return None
    return f.problem(
        "not-a-number" if isinstance(value, str) else "wrong-type",
        say("problem.not_whole.message", subject=f.subject, got=show(value)),
        (isinstance(value, str) and almost_number_hint(field, value.strip()))
        or WHOLE_NUMBER_FIELDS[field],
    )


def _not_a_number(f: Failure) -> Problem | None:
    # The models read numbers strictly: `true` is never 1, whatever Python thinks.
    if not f.type.startswith(("int_", "float_")) or not isinstance(f.value, str | bool):
        return None
    field, value = str(f.field), f.value
    return f.problem(
        "not-a-number",
        say("problem.not_a_number.message", subject=f.subject, got=show(value)),
        boolean_hint(field, value) if isinstance(value, bool) else number_hint(field, value),
    )


def _fraction(f: Failure) -> Problem | None:
    if not f.type.startswith("int_") or not isinstance(f.value, float):
        return None
    # `!!float 1` is the number 1.0, though written `1`: say why it is refused.
    value = f.value
    shown = f"!!float {value}" if isinstance(yaml_number(str(value)), int) else str(value)
    return f.problem(
        "wrong-type",
        say("problem.not_whole.message", subject=f.subject, got=shown),
        whole_number_hint(str(f.field), str(value)),
    )


def _not_finite(f: Failure) -> Problem | None:
    if f.type != "finite_number":
        return None
    return f.problem(
        "not-a-number",
        say("problem.not_finite.message", subject=f.subject, got=str(f.value)),
        NOT_FINITE_HINT,
    )


def _not_a_flag(f: Failure) -> Problem | None:
    if not f.type.startswith("bool_") or not isinstance(f.value, str | int | float):
        return None
    return f.problem(
        "wrong-type",
        say("problem.not_a_flag.message", subject=f.subject, got=show(f.value)),
        _flag_hint(f.value),
    )


def _model_rule(f: Failure) -> Problem | None:
    if "-" not in f.type:  # a model rule: its type is our stable code
        return None
    # The model's rules name their words in the error's context (cxdocs.content.model).
    words = str(f.ctx.get("words", ""))
    subject = describe(f.doc.data or {}, f.loc, f.doc.kind)
    message: Text = say(f"problem.rule.{words}") if words else f.error["msg"]
    hint: Text = say(f"problem.rule.{words}.hint") if words else ""
    return f.problem(f.type, say("problem.model_rule", subject=subject, rule=message), hint)


def _wrong_type(f: Failure) -> Problem:
    return f.problem(
        "wrong-type",
        say(
            "problem.wrong_type.message",
            subject=f.subject,
            expected=_expected(f.type),
            got=show(f.value),
        ),
        _type_hint(str(f.field), f.value),
    )


RULES: tuple[Rule[Failure, Problem], ...] = (
    Rule("missing-field", _missing),
    Rule("unknown-key", _unknown_key),
    Rule("not-an-option", _not_an_option),
    Rule("emotion-range", _emotion_range),
    Rule("count-range", _count_range),
    Rule("text-too-long", _text_too_long),
    Rule("empty-list", _empty_list),
    Rule("list-too-long", _list_too_long),
    Rule("bad-id", _bad_id),
    Rule("empty-label", _empty_label),
    Rule("not-whole", _not_whole),
    Rule("not-a-number", _not_a_number),
    Rule("fraction", _fraction),
    Rule("not-finite", _not_finite),
    Rule("not-a-flag", _not_a_flag),
    Rule("model-rule", _model_rule),
    Rule("wrong-type", _wrong_type),
)


def problem_for(doc: Document, error: ErrorDetails, model: type[BaseModel]) -> Problem:
    """The problem the first rule that recognises `error` words."""
    return first_answer(RULES, Failure(doc, error, model))


def _closest_option(value: str, options: list[str], field: str) -> Text:
    """'; did you mean ...?' for a choice: `PNG` -> png and `PT-br` -> pt-BR first
    (difflib compares case), a stand-in for a format the site does not make, the
    accepted synonym for a misspelt one (`planejda` -> planejada)."""
    folded = {option.casefold(): option for option in options}
    wanted = value.strip().casefold().lstrip(".")
    found = folded.get(wanted) or folded.get(_FORMAT_STAND_INS.get(wanted, ""))
    found = found or closest(field, value)
    return meant(found) if found else did_you_mean(value, options)


def _expected(error_type: str) -> Say:
    for prefix in _EXPECTED:
        if error_type.startswith(prefix):
            return say(f"problem.expected.{prefix}")
    if error_type.startswith("model_attributes"):
        return say("problem.expected.dict")
    return say("problem.expected.other")


def _type_hint(field: str, value: Any) -> Say:
    """A hint that fits what was written: nothing at all, or a value of another type."""
    if field == "downloads":  # `downloads: png`, `downloads: false`, `downloads:`
        if isinstance(value, str) and value.strip():
            return say("problem.downloads.one_format", format=value.strip())
        return _LITERAL_HINTS[field]
    if value is None:  # `title: ~`, `title:` or `app:` with nothing after it
        return say("problem.wrong_type.empty", field=field)
    if field == "emotion":
        return EMOTION_HINT
    return say("problem.wrong_type.hint")


def _flag_hint(value: str | float) -> Say:
    if not isinstance(value, str):  # `draft: 1`: not a yes/no in YAML 1.2
        return say("problem.flag.number")
    if value.strip() in ("true", "false"):
        return say("problem.flag.unquote", value=value.strip())
    if value.strip().lower() in ("true", "false"):
        # Only lower-case true/false are yes/no values; True stays the text "True",
        # so a title reading "True" is shown as written.
        return say("problem.flag.lower_case", value=value.strip().lower())
    if value.strip().lower() in ("yes", "no", "on", "off", "y", "n"):
        return say("problem.flag.yes_no")
    return say("problem.flag.hint")
