"""The pages of a live preview, kept in memory and rebuilt after each edit.

`mkdocs serve` rebuilds the whole site after every save: one to four seconds
before a changed emotion shows. This preview renders only cxdocs' own pages
(personas, journeys, blueprints, insights) and redraws only what changed:
unchanged files are not read again (their documents stay in memory),
unchanged pages, rows and diagrams come from the caches, and downloads (PNG,
PDF) are not drawn at all, since a preview shows the SVG. Each rebuild says
which pages now read differently, so the server pushes only those.

The published site stays the engine's: this is a writing aid, a plain page
around cxdocs' HTML with its CSS and scripts and a list of the pages.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from markupsafe import Markup, escape

from cxdocs.content.checks.run import run_checks
from cxdocs.content.load import discover
from cxdocs.content.problems import Problem, sort_problems
from cxdocs.content.repository import Repository, without_drafts
from cxdocs.content.settings.reader import Config, ConfigError, read_config
from cxdocs.diagrams import DiagramError
from cxdocs.files import FOLDERS
from cxdocs.i18n.catalog import DEFAULT_LOCALE, label
from cxdocs.publish.sources import assets, site_options
from cxdocs.publish.urls import page_url, relative_url
from cxdocs.site.builder import ASSET_DIR, MissingPage, PageBuilder, Reuse, image_uri
from cxdocs.site.diagrams import DiagramRenderer
from cxdocs.site.errorpage import error_page
from cxdocs.site.pages import PageSpec

EVENTS = "__cxdocs/events"  # where the browser listens for changed pages (see the script)


@dataclass
class Snapshot:
    """One rebuild's result: path in the preview -> the bytes served there;
    or, while the content has errors, the one page every path shows."""

    files: dict[str, bytes] = field(default_factory=dict)
    broken: bytes | None = None


def page_path(src_uri: str) -> str:
    """Where the preview serves a generated page, as the engine would ('' is the root)."""
    url = page_url(src_uri)
    return "" if url == "./" else url


Announce = Callable[[list[str]], None]


class Preview:
    """cxdocs' pages of one repository, rebuilt on demand (see `rebuild`)."""

    def __init__(self, config_path: Path) -> None:
        self.config_path = config_path.absolute()
        self.reuse = Reuse()  # documents, model digests and rows, kept across rebuilds
        self.snapshot = Snapshot()
        self.lock = threading.Lock()  # one rebuild at a time
        self._read: dict[str, str] = {}  # page of each object -> its file's digest

    def watched(self) -> list[Path]:
        """The files whose change calls for a rebuild: the settings and the content."""
        try:
            root = read_config(self.config_path).root
        except ConfigError:
            return [self.config_path]
        return [self.config_path, *(path for path, _ in discover(root))]

    def rebuild(self, announce: Announce | None = None) -> list[str]:
        """Build every page again (cheaply: see the module's docstring); the
        paths whose bytes changed since the last rebuild.

        With `announce`, the pages of the objects whose files changed are
        rendered first and announced at once (they are the ones open while
        someone writes), then the rest (registers, lists) and what changed in it.
        """
        with self.lock:
            new = self._build(announce)
            shown, self.snapshot = self.snapshot, new  # `old`, or what was announced early
        return _changed(shown, new)

    def _build(self, announce: Announce | None) -> Snapshot:
        try:
            config = read_config(self.config_path)
        except ConfigError as error:  # no settings: no locale either
            return _broken("errorpage.settings", error.problems, DEFAULT_LOCALE)
        locale = config.settings.locale
        if config.problems:
            return _broken("errorpage.unsafe", config.problems, locale)
        result = run_checks(config, memo=self.reuse.documents)
        if result.errors:
            return _broken("errorpage.content", sort_problems(result.errors), locale)
        repo = result.repository if config.settings.drafts else without_drafts(result.repository)
        # A preview shows the SVG: downloads (PNG and PDF take five times the
        # drawing time) are left to the build, and its pages offer none.
        settings = repo.settings.model_copy(update={"downloads": []})
        repo = dataclasses.replace(repo, settings=settings)
        self.reuse.next_build()
        try:
            return self._pages(config, repo, announce)
        except (DiagramError, MissingPage) as error:
            problem = Problem(str(config.path.name), 1, 1, "error", "preview", str(error), "")
            return _broken("errorpage.draw", [problem], locale)

    def _edited(self, repo: Repository) -> set[str]:
        """The pages of objects whose files changed since the last rebuild."""
        read = {
            f"{FOLDERS[entry.doc.kind]}/{ident}.md": entry.doc.digest
            for entries in (repo.personas, repo.journeys, repo.blueprints)
            for ident, entry in entries.items()
        }
        edited = {uri for uri, digest in read.items() if self._read.get(uri) != digest}
        self._read = read
        return edited

    def _pages(self, config: Config, repo: Repository, announce: Announce | None) -> Snapshot:
        custom = site_options(config).custom_dir
        renderer = DiagramRenderer(repo, config.cache_dir)
        snapshot = Snapshot()
        edited = self._edited(repo)
        try:
            builder = PageBuilder(
                repo, renderer, custom / "cxdocs" if custom else None, config.cache_dir, self.reuse
            )
            specs = builder.plan()
            where = {spec.src_uri: page_path(spec.src_uri) for spec in specs}
            nav = _nav(specs, where, repo.settings.locale)
            # The edited objects' own pages first: someone is looking at one.
            specs.sort(key=lambda spec: spec.src_uri not in edited)
            first = sum(1 for spec in specs if spec.src_uri in edited)
            for index, spec in enumerate(specs, start=1):
                here = where[spec.src_uri] or "./"

                def url(src_uri: str, here: str = here) -> str:
                    if src_uri not in where:
                        raise MissingPage(f"internal link to missing page {src_uri}")
                    return relative_url(where[src_uri] or "./", here)

                def site_url(path: str, here: str = here) -> str:
                    return relative_url(path, here)

                body = builder.fill_diagrams(builder.render(spec, url, site_url))
                snapshot.files[where[spec.src_uri]] = _shell(spec.title, body, nav, here)
                if announce is not None and index == first and self.snapshot.broken is None:
                    early = Snapshot({**self.snapshot.files, **snapshot.files})
                    paths, self.snapshot = _changed(self.snapshot, early), early
                    announce(paths)
            for pid, source in builder.images.items():
                snapshot.files[image_uri(pid, source)] = source.read_bytes()
        finally:
            renderer.close()
        if "" not in snapshot.files:  # the root lists the pages
            snapshot.files[""] = _shell("cxdocs preview", "", nav, "./")
        for name, data in assets().items():
            snapshot.files[f"{ASSET_DIR}/{name}"] = data
        return snapshot


def _changed(old: Snapshot, new: Snapshot) -> list[str]:
    """The paths that read differently in `new` (all of them when either shows problems)."""
    if new.broken is not None or old.broken is not None:
        return sorted(new.files.keys() | old.files.keys())
    return sorted(
        path
        for path in new.files.keys() | old.files.keys()
        if new.files.get(path) != old.files.get(path)
    )


def _broken(key: str, problems: list[Problem], locale: str) -> Snapshot:
    """Every path shows the problems, as `mkdocs serve`'s error page does, under
    the catalog's title `key`; the page comes back by itself once they are fixed."""
    title = label(locale, key)
    page = error_page(title, problems, locale, reload=False, script=_LIVE)
    return Snapshot(broken=page.encode("utf-8"))


def _nav(specs: list[PageSpec], where: dict[str, str], locale: str) -> str:
    """The list of every page, in the order the builder plans them, under their
    sections' names. Links start at the root (the preview serves it), so one
    list serves every page (see `_shell`)."""
    links = ["<ul>"]
    section = ""
    for spec in specs:
        folder = label(locale, spec.src_uri.split("/")[0]) if "/" in spec.src_uri else ""
        if folder != section:
            links.append(f"</ul><h2>{escape(folder)}</h2><ul>")
            section = folder
        href = escape("/" + where[spec.src_uri])
        links.append(f'<li><a href="{href}">{escape(spec.title)}</a></li>')
    links.append("</ul>")
    return "".join(links)


_PREVIEW_JS = resources.files("cxdocs").joinpath("assets", "cxdocs-preview.js")
_LIVE = f"<script>\n{_PREVIEW_JS.read_text(encoding='utf-8')}</script>"
# cxdocs' scripts set new content up through `document$` when a theme swaps
# pages without reloading (Material's instant navigation): the preview does too.
_SUBSCRIBE = (
    "<script>window.document$ = { fns: [], subscribe: function (fn) { this.fns.push(fn);"
    " if (document.readyState !== 'loading') { fn(); }"
    " else { document.addEventListener('DOMContentLoaded', fn); } },"
    " next: function () { this.fns.forEach(function (fn) { fn(); }); } };</script>"
)
_STYLE = """<style>
body { margin: 0; display: flex; font: 16px/1.5 system-ui, sans-serif; }
.cx-preview-nav { width: 16rem; flex: none; padding: 1rem; font-size: .85rem;
  border-right: 1px solid #8884; height: 100vh; overflow: auto; position: sticky; top: 0;
  box-sizing: border-box; }
.cx-preview-nav h2 { font-size: .9rem; margin: 1rem 0 .25rem; }
.cx-preview-nav ul { list-style: none; padding: 0; margin: 0; }
.cx-preview-nav a[aria-current] { font-weight: bold; }
main { flex: 1; min-width: 0; padding: 1rem 2rem; }
@media (max-width: 50rem) { body { display: block; } .cx-preview-nav { display: none; } }
</style>"""


def _shell(title: str, body: str, nav: str, here: str) -> bytes:
    """A plain page around the builder's HTML (trusted: user text in it is
    escaped by the templates): the list of pages, then the content."""
    own = f'href="{escape("/" + (here if here != "./" else ""))}"'
    links = nav.replace(own, f'{own} aria-current="page"', 1)
    assets_at = relative_url(ASSET_DIR, here)
    html = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} · cxdocs preview</title>
<link rel="stylesheet" href="{assets_at}/cxdocs-site.css">
{_STYLE}
{_SUBSCRIBE}
<script defer src="{assets_at}/cxdocs-site.js"></script>
</head>
<body>
<nav class="cx-preview-nav" aria-label="cxdocs pages">{links}</nav>
<main>
{Markup(body)}
</main>
{_LIVE}
</body>
</html>
"""
    return html.encode("utf-8")
