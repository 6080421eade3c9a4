"""A `Draft` (located cells) -> journey stages as plain data, every bad cell reported.

This is where the rules of the import live: generated ids, channel and actor
names matched to the declared ones, the persona dropped from a step's actors,
several items per cell, emotions on either scale. A bad value is reported at
its cell and reading goes on, so one run shows every mistake in the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cxdocs.content.model import MAX_TEXT, is_slug, slugify
from cxdocs.interop.draft import Cell, Draft, DraftStep, Report
from cxdocs.interop.journeyfile import Flow, FlowMap
from cxdocs.interop.values import (
    SCALE_1_5,
    BadValue,
    Names,
    parse_cited,
    parse_emotion,
    parse_flag,
    parse_metric,
    parse_pain_point,
    read_number,
    split_items,
)

ID_WORDS, ID_LENGTH = 6, 48  # generated ids stay readable in diffs and URLs


@dataclass
class Context:
    """What the import knows about the repository it writes into."""

    persona_names: set[str]  # slugs of the persona's id, full name and first name
    channels: Names
    actors: Names
    scale: str | None = None  # --scale


def persona_names(ident: str, name: str) -> set[str]:
    words = name.split()
    return {slugify(n) for n in (ident, name, words[0] if words else "")} - {""}


def short_slug(text: str) -> str:
    """The first words of `text` as an id: `Chooses Pix, copies the code and...`
    -> `chooses-pix-copies-the-code-and`."""
    words = slugify(text).split("-")[:ID_WORDS]
    slug = ""
    for word in words:
        longer = f"{slug}-{word}" if slug else word
        if len(longer) > ID_LENGTH and slug:
            break
        slug = longer
    return slug[:ID_LENGTH].strip("-")


class UniqueIds:
    """Hands out ids once each: `pays`, then `pays-2`, `pays-3`..."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self.taken = set(taken or ())

    def make(self, text: str, fallback: str) -> str:
        base = short_slug(text) or fallback
        ident, n = base, 2
        while ident in self.taken:
            ident, n = f"{base}-{n}", n + 1
        self.taken.add(ident)
        return ident


def _given_ids(draft: Draft, report: Report) -> set[str]:
    """Step ids written in a Step id column: valid slugs, each used once."""
    seen: dict[str, Cell] = {}
    for stage in draft.stages:
        for step in stage.steps:
            cell = step.cells.get("id")
            if cell is None:
                continue
            if not is_slug(cell.text):
                suggestion = slugify(cell.text)
                report.error(
                    cell,
                    "bad-id",
                    f"step id '{cell.text}' is not a lower-case slug",
                    f"use a-z, 0-9 and '-', e.g. '{suggestion}', or leave it empty "
                    "to have one made from the action"
                    if suggestion
                    else "use a-z, 0-9 and '-', or leave it empty",
                )
            elif cell.text in seen:
                first = seen[cell.text]
                report.error(
                    cell,
                    "duplicate-id",
                    f"step id '{cell.text}' is used twice",
                    f"first used at row {first.line}; ids are unique within a journey",
                )
            else:
                seen[cell.text] = cell
    return set(seen)


def build_stages(draft: Draft, context: Context, report: Report) -> list[dict[str, Any]]:
    """Stages and steps as the journey file holds them; problems go to `report`."""
    if not draft.stages and not report:
        report.error(
            Cell("", 1, 1),
            "empty-list",
            "no steps to import",
            "a journey needs at least one step: a row under the header, a column of the "
            "grid, or a task under a Mermaid section",
        )
    _refuse_an_ambiguous_scale(draft, context, report)
    step_ids = UniqueIds(_given_ids(draft, report))
    stage_ids = UniqueIds()
    stages = []
    for stage in draft.stages:
        too_long(stage.name.text, stage.name, "stage name", report)
        steps = [_step(step, draft, context, report, step_ids) for step in stage.steps]
        stages.append(
            {
                "id": stage_ids.make(stage.name.text, "stage"),
                "name": stage.name.text,
                "steps": steps,
            }
        )
    return stages


def _refuse_an_ambiguous_scale(draft: Draft, context: Context, report: Report) -> None:
    """Scores of only 1 and 2 fit -2..+2 (positive) and 1..5 (negative) alike: with no
    scale given, importing them either way could turn the curve upside down."""
    if draft.scale or context.scale:
        return
    cells = [
        step.cells["emotion"]
        for stage in draft.stages
        for step in stage.steps
        if "emotion" in step.cells
    ]
    scores = {read_number(c.text) for c in cells}
    if cells and scores <= {1.0, 2.0}:
        report.error(
            cells[0],
            "ambiguous-scale",
            "every emotion score is 1 or 2: positive on the -2..+2 scale, negative on 1..5",
            "say which: write the scale in the emotion header ('Emoção (1 a 5)' or "
            "'Emoção (-2 a +2)'), or pass --scale 1-5",
        )


def _step(
    step: DraftStep, draft: Draft, context: Context, report: Report, ids: UniqueIds
) -> dict[str, Any]:
    cells = step.cells
    action = cells.get("action")
    if action is None:
        report.error(
            step.at,
            "missing-field",
            "empty action: every step needs one",
            "write what the customer does here, or delete the step's other values",
        )
    given = cells.get("id")
    ident = (
        given.text
        if given and is_slug(given.text)
        else ids.make(action.text if action else "", "step")
    )
    data: dict[str, Any] = {"id": ident, "action": action.text if action else ""}
    if action is not None:
        too_long(action.text, action, "action", report)

    def read(field: str, parse: Callable[[Cell], Any]) -> None:
        cell = cells.get(field)
        if cell is None:
            return
        try:
            value = parse(cell)
        except BadValue as bad:
            report.error(cell, bad.code, bad.message, bad.hint)
            return
        if too_long(value, cell, field, report):
            return
        if value is not None and value is not False and value != []:  # 0 is an emotion
            data[field] = value

    scale = draft.scale or context.scale
    word = "score" if draft.scale == SCALE_1_5 else "emotion"
    read("channel", lambda c: _channel(c.text, context))
    read("touchpoint", lambda c: c.text)
    read("actors", lambda c: Flow(_actors(c.text, context)))
    read("thinks", lambda c: c.text)
    read("feels", lambda c: c.text)
    read("emotion", lambda c: parse_emotion(c.text, scale, score=word))
    read("moment_of_truth", lambda c: parse_flag(c.text))
    read("pain_points", lambda c: [_flow(parse_pain_point(i)) for i in split_items(c.text)])
    read("opportunities", lambda c: [_flow(parse_cited(i)) for i in split_items(c.text)])
    read("metrics", lambda c: [FlowMap(parse_metric(i)) for i in split_items(c.text)])
    read("evidence", lambda c: split_items(c.text))
    return data


def too_long(value: Any, cell: Cell, field: str, report: Report) -> bool:
    """Report a text `cxdocs check` would refuse as too long (diagrams draw
    it; Graphviz has a limit), at its cell; True if there was one."""
    texts = [value] if isinstance(value, str) else []
    if isinstance(value, list | dict):
        items = value.values() if isinstance(value, dict) else value
        for item in items:
            texts += [v for v in (item.values() if isinstance(item, dict) else [item])]
    longest = max((t for t in texts if isinstance(t, str)), key=len, default="")
    if len(longest) <= MAX_TEXT:
        return False
    report.error(
        cell,
        "text-too-long",
        f"{field.replace('_', ' ')}: a text of {len(longest):,} characters; diagrams take "
        f"at most {MAX_TEXT:,}",
        "shorten it here, and add the detail to the journey's 'description' "
        "(or the Markdown body) after importing",
    )
    return True


def _flow(value: str | dict[str, object]) -> str | FlowMap:
    if not isinstance(value, dict):
        return value
    return FlowMap({k: Flow(v) if isinstance(v, list) else v for k, v in value.items()})


def _channel(text: str, context: Context) -> str:
    names = split_items(text)
    if len(names) > 1:
        raise BadValue(
            "invalid-value",
            f"a step has one channel, not {len(names)} ({', '.join(names)})",
            "split the step in two, one per channel",
        )
    return context.channels.resolve(names[0] if names else text)


def _actors(text: str, context: Context) -> list[str]:
    found: list[str] = []
    # `;` and line breaks separate actors; commas too when there is nothing else,
    # as people write "Marketing, CX" (a label with a comma is then written with ';').
    names = split_items(text if ";" in text or "\n" in text else text.replace(",", ";"))
    for name in names:
        ident = context.actors.known(name)
        if ident is None and slugify(name) in context.persona_names:
            continue  # the persona is the customer, not an actor of its own journey
        ident = ident or context.actors.resolve(name)
        if ident not in found:
            found.append(ident)
    return found
