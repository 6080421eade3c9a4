"""The `cxdocs` command line: thin glue over the core, `main(argv) -> int`.

Exit codes: 0 clean, 1 problems found (errors, or warnings with --strict),
2 usage or configuration errors (missing mkdocs.yml, unknown path).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from cxdocs import __version__
from cxdocs.checks.run import run_checks
from cxdocs.config import Config, ConfigError, read_config
from cxdocs.diagrams import DiagramError
from cxdocs.diagrams.dot import FORMATS
from cxdocs.diff import command as diff_command
from cxdocs.drawing import diagram_bytes, find_entry
from cxdocs.model import FOLDERS, is_slug, slugify
from cxdocs.options import add_config_option
from cxdocs.problems import render
from cxdocs.progress import Progress
from cxdocs.scaffold import ScaffoldError, scaffold
from cxdocs.schema import SCHEMA_DIR, stale_schemas, write_schemas

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cxdocs",
        description="Personas, customer journeys and service blueprints as code.",
    )
    parser.add_argument("--version", action="version", version=f"cxdocs {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = commands.add_parser(
        "check",
        help="validate content and report problems at file:line:col",
        description="Validate personas, journeys and blueprints. Files outside the "
        "content folders are ignored, so the command suits pre-commit hooks.",
    )
    check.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="files or folders to report on (default: all content)",
    )
    add_config_option(check)
    check.add_argument(
        "--format",
        choices=("text", "github", "gitlab", "json"),
        default="text",
        help="text (default), github (Actions annotations), gitlab (Code Quality) or json",
    )
    check.add_argument("--strict", action="store_true", help="fail on warnings too")

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
    add_config_option(draw)

    new = commands.add_parser(
        "new",
        help="create a valid, commented persona, journey or blueprint file",
    )
    new.add_argument("kind", choices=tuple(FOLDERS), help="what to create")
    new.add_argument("id", help="its id, e.g. first-purchase (also the file name)")
    new.add_argument("--persona", help="journey: the persona id (default: the only persona)")
    new.add_argument("--journey", help="blueprint: the journey id it serves")
    add_config_option(new)
    diff_command.add_parser(commands)
    return parser


def _colour(text: str) -> str:
    if not sys.stdout.isatty() or os.environ.get("NO_COLOR"):
        return text
    for word, code in (("error[", "31"), ("warning[", "33"), ("hint:", "2")):
        text = text.replace(word, f"\033[{code}m{word[:-1]}\033[0m{word[-1]}")
    return text


def _load_config(path: Path, fmt: str) -> Config | None:
    try:
        return read_config(path.absolute())
    except ConfigError as error:
        # Configuration problems go to stderr: there is no content report to summarise.
        text = render(error.problems, 0, fmt, with_summary=False)
        print(text, file=sys.stderr)
        return None


def cmd_check(args: argparse.Namespace) -> int:
    config = _load_config(args.config, args.format)
    if config is None:
        return EXIT_USAGE
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        print(f"cxdocs: error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    result = run_checks(config, [p.absolute() for p in args.paths], Progress("cxdocs: reading"))
    text = render(result.problems, result.files, args.format)
    print(_colour(text) if args.format == "text" else text)
    if result.errors or (args.strict and result.warnings):
        return EXIT_PROBLEMS
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    if args.check:
        stale = stale_schemas(args.out)
        for path in stale:
            print(f"{path}: out of date; run 'cxdocs schema --out {args.out}'", file=sys.stderr)
        return EXIT_PROBLEMS if stale else EXIT_OK
    for path in write_schemas(args.out):
        print(f"wrote {path}")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    config = _load_config(args.config, "text")
    if config is None:
        return EXIT_USAGE
    if not is_slug(args.id):
        print(
            f"cxdocs: error: '{args.id}' is not a valid id; try '{slugify(args.id) or 'my-id'}'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    repo = run_checks(config).repository
    persona, journey, first_step = args.persona, args.journey, None
    if args.kind == "journey":
        if persona is None and len(repo.personas) == 1:
            persona = next(iter(repo.personas))
        if persona not in repo.personas:
            known = (
                ", ".join(sorted(repo.personas))
                or "none yet: create one with 'cxdocs new persona ID'"
            )
            given = f"persona '{persona}' is not defined" if persona else "pass --persona ID"
            print(f"cxdocs: error: {given} (known: {known})", file=sys.stderr)
            return EXIT_USAGE
    if args.kind == "blueprint" and journey is not None:
        if journey not in repo.journeys:
            known = ", ".join(sorted(repo.journeys)) or "none"
            print(
                f"cxdocs: error: journey '{journey}' is not defined (known: {known})",
                file=sys.stderr,
            )
            return EXIT_USAGE
        first_step = repo.journeys[journey].item.steps[0].id
    try:
        path = scaffold(config.root, args.kind, args.id, persona, journey, first_step)
    except ScaffoldError as error:
        print(f"cxdocs: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    result = run_checks(config, [path])
    print(f"created {path.relative_to(config.root)}")
    if result.problems:
        print(render(result.problems, result.files, "text"))
    return EXIT_PROBLEMS if result.errors else EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    config = _load_config(args.config, "text")
    if config is None:
        return EXIT_USAGE
    if not args.path.is_file():
        print(f"cxdocs: error: no such file: {args.path}", file=sys.stderr)
        return EXIT_USAGE
    result = run_checks(config, [args.path.absolute()])
    if result.errors:
        print(render(result.problems, result.files, "text"), file=sys.stderr)
        return EXIT_PROBLEMS
    found = find_entry(result.repository, args.path.absolute())
    if found is None:
        print(
            f"cxdocs: error: {args.path} is not a persona, journey or blueprint file "
            "(they live in personas/, journeys/ and blueprints/)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    kind, item = found
    try:
        data = diagram_bytes(kind, item, result.repository, args.format, config.cache_dir)
    except DiagramError as error:
        print(f"cxdocs: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.output is not None and str(args.output) == "-":
        sys.stdout.buffer.write(data)
        return EXIT_OK
    output = args.output or Path(f"{item.id}.{args.format}")
    output.write_bytes(data)
    print(f"wrote {output}", file=sys.stderr)
    return EXIT_OK


COMMANDS = {"check": cmd_check, "schema": cmd_schema, "new": cmd_new, "render": cmd_render}
COMMANDS["diff"] = diff_command.run


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse exits 2 on usage errors, 0 on --help
        return int(exit_.code or 0)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
