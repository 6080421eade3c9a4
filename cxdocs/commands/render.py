"""`cxdocs render`: draw one journey, blueprint or persona file as SVG, PNG or PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cxdocs.checks.run import run_checks
from cxdocs.commands.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Subparsers,
    add_force_option,
    error,
    load_config,
    outputs_for,
)
from cxdocs.diagrams import DiagramError
from cxdocs.diagrams.dot import FORMATS
from cxdocs.drawing import diagram_bytes, find_entry
from cxdocs.files import WriteRefused
from cxdocs.options import add_config_option
from cxdocs.problems import render


def add_parser(commands: Subparsers) -> None:
    draw = commands.add_parser(
        "render",
        help="draw one journey, blueprint or persona file (SVG, PNG or PDF)",
        description="Render the diagram of one content file, for slides and documents.",
    )
    draw.add_argument(
        "path", type=Path, metavar="PATH", help="a journey, blueprint or persona file"
    )
    draw.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="where to write (default: <id>.<format> in the current folder; '-' for stdout)",
    )
    draw.add_argument("--format", choices=FORMATS, default="svg", help="svg (default), png or pdf")
    add_force_option(draw)
    add_config_option(draw)


def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if config is None:
        return EXIT_USAGE
    if not args.path.is_file():
        error(f"no such file: {args.path}")
        return EXIT_USAGE
    result = run_checks(config, [args.path.absolute()])
    if result.errors:
        print(render(result.problems, result.files, "text"), file=sys.stderr)
        return EXIT_PROBLEMS
    found = find_entry(result.repository, args.path.absolute())
    if found is None:
        error(
            f"{args.path} is not a persona, journey or blueprint file "
            "(they live in personas/, journeys/ and blueprints/)"
        )
        return EXIT_USAGE
    kind, item = found
    try:
        data = diagram_bytes(kind, item, result.repository, args.format, config.cache_dir)
    except DiagramError as failure:
        error(str(failure))
        return EXIT_USAGE
    if args.output is not None and str(args.output) == "-":
        sys.stdout.buffer.write(data)
        return EXIT_OK
    output = args.output or Path(f"{item.id}.{args.format}")
    with outputs_for(config, force=args.force) as out:
        try:
            out.write(output, data)
        except WriteRefused as refused:
            error(str(refused))
            return EXIT_USAGE
    print(f"wrote {output}", file=sys.stderr)
    return EXIT_OK
