"""`cxdocs init`: set up a repository for cxdocs, in an empty or an existing folder.

Never replaces a file: what exists is listed as skipped, so running it twice
changes nothing. Every file goes through `Outputs.create`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cxdocs.changes import git
from cxdocs.cli.common import EXIT_OK, EXIT_USAGE, Subparsers, error
from cxdocs.cli.init import DOCS_DIR, ENGINES, SETTINGS_FILE, THEMES, Options, plan
from cxdocs.cli.speech import asked_locale, words
from cxdocs.content.settings.reader import PLUGIN_NAME, ConfigError, find_settings, read_config
from cxdocs.files import SETTINGS_NAMES, Outputs, WriteRefused, unsafe_folder
from cxdocs.i18n import LOCALES


def add_parser(commands: Subparsers) -> None:
    init = commands.add_parser(
        "init",
        help=words("cli.init.help"),
        description=words("cli.init.description"),
    )
    init.add_argument(
        "dir", nargs="?", type=Path, default=Path("."), metavar="DIR", help=words("cli.init.dir")
    )
    init.add_argument(
        "--locale",
        choices=LOCALES,
        default=asked_locale() if asked_locale() in LOCALES else "en",
        help=words("cli.init.locale"),
    )
    init.add_argument(
        "--theme",
        choices=THEMES,
        default="material",
        help=words("cli.init.theme"),
    )
    init.add_argument(
        "--engine",
        choices=ENGINES,
        default="mkdocs",
        help=words("cli.init.engine"),
    )
    init.add_argument("--example", action="store_true", help=words("cli.init.example"))


def run(args: argparse.Namespace) -> int:
    root: Path = args.dir
    if root.exists() and not root.is_dir():
        error(words("cli.error.not_a_folder", path=root))
        return EXIT_USAGE
    refusal = _inside_another_repository(root)
    if refusal:
        error(refusal)
        return EXIT_USAGE
    existing_settings = next((root / n for n in SETTINGS_NAMES if (root / n).is_file()), None)
    options = Options(
        locale=args.locale, theme=args.theme, example=args.example, engine=args.engine
    )
    files = plan(options)
    created, skipped = [], []
    with Outputs(root, root / DOCS_DIR) as out:
        for rel, text in files:
            if rel == SETTINGS_FILE[args.engine] and existing_settings is not None:
                skipped.append(existing_settings.name)
                continue
            try:
                out.create(root / rel, text)
                created.append(rel)
            except WriteRefused as refused:
                if not (root / rel).exists():  # a real failure, not "already there"
                    error(str(refused))
                    return EXIT_USAGE
                skipped.append(rel)
    for rel in created:
        print(f"created {rel}")
    for rel in skipped:
        print(f"skipped {rel} (exists; left as it is)")
    _advise(root, existing_settings, args.engine)
    if ".pre-commit-config.yaml" in skipped:
        _advise_pre_commit(root, dict(files)[".pre-commit-config.yaml"])
    return EXIT_OK


def _advise_pre_commit(root: Path, ours: str) -> None:
    """The repository has its own pre-commit configuration: say what to add
    to it (the hook entry of the one cxdocs would have written), unless it
    already runs cxdocs' hook."""
    try:
        theirs = (root / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        theirs = ""
    if "cxdocs-check" in theirs:
        return
    entry = ours[ours.index("  - repo:") :].rstrip("\n")
    print(
        "\n.pre-commit-config.yaml exists: add cxdocs' hook under its 'repos:', to "
        f"check the content before each commit:\n{entry}"
    )


def _inside_another_repository(root: Path) -> str | None:
    """Why `root` must not get a repository of its own: it is, or lies in, a
    content folder or the docs_dir of the cxdocs repository above it, whose
    content nothing may write into. None when it is free (a second site
    elsewhere in a repository is the team's choice)."""
    settings = find_settings(root.absolute().parent)
    if settings is None:
        return None
    try:
        config = read_config(settings)
    except ConfigError:  # not a cxdocs repository (or a broken one): nothing to protect
        return None
    reason = unsafe_folder(root, config.root, config.docs_dir, emptied=False)
    if reason is None:
        return None
    where = "this folder" if root.resolve() == Path.cwd().resolve() else str(root)
    return (
        f"{where} {reason} of the repository set up by {settings.resolve()}; "
        "run cxdocs init in a folder of its own"
    )


def _advise(root: Path, settings: Path | None, engine: str) -> None:
    """What the user still has to do, in the order they will do it."""
    if (
        settings is not None
        and settings.suffix != ".toml"
        and PLUGIN_NAME not in settings.read_text(encoding="utf-8")
    ):
        print(
            f"\n{settings.name} does not enable cxdocs yet: add under 'plugins:'\n"
            "  - search\n  - cxdocs:\n      channels: {web: Website}\n"
            "      actors: {cx: CX team}"
        )
    gitignore = root / ".gitignore"
    if gitignore.is_file() and ".cache" not in gitignore.read_text(encoding="utf-8"):
        print("\n.gitignore exists: add '.cache/' and '/site/' to it (diagram cache, built site)")
    try:
        top: Path | None = git.toplevel(root.resolve())
    except git.GitError:
        top = None
    if top is not None and top.resolve() != root.resolve():
        print(
            f"\n{root.resolve().name}/ is a folder of the git repository {top.resolve()}: "
            "GitHub runs workflows only from its top .github/workflows/; move .github/ "
            "there and give the jobs this folder as their working-directory"
        )
    where = "" if root.resolve() == Path.cwd() else f"cd {root}\n  "
    if top is None:  # "commit, push" below needs a repository
        where += "git init\n  "
    print(
        "\nNext steps:\n"
        f"  {where}cxdocs new persona ana\n"
        "  cxdocs new journey first-purchase --persona ana\n"
        "  cxdocs check --strict\n"
        + (
            "  cxdocs build && zensical serve   # preview at http://localhost:8000\n"
            if engine == "zensical"
            else "  mkdocs serve            # preview at http://127.0.0.1:8000\n"
        )
        + "Then commit, push, and enable GitHub Pages (Settings > Pages > Source: "
        "GitHub Actions)."
    )
