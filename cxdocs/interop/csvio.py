"""CSV files <-> tables: any delimiter, UTF-8 with or without a byte-order mark.

Excel writes `;` where the decimal mark is a comma (Brazil, most of Europe) and
`,` elsewhere; Google Sheets exports `,`; tools export tabs. The delimiter is
the one that splits the first line most often.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from cxdocs.content.encodings import decode as decode_text
from cxdocs.content.yaml.base import Position
from cxdocs.interop.draft import Cell, Report
from cxdocs.interop.table import Table

DELIMITERS = (",", ";", "\t", "|")
_WORKBOOK = "is it a workbook saved under another name? Excel files end in .xlsx"


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties: the earlier in DELIMITERS
    return best if counts[best] else ","


def decode(data: bytes, report: Report) -> str | None:
    """UTF-8 text (a leading BOM dropped), or None after reporting where it is not.

    Read as content files are (cxdocs.content.encodings): Excel's "Unicode Text" is
    UTF-16 and is named as such, a bad byte is reported at its line and column.
    """
    save = (
        "save it as 'CSV UTF-8' (Excel: File > Save As > CSV UTF-8; "
        "Google Sheets: File > Download > CSV)"
    )
    text, problem = decode_text(data, resave=save, binary=_WORKBOOK)
    if problem is None and "\0" in text:
        problem = (
            "binary-file",
            "the file contains NUL bytes: it is not text",
            _WORKBOOK,
            Position(1, 1),
        )
    if problem is not None:
        code, message, hint, at = problem
        report.error(Cell("", at.line, at.col), code, message, hint)
        return None
    return text


# A cell a spreadsheet reads as a formula when opened (CSV injection): starting
# with = + - @, a tab or a carriage return. Written with a leading apostrophe,
# which spreadsheets show as text; apostrophes already there get one more, so
# reading drops exactly one and every text comes back as it was.
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")
# Numbers are safe as they are ("-2" is minus two, not a formula), and are
# left so that an emotion or a metric stays a number in the spreadsheet.
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?%?")


def guard(cell: str) -> str:
    """The cell as written to a CSV file: never a formula (see `unguard`)."""
    if _FORMULA.match(cell) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def unguard(cell: str) -> str:
    """The text `guard` was given."""
    return cell[1:] if _ESCAPED.match(cell) else cell


def read_csv(data: bytes, report: Report) -> Table:
    text = decode(data, report)
    if text is None:
        return []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        return [[unguard(cell.strip()) for cell in row] for row in reader]
    except csv.Error as error:
        report.error(
            Cell("", reader.line_num, 1),
            "csv-syntax",
            f"cannot read the CSV: {error}",
            'check the quotes on this line: a quote inside a cell is written twice ("")',
        )
        return []


def write_csv(rows: list[list[Any]], delimiter: str = ",") -> bytes:
    """CSV with a byte-order mark, so Excel opens accents correctly; CRLF as the
    RFC says; no cell a spreadsheet would run as a formula (`guard`)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([[guard(c) if isinstance(c, str) else c for c in row] for row in rows])
    return buffer.getvalue().encode("utf-8-sig")
