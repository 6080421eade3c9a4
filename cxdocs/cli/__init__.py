"""The `cxdocs` command line: thin glue over the core, `main(argv) -> int`.

Each command is a module under `cxdocs.cli` (or `cxdocs.cli.diff`)
with `add_parser(subparsers)` and `run(args) -> int`; this file only lists them.
Exit codes: 0 clean, 1 problems found (errors, or warnings with --strict),
2 usage or configuration errors (missing mkdocs.yml, unknown path).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from cxdocs import __version__
from cxdocs.cli.options import resolve_config_option
from cxdocs.cli.speech import ENVIRONMENT, Parser, ask, settings_locale, take_locale_option, words

# Command name -> its module. The order here is the order of `cxdocs --help`.
# Modules are imported only when needed: `cxdocs check` should not pay for
# spreadsheets, slides and the site builder (a third of a small check's time).
COMMANDS: dict[str, str] = {
    "init": "cxdocs.cli.init_command",
    "check": "cxdocs.cli.check",
    "schema": "cxdocs.cli.schema",
    "render": "cxdocs.cli.render",
    "build": "cxdocs.cli.build",
    "serve": "cxdocs.cli.serve",
    "new": "cxdocs.cli.new",
    "import": "cxdocs.cli.import_",
    "export": "cxdocs.cli.export",
    "diff": "cxdocs.cli.diff",
    "history": "cxdocs.cli.history",
}


def _parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    parser = Parser(
        prog="cxdocs",
        description=words("cli.description"),
    )
    parser.add_argument(
        "--version", action="version", version=f"cxdocs {__version__}", help=words("cli.version")
    )
    parser.add_argument(
        "--locale", metavar="LOCALE", help=words("cli.locale")
    )  # shown in the help; main() takes it from anywhere on the line
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    named = argv[0] if argv and argv[0] in COMMANDS else None
    for path in [COMMANDS[named]] if named else list(dict.fromkeys(COMMANDS.values())):
        module = importlib.import_module(path)
        known = set(commands.choices)
        module.add_parser(commands)
        for name in set(commands.choices) - known:  # the parser(s) this module added
            commands.choices[name].set_defaults(run=module.run)
    return parser


def _asks_for_help(argv: Sequence[str]) -> bool:
    return not argv or "-h" in argv or "--help" in argv


def main(argv: Sequence[str] | None = None) -> int:
    # pydantic looks for plugins (observability hooks) in the entry points of
    # every installed package the first time a model validates: a tenth of a
    # check that reuses its documents, for hooks that have nothing to observe in
    # a command reading YAML files. Whoever wants them sets the variable to "".
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    argv = sys.argv[1:] if argv is None else list(argv)
    rest, locale = take_locale_option(argv)  # anywhere on the line, for every command
    if locale is None and not os.environ.get(ENVIRONMENT) and _asks_for_help(rest):
        locale = settings_locale(Path.cwd())  # help in the repository's language
    ask(locale)
    if not (argv and argv[0] == "init"):  # init's own --locale: its content's language too
        argv = rest
    parser = _parser(argv)
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


# Commands whose process ends as soon as its report is written (see `program`).
QUICK_EXIT = frozenset({"check"})


def program() -> None:
    """`cxdocs` as a program (the console script, `python -m cxdocs`).

    A check leaves millions of objects (every document and model) that the
    interpreter would free one by one on its way out: a tenth of a check that
    reuses its documents, spent after the report. Once its output is flushed,
    such a command's process ends at once instead. Nothing is lost: the cache
    writer is a process of its own, and every cache file is written atomically.
    """
    argv = sys.argv[1:]
    command = take_locale_option(argv)[0][:1]  # `--locale` may come first
    quick = bool(command) and command[0] in QUICK_EXIT
    if quick:
        # Such a process keeps what it loads to its end: the cyclic collector's
        # passes (while modules are imported, say) would only walk live objects.
        gc.disable()
    code = main(argv)
    if quick:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    program()
