"""`cxdocs build`: write the generated site sources for any Markdown engine."""

from __future__ import annotations

import argparse
import sys
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
from cxdocs.content.checks.run import run_checks
from cxdocs.content.problems import render
from cxdocs.content.repository import without_drafts
from cxdocs.content.settings.reader import Config
from cxdocs.diagrams import DiagramError
from cxdocs.files import WriteRefused
from cxdocs.publish.freshness import default_out, uses_folder
from cxdocs.publish.progress import Progress
from cxdocs.publish.sources import BUNDLE, ENGINES, write_sources
from cxdocs.site.builder import ASSET_DIR, MissingPage


def add_parser(commands: Subparsers) -> None:
    build = commands.add_parser(
        "build",
        help="write the generated pages and diagrams for Zensical, MkDocs, TechDocs...",
        description="Write a Markdown page for every persona, journey, blueprint and "
        "insight view, with their diagrams, pictures and the viewer's CSS/JS, into a "
        "folder any Markdown site engine publishes (Zensical, ProperDocs, MkDocs "
        "without the plugin, Backstage TechDocs). cxdocs owns that folder: it refuses "
        "one holding files it did not write, and removes only files it wrote before.",
    )
    build.add_argument(
        "--out",
        "-o",
        type=Path,
        metavar="DIR",
        help="the output folder (default: cx/ inside docs_dir, e.g. docs/cx)",
    )
    build.add_argument(
        "--engine",
        choices=ENGINES,
        default="zensical",
        help="how links are written: zensical (default) reads them from the Markdown "
        "file's folder; mkdocs (also ProperDocs, TechDocs, without the cxdocs plugin) "
        "needs them relative to the served page",
    )
    add_config_option(build)
    build.add_argument("--strict", action="store_true", help="fail on content warnings too")
    build.add_argument(
        "--drafts",
        action="store_true",
        help="publish drafts (draft: true) too, e.g. for a review site; "
        "the same as the 'drafts: true' setting",
    )


def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if config is None:
        return EXIT_USAGE
    result = run_checks(config, progress=Progress("cxdocs: reading"))
    if result.problems:
        print(render(result.problems, result.files, "text"), file=sys.stderr)
    if result.errors or (args.strict and result.warnings):
        return EXIT_PROBLEMS
    out = args.out.absolute() if args.out else default_out(config)
    # Drafts are checked above but published only when the settings ask for them.
    with_drafts = args.drafts or config.settings.drafts
    published = result.repository if with_drafts else without_drafts(result.repository)
    with outputs_for(config) as outputs:
        try:
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
    print(
        f"cxdocs: {report.pages} pages and {report.files - report.pages} other files in "
        f"{shown}/ ({len(report.changed)} written, {len(report.removed)} removed)",
        file=sys.stderr,
    )
    _viewer_hint(config, out)
    return EXIT_OK


def _viewer_hint(config: Config, out: Path) -> None:
    """Say which lines the site configuration lacks for the viewer, if it does."""
    try:
        rel = out.relative_to(config.docs_dir).as_posix()
    except ValueError:
        return  # outside docs_dir: the engine is set up some other way
    if uses_folder(config, out):
        return
    print(
        f"cxdocs: engines without the plugin also need, in {config.path.name}:\n"
        f"  extra_css:\n    - {rel}/{ASSET_DIR}/{BUNDLE}.css\n"
        f"  extra_javascript:\n    - {rel}/{ASSET_DIR}/{BUNDLE}.js",
        file=sys.stderr,
    )


def _shown(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)
