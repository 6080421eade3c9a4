"""`cxdocs history [PATH...]`: how each journey and blueprint changed, commit by commit.

Walks the commits that touched the files (newest first) and says what each one
changed in the words of `cxdocs diff`, with the date, author and message, and
the emotion average and pain-point counts after it. Exit 0; 2 for usage errors
(not a git repository, a shallow clone, a path that does not exist).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from cxdocs.changes.history import NoHistory, load_history
from cxdocs.changes.timeline import HISTORY_KINDS
from cxdocs.cli.common import EXIT_OK, EXIT_USAGE, Subparsers, error, load_config
from cxdocs.cli.options import add_config_option
from cxdocs.cli.speech import words
from cxdocs.content.checks.run import load_repository
from cxdocs.files import FOLDERS
from cxdocs.reports.history import render_json, render_markdown

# git understands far more (`2 weeks ago`); these are the forms we document.
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?|\d+ (day|week|month|year)s? ago")


def add_parser(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "history",
        help=words("cli.history.help"),
        description=words("cli.history.description"),
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help=words("cli.history.paths"),
    )
    parser.add_argument(
        "--since",
        metavar="DATE",
        help=words("cli.history.since"),
    )
    parser.add_argument(
        "--format",
        choices=("markdown", "json"),
        default="markdown",
        help=words("cli.history.format"),
    )
    add_config_option(parser)


def run(args: argparse.Namespace) -> int:
    if args.since is not None and not _DATE.fullmatch(args.since.strip()):
        error(f"--since '{args.since}': give a date like 2026-01-31, or '3 months ago'")
        return EXIT_USAGE
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        error(words("cli.error.no_path", paths=", ".join(missing)))
        return EXIT_USAGE
    config = load_config(args.config)
    if config is None:
        return EXIT_USAGE
    followed = [config.root / FOLDERS[kind] for kind in HISTORY_KINDS.values()]
    others = [str(p) for p in args.paths if not _related(p.absolute(), followed)]
    if others:
        error(f"history follows journeys and blueprints; not under them: {', '.join(others)}")
        return EXIT_USAGE
    repo, _, _ = load_repository(config)
    try:
        timelines = load_history(repo, args.paths, args.since, config.cache_dir)
    except NoHistory as failure:
        error(f"cannot read the history: {failure}")
        return EXIT_USAGE
    if args.format == "json":
        print(render_json(timelines))
        return EXIT_OK
    shown = " ".join(p.as_posix() for p in args.paths) or "journeys/ blueprints/"
    text = render_markdown(timelines, repo.settings.locale, shown, args.since)
    sys.stdout.write(text)
    return EXIT_OK


def _related(path: Path, folders: list[Path]) -> bool:
    """`path` is a journey or blueprint folder, inside one, or holds one (e.g. `.`)."""
    resolved = path.resolve()
    return any(
        resolved == f.resolve()
        or f.resolve() in resolved.parents
        or resolved in f.resolve().parents
        for f in folders
    )
