"""What `cxdocs init` writes into a repository: settings, a home page, content
folders, editor schemas, CI for GitHub and GitLab, a pre-commit hook, and
optionally a small example. Templates are package data (`init/files/`), so an
installed cxdocs needs no source checkout; the version pinned in CI files is
the running cxdocs' own.

This module only decides the files and their text; the command writes them
through `cxdocs.files.Outputs.create`, which never replaces anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from cxdocs import GUIDE_URL, PROJECT_URL, __version__
from cxdocs.cli.init.install import install_spec
from cxdocs.cli.init.settings import (
    SITE_NAMES,
    settings_text,
    starter_settings,
    zensical_settings_text,
)
from cxdocs.content.editor_schema import SCHEMA_DIR, file_name, schema_text
from cxdocs.files import FOLDERS

THEMES = ("material", "mkdocs")
ENGINES = ("mkdocs", "zensical")
# The settings file each engine reads (and cxdocs with it).
SETTINGS_FILE = {"mkdocs": "mkdocs.yml", "zensical": "zensical.toml"}
DOCS_DIR = "docs"
CACHE_DIR = ".cache/cxdocs"
# Example files: kind -> id. They reference each other and the starter settings.
# The example speaks the repository's language, file names (ids) included.
EXAMPLE = {
    "en": {"persona": "sam", "journey": "first-order", "blueprint": "first-order"},
    "pt-BR": {"persona": "bia", "journey": "primeiro-pedido", "blueprint": "primeiro-pedido"},
}


@dataclass(frozen=True)
class Options:
    locale: str = "en"
    theme: str = "material"
    example: bool = False
    engine: str = "mkdocs"


def template(name: str) -> str:
    """A file of init/files/ (package data), as text."""
    return resources.files("cxdocs.cli.init").joinpath("files", name).read_text(encoding="utf-8")


def _fill(text: str, **values: str) -> str:
    # @NAME@ placeholders: GitHub's ${{ }} and Jinja's {{ }} stay untouched.
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text


def plan(options: Options) -> list[tuple[str, str]]:
    """Every file to create, as (path relative to the repository, text), in order."""
    zensical = options.engine == "zensical"
    common = {
        "VERSION": __version__,
        "SETTINGS": SETTINGS_FILE[options.engine],
        "INSTALL": (f'"{install_spec("")}" zensical' if zensical else f'"{install_spec("site")}"'),
        # Zensical publishes the pages `cxdocs build` writes; MkDocs' plugin makes them.
        "BUILD": (
            "cxdocs build --strict && zensical build --clean"
            if zensical
            else "mkdocs build --strict"
        ),
        "PAGES": (
            "    - cxdocs build --strict\n    - zensical build --clean\n    - mv site public"
            if zensical
            else "    - mkdocs build --strict --site-dir public"
        ),
        "GUIDE": GUIDE_URL,
        "PROJECT": PROJECT_URL,
        "CACHE": CACHE_DIR,
        "CACHE_DIR": f"/{CACHE_DIR.split('/')[0]}/",
        "DOCS": DOCS_DIR,
        "SITE_NAME": SITE_NAMES[options.locale],
    }
    settings_file = (
        zensical_settings_text(options.locale, DOCS_DIR, CACHE_DIR)
        if zensical
        else settings_text(options.locale, options.theme, DOCS_DIR, CACHE_DIR)
    )
    files = [
        (SETTINGS_FILE[options.engine], settings_file),
        (f"{DOCS_DIR}/index.md", _fill(template(f"index.{options.locale}.md"), **common)),
    ]
    for folder in FOLDERS.values():  # empty folders need a file for git to keep them
        files.append((f"{folder}/.gitkeep", ""))
    settings = starter_settings(options.locale)
    for kind in FOLDERS:
        files.append((f"{SCHEMA_DIR}/{file_name(kind)}", schema_text(kind, settings)))
    files += [
        (".gitignore", _fill(template("gitignore"), **common)),
        (".vscode/settings.json", template("vscode-settings.json")),
        (".vscode/extensions.json", template("vscode-extensions.json")),
        (".github/workflows/cxdocs.yml", _fill(template("github-workflow.yml"), **common)),
        (".gitlab-ci.yml", _fill(template("gitlab-ci.yml"), **common)),
        (".pre-commit-config.yaml", _fill(template("pre-commit-config.yaml"), **common)),
    ]
    if options.example:
        for kind, ident in EXAMPLE[options.locale].items():
            path = f"{FOLDERS[kind]}/{ident}.yaml"
            line = f"# yaml-language-server: $schema=../{SCHEMA_DIR}/{file_name(kind)}"
            text = _fill(template(f"example/{options.locale}/{kind}.yaml"), MODELINE=line, **common)
            files.append((path, text))
    return files
