"""`cxdocs diff BASE [HEAD]`: the semantic journey diff for pull-request review.

Loads both revisions the way `cxdocs check` loads a working tree (same settings
reading, same validation), compares them, and prints Markdown or JSON. With
`--svg-dir`, it also draws each changed journey and blueprint with the site's
renderer, the changes marked on it. The diff is informational: exit 0 whatever
changed, 2 for usage errors (not a git repository, unknown revision, no
settings at either revision) and when diagrams were asked for but cannot be
drawn (Graphviz missing, the folder not writable).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cxdocs.changes import git
from cxdocs.changes.compare import compare
from cxdocs.changes.evidence import review_evidence
from cxdocs.changes.model import ObjectDiff, Report, Revision
from cxdocs.cli.options import add_config_option
from cxdocs.cli.speech import words
from cxdocs.content.checks.run import load_repository
from cxdocs.content.problems import Problem, format_text
from cxdocs.content.repository import Repository
from cxdocs.content.settings.reader import Config, ConfigError, read_config
from cxdocs.diagrams import (
    MAX_POINTS,
    Diagram,
    DiagramError,
    blueprint_diagram,
    journey_diagram,
    svg_of,
    too_big,
)
from cxdocs.files import Outputs, WriteRefused
from cxdocs.i18n import numbers
from cxdocs.reports.diff import DEFAULT_MAX_CHARS, render_json, render_markdown
from cxdocs.reports.highlight import blueprint_highlight, journey_highlight
from cxdocs.reports.phrases import Words

EXIT_OK, EXIT_USAGE = 0, 2
MIN_CHARS = 1_000  # room for the heading, the notice and a few summary rows
WORKING_TREE = "working tree"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `diff` subcommand on the `cxdocs` parser."""
    parser = commands.add_parser(
        "diff",
        help=words("cli.diff.help"),
        description=words("cli.diff.description"),
    )
    parser.add_argument("base", metavar="BASE", help=words("cli.diff.base"))
    parser.add_argument(
        "head",
        nargs="?",
        metavar="HEAD",
        help=words("cli.diff.head"),
    )
    parser.add_argument(
        "--format",
        choices=("markdown", "json"),
        default="markdown",
        help=words("cli.diff.format"),
    )
    add_config_option(parser)
    parser.add_argument(
        "--svg-dir",
        type=Path,
        metavar="DIR",
        help=words("cli.diff.svg-dir"),
    )
    parser.add_argument(
        "--max-chars",
        type=_max_chars,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help=words("cli.diff.max-chars", default=f"{DEFAULT_MAX_CHARS:,}"),
    )
    parser.add_argument(
        "--full-report",
        metavar="WHERE",
        help=words("cli.diff.full-report"),
    )


def _max_chars(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of characters, got '{text}'") from None
    if value != 0 and value < MIN_CHARS:
        raise argparse.ArgumentTypeError(
            f"{value} is too small to hold a summary; use at least {MIN_CHARS} (or 0: no limit)"
        )
    return value


def run(args: argparse.Namespace) -> int:
    return diff(
        args.base,
        args.head,
        args.config,
        args.format,
        args.svg_dir,
        max_chars=args.max_chars,
        full_report=args.full_report,
    )


@dataclass
class Loaded:
    """One revision, loaded and checked."""

    revision: Revision
    repository: Repository
    problems: list[Problem]


# Objects drawn: the ones HEAD has and that can be read there. Removed objects
# have nothing to draw; personas have no diagram of their changes.
DRAWN_STATUSES = ("added", "changed", "moved", "renamed")


def write_diagrams(
    report: Report, base: Loaded, head: Loaded, svg_dir: Path, out: Outputs
) -> list[Path]:
    """`--svg-dir`: one SVG per changed journey and blueprint, the changes marked.

    Files are `<kind>-<id>.svg` in `svg_dir` (created if missing); each drawn
    object's `diagram` is set to its file, so the report can name it. Added
    objects are drawn whole under an "added" banner; unchanged and removed
    objects get no file; neither does one wider than Graphviz can draw (with
    its removed steps or phases ghosted, a diagram can be wider than either
    revision's), which gets a note in the report instead, as check and the
    build stop such a journey. Raises `DiagramError` (Graphviz missing) and
    `WriteRefused` (DIR is content, a file, read-only...).
    """
    out.folder(svg_dir)
    written: list[Path] = []
    words = Words(report.locale)
    for diff in report.objects:
        if diff.kind == "persona" or diff.status not in DRAWN_STATUSES:
            continue
        if diff.status != "added" and not diff.changes:
            continue  # only its path changed, or only its validity: nothing to mark
        diagram = _diagram(diff, base, head, report.base.label)
        if diagram is None:
            continue
        if too_big(diagram):
            size = max(diagram.width, diagram.height)
            report.notes.append(
                words(
                    "note.too_wide",
                    kind=words.kind(diff.kind).lower(),
                    id=diff.id,
                    width=numbers.number(size, report.locale, decimals=0),
                    limit=numbers.number(MAX_POINTS, report.locale, decimals=0),
                )
            )
            continue
        path = svg_dir / f"{diff.kind}-{diff.id}.svg"
        out.write(path, svg_of(diagram, f"{diff.kind}-{diff.id}-"))
        diff.diagram = path.as_posix()
        diff.svgs.append(path.as_posix())
        written.append(path)
    return written


def _diagrams(report: Report, base: Loaded, head: Loaded, svg_dir: Path, root: Path) -> bool:
    """Write the diagrams and say which on stderr; False if DIR cannot be written."""
    try:
        with Outputs(root) as out:  # the real repository's content stays protected
            written = write_diagrams(report, base, head, svg_dir, out)
    except WriteRefused as error:  # e.g. DIR is a content folder, a file, or read-only
        print(f"cxdocs: error: cannot write diagrams into {svg_dir}: {error}", file=sys.stderr)
        return False
    for path in written:
        print(f"wrote {path}", file=sys.stderr)
    return True


def _diagram(diff: ObjectDiff, base: Loaded, head: Loaded, label: str) -> Diagram | None:
    settings = head.repository.settings
    old_id = diff.renamed_from or diff.id
    if diff.kind == "journey":
        journey = head.repository.journeys.get(diff.id)
        if journey is None:
            return None
        old_journey = base.repository.journeys.get(old_id)
        highlight = journey_highlight(
            diff, old_journey.item if old_journey else None, label, settings.locale
        )
        persona = head.repository.personas.get(journey.item.persona)
        name = persona.item.name if persona else None
        return journey_diagram(journey.item, settings, highlight=highlight, persona_name=name)
    blueprint = head.repository.blueprints.get(diff.id)
    if blueprint is None:
        return None
    old_blueprint = base.repository.blueprints.get(old_id)
    old = old_blueprint.item if old_blueprint else None
    return blueprint_diagram(
        blueprint.item, settings, highlight=blueprint_highlight(diff, old, blueprint.item, label)
    )


def diff(
    base: str,
    head: str | None,
    config: Path,
    fmt: str = "markdown",
    svg_dir: Path | None = None,
    *,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    full_report: str | None = None,
) -> int:
    """Compare BASE with HEAD (a revision, or the working tree) and print the report.

    The Markdown report is in the locale of HEAD's settings and shortened to
    `max_chars` (None or 0: never); the JSON is always whole.
    """
    config = config.absolute()
    try:
        top = git.toplevel(config.parent)
        prefix = _prefix(config.parent, top)
        base_commit = git.resolve(top, base)
        head_commit = git.resolve(top, head) if head is not None else None
        paths = git.content_paths(prefix, config.name)
        with tempfile.TemporaryDirectory(prefix="cxdocs-diff-") as tmp:
            base_config = Path(tmp, "base", *prefix.parts, config.name)
            git.export(top, base_commit, paths, Path(tmp, "base"))
            head_config = config
            if head_commit is not None:
                head_config = Path(tmp, "head", *prefix.parts, config.name)
                git.export(top, head_commit, paths, Path(tmp, "head"))
            sides = _load(
                (Revision(base, base_commit), base_config),
                (Revision(head or WORKING_TREE, head_commit), head_config),
            )
            if sides is None:
                return EXIT_USAGE
            (base_side, head_side), notes = sides
            report = Report(
                base=base_side.revision,
                head=head_side.revision,
                objects=compare(
                    base_side.repository,
                    head_side.repository,
                    base_side.problems,
                    head_side.problems,
                ),
                problems={"base": base_side.problems, "head": head_side.problems},
                notes=notes,
                locale=head_side.repository.settings.locale,
                evidence=review_evidence(base_side.repository, head_side.repository),
            )
            if svg_dir is not None and not _diagrams(
                report, base_side, head_side, svg_dir, config.parent
            ):
                return EXIT_USAGE
    except (git.GitError, DiagramError) as error:
        print(f"cxdocs: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if fmt == "json":
        print(render_json(report))
    else:
        print(render_markdown(report, max_chars, full_report), end="")
    return EXIT_OK


def _prefix(folder: Path, top: Path) -> PurePosixPath:
    """The settings file's folder, relative to the repository root."""
    try:
        return PurePosixPath(folder.resolve().relative_to(top.resolve()).as_posix())
    except ValueError:
        raise git.GitError(f"{folder} is not inside the git work tree {top}") from None


def _read(path: Path) -> tuple[Config | None, list[Problem]]:
    if not path.is_file():
        return None, []
    try:
        return read_config(path), []
    except ConfigError as error:
        return None, error.problems


def _load(
    *sides: tuple[Revision, Path],
) -> tuple[tuple[Loaded, Loaded], list[str]] | None:
    """Both revisions loaded, each with the other's settings if its own are unusable."""
    read = [_read(path) for _, path in sides]
    usable = [config for config, _ in read if config is not None]
    if not usable:
        name = sides[1][1].name
        problems = [p for _, found in read for p in found]
        for problem in problems:
            print(format_text(problem), file=sys.stderr)
        print(
            f"cxdocs: error: no usable {name} with cxdocs settings at either revision; "
            "run from the folder holding it, or pass --config PATH",
            file=sys.stderr,
        )
        return None
    notes: list[str] = []
    loaded: list[Loaded] = []
    words = Words((read[1][0] or read[0][0] or usable[0]).settings.locale)
    for index, ((revision, path), (config, problems)) in enumerate(zip(sides, read, strict=True)):
        if config is None:
            # Prefer the newer settings: a PR usually adds channels and actors, not removes.
            fallback = read[1][0] or read[0][0]
            assert fallback is not None
            config = Config(path=path, settings=fallback.settings, docs_dir=path.parent / "docs")
            side, other = ("base", "head") if index == 0 else ("head", "base")
            notes.append(
                words(
                    "note.settings_invalid" if problems else "note.settings_missing",
                    name=path.name,
                    side=words(f"side.{side}"),
                    other=words(f"side.{other}"),
                )
            )
        repository, found, _docs = load_repository(config)
        errors = [p for p in [*problems, *found] if p.is_error]
        loaded.append(Loaded(revision, repository, errors))
    return (loaded[0], loaded[1]), notes
