"""Which reader a file needs, from its name: Mermaid, Markdown, CSV or Excel."""

from __future__ import annotations

from pathlib import Path

from cxdocs.interop.csvio import decode, read_csv
from cxdocs.interop.draft import Cell, Draft, Report
from cxdocs.interop.mermaid import read_mermaid
from cxdocs.interop.table import read_table
from cxdocs.interop.xlsx import read_xlsx

MERMAID = (".mmd", ".mermaid")
MARKDOWN = (".md", ".markdown")
CSV = (".csv", ".tsv", ".txt")
EXCEL = (".xlsx", ".xlsm")
# Formats people will try, and what to do with them instead.
OTHERS = {
    ".xls": "the old Excel format: save it as .xlsx (Excel: File > Save As > Excel Workbook)",
    ".ods": "an OpenDocument sheet: save it as .xlsx or CSV (LibreOffice: File > Save As)",
    ".numbers": "a Numbers sheet: export it as .xlsx or CSV (File > Export To)",
}
SUFFIXES = (*MERMAID, *MARKDOWN, *CSV, *EXCEL)


class UnknownFormat(Exception):
    """The file's name does not say what it holds; the message says what is read."""


def check_suffix(path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix in OTHERS:
        raise UnknownFormat(f"{path} is {OTHERS[suffix]}")
    if suffix not in SUFFIXES:
        raise UnknownFormat(
            f"cannot tell what {path} holds from its name; cxdocs imports Mermaid "
            "(.mmd, or a ```mermaid block in .md), CSV (.csv) and Excel (.xlsx) files"
        )


def read_source(path: Path, data: bytes, report: Report, sheet: str | None = None) -> Draft:
    """The journey in `data` (the bytes of `path`) as a Draft; problems go to `report`."""
    suffix = path.suffix.lower()
    if sheet is not None and suffix not in EXCEL:
        report.error(Cell("", 1, 1), "unknown-sheet", "--sheet applies to Excel files only")
        return Draft()
    if suffix in EXCEL or suffix in CSV:
        table = read_xlsx(data, report, sheet) if suffix in EXCEL else read_csv(data, report)
        return Draft() if report else read_table(table, report)
    text = decode(data, report)
    if text is None:
        return Draft()
    return read_mermaid(text, suffix in MARKDOWN, report)
