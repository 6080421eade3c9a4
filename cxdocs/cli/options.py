"""Command-line options shared by several `cxdocs` commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from cxdocs.cli.speech import words
from cxdocs.content.settings.reader import find_settings


def add_config_option(parser: argparse.ArgumentParser) -> None:
    """`--config FILE`: the mkdocs.yml holding the cxdocs settings."""
    parser.add_argument(
        "--config",
        "-c",
        type=Path,
        default=None,
        metavar="FILE",
        help=words("cli.options.config"),
    )


def resolve_config_option(args: argparse.Namespace) -> None:
    """Fill in `--config` when it was not given: the settings file found by walking
    up from the current folder, as git finds its repository."""
    if "config" in args and args.config is None:
        args.config = find_settings(Path.cwd()) or Path("mkdocs.yml")
