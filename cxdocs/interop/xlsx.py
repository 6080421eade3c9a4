"""Excel workbooks (.xlsx) <-> tables, with openpyxl.

Reading takes the values Excel shows (formulas' cached results), from the
first visible sheet or the one named: a hidden sheet is read only when named,
and a formula whose result the file does not hold is an error at its cell
(openpyxl computes nothing; the cell would read as empty). Writing is
byte-for-byte deterministic (fixed document dates and zip timestamps), so a
generated template can be committed and compared with a fresh one, and an
unchanged export rewrites nothing.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from cxdocs.interop.draft import Cell, Report
from cxdocs.interop.table import Table

EPOCH = datetime.datetime(2000, 1, 1)  # the date written into every workbook
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can carry
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _text(value: Any) -> str:
    """A cell's value as the text a person sees in it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(value, ".15g")
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value).strip()


def read_xlsx(data: bytes, report: Report, sheet: str | None = None) -> Table:
    """The first sheet (or `sheet`) as rows of text; unreadable files are reported."""
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged or foreign file
        report.error(
            Cell("", 1, 1),
            "unreadable-file",
            f"cannot read this as an Excel workbook ({type(error).__name__}: {error})",
            "save it from Excel, LibreOffice or Google Sheets as .xlsx, or export it as CSV",
        )
        return []
    try:
        if sheet is not None and sheet not in book.sheetnames:
            names = ", ".join(f"'{n}'" for n in book.sheetnames)
            report.error(
                Cell("", 1, 1),
                "unknown-sheet",
                f"no sheet named '{sheet}'",
                f"the workbook has {names}",
            )
            return []
        visible = [w for w in book.worksheets if w.sheet_state == "visible"]
        worksheet = book[sheet] if sheet is not None else (visible or book.worksheets)[0]
        rows = [[_text(value) for value in row] for row in worksheet.iter_rows(values_only=True)]
        name = worksheet.title
    finally:
        book.close()
    _formulas_without_values(data, name, rows, report)
    return rows


def _formulas_without_values(data: bytes, name: str, rows: Table, report: Report) -> None:
    """Report each formula cell that holds no computed value (saved by a tool that
    does not compute, or never opened in Excel): read as empty, it would lose data."""
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        for r, row in enumerate(book[name].iter_rows(values_only=True)):
            for c, value in enumerate(row):
                shown = rows[r][c] if r < len(rows) and c < len(rows[r]) else ""
                if isinstance(value, str) and value.startswith("=") and not shown:
                    report.error(
                        Cell(value, r + 1, c + 1),
                        "unreadable-file",
                        f"cell {get_column_letter(c + 1)}{r + 1} holds the formula {value} "
                        "but no value computed from it",
                        "open the file in Excel or LibreOffice and save it again (that "
                        "stores the results), or type the value in the cell",
                    )
    finally:
        book.close()


@dataclass
class Sheet:
    """One sheet to write: its rows, and how to show them."""

    name: str
    rows: list[list[Any]]
    widths: dict[int, int] = field(default_factory=dict)  # column (1-based) -> width
    header_row: bool = True  # bold, shaded and frozen first row
    header_column: bool = False  # bold, shaded and frozen first column (the grid layout)
    # Merge each first-row value with the empty cells to its right, as grid
    # templates show a stage over its steps (import reads merged cells back).
    merge_first_row: bool = False


def sheet_name(text: str) -> str:
    """Excel allows 31 characters and none of []:*?/\\ in a sheet name."""
    return re.sub(r"[\[\]:*?/\\]", " ", text)[:31].strip() or "Sheet"


def workbook_bytes(sheets: list[Sheet]) -> bytes:
    book = Workbook()
    for blank in list(book.worksheets):  # a new workbook starts with an empty sheet
        book.remove(blank)
    bold, shade = Font(bold=True), PatternFill("solid", fgColor="FFE0B2")
    wrap = Alignment(wrap_text=True, vertical="top")
    for spec in sheets:
        sheet = book.create_sheet(sheet_name(spec.name))
        for row in spec.rows:
            sheet.append(row)
        for row_cells in sheet.iter_rows():
            for cell in row_cells:
                cell.alignment = wrap
                if cell.data_type in ("f", "e"):
                    # openpyxl takes "=..." for a formula and "#N/A" for an error;
                    # every value written is free text, shown as written.
                    cell.data_type = "s"
                first_row = spec.header_row and cell.row == 1
                if first_row or (spec.header_column and cell.column == 1):
                    cell.font, cell.fill = bold, shade
        if spec.merge_first_row and spec.rows:
            _merge_runs(sheet, spec.rows[0])
        for column, width in spec.widths.items():
            sheet.column_dimensions[get_column_letter(column)].width = width
        freeze_col = "B" if spec.header_column else "A"
        sheet.freeze_panes = f"{freeze_col}{2 if spec.header_row else 1}"
    book.properties.creator = "cxdocs"
    book.properties.created = book.properties.modified = EPOCH
    buffer = io.BytesIO()
    book.save(buffer)
    return _stable_zip(buffer.getvalue())


def _merge_runs(sheet: Any, first_row: list[Any]) -> None:
    starts = [i for i, value in enumerate(first_row) if i > 0 and value not in ("", None)]
    for start, end in zip(starts, [*starts[1:], len(first_row)], strict=True):
        if end - start > 1:
            sheet.merge_cells(start_row=1, start_column=start + 1, end_row=1, end_column=end)


def _stable_zip(data: bytes) -> bytes:
    """The same archive with every entry dated ZIP_EPOCH: same content, same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, ZIP_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                content = _MODIFIED.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", content)
            target.writestr(entry, content)
    return out.getvalue()
