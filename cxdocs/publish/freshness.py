"""Are the generated pages as new as the content? Guards against silent loss.

Engines that run no plugins (Zensical, MkDocs without cxdocs) publish whatever
`cxdocs build` last wrote. If nobody ran it after editing a journey, the site
quietly shows the old journey, or nothing. The manifest records a hash of the
content the pages were built from; `cxdocs check` compares it with today's.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from cxdocs import __version__
from cxdocs.content.load import discover, relative
from cxdocs.content.problems import Problem
from cxdocs.content.settings.reader import Config
from cxdocs.files import read_manifest

# `cxdocs build`'s default output folder, inside docs_dir so engines find it.
DEFAULT_FOLDER = "cx"
CODE = "stale-pages"


def default_out(config: Config) -> Path:
    return config.docs_dir / DEFAULT_FOLDER


def content_hash(config: Config) -> str:
    """One hash of everything the pages are made from: files, settings, cxdocs' version."""
    digest = hashlib.sha256()
    for part in (__version__, config.settings.model_dump_json()):
        digest.update(part.encode("utf-8") + b"\0")
    for path, _ in discover(config.root):
        digest.update(relative(path, config.root).encode("utf-8") + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\1unreadable")
        digest.update(b"\0")
    return digest.hexdigest()


def uses_folder(config: Config, folder: Path) -> bool:
    """Does the site configuration publish the folder (its viewer CSS is listed)?"""
    try:
        text = config.path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        rel = folder.relative_to(config.docs_dir).as_posix()
    except ValueError:
        return False
    return f"{rel}/assets/cxdocs/" in text


def stale_pages(config: Config, folder: Path | None = None) -> Problem | None:
    """A warning when generated pages are missing or older than the content."""
    folder = folder or default_out(config)
    rel = relative(folder, config.root)
    command = "cxdocs build" + ("" if folder == default_out(config) else f" --out {rel}")
    manifest = read_manifest(folder)
    if not manifest:
        if not uses_folder(config, folder):
            return None  # the plugin publishes: no generated pages are needed
        message = (
            f"the generated pages in {rel}/ are missing, yet the site configuration uses "
            "them: engines without the cxdocs plugin would publish no personas, journeys "
            "or blueprints"
        )
    elif manifest.get("content") != content_hash(config):
        message = (
            f"the generated pages in {rel}/ are older than the content: engines without "
            "the cxdocs plugin would publish the old version"
        )
    else:
        return None
    return Problem(
        f"{rel}/",
        1,
        1,
        "warning",
        CODE,
        message,
        f"run '{command}' before building the site (in CI too)",
    )
