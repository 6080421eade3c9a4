"""`cxdocs build`: write the generated site sources for any Markdown engine."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from cxdocs.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Subparsers,
    error,
    load_config,
    outputs_for,
)
from cxdocs.cli.options import add_config_option
from cxdocs.cli.speech import locale_of, words
from cxdocs.content.checks.run import run_checks
from cxdocs.content.problems import render
from cxdocs.content.repository import without_drafts
from cxdocs.content.settings.reader import Config
from cxdocs.diagrams import DiagramError
from cxdocs.files import Outputs, WriteRefused
from cxdocs.publish.freshness import OLD_FOLDER, default_out, watched
from cxdocs.publish.owned import MANIFEST_NAME, OwnedFolder
from cxdocs.publish.progress import Progress
from cxdocs.publish.sources import ENGINES, BuildReport, write_sources
from cxdocs.site.builder import MissingPage


def add_parser(commands: Subparsers) -> None:
    build = commands.add_parser(
        "build",
        help=words("cli.build.help"),
        description=words("cli.build.description"),
    )
    build.add_argument(
        "--out",
        "-o",
        type=Path,
        metavar="DIR",
        help=words("cli.build.out"),
    )
    build.add_argument(
        "--engine",
        choices=ENGINES,
        default="zensical",
        help=words("cli.build.engine"),
    )
    add_config_option(build)
    build.add_argument("--strict", action="store_true", help=words("cli.build.strict"))
    build.add_argument(
        "--drafts",
        action="store_true",
        help=words("cli.build.drafts"),
    )
    build.add_argument(
        "--watch",
        action="store_true",
        help=words("cli.build.watch"),
    )


def run(args: argparse.Namespace) -> int:
    if not args.watch:
        return _build(args)
    return _watch(args)


def _watch(args: argparse.Namespace, interval: float = 0.5, rounds: int | None = None) -> int:
    """Build, then build again after each change (`rounds`: how many checks, for tests).

    Polls file times twice a second: the content folders sit outside docs_dir, so
    the engine's own watcher does not see them, and a new dependency for file
    events is not worth it for a check that takes a few milliseconds."""
    code = _build(args)
    config = load_config(args.config)
    if config is None:
        return EXIT_USAGE
    seen = watched(config)
    print("cxdocs: watching the content and settings (Ctrl+C stops)", file=sys.stderr)
    try:
        while rounds is None or rounds > 0:
            rounds = None if rounds is None else rounds - 1
            time.sleep(interval)
            now = watched(config)
            if now != seen:
                seen = now
                code = _build(args)
    except KeyboardInterrupt:
        pass
    return code


def _build(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if config is None:
        return EXIT_USAGE
    result = run_checks(config, progress=Progress("cxdocs: reading"))
    if result.problems:
        text = render(result.problems, result.files, "text", locale=locale_of(config))
        print(text, file=sys.stderr)
    if result.errors or (args.strict and result.warnings):
        return EXIT_PROBLEMS
    out = args.out.absolute() if args.out else default_out(config)
    # Drafts are checked above but published only when the settings ask for them.
    with_drafts = args.drafts or config.settings.drafts
    published = result.repository if with_drafts else without_drafts(result.repository)
    with outputs_for(config) as outputs:
        try:
            _retire_old_folder(config, out, outputs)
            report = write_sources(
                config,
                published,
                out,
                outputs,
                progress=Progress("cxdocs: drawing diagrams"),
                engine=args.engine,
            )
        except WriteRefused as refused:
            error(str(refused))
            return EXIT_USAGE
        except (DiagramError, MissingPage) as failure:
            error(str(failure))
            return EXIT_PROBLEMS
    shown = _shown(out)
    if report.healed:
        print(
            f"cxdocs: {shown}/{MANIFEST_NAME} was damaged: read the copy the cache keeps "
            "and wrote it anew",
            file=sys.stderr,
        )
    if report.interrupted:
        print(f"cxdocs: finished the build of {shown}/ that was interrupted", file=sys.stderr)
    if report.replaced:
        names = ", ".join(report.replaced[:3]) + (" ..." if len(report.replaced) > 3 else "")
        print(
            f"cxdocs: wrote again {len(report.replaced)} generated files changed since the "
            f"last build ({names}); edit the content, not the generated pages",
            file=sys.stderr,
        )
    print(
        f"cxdocs: {report.pages} pages and {report.files - report.pages} other files in "
        f"{shown}/ ({len(report.changed)} written, {len(report.removed)} removed)",
        file=sys.stderr,
    )
    _say_kept(report, shown)
    if config.navigation is None and args.engine == "zensical" and args.out is None:
        print(
            f"cxdocs: note: Zensical names sections after their folders unless "
            f"{config.path.name} lists '- awesome-nav' under 'plugins:' (it then reads the "
            "section titles and order this build wrote in .nav.yml files; MkDocs reads "
            "the line too, cxdocs installs the plugin)",
            file=sys.stderr,
        )
    return EXIT_OK


def _retire_old_folder(config: Config, out: Path, outputs: Outputs) -> None:
    """Remove the pages earlier versions wrote into docs/cx/ by default: engines
    would publish them twice, under the old addresses."""
    old = config.docs_dir / OLD_FOLDER
    if out == default_out(config) and (old / MANIFEST_NAME).is_file():
        removed = OwnedFolder(outputs, old).retire()
        print(
            f"cxdocs: removed {len(removed)} files from {_shown(old)}/, where earlier "
            "versions wrote the pages (they now have the plugin's addresses)",
            file=sys.stderr,
        )


def _say_kept(report: BuildReport, shown: str) -> None:
    """Files people wrote where cxdocs would write: kept, and why it matters."""
    for rel in report.kept:
        if rel == "index.md":
            continue  # a home page of your own: the usual case, and the plugin's too
        if rel.endswith(".nav.yml"):
            print(
                f"cxdocs: {shown}/{rel} is not cxdocs' own: kept; it decides that navigation",
                file=sys.stderr,
            )
        elif rel == ".gitignore":
            print(
                f"cxdocs: {shown}/.gitignore is not cxdocs' own, so the generated files "
                "are not ignored by git: add the lines 'cxdocs build' lists in "
                f"{shown}/{MANIFEST_NAME} ('files') to it",
                file=sys.stderr,
            )
        else:
            print(
                f"cxdocs: {shown}/{rel} was not written by cxdocs (or was edited): kept, "
                "and published instead of the generated page",
                file=sys.stderr,
            )


def _shown(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)
