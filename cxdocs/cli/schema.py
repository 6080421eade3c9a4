"""`cxdocs schema`: JSON Schemas for editors, generated from the model `check` uses."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from cxdocs.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Subparsers,
    add_force_option,
    error,
    load_config,
    outputs_for,
)
from cxdocs.cli.options import add_config_option
from cxdocs.cli.speech import words
from cxdocs.content.editor_schema import (
    SCHEMA_DIR,
    file_name,
    is_schema_file,
    schema_text,
    stale_schemas,
)
from cxdocs.content.kinds import KINDS as SCHEMA_KINDS
from cxdocs.content.settings.reader import Config
from cxdocs.files import Outputs, WriteRefused


def add_parser(commands: Subparsers) -> None:
    schema = commands.add_parser(
        "schema",
        help=words("cli.schema.help"),
        description=words("cli.schema.description"),
    )
    schema.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="DIR",
        help=words("cli.schema.out", folder=SCHEMA_DIR),
    )
    schema.add_argument(
        "--check",
        action="store_true",
        help=words("cli.schema.check"),
    )
    add_force_option(schema)
    add_config_option(schema)


def write_schemas(out: Outputs, folder: Path, config: Config | None) -> list[Path]:
    """Write (or refresh) the three schemas into `folder`; raises WriteRefused."""
    settings = config.settings if config else None
    return [
        out.write(folder / file_name(kind), schema_text(kind, settings), ours=is_schema_file)
        for kind in SCHEMA_KINDS
    ]


def run(args: argparse.Namespace) -> int:
    config: Config | None = None
    if args.config.is_file():  # inside a repository: its channels and actors, content protected
        config = load_config(args.config)
        if config is None:  # broken settings: generic schemas would silently replace the team's
            return EXIT_USAGE
    folder = args.out or (config.root / SCHEMA_DIR if config else Path(SCHEMA_DIR))
    if args.check:
        stale = stale_schemas(folder, config.settings if config else None)
        for path in stale:
            print(f"{path}: out of date; run 'cxdocs schema --out {folder}'", file=sys.stderr)
        return EXIT_PROBLEMS if stale else EXIT_OK
    with outputs_for(config, force=args.force) as out:
        try:
            for path in write_schemas(out, folder, config):
                print(f"wrote {os.path.relpath(path)}")
        except WriteRefused as refused:
            error(str(refused))
            return EXIT_USAGE
    return EXIT_OK
