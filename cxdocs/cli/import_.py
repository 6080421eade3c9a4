"""`cxdocs import`: a journey from a Mermaid diagram, a CSV file or an Excel sheet
(or, with --research, research sources from a quotes sheet: `import_research.py`).

Nothing is written unless the whole file reads cleanly: every problem is
reported at FILE:row:column (FILE:line:column for Mermaid) in one run. The new
journey never replaces a file; channels and actors it names that mkdocs.yml
does not declare are printed as the lines to add there.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from cxdocs import GUIDE_URL
from cxdocs.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Subparsers,
    error,
    load_config,
    not_a_file,
    outputs_for,
)
from cxdocs.cli.import_research import (
    outside_folder,
    refused_output,
    run_research,
    shown_path,
    title_from_name,
)
from cxdocs.cli.options import add_config_option
from cxdocs.cli.speech import words
from cxdocs.content.checks.run import run_checks
from cxdocs.content.ids import id_in_use
from cxdocs.content.load import MAX_BYTES, Document, parse_document, relative
from cxdocs.content.model import Journey, is_slug, slugify
from cxdocs.content.problems import Problem, render
from cxdocs.content.validation.suggest import known_list
from cxdocs.content.validation.validate import validate
from cxdocs.files import FOLDERS, WriteRefused
from cxdocs.interop.build import Context, build_stages, persona_names
from cxdocs.interop.draft import Report
from cxdocs.interop.journeyfile import declarations, journey_yaml
from cxdocs.interop.sources import UnknownFormat, check_suffix, read_source
from cxdocs.interop.values import SCALE_1_5, Names

SUFFIXES = (".yaml", ".yml", ".md")  # what a journey file may be called


def add_parser(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "import",
        help=words("cli.import.help"),
        description=words("cli.import.description", guide=GUIDE_URL),
    )
    parser.add_argument("file", type=Path, metavar="FILE", help=words("cli.import.file"))
    parser.add_argument("--persona", metavar="ID", help=words("cli.import.persona"))
    parser.add_argument(
        "--research",
        action="store_true",
        help=words("cli.import.research"),
    )
    parser.add_argument(
        "--method",
        metavar="M",
        help=words("cli.import.method"),
    )
    parser.add_argument("--title", metavar="T", help=words("cli.import.title"))
    parser.add_argument(
        "--id",
        dest="ident",
        metavar="ID",
        help=words("cli.import.id"),
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="PATH",
        help=words("cli.import.output"),
    )
    parser.add_argument("--sheet", metavar="NAME", help=words("cli.import.sheet"))
    parser.add_argument(
        "--scale",
        choices=(SCALE_1_5,),
        metavar=SCALE_1_5,
        help=words("cli.import.scale"),
    )
    add_config_option(parser)


def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if config is None:
        return EXIT_USAGE
    if not_a_file(args.file):
        return EXIT_USAGE
    try:
        check_suffix(args.file)
        data = args.file.read_bytes()
    except UnknownFormat as unknown:
        error(str(unknown))
        return EXIT_USAGE
    except OSError as failure:
        error(f"cannot read {args.file}: {failure.strerror or failure}")
        return EXIT_USAGE
    if args.research == (args.persona is not None):
        error(
            "pass --persona ID to import a journey, or --research to import quotes"
            if not args.research
            else "--persona is for journeys; a research import takes no persona"
        )
        return EXIT_USAGE
    if args.method is not None and not args.research:
        error("--method applies to --research imports only")
        return EXIT_USAGE
    refused = (refused_output if args.research else _refused_output)(args.output, config.root)
    if refused:
        error(refused)
        return EXIT_USAGE
    if args.ident is not None and not is_slug(args.ident):
        error(f"'{args.ident}' is not a valid id; try '{slugify(args.ident) or 'my-journey'}'")
        return EXIT_USAGE
    if args.research:
        return run_research(args, config, data)
    repo = run_checks(config).repository
    persona = repo.personas.get(args.persona)
    if persona is None:
        known = known_list(repo.personas) or "none yet: create one with 'cxdocs new persona ID'"
        error(f"persona '{args.persona}' is not defined (known: {known})")
        return EXIT_USAGE

    report = Report(str(args.file))
    draft = read_source(args.file, data, report, args.sheet)
    settings = config.settings
    context = Context(
        persona_names(persona.item.id, persona.item.name),
        Names(settings.channel_labels),
        Names(settings.actors),
        args.scale,
    )
    stages = build_stages(draft, context, report)  # also on a partial draft: all problems at once
    if report:
        print(render(report.problems, 1, "text", with_summary=False), file=sys.stderr)
        count = _count(len(report.problems), "problem")
        print(
            f"{args.file}: {count}; nothing written",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS

    title = args.title or draft.title or title_from_name(args.file)
    to_stdout = args.output is not None and str(args.output) == "-"
    output: Path | None = None if to_stdout else args.output
    ident = args.ident or (output and slugify(output.stem)) or slugify(title)
    if not ident:
        error(f"cannot make an id from the title '{title}'; pass --id ID")
        return EXIT_USAGE
    # The same rules as `cxdocs new`: ids in use (any sub-folder or case) and `index`.
    existing = None if to_stdout else id_in_use(config.root, repo, "journey", ident)
    if existing is not None:
        error(f"a journey with the id '{ident}' exists ({existing}); pass --id with another id")
        return EXIT_USAGE
    path = output or config.root / FOLDERS["journey"] / f"{ident}.yaml"
    journey: dict[str, object] = {"title": title, "persona": persona.item.id}
    if output is not None and output.stem != ident:
        journey = {"id": ident, **journey}
    journey["stages"] = stages
    text = journey_yaml(journey, path, config.root, args.file.name)
    refusal = rejected(text, path, config.root)
    if refusal is not None:
        print(render([refusal], 1, "text", with_summary=False), file=sys.stderr)
        print(f"{args.file}: 1 problem; nothing written", file=sys.stderr)
        return EXIT_PROBLEMS
    if to_stdout:  # a preview: the journey on stdout, the notes on stderr
        sys.stdout.write(text)
        for note in draft.notes:
            print(f"note: {note}", file=sys.stderr)
        _advise(context, sys.stderr)
        return EXIT_OK
    try:
        with outputs_for(config) as out:
            out.create(path, text)
    except WriteRefused as refused:
        error(f"{refused}; nothing written")
        return EXIT_USAGE
    steps = sum(len(s["steps"]) for s in stages)
    size = f"{_count(len(stages), 'stage')}, {_count(steps, 'step')}"
    print(f"created {shown_path(path, config.root)}: {size}")
    for note in draft.notes:
        print(f"note: {note}")
    _advise(context, sys.stdout)
    return EXIT_OK


def rejected(text: str, path: Path, root: Path) -> Problem | None:
    """The first error `cxdocs check` would give the journey file about to be
    written (the same reader and validation), or None: the import never
    writes a file that check rejects. Too large a file is said in the
    source's terms: the fix is to import it in parts."""
    raw = text.encode("utf-8")
    where = relative(path, root)
    if len(raw) > MAX_BYTES:
        return Problem(
            where,
            1,
            1,
            "error",
            "file-too-large",
            f"the journey would be {len(raw) / 1024 / 1024:.1f} MB; a content file may be "
            f"at most {MAX_BYTES // 1024 // 1024} MB",
            "import the source in parts (a few stages each) as several journeys",
        )
    doc = parse_document(Document(path=path, rel=where, kind="journey", data=None), raw)
    problems = [] if doc.data is None else validate(doc, Journey).problems
    return next((p for p in [*doc.problems, *problems] if p.is_error), None)


def _refused_output(output: Path | None, root: Path) -> str | None:
    """Why -o PATH can't hold a journey: only journeys/ is read for journeys."""
    if output is None or str(output) == "-":
        return None
    if output.suffix.lower() not in SUFFIXES:  # check reads x.YAML too
        return f"{output}: a journey file ends in .yaml, .yml or .md"
    return outside_folder(output, root, "journey", "journeys")


def _advise(context: Context, stream: TextIO) -> None:
    """Names read as declared ones they resemble, and the mkdocs.yml lines for
    channels and actors the journey names but nobody declared."""
    for what, names in (("channel", context.channels), ("actor", context.actors)):
        for written, ident in names.matched.items():
            label = names.declared.get(ident, ident)
            print(f"note: read '{written}' as the declared {what} '{ident}' ({label})", file=stream)
    lines = declarations(context.channels.unknown, context.actors.unknown)
    if lines:
        print(
            "\nIt names channels or actors that mkdocs.yml does not declare yet.\n"
            "Add these lines under `plugins: - cxdocs:` in mkdocs.yml (merge them with\n"
            "any channels: and actors: already there), then run `cxdocs check`:\n",
            file=stream,
        )
        print(lines, file=stream)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"
