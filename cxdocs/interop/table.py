"""Spreadsheet layouts -> a Draft, and a journey -> rows (the reverse).

Two layouts are read, whichever a sheet uses:

- **rows**: a header row, then one row per step (`Stage, Action, Channel...`);
  a blank Stage cell continues the stage above (merged cells read that way);
- **grid**, the layout of journey-map templates: stages across the first row,
  one step per column, one lane per row (`Action`, `Touchpoint`, `Emotion`...)
  named in the first column; a blank stage cell continues the stage to its left.

A table is a list of rows of cell text (`""` when empty), row 1 first.
"""

from __future__ import annotations

from typing import Any

from cxdocs.content.model import Journey, slugify
from cxdocs.interop.draft import Cell, Draft, DraftStage, DraftStep, Report
from cxdocs.interop.headers import (
    BY_FIELD,
    HEADERS,
    column_title,
    header_scale,
    listing,
    recognise,
    suggestion,
)
from cxdocs.interop.values import (
    SCALE_1_5,
    SCALE_2_2,
    cited_text,
    join_items,
    metric_text,
    pain_point_text,
)

Table = list[list[str]]
MAX_TITLE_ROWS = 3


def read_table(table: Table, report: Report) -> Draft:
    """Whichever layout the table uses, as a Draft; problems go to `report`."""
    rows = [i for i, row in enumerate(table) if any(row)]
    if not rows:
        report.error(Cell("", 1, 1), "empty-file", "nothing to import: no cell has a value")
        return Draft()
    titles = _title_rows(table, rows)
    top = rows[len(titles)]
    table, notes = _without_notes(table, top)
    header = table[top]
    by_row = sum(1 for text in header if recognise(text))
    labels = [row[0] for row in table[top + 1 :] if row and row[0]]
    first = recognise(header[0]) if header else None
    by_column = sum(1 for text in labels if recognise(text)) + (
        1 if first and first.field == "stage" else 0
    )
    if by_column > by_row:
        draft = _read_grid(table, top, report)
    elif by_row:
        draft = _read_rows(table, top, report)
    else:
        report.error(
            Cell(header[0] if header else "", top + 1, 1),
            "unknown-layout",
            "cannot find the journey: no known header in the first row, "
            "and no known lane name in the first column",
            f"start with a header row ({listing()}), or use the grid of a journey-map "
            "template: stages across the first row, lanes (Action, Touchpoint, Emotion...) "
            "down the first column",
        )
        draft = Draft()
    if titles and draft.title is None:
        draft.title = table[titles[0]][0]
    draft.notes += notes
    return draft


def _without_notes(table: Table, top: int) -> tuple[Table, list[str]]:
    """The table without what sits under it after a blank row, when every row there
    holds one value only, in the first column (a legend, a source, a footnote);
    and notes saying so."""
    blank = next((r for r in range(top + 1, len(table)) if not any(table[r])), None)
    if blank is None:
        return table, []
    below = [(r, [t for t in table[r] if t]) for r in range(blank, len(table))]
    # A note sits in the first column alone; a lone action further right is a step.
    if not all(
        not v or (len(v) == 1 and _at(table[r], 0) and not recognise(v[0])) for r, v in below
    ):
        return table, []  # more table after a gap: read it (and report what is wrong)
    notes = [
        f"skipped row {r + 1} under the table (a note, not a step): '{values[0]}'"
        for r, values in below
        if values
    ]
    return table[:blank], notes


def _title_rows(table: Table, rows: list[int]) -> list[int]:
    """Rows above the table holding only a title in their first cell (templates have them)."""
    titles: list[int] = []
    for r in rows[:MAX_TITLE_ROWS]:
        values = [text for text in table[r] if text]
        if len(values) != 1 or not table[r][0] or recognise(table[r][0]) or r == rows[-1]:
            break
        titles.append(r)
    return titles


def _headers(names: list[tuple[Cell, bool]], report: Report, what: str) -> dict[str, int]:
    """Field -> index for header cells; unknown and repeated ones are reported.

    `names` pairs each header cell with whether its column (or row) holds values.
    """
    fields: dict[str, int] = {}
    first: dict[str, Cell] = {}
    for index, (cell, used) in enumerate(names):
        if not cell.text:
            if used:
                report.error(
                    cell,
                    "unknown-header",
                    f"this {what} has values but no name",
                    f"name it ({listing()}), or delete it",
                )
            continue
        header = recognise(cell.text)
        if header is None:
            close = suggestion(cell.text)
            report.error(
                cell,
                "unknown-header",
                f"unknown {what} '{cell.text}'" + (f"; did you mean '{close}'?" if close else ""),
                f"known {what}s: {listing()} (or the same in Portuguese: {listing('pt')})",
            )
        elif header.field in fields:
            other = first[header.field]
            place = f"column {other.col}" if what == "column" else f"row {other.line}"
            report.error(
                cell,
                "duplicate-header",
                f"{what} '{cell.text}' says the same as '{other.text}' ({place})",
                f"keep one {what} for {header.en} ({header.pt})",
            )
        else:
            fields[header.field] = index
            first[header.field] = cell
    return fields


def _missing(fields: dict[str, int], at: Cell, report: Report, what: str) -> bool:
    """Report a missing Stage or Action header, unless a misspelt one was reported."""
    misspelt = any(p.code == "unknown-header" for p in report.problems)
    for field in ("stage", "action"):
        if field not in fields and not misspelt:
            header = BY_FIELD[field]
            report.error(
                at,
                "missing-header",
                f"no {header.en} {what} (in Portuguese: {header.pt})",
                f"every journey needs its steps' {header.en.lower()}s",
            )
    return "stage" not in fields or "action" not in fields


def _read_rows(table: Table, top: int, report: Report) -> Draft:
    header = table[top]
    width = max(len(row) for row in table)
    names = [
        (Cell(text, top + 1, col + 1), any(_at(row, col) for row in table[top + 1 :]))
        for col, text in enumerate(header + [""] * (width - len(header)))
    ]
    fields = _headers(names, report, "column")
    if _missing(fields, Cell(header[0], top + 1, 1), report, "column"):
        return Draft()
    draft = Draft(scale=_header_scale(names, fields, report))
    for r in range(top + 1, len(table)):
        row = table[r]
        cells = {f: Cell(_at(row, c), r + 1, c + 1) for f, c in fields.items() if _at(row, c)}
        if not cells:
            continue
        stage = cells.pop("stage", None)
        if stage is not None and (not draft.stages or draft.stages[-1].name.text != stage.text):
            draft.stages.append(DraftStage(stage))
        if not draft.stages:
            at = Cell("", r + 1, fields["stage"] + 1)
            report.error(at, "missing-field", "the first step has no stage", "write its stage")
            draft.stages.append(DraftStage(Cell("", r + 1, fields["stage"] + 1)))
        if cells:
            at = Cell("", r + 1, fields["action"] + 1)
            draft.stages[-1].steps.append(DraftStep(at, cells))
    _no_empty_stages(draft, report, "rows")
    return draft


def _read_grid(table: Table, top: int, report: Report) -> Draft:
    stage_row = table[top]
    lanes = [r for r in range(top + 1, len(table)) if any(table[r])]
    width = max(len(row) for row in table)
    names = [(Cell(_at(table[r], 0), r + 1, 1), any(table[r][1:])) for r in lanes]
    by_field = _headers(names, report, "row")
    fields = {f: lanes[i] for f, i in by_field.items() if f != "stage"}
    corner = stage_row[0] if stage_row else ""
    known = recognise(corner)
    if known is not None and known.field != "stage":
        report.error(
            Cell(corner, top + 1, 1),
            "unknown-layout",
            f"the first row holds the lane '{corner}'; in a grid it holds the stages",
            "add a row above it with each stage's name over its first step",
        )
        return Draft()
    draft = Draft(
        title=corner if corner and known is None else None,
        scale=_header_scale(names, by_field, report),
    )
    if "action" not in fields:
        _missing({"stage": 0, **fields}, Cell(corner, top + 1, 1), report, "row")
        return draft
    for c in range(1, width):
        cells = {
            f: Cell(_at(table[r], c), r + 1, c + 1) for f, r in fields.items() if _at(table[r], c)
        }
        stage_text = _at(stage_row, c)
        if stage_text:
            draft.stages.append(DraftStage(Cell(stage_text, top + 1, c + 1)))
        if not cells:
            continue
        if not draft.stages:
            report.error(
                Cell("", top + 1, c + 1),
                "missing-field",
                "the first step has no stage above it",
                "write the stage name in the first row, above its first step",
            )
            draft.stages.append(DraftStage(Cell("", top + 1, c + 1)))
        at = Cell("", fields["action"] + 1, c + 1)
        draft.stages[-1].steps.append(DraftStep(at, cells))
    _no_empty_stages(draft, report, "columns")
    return draft


def _header_scale(
    names: list[tuple[Cell, bool]], fields: dict[str, int], report: Report
) -> str | None:
    """The emotion scale the header names (`Emoção (1 a 5)`), or None when it names none."""
    if "emotion" not in fields:
        return None
    cell = names[fields["emotion"]][0]
    scale = header_scale(cell.text)
    if scale is None:
        return None
    if scale == (-2, 2):
        return SCALE_2_2
    if scale == (1, 5):
        return SCALE_1_5
    report.error(
        cell,
        "invalid-value",
        f"'{cell.text}' scores emotion from {scale[0]} to {scale[1]}; cxdocs reads -2 to +2 "
        "or 1 to 5",
        "score from -2 to +2, or from 1 to 5 with the scale in the header: 'Emoção (1 a 5)'",
    )
    return None


def _no_empty_stages(draft: Draft, report: Report, where: str) -> None:
    hint = f"add its steps in the {where} after it, or delete it"
    draft.drop_empty_stages(report, "stage '{name}' has no steps", hint)


def _at(row: list[str], col: int) -> str:
    return row[col] if col < len(row) else ""


# --- export: one row per step ------------------------------------------------


def _label_or_id(ident: str, labels: dict[str, str]) -> str:
    """The label people know, unless it would not read back as this id."""
    label = labels.get(ident, "")
    if not slugify(label) or any(ch in label for ch in ";,\n\r"):
        return ident
    others = {slugify(n) for i, other in labels.items() if i != ident for n in (i, other)}
    return ident if slugify(label) in others else label


def journey_rows(
    journey: Journey, channels: dict[str, str], actors: dict[str, str], lang: str = "en"
) -> list[list[Any]]:
    """The header row, then one row per step: what `read_table` reads back."""
    rows: list[list[Any]] = [[column_title(h, lang) for h in HEADERS]]
    for stage in journey.stages:
        for step in stage.steps:
            values: dict[str, Any] = {
                "stage": stage.name,
                "id": step.id,
                "action": step.action,
                "channel": _label_or_id(step.channel, channels) if step.channel else "",
                "touchpoint": step.touchpoint or "",
                "actors": "; ".join(_label_or_id(a, actors) for a in step.actors),
                "thinks": step.thinks or "",
                "feels": step.feels or "",
                "emotion": step.emotion if step.emotion is not None else "",
                "pain_points": join_items(
                    [
                        pain_point_text(p.text, p.severity, p.evidence, lang)
                        for p in step.pain_points
                    ]
                ),
                "opportunities": join_items(
                    [cited_text(o.text, o.evidence) for o in step.opportunities]
                ),
                "moment_of_truth": ("sim" if lang.startswith("pt") else "yes")
                if step.moment_of_truth
                else "",
                "metrics": join_items([metric_text(m, lang) for m in step.metrics]),
                "evidence": join_items(step.evidence),
            }
            rows.append([values[h.field] for h in HEADERS])
    return rows
