"""What several commands share: exit codes, reading the settings, printing errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TypeAlias

from cxdocs.cli.speech import asked_locale, locale_of, settings_read, words
from cxdocs.content.checks.run import CheckResult, run_checks
from cxdocs.content.problems import render
from cxdocs.content.settings.reader import Config, ConfigError, read_config
from cxdocs.files import Outputs, WriteRefused

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def error(message: str) -> None:
    print(f"cxdocs: {words('cli.error')}: {message}", file=sys.stderr)


def load_config(path: Path, fmt: str = "text", prefix: str = "") -> Config | None:
    """The settings, or None after printing why they cannot be used (CI
    annotations name files from `prefix`, the repository's git folder)."""
    try:
        config = read_config(path.absolute())
    except ConfigError as failure:
        # Configuration problems go to stderr: there is no content report to summarise.
        locale = asked_locale()  # settings that cannot be read name no locale
        text = render(failure.problems, 0, fmt, with_summary=False, prefix=prefix, locale=locale)
        print(text, file=sys.stderr)
        return None
    settings_read(config)  # errors from here on speak the settings' language
    return config


def outputs_for(config: Config | None, *, force: bool = False) -> Outputs:
    """The write guard for a command run in this repository (or outside any)."""
    if config is None:
        return Outputs(force=force)
    return Outputs(config.root, config.docs_dir, force=force)


def add_force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help=words("cli.common.force"),
    )


def not_a_file(path: Path) -> bool:
    """Say why `path` is not a file to read, if it is not one."""
    if path.is_file():
        return False
    error(
        words("cli.error.folder", path=path)
        if path.is_dir()
        else words("cli.error.no_file", path=path)
    )
    return True


def checked(config: Config, path: Path) -> CheckResult | int:
    """The repository, checked for the sake of one file; or the exit code, after saying why not."""
    if not_a_file(path):
        return EXIT_USAGE
    result = run_checks(config, [path.absolute()])
    if result.errors:
        text = render(result.problems, result.files, "text", locale=locale_of(config))
        print(text, file=sys.stderr)
        return EXIT_PROBLEMS
    return result


def write_output(config: Config, output: Path, data: bytes, *, force: bool = False) -> int:
    """Write an output file through the write guard (`-`: stdout); the exit code."""
    if str(output) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    with outputs_for(config, force=force) as out:
        try:
            out.write(output, data)
        except WriteRefused as refused:
            error(str(refused))
            return EXIT_USAGE
    print(f"wrote {output}", file=sys.stderr)
    return EXIT_OK
