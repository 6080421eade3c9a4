"""Are the generated pages as new as the content? Guards against silent loss.

Engines that run no plugins (Zensical, MkDocs without cxdocs) publish whatever
`cxdocs build` last wrote. If nobody ran it after editing a journey, the site
quietly shows the old journey. The manifest records a hash of the content the
pages were built from; `cxdocs check` compares it with today's.

Pages that were never built are no problem for `check`: the generated files
are ignored by git, so every fresh clone (every CI run) has none, and its next
step, `cxdocs build`, writes them. Only pages that exist and are older than the
content can be published by mistake; the `cxdocs` Markdown extension, which
runs inside the engine's build, also says when there are none at all.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from cxdocs import __version__
from cxdocs.content.load import discover, relative
from cxdocs.content.problems import Problem, problem
from cxdocs.content.settings.reader import Config
from cxdocs.i18n.say import say
from cxdocs.publish.owned import read_manifest

# Where `cxdocs build` wrote by default before it wrote into docs_dir itself:
# a build removes what it left there (see cli/build.py).
OLD_FOLDER = "cx"
CODE = "stale-pages"


def default_out(config: Config) -> Path:
    """docs_dir: generated pages sit where the plugin puts them, at the same addresses."""
    return config.docs_dir


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


def stale_pages(config: Config, folder: Path | None = None) -> Problem | None:
    """A warning when generated pages exist and are older than the content."""
    folder = folder or default_out(config)
    rel = relative(folder, config.root)
    command = "cxdocs build" + ("" if folder == default_out(config) else f" --out {rel}")
    manifest = read_manifest(folder)
    if not manifest or manifest.get("content") == content_hash(config):
        return None  # never built (the next build writes them), or up to date
    return problem(
        f"{rel}/",
        (1, 1),
        "warning",
        CODE,
        say("problem.stale_pages", folder=f"{rel}/"),
        say("problem.stale_pages.hint", command=command),
    )


def watched(config: Config) -> tuple[object, ...]:
    """Changes when a content file or the settings file is added, removed or edited."""
    parts: list[object] = []
    for path in (config.path, *(p for p, _ in discover(config.root))):
        try:
            stat = path.stat()
        except OSError:
            continue
        parts.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(parts)
