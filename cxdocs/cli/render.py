"""`cxdocs render`: draw one journey, blueprint or persona file as SVG, PNG or PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cxdocs.changes import provenance
from cxdocs.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    Subparsers,
    add_force_option,
    checked,
    error,
    load_config,
    outputs_for,
    write_output,
)
from cxdocs.cli.options import add_config_option
from cxdocs.cli.speech import words
from cxdocs.content.repository import Repository
from cxdocs.content.settings.reader import Config
from cxdocs.diagrams import DiagramError
from cxdocs.diagrams.dot import FORMATS
from cxdocs.diagrams.draw import Item, diagram_bytes, find_entry
from cxdocs.diagrams.slide_files import slide_files
from cxdocs.files import WriteRefused


def add_parser(commands: Subparsers) -> None:
    draw = commands.add_parser(
        "render",
        help=words("cli.render.help"),
        description=words("cli.render.description"),
    )
    draw.add_argument("path", type=Path, metavar="PATH", help=words("cli.render.path"))
    draw.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help=words("cli.render.output"),
    )
    draw.add_argument(
        "--slides",
        action="store_true",
        help=words("cli.render.slides"),
    )
    draw.add_argument(
        "--format",
        choices=FORMATS,
        help=words("cli.render.format"),
    )
    add_force_option(draw)
    add_config_option(draw)


def _output_format(args: argparse.Namespace) -> str | None:
    """--format, else the output file's suffix (map.png: png), else svg; None
    after saying why not when the two disagree."""
    named = None
    if args.output is not None and not args.slides and str(args.output) != "-":
        suffix = args.output.suffix.lower().lstrip(".")
        named = suffix if suffix in FORMATS else None
    if args.format is not None and named is not None and named != args.format:
        error(
            f"{args.output} is named as an {named.upper()} file but --format {args.format} "
            f"writes {args.format.upper()}; name it "
            f"{args.output.with_suffix('.' + args.format)}, or leave --format out"
        )
        return None
    return str(args.format or named or "svg")


def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if config is None:
        return EXIT_USAGE
    fmt = _output_format(args)
    if fmt is None:
        return EXIT_USAGE
    args.format = fmt
    result = checked(config, args.path)
    if isinstance(result, int):
        return result
    found = find_entry(result.repository, args.path.absolute())
    if found is None:
        error(
            f"{args.path} is not a persona, journey or blueprint file "
            "(they live in personas/, journeys/ and blueprints/)"
        )
        return EXIT_USAGE
    kind, item = found
    if args.slides:
        return _slides(config, args, kind, item, result.repository)
    try:
        changed = provenance.read(result.repository.root).dates()
        data = diagram_bytes(kind, item, result.repository, args.format, config.cache_dir, changed)
    except DiagramError as failure:
        error(str(failure))
        return EXIT_USAGE
    output = args.output or Path(f"{item.id}.{args.format}")
    return write_output(config, output, data, force=args.force)


def _slides(
    config: Config, args: argparse.Namespace, kind: str, item: Item, repo: Repository
) -> int:
    if kind == "persona":
        error("--slides cuts journeys and blueprints; a persona's empathy map is one slide already")
        return EXIT_USAGE
    if args.output is not None and str(args.output) == "-":
        error("--slides writes several files: give a folder with -o")
        return EXIT_USAGE
    if args.output is not None and args.output.exists() and not args.output.is_dir():
        error(f"{args.output} is a file; --slides writes its slides into a folder")
        return EXIT_USAGE
    try:
        changed = provenance.read(repo.root).dates()
        files = slide_files(kind, item, repo, args.format, config.cache_dir, changed)
    except DiagramError as failure:
        error(str(failure))
        return EXIT_USAGE
    folder = args.output or Path(".")
    with outputs_for(config, force=args.force) as out:
        for name, data in files.items():
            try:
                out.write(folder / name, data)
            except WriteRefused as refused:
                error(str(refused))
                return EXIT_USAGE
            print(f"wrote {folder / name}", file=sys.stderr)
    return EXIT_OK
