"""The one page builder behind both doors: the MkDocs plugin and `cxdocs build`.

Given validated content, it plans every generated page, renders a page's HTML
body from the templates, and swaps diagram placeholders for the drawn SVG.
The caller only says where pages live (a `url(src_uri)` function relative to
the page being rendered): MkDocs asks its own `Files`, `cxdocs build` computes
the same URLs the engine will use. So the two doors cannot disagree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from cxdocs import cache as store
from cxdocs.content.checks.memo import DocumentMemo
from cxdocs.content.model import Settings
from cxdocs.content.repository import Repository
from cxdocs.site.diagrams import DiagramRenderer
from cxdocs.site.pagecache import (
    ModelDigests,
    PageCache,
    PageRows,
    Recorder,
    RowCache,
    RowMemory,
    code_fingerprint,
    folder_fingerprint,
)
from cxdocs.site.pages import PageSpec, channel_name, home_context, object_page, plan_pages
from cxdocs.site.render import environment, render_page
from cxdocs.site.viewer import diagram_frame, download_links, inline_svg, paper_links

ASSETS = ("cxdocs.css", "cxdocs.js", "cxdocs-viewer.js", "cxdocs-fonts.css")
# The diagrams' font, served beside cxdocs-fonts.css (see cxdocs/assets/fonts).
FONT_FILES = tuple(
    f"fonts/LiberationSans-{face}.ttf" for face in ("Regular", "Bold", "Italic", "BoldItalic")
)
# Where the viewer's CSS/JS sit in the site (relative to the generated pages' root).
ASSET_DIR = "assets/cxdocs"

DIAGRAM_PLACEHOLDER = re.compile(r"<!--cxdocs-diagram ([a-z]+:[a-z0-9-]+)(?: ([^ >]*))?-->")

Url = Callable[[str], str]


class MissingPage(Exception):
    """A template linked to a page that is not generated (a bug, or a replaced page)."""


def diagram_placeholder(key: str, base: str = "") -> Markup:
    """Stands in for a diagram until `fill_diagrams`; `base` prefixes its anchor links."""
    suffix = f" {escape(base)}" if base else ""
    return Markup(f"<!--cxdocs-diagram {key}{suffix}-->")


def image_uri(persona_id: str, source: Path) -> str:
    """Where a persona's picture is published, relative to the generated pages."""
    return f"personas/images/{persona_id}{source.suffix.lower()}"


def persona_images(repo: Repository) -> dict[str, Path]:
    """Persona id -> its picture file, for personas that have one."""
    return {
        pid: (entry.doc.path.parent / entry.item.image).resolve()
        for pid, entry in sorted(repo.personas.items())
        if entry.item.image
    }


def front_matter(title: str) -> str:
    """YAML front matter naming the page.

    MkDocs themes print page titles without escaping them (MkDocs' own Jinja
    has autoescape off), so the title goes in already escaped; JSON is valid YAML.
    """
    return f"---\ntitle: {json.dumps(str(escape(title)), ensure_ascii=False)}\n---\n"


def _label(labels: dict[str, str], ident: str) -> str:
    return labels.get(ident, ident)


@dataclass
class Reuse:
    """Kept by `mkdocs serve` from one rebuild to the next: unchanged files'
    documents and models, the models' digests, and register rows."""

    documents: DocumentMemo = field(default_factory=lambda: DocumentMemo(long_lived=True))
    models: ModelDigests = field(default_factory=ModelDigests)
    rows: RowMemory = field(default_factory=dict)
    environment: tuple[object, jinja2.Environment] | None = None

    def next_build(self) -> None:
        self.models.next_build()


def _environment(
    settings: Settings, override_dir: Path | None, cache_dir: Path | None, reuse: Reuse | None
) -> jinja2.Environment:
    """The templates, compiled once per build, or once per preview while
    `serve` runs (Jinja checks whether a template's file changed before using
    what it compiled)."""
    # Compiled templates depend on cxdocs' code (the environment's options) too.
    compiled = cache_dir / "templates" / code_fingerprint()[:16] if cache_dir else None
    # A template override added or removed while `serve` runs changes which
    # loader answers (Jinja only checks files it already loaded): a new one.
    look = (
        override_dir,
        folder_fingerprint(override_dir),
        settings.locale,
        tuple(settings.downloads),
        compiled,
    )
    if reuse is not None and reuse.environment is not None and reuse.environment[0] == look:
        return reuse.environment[1]
    env = environment(override_dir, settings.locale, settings.downloads, compiled)
    if reuse is not None:
        reuse.environment = (look, env)
    return env


def _name_models_by_origin(models: ModelDigests, repo: Repository) -> None:
    """Content files' models are named by their file (see ModelDigests.seed)."""
    for entries in (repo.personas, repo.journeys, repo.blueprints, repo.sources):
        for entry in entries.values():
            if entry.doc.digest:
                models.seed(
                    entry.item, store.digest([entry.doc.rel, entry.doc.kind, entry.doc.digest])
                )


class PageBuilder:
    """Plans and renders the generated pages of one build."""

    def __init__(
        self,
        repo: Repository,
        diagrams: DiagramRenderer,
        override_dir: Path | None = None,
        cache_dir: Path | None = None,
        reuse: Reuse | None = None,
    ) -> None:
        """`reuse`: what a long-lived preview keeps between its builds."""
        self.repo = repo
        self.settings: Settings = repo.settings
        self.diagrams = diagrams
        self.env = _environment(self.settings, override_dir, cache_dir, reuse)
        self.images = persona_images(repo)
        self._home: dict[str, Any] | None = None  # the home blocks' figures, once
        # What every page may show besides its own context: settings, personas, pictures.
        # Sources too: a step shows the quotes it cites, whose text lives in the source.
        shared = (
            self.settings,
            {pid: e.item for pid, e in sorted(repo.personas.items())},
            {sid: e.item for sid, e in sorted(repo.sources.items())},
        )
        self.cache = PageCache(
            cache_dir / "pages" if cache_dir else None,
            (*shared, self.images),
            override_dir,
            reuse.models if reuse else None,
        )
        _name_models_by_origin(self.cache.models, repo)
        self.rows = RowCache(self.cache, reuse.rows if reuse else None)
        # The page being rendered: its link recorders and its rows.
        self.recorders: list[Recorder] = []
        self.page_rows: PageRows | None = None
        # A team's own copy of a template may number its rows, or show what else
        # is around them: only cxdocs' own templates say all a row shows.
        self.overridden = (
            {p.name for p in override_dir.iterdir()}
            if override_dir and override_dir.is_dir()
            else set()
        )
        self.env.globals["fragment"] = jinja2.pass_context(partial(PageBuilder._fragment, self))

    def plan(self) -> list[PageSpec]:
        return plan_pages(self.repo, *self._plan_inputs())

    def plan_object(self, src_uri: str) -> PageSpec | None:
        """One object's page alone, as `plan` plans it (see pages.object_page)."""
        return object_page(self.repo, src_uri, *self._plan_inputs())

    def _plan_inputs(self) -> tuple[dict[str, Markup], dict[str, str]]:
        placeholders = {key: diagram_placeholder(key) for key in self.diagrams.available()}
        return placeholders, {pid: image_uri(pid, path) for pid, path in self.images.items()}

    def render(self, spec: PageSpec, url: Url, site_url: Url) -> str:
        """The page's HTML (its title as <h1>, then the template), diagrams as placeholders.

        `url(src_uri)` gives the link from this page to a generated page;
        `site_url(path)` to any other file published beside them (downloads).
        An unchanged page comes from the page cache (see cxdocs.site.pagecache).
        """
        key = self.cache.key(spec.template, spec.title, spec.context)
        cached = self.cache.load(key, {"url": url, "site_url": site_url})
        if cached is not None:
            return cached
        calls: dict[str, str] = {}
        self.recorders = [Recorder("url", url, calls), Recorder("site_url", site_url, calls)]
        self.page_rows = self.rows.open(spec.src_uri)
        try:
            body = render_page(
                self.env,
                spec.template,
                self.recorders[0],
                site_url=self.recorders[1],
                personas=self.repo.personas,
                channel=partial(channel_name, self.settings),
                actor=partial(_label, self.settings.actors),
                **spec.context,
            )
            self.rows.close(spec.src_uri, self.page_rows)
        finally:
            self.recorders, self.page_rows = [], None
        html = f"<h1>{escape(spec.title)}</h1>\n{body}"
        self.cache.save(key, html, calls)
        return html

    def _fragment(
        self, context: jinja2.runtime.Context, *parts: object, caller: Callable[[], str]
    ) -> Markup:
        """`fragment` in templates (see cxdocs.site.render.render_fragment): a
        register's row, reused from the page's last rendering when unchanged."""
        if self.page_rows is None or context.name in self.overridden:
            return Markup(caller())  # a home block on a hand-written page; an override
        key = self.cache.row_key(context.name, parts)
        return Markup(self.page_rows.render(key, self.recorders, caller))

    def block(self, name: str, url: Url) -> Markup:
        """A home-page block (dashboard, high-pain-points...) for a hand-written page."""
        if self._home is None:
            self._home = home_context(self.repo)
        return render_page(self.env, "block.html", url, block=name, **self._home)

    def fill_diagrams(self, html: str) -> str:
        """Swap each placeholder for its SVG (waiting for it if still being drawn).

        Raises DiagramError when Graphviz failed on it.
        """
        if "<!--cxdocs-diagram " not in html:
            return html

        def diagram(match: re.Match[str]) -> str:
            found = self.diagrams.drawing(match.group(1))
            if found is None:
                return match.group(0)
            # Embedded elsewhere (a base URL): '#step-x' must lead to the journey page.
            return inline_svg(*found, base=match.group(2) or "")

        return DIAGRAM_PLACEHOLDER.sub(diagram, html)

    def embed(self, key: str, page_url: Url, site_url: Url) -> Markup:
        """A diagram embedded in a hand-written page, in the viewer with its downloads.

        `page_url(src_uri)` links to the object's own page, where its step
        links lead; `site_url(path)` links to the downloads.
        """
        kind, ident = key.split(":")
        try:
            base = page_url(f"{kind}s/{ident}.md")
        except MissingPage:
            base = ""
        return diagram_frame(
            diagram_placeholder(key, base),
            self.settings.locale,
            downloads=download_links(key, site_url, self.settings.downloads),
            paper=paper_links(key, site_url, self.settings.downloads),
        )


def render_block(repo: Repository, name: str, url: Url, override_dir: Path | None = None) -> Markup:
    """A home-page block outside any site build (the `cxdocs` Markdown extension)."""
    settings = repo.settings
    env = environment(override_dir, settings.locale, settings.downloads)
    return render_page(env, "block.html", url, block=name, **home_context(repo))
