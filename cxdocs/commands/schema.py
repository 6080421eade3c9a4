"""`cxdocs schema`: JSON Schemas for editors, generated from the model `check` uses."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cxdocs.commands.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Subparsers,
    add_force_option,
    error,
    outputs_for,
)
from cxdocs.config import ConfigError, read_config
from cxdocs.files import WriteRefused
from cxdocs.model import KINDS as SCHEMA_KINDS
from cxdocs.options import add_config_option
from cxdocs.schema import SCHEMA_DIR, file_name, schema_text, stale_schemas


def add_parser(commands: Subparsers) -> None:
    schema = commands.add_parser(
        "schema",
        help="write JSON Schemas for editors",
        description="Write persona, journey and blueprint JSON Schemas, generated from "
        "the model that `check` uses.",
    )
    schema.add_argument(
        "--out",
        type=Path,
        default=Path(SCHEMA_DIR),
        metavar="DIR",
        help=f"folder to write to (default: {SCHEMA_DIR})",
    )
    schema.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the files in DIR are missing or out of date",
    )
    add_force_option(schema)
    add_config_option(schema)


def run(args: argparse.Namespace) -> int:
    if args.check:
        stale = stale_schemas(args.out)
        for path in stale:
            print(f"{path}: out of date; run 'cxdocs schema --out {args.out}'", file=sys.stderr)
        return EXIT_PROBLEMS if stale else EXIT_OK
    try:  # inside a repository, its content folders are protected too
        config = read_config(args.config.absolute())
    except ConfigError:
        config = None
    with outputs_for(config, force=args.force) as out:
        try:
            for kind in SCHEMA_KINDS:
                path = out.write(args.out / file_name(kind), schema_text(kind))
                print(f"wrote {path}")
        except WriteRefused as refused:
            error(str(refused))
            return EXIT_USAGE
    return EXIT_OK
