"""The `cxdocs` command line: thin glue over the core, `main(argv) -> int`.

Each command is a module under `cxdocs.commands` (or `cxdocs.diff.command`)
with `add_parser(subparsers)` and `run(args) -> int`; this file only lists them.
Exit codes: 0 clean, 1 problems found (errors, or warnings with --strict),
2 usage or configuration errors (missing mkdocs.yml, unknown path).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from cxdocs import __version__
from cxdocs.commands import build, check, export, history, import_, new, render, schema
from cxdocs.diff import command as diff
from cxdocs.options import resolve_config_option

# The order here is the order of `cxdocs --help`.
COMMANDS: tuple[ModuleType, ...] = (
    check,
    schema,
    render,
    build,
    new,
    import_,
    export,
    diff,
    history,
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cxdocs",
        description="Personas, customer journeys and service blueprints as code.",
    )
    parser.add_argument("--version", action="version", version=f"cxdocs {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMANDS:
        known = set(commands.choices)
        module.add_parser(commands)
        for name in set(commands.choices) - known:  # the parser(s) this module added
            commands.choices[name].set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse exits 2 on usage errors, 0 on --help
        return int(exit_.code or 0)
    resolve_config_option(args)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `cxdocs check | head`: the reader left; no traceback
        # Python would report the pipe again when flushing stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
