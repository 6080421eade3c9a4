"""`cxdocs new`: create a valid, commented persona, journey or blueprint file."""

from __future__ import annotations

import argparse
import datetime
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
from cxdocs.cli.scaffold import ScaffoldError, scaffold
from cxdocs.cli.schema import write_schemas
from cxdocs.cli.speech import locale_of, words
from cxdocs.content.checks.run import run_checks
from cxdocs.content.editor_schema import SCHEMA_DIR, file_name
from cxdocs.content.ids import id_in_use
from cxdocs.content.load import SUFFIXES
from cxdocs.content.model import is_slug, slugify
from cxdocs.content.problems import render
from cxdocs.content.settings.reader import Config
from cxdocs.content.validation.suggest import known_list, suggest_id
from cxdocs.files import FOLDERS, Outputs, WriteRefused


def add_parser(commands: Subparsers) -> None:
    new = commands.add_parser(
        "new",
        help=words("cli.new.help"),
    )
    new.add_argument("kind", choices=tuple(FOLDERS), help=words("cli.new.kind"))
    new.add_argument(
        "id",
        help=words("cli.new.id"),
    )
    new.add_argument(
        "--persona",
        help=words("cli.new.persona"),
    )
    new.add_argument("--journey", help=words("cli.new.journey"))
    add_config_option(new)


def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if config is None:
        return EXIT_USAGE
    given = args.id.strip("/")
    if given.startswith(f"{FOLDERS[args.kind]}/"):  # the file's path, as tab completion gives it
        given = given[len(FOLDERS[args.kind]) + 1 :]
    stem, dot, suffix = given.rpartition(".")
    if dot and f".{suffix.lower()}" in SUFFIXES:
        error(f"give the id without '.{suffix}': cxdocs new writes {stem}.yaml")
        return EXIT_USAGE
    *folders, ident = given.split("/")
    for part in (*folders, ident):
        if not is_slug(part):
            error(f"'{part}' is not a valid id or folder name; try '{slugify(part) or 'my-id'}'")
            return EXIT_USAGE
    repo = run_checks(config).repository
    used_by = id_in_use(config.root, repo, args.kind, ident)
    if used_by is not None:
        error(
            f"{args.kind} id '{ident}' is already used by {used_by}; "
            "ids are unique across the repository, sub-folders included: choose another"
        )
        return EXIT_USAGE
    persona, journey, first_step = args.persona, args.journey, None
    if args.kind == "source" and persona is None and len(repo.personas) == 1:
        persona = next(iter(repo.personas))
    if args.kind == "journey":
        if persona is None and len(repo.personas) == 1:
            persona = next(iter(repo.personas))
        if persona not in repo.personas:
            known = known_list(repo.personas) or "none yet: create one with 'cxdocs new persona ID'"
            names = {k: e.item.name for k, e in repo.personas.items()}
            given = (
                f"persona '{persona}' is not defined{suggest_id(persona, names, 'name')}"
                if persona
                else "pass --persona ID"
            )
            error(f"{given} (known: {known})")
            return EXIT_USAGE
    if args.kind == "blueprint" and journey is not None:
        if journey not in repo.journeys:
            known = known_list(repo.journeys) or "none"
            titles = {k: e.item.title for k, e in repo.journeys.items()}
            suggestion = suggest_id(journey, titles, "title")
            error(f"journey '{journey}' is not defined{suggestion} (known: {known})")
            return EXIT_USAGE
        first_step = repo.journeys[journey].item.steps[0].id
    try:
        with outputs_for(config) as out:
            path = scaffold(
                out,
                config.root,
                args.kind,
                ident,
                persona,
                journey,
                first_step,
                "/".join(folders),
                today=datetime.date.today().strftime("%Y-%m"),
                locale=config.settings.locale,
            )
            schemas = _missing_schemas(out, config, args.kind)
    except (ScaffoldError, WriteRefused) as failure:
        error(str(failure))
        return EXIT_USAGE
    result = run_checks(config, [path])
    print(f"created {path.relative_to(config.root)}")
    for schema in schemas:
        print(f"wrote {schema.relative_to(config.root)} (for editors; commit it)")
    if result.problems:
        print(render(result.problems, result.files, "text", locale=locale_of(config)))
    return EXIT_PROBLEMS if result.errors else EXIT_OK


def _missing_schemas(out: Outputs, config: Config, kind: str) -> list[Path]:
    """The editor schemas, written when the new file's modeline would point at
    nothing. A folder that cannot be written is not worth failing `new` over."""
    if (config.root / SCHEMA_DIR / file_name(kind)).is_file():
        return []
    try:
        return write_schemas(out, config.root / SCHEMA_DIR, config)
    except WriteRefused as refused:
        print(f"cxdocs: warning: editor schemas not written: {refused}", file=sys.stderr)
        return []
