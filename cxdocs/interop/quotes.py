"""A quotes spreadsheet -> research sources (`cxdocs import --research`).

Research tools (Dovetail, Condens, EnjoyHQ...) and hand-made sheets export
highlights as one row per quote: an id, the study it belongs to, who said it,
the words, and tags. Their headers vary (`Highlight`, `Quote`, `Citação`,
`Participante`...), so they are recognised like journey headers: without
case, accents or punctuation, in English and Portuguese. Columns cxdocs does
not know (`Created by`, `E-mail`, `URL`) are left out and named in a note:
what is not understood is never copied into git, where it would be published.

One source per value of the source column (the study); without that column,
one source for the whole sheet. Every problem is reported at its row and
column, all at once; the caller writes nothing unless there is none.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from cxdocs.content.model import MAX_TEXT, is_slug, slugify
from cxdocs.interop.draft import Cell, Report
from cxdocs.interop.headers import normalize
from cxdocs.interop.journeyfile import Flow
from cxdocs.interop.table import Table
from cxdocs.interop.values import BadValue, parse_flag, split_items

# field -> the names people (and tools) give its column; the first is written in hints.
QUOTE_HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("Id", "Quote id", "Highlight id", "Id da citação", "Código da citação", "Ref"),
    "source": (
        *("Source", "Fonte", "Source id", "Id da fonte", "Study", "Estudo"),
        *("Project", "Projeto", "Research", "Pesquisa"),
    ),
    "participant": (
        *("Participant", "Participante", "Participant id", "Respondent", "Respondente"),
        *("Interviewee", "Entrevistado", "Entrevistada", "Speaker", "Pseudonym", "Pseudônimo"),
    ),
    "text": (
        *("Text", "Texto", "Quote", "Citação", "Highlight", "Highlight text", "Destaque"),
        *("Trecho", "Verbatim", "Fala", "Excerpt", "Quote text", "Texto da citação"),
    ),
    "tags": (
        *("Tags", "Tag", "Etiquetas", "Etiqueta", "Marcadores", "Codes", "Códigos"),
        *("Themes", "Temas", "Labels", "Rótulos"),
    ),
    "private": ("Private", "Privado", "Privada", "Confidential", "Confidencial", "Sensitive"),
}
_KNOWN = {normalize(name): f for f, names in QUOTE_HEADERS.items() for name in names}
_SHOWN = {normalize(name): name for names in QUOTE_HEADERS.values() for name in names}
COLUMNS = (
    "Id, Source, Participant, Text, Tags, Private "
    "(or Id, Fonte, Participante, Texto, Tags, Privado)"
)


@dataclass
class DraftQuote:
    id: str
    text: str
    at: Cell  # the text cell: where a problem with the quote points
    participant: str | None = None
    tags: list[str] = field(default_factory=list)
    private: bool = False

    def data(self) -> dict[str, object]:
        found: dict[str, object] = {"id": self.id}
        if self.participant:
            found["participant"] = self.participant
        if self.private:
            found["private"] = True
        found["text"] = self.text
        if self.tags:
            found["tags"] = Flow(self.tags)
        return found


@dataclass
class DraftSource:
    """A source as read from the sheet: its name there (None: no source column)."""

    name: str | None
    at: Cell
    quotes: list[DraftQuote] = field(default_factory=list)


@dataclass
class QuoteSheet:
    sources: list[DraftSource] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # headers left out, as written


def _columns(header: list[str], row: int, report: Report) -> tuple[dict[str, int], list[str]]:
    found: dict[str, int] = {}
    ignored: list[str] = []
    for col, text in enumerate(header):
        if not text:
            continue
        name = _KNOWN.get(normalize(text))
        at = Cell(text, row, col + 1)
        if name is None:
            close = difflib.get_close_matches(normalize(text), list(_SHOWN), n=1, cutoff=0.8)
            if close:  # a typo would silently drop a column the user meant
                report.error(
                    at,
                    "unknown-header",
                    f"unknown column '{text}'; did you mean '{_SHOWN[close[0]]}'?",
                    f"known columns: {COLUMNS}",
                )
            else:
                ignored.append(text)
        elif name in found:
            first = header[found[name]]
            report.error(
                at,
                "duplicate-header",
                f"column '{text}' says the same as '{first}' (column {found[name] + 1})",
                "keep one of them",
            )
        else:
            found[name] = col
    return found, ignored


def read_quotes(table: Table, report: Report) -> QuoteSheet:
    """The sources and quotes of a sheet whose first non-empty row is its header."""
    rows = [i for i, row in enumerate(table) if any(row)]
    if not rows:
        report.error(Cell("", 1, 1), "empty-file", "nothing to import: no cell has a value")
        return QuoteSheet()
    top = rows[0]
    columns, ignored = _columns(table[top], top + 1, report)
    if "text" not in columns:
        report.error(
            Cell("", top + 1, 1),
            "missing-header",
            "no column holds the quotes' text",
            f"the first row names the columns: {COLUMNS}",
        )
        return QuoteSheet()
    sheet = QuoteSheet(ignored=ignored)
    by_name: dict[str | None, DraftSource] = {}
    ids: dict[tuple[str | None, str], int] = {}
    for r in rows[1:]:
        row = table[r]

        def cell(name: str, r: int = r, row: list[str] = row) -> Cell | None:
            col = columns.get(name)
            text = row[col].strip() if col is not None and col < len(row) else ""
            return Cell(text, r + 1, col + 1) if text and col is not None else None

        text = cell("text")
        if text is None:
            if any(cell(n) for n in ("id", "participant", "tags")):
                report.error(
                    Cell("", r + 1, columns["text"] + 1),
                    "missing-field",
                    "this row has no quote text",
                    "write what the person said, or delete the row",
                )
            continue
        if len(text.text) > MAX_TEXT:
            report.error(
                text,
                "text-too-long",
                f"the quote is {len(text.text)} characters; a text may be at most {MAX_TEXT}",
                "split it into several quotes",
            )
        source_cell = cell("source")
        name = source_cell.text if source_cell else None
        if name not in by_name:
            by_name[name] = DraftSource(name, source_cell or text)
            sheet.sources.append(by_name[name])
        quote = DraftQuote(_quote_id(cell("id"), r + 1, report), text.text, text)
        key = (name, quote.id)
        if key in ids:
            report.error(
                cell("id") or text,
                "duplicate-id",
                f"quote id '{quote.id}' is used by row {ids[key]} too",
                "give each quote of a source its own id",
            )
        ids[key] = r + 1
        participant, tags, private = cell("participant"), cell("tags"), cell("private")
        quote.participant = participant.text if participant else None
        quote.tags = split_tags(tags.text) if tags else []
        if private is not None:
            try:
                quote.private = parse_flag(private.text)
            except BadValue as bad:
                report.error(private, bad.code, bad.message, bad.hint)
        by_name[name].quotes.append(quote)
    if not any(s.quotes for s in sheet.sources) and not report:
        report.error(Cell("", top + 1, 1), "empty-list", "the sheet has a header but no quotes")
    return sheet


def _quote_id(found: Cell | None, row: int, report: Report) -> str:
    # No id column (or an empty cell): the row number, stable while the sheet is.
    if found is None:
        return f"q{row}"
    ident = found.text if is_slug(found.text) else slugify(found.text)
    if not ident:
        report.error(
            found,
            "bad-id",
            f"cannot make an id from '{found.text}'",
            "use letters, digits and hyphens, e.g. q7 or p03-price",
        )
        return f"q{row}"
    return ident


def split_tags(text: str) -> list[str]:
    """`delivery, price` or `delivery; price` or one per line (tools use all three)."""
    items = split_items(text)
    if len(items) == 1 and "," in items[0]:
        items = [t.strip() for t in items[0].split(",") if t.strip()]
    return items
