"""`cxdocs check`: validate content and report problems at file:line:col."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from cxdocs.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Subparsers, error, load_config
from cxdocs.cli.options import add_config_option
from cxdocs.cli.speech import locale_of, words
from cxdocs.content.checks.memo import DocumentMemo
from cxdocs.content.checks.run import run_checks
from cxdocs.content.editor_schema import stale_schema_problems
from cxdocs.content.problems import render
from cxdocs.i18n.catalog import label
from cxdocs.publish.freshness import stale_pages
from cxdocs.publish.progress import Progress


def add_parser(commands: Subparsers) -> None:
    check = commands.add_parser(
        "check",
        help=words("cli.check.help"),
        description=words("cli.check.description"),
    )
    check.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help=words("cli.check.paths"),
    )
    add_config_option(check)
    check.add_argument(
        "--format",
        choices=("text", "github", "gitlab", "json"),
        default="text",
        help=words("cli.check.format"),
    )
    check.add_argument("--strict", action="store_true", help=words("cli.check.strict"))
    check.add_argument(
        "--no-cache",
        action="store_true",
        help=words("cli.check.no-cache"),
    )


def _colour(text: str, locale: str) -> str:
    if not sys.stdout.isatty() or os.environ.get("NO_COLOR"):
        return text
    for key, end, code in (("error", "[", "31"), ("warning", "[", "33"), ("hint", ":", "2")):
        word = label(locale, f"problems.{key}")
        text = text.replace(word + end, f"\033[{code}m{word}\033[0m{end}")
    return text


def run(args: argparse.Namespace) -> int:
    folder = args.config.absolute().parent
    prefix = ""
    if args.format in ("github", "gitlab") and folder.is_dir():
        from cxdocs.changes import git  # here: only annotations need git (a process)

        prefix = git.prefix(folder)  # cxdocs in a folder of a monorepo
    config = load_config(args.config, args.format, prefix)
    if config is None:
        return EXIT_USAGE
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        error(words("cli.error.no_path", paths=", ".join(missing)))
        return EXIT_USAGE
    # Files whose bytes are those of the last run are neither parsed nor validated
    # again: their documents come from the cache folder (verified, see
    # cxdocs.content.checks.memo); cross-file checks still see every file.
    # A cache_dir inside content is reported, and never written to.
    unsafe = any(p.code == "unsafe-cache-dir" for p in config.problems)
    cache_dir = None if args.no_cache or unsafe else config.cache_dir
    paths = [p.absolute() for p in args.paths]
    memo = DocumentMemo(write_behind=True)  # new entries are written while we report
    reading = Progress("cxdocs: reading")
    result = run_checks(config, paths, reading, memo, cached=cache_dir is not None)
    # Generated pages belong to the whole repository, not to the files a hook names.
    stale = None if args.paths else stale_pages(config)
    if stale is not None:
        result.problems.append(stale)
    if not args.paths:  # the whole repository: its editor schemas too
        result.problems.extend(stale_schema_problems(config.root, config.settings, cache_dir))
    locale = locale_of(config)
    text = render(result.problems, result.files, args.format, prefix=prefix, locale=locale)
    print(_colour(text, locale) if args.format == "text" else text)
    if result.errors or (args.strict and result.warnings):
        return EXIT_PROBLEMS
    return EXIT_OK
