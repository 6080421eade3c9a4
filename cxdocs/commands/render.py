"""`cxdocs render`: draw one journey, blueprint or persona file as SVG, PNG or PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from cxdocs.commands.common import (
    EXIT_USAGE,
    Subparsers,
    add_force_option,
    checked,
    error,
    load_config,
    write_output,
)
from cxdocs.diagrams import DiagramError
from cxdocs.diagrams.dot import FORMATS
from cxdocs.drawing import diagram_bytes, find_entry
from cxdocs.options import add_config_option


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
    try:
        data = diagram_bytes(kind, item, result.repository, args.format, config.cache_dir)
    except DiagramError as failure:
        error(str(failure))
        return EXIT_USAGE
    output = args.output or Path(f"{item.id}.{args.format}")
    return write_output(config, output, data, force=args.force)
