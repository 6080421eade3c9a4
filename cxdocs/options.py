"""Command-line options shared by several `cxdocs` commands."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_config_option(parser: argparse.ArgumentParser) -> None:
    """`--config FILE`: the mkdocs.yml holding the cxdocs settings."""
    parser.add_argument(
        "--config",
        "-c",
        type=Path,
        default=Path("mkdocs.yml"),
        metavar="FILE",
        help="the site configuration holding the cxdocs settings (default: mkdocs.yml)",
    )
