"""`cxdocs export`: a journey as a Mermaid diagram, a CSV file or an Excel sheet.

The layouts are the ones `cxdocs import` reads, so a journey exported, edited
in a spreadsheet and imported again keeps its stages, steps, channels,
emotions, pain points and opportunities. `--template` writes the blank
spreadsheet teams fill in (with a short example and a sheet on how to fill it).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cxdocs import GUIDE_URL
from cxdocs.cli.common import (
    EXIT_USAGE,
    Subparsers,
    add_force_option,
    checked,
    error,
    load_config,
    write_output,
)
from cxdocs.cli.options import add_config_option
from cxdocs.cli.speech import words
from cxdocs.content.model import Journey, Settings
from cxdocs.content.settings.reader import Config
from cxdocs.diagrams.draw import find_entry
from cxdocs.i18n import LOCALES
from cxdocs.interop.csvio import write_csv
from cxdocs.interop.mermaid import journey_mermaid
from cxdocs.interop.table import journey_rows
from cxdocs.interop.template import ROW_WIDTHS, template_name, template_rows, template_xlsx
from cxdocs.interop.xlsx import Sheet, workbook_bytes

FORMATS = ("mermaid", "csv", "xlsx")
SUFFIX = {"mermaid": ".mmd", "csv": ".csv", "xlsx": ".xlsx"}
# Output names that say which format the file holds: another format's bytes
# under such a name is a file its program refuses to open.
_NAMED = {
    ".csv": ("csv", "a CSV file"),
    ".xlsx": ("xlsx", "an Excel workbook"),
    ".mmd": ("mermaid", "a Mermaid file"),
    ".md": ("mermaid", "a Markdown file"),
    ".markdown": ("mermaid", "a Markdown file"),
}


def add_parser(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "export",
        help=words("cli.export.help"),
        description=words("cli.export.description", guide=GUIDE_URL),
    )
    parser.add_argument("format", choices=FORMATS, help=words("cli.export.format"))
    parser.add_argument("path", type=Path, nargs="?", metavar="PATH", help=words("cli.export.path"))
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help=words("cli.export.output"),
    )
    parser.add_argument(
        "--template",
        action="store_true",
        help=words("cli.export.template"),
    )
    parser.add_argument(
        "--lang",
        choices=LOCALES,
        help=words("cli.export.lang"),
    )
    parser.add_argument(
        "--delimiter", default=",", metavar="CHAR", help=words("cli.export.delimiter")
    )
    add_force_option(parser)
    add_config_option(parser)


def _journey_data(
    args: argparse.Namespace, journey: Journey, persona: str, settings: Settings, lang: str
) -> bytes:
    if args.format == "mermaid":
        markdown = args.output is not None and args.output.suffix.lower() in (".md", ".markdown")
        return journey_mermaid(journey, persona, settings.actors, markdown).encode("utf-8")
    rows = journey_rows(journey, settings.channel_labels, settings.actors, lang)
    if args.format == "csv":
        return write_csv(rows, args.delimiter)
    return workbook_bytes([Sheet(journey.id, rows, ROW_WIDTHS)])


def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if config is None:
        return EXIT_USAGE
    lang = args.lang or config.settings.locale
    if len(args.delimiter) != 1:
        error("--delimiter takes one character, e.g. ';' or ','")
        return EXIT_USAGE
    if args.template:
        if args.format == "mermaid":
            error("--template is a blank csv or xlsx spreadsheet; there is none for mermaid")
            return EXIT_USAGE
        if args.path is not None:
            error("--template writes a blank spreadsheet; give no PATH")
            return EXIT_USAGE
        data = (
            template_xlsx(lang)
            if args.format == "xlsx"
            else write_csv(template_rows(lang), args.delimiter)
        )
        return _write(args, data, Path(template_name(lang) + SUFFIX[args.format]), config)
    if args.path is None:
        error("give the journey file to export (or --template)")
        return EXIT_USAGE
    result = checked(config, args.path)
    if isinstance(result, int):
        return result
    found = find_entry(result.repository, args.path.absolute())
    if found is None or not isinstance(found[1], Journey):
        error(f"{args.path} is not a journey file (journeys live in journeys/)")
        return EXIT_USAGE
    journey = found[1]
    persona = result.repository.personas.get(journey.persona)
    name = (
        persona.item.name.split()[0] if persona and persona.item.name.split() else journey.persona
    )
    data = _journey_data(args, journey, name, config.settings, lang)
    return _write(args, data, Path(journey.id + SUFFIX[args.format]), config)


def _write(args: argparse.Namespace, data: bytes, default: Path, config: Config) -> int:
    if args.format == "xlsx" and args.output is not None and str(args.output) == "-":
        error("an Excel workbook cannot go to stdout; give -o FILE.xlsx")
        return EXIT_USAGE
    named = _NAMED.get(args.output.suffix.lower()) if args.output is not None else None
    if named is not None and named[0] != args.format:
        fixed = args.output.with_suffix(SUFFIX[args.format])
        error(
            f"{args.output} is named as {named[1]} but 'export {args.format}' writes "
            f"{args.format}; name it {fixed}"
        )
        return EXIT_USAGE
    return write_output(config, args.output or default, data, force=args.force)
