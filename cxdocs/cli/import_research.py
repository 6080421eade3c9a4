"""`cxdocs import --research`: research sources from a quotes spreadsheet.

The same rules as a journey import: every problem at FILE:row:column in one
run, nothing written unless the whole sheet reads cleanly, no file ever
replaced, and nothing written that `cxdocs check` would reject (each file is
read back with the same reader and model first). Quotes that look like
personal data are warned about at their cell, as `check` would warn.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from cxdocs.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, error, outputs_for
from cxdocs.content.checks.evidence import personal_data
from cxdocs.content.checks.run import run_checks
from cxdocs.content.ids import id_in_use
from cxdocs.content.load import Document, parse_document, relative
from cxdocs.content.model import slugify
from cxdocs.content.problems import Problem, render
from cxdocs.content.research import METHODS, Source
from cxdocs.content.settings.reader import Config
from cxdocs.content.validation.validate import validate
from cxdocs.files import FOLDERS, WriteRefused
from cxdocs.interop.csvio import read_csv
from cxdocs.interop.draft import Cell, Report
from cxdocs.interop.journeyfile import content_yaml
from cxdocs.interop.quotes import DraftSource, read_quotes
from cxdocs.interop.sources import CSV, EXCEL
from cxdocs.interop.xlsx import read_xlsx

DEFAULT_METHOD = "interview"  # what most quote sheets hold; said in a note when assumed


@dataclass(frozen=True)
class Planned:
    path: Path
    text: str
    quotes: int


def run_research(args: argparse.Namespace, config: Config, data: bytes) -> int:
    suffix = args.file.suffix.lower()
    if suffix not in CSV + EXCEL:
        error(f"{args.file}: a quotes sheet is a CSV (.csv) or Excel (.xlsx) file")
        return EXIT_USAGE
    if args.method is not None and args.method not in METHODS:
        error(f"'{args.method}' is not a research method (known: {', '.join(METHODS)})")
        return EXIT_USAGE
    report = Report(str(args.file))
    if args.sheet is not None and suffix not in EXCEL:
        report.error(Cell("", 1, 1), "unknown-sheet", "--sheet applies to Excel files only")
        table = []
    else:
        table = read_xlsx(data, report, args.sheet) if suffix in EXCEL else read_csv(data, report)
    sheet = read_quotes(table, report) if not report else None
    if sheet is not None and len(sheet.sources) > 1:
        for flag, value in (("--id", args.ident), ("--title", args.title), ("-o", args.output)):
            if value is not None:
                first = sheet.sources[1].at
                report.error(
                    first,
                    "several-sources",
                    f"the sheet holds {len(sheet.sources)} sources (its source column); "
                    f"{flag} names one",
                    f"leave out {flag} (each source gets its id from its name), "
                    "or import one source per sheet",
                )
                break
    if report or sheet is None:
        return _refuse(args.file, report.problems)
    repo = run_checks(config).repository
    planned: list[Planned] = []
    taken: dict[str, str | None] = {}
    for source in sheet.sources:
        plan = _plan(args, config, source, report)
        if plan is None:
            continue
        ident = plan.path.stem
        if ident in taken:
            report.error(
                source.at,
                "duplicate-id",
                f"sources '{taken[ident]}' and '{source.name}' both make the id '{ident}'",
                "name the sources so that their ids differ",
            )
            continue
        taken[ident] = source.name
        existing = id_in_use(config.root, repo, "source", ident)
        if existing is not None:
            report.error(
                source.at,
                "id-in-use",
                f"a research source with the id '{ident}' exists ({existing})",
                "pass --id with another id (or rename the source in the sheet); "
                "an import never replaces a file",
            )
            continue
        planned.append(plan)
    if report:
        return _refuse(args.file, report.problems)
    for plan in planned:
        refusal = _rejected(plan, config.root)
        if refusal is not None:
            return _refuse(args.file, [refusal])
    warnings = _personal_data(sheet.sources, str(args.file))
    try:
        with outputs_for(config) as out:
            for plan in planned:
                out.create(plan.path, plan.text)
    except WriteRefused as refused:
        error(f"{refused}; nothing written")
        return EXIT_USAGE
    for plan in planned:
        s = "s" if plan.quotes != 1 else ""
        print(f"created {shown_path(plan.path, config.root)}: {plan.quotes} quote{s}")
    if args.method is None:
        print(f"note: method: {DEFAULT_METHOD} assumed; pass --method to say otherwise")
    if sheet.ignored:
        names = ", ".join(f"'{n}'" for n in sheet.ignored)
        print(f"note: left out the columns cxdocs does not know: {names}")
    if warnings:
        print(render(warnings, 1, "text", with_summary=False), file=sys.stderr)
    return EXIT_OK


def _plan(
    args: argparse.Namespace, config: Config, source: DraftSource, report: Report
) -> Planned | None:
    name = source.name
    ident = args.ident or (args.output and slugify(args.output.stem))
    ident = ident or slugify(name or args.title or "") or slugify(args.file.stem)
    if not ident:
        report.error(source.at, "bad-id", f"cannot make an id from '{name or args.file.stem}'")
        return None
    folder = config.root / FOLDERS["source"]
    path: Path = args.output or folder / f"{ident}.yaml"
    title = args.title or name or title_from_name(args.file)
    data: dict[str, object] = {}
    if path.stem != ident:
        data["id"] = ident
    data.update(title=title, method=args.method or DEFAULT_METHOD)
    data["quotes"] = [q.data() for q in source.quotes]
    text = content_yaml("source", data, path, config.root, args.file.name)
    return Planned(path, text, len(source.quotes))


def _rejected(plan: Planned, root: Path) -> Problem | None:
    """The first error `cxdocs check` would give the file (same reader and model)."""
    where = relative(plan.path, root)
    doc = parse_document(
        Document(path=plan.path, rel=where, kind="source", data=None), plan.text.encode()
    )
    problems = [] if doc.data is None else validate(doc, Source).problems
    return next((p for p in [*doc.problems, *problems] if p.is_error), None)


def _personal_data(sources: list[DraftSource], file: str) -> list[Problem]:
    found = []
    for source in sources:
        for quote in source.quotes:
            what = None if quote.private else personal_data(quote.text)
            if what is not None:
                found.append(
                    Problem(
                        file,
                        quote.at.line,
                        quote.at.col,
                        "warning",
                        "personal-data",
                        f"this quote seems to hold {what}; research may not publish personal data",
                        "remove it, or mark the quote private (a Private column with 'yes') "
                        "so only its id is published",
                    )
                )
    return found


def refused_output(output: Path | None, root: Path) -> str | None:
    """Why -o PATH can't hold a research source: only research/ is read for them."""
    if output is None:
        return None
    if str(output) == "-":
        return "a research import writes files; -o - (print) is for journeys"
    if output.suffix.lower() not in (".yaml", ".yml"):
        return f"{output}: an imported research source is a .yaml file"
    return outside_folder(output, root, "source", "research sources")


def outside_folder(output: Path, root: Path, kind: str, what: str) -> str | None:
    """Why `output` is not where `check` reads files of `kind`, or None."""
    folder = (root / FOLDERS[kind]).resolve()
    if output.resolve().is_relative_to(folder):
        return None
    return (
        f"{output}: {what} are read from {FOLDERS[kind]}/ only; "
        f"write it there, e.g. -o {FOLDERS[kind]}/{output.name}"
    )


def _refuse(file: Path, problems: list[Problem]) -> int:
    print(render(problems, 1, "text", with_summary=False), file=sys.stderr)
    count = len(problems)
    print(f"{file}: {count} problem{'s' if count != 1 else ''}; nothing written", file=sys.stderr)
    return EXIT_PROBLEMS


def title_from_name(path: Path) -> str:
    words = path.stem.replace("_", " ").replace("-", " ").split()
    text = " ".join(words)
    return text[:1].upper() + text[1:] if text.islower() else text


def shown_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
