"""```cxdocs embeds where no plugin runs: a Python-Markdown extension.

Zensical, MkDocs, ProperDocs and TechDocs all load Markdown extensions, so

    markdown_extensions:
      - cxdocs

draws a journey, blueprint or empathy map, or a home-page block (```cxdocs
dashboard...), into a hand-written page under any of them, with the block
syntax the plugin reads (cxdocs.content.embeds). Where the MkDocs plugin runs
it has already replaced the blocks, and this does nothing.

The content is read once per process (again only when a file changed), and the
diagram comes from the same finished-SVG cache as the site's, so a page with
an embed costs one file read once the site was built. Step links in the
diagram lead to the generated journey page (written by `cxdocs build` where the
plugin would put it), written the way the engine reads links: Zensical from
the Markdown file's folder, MkDocs from the served page. The first embed on a
page links the viewer's CSS/JS, as generated pages do.

Running inside the engine's build, it is also where a forgotten `cxdocs build`
shows: once per build it warns when the generated pages are missing or older
than the content.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from markupsafe import Markup

from cxdocs.content.checks.run import load_repository
from cxdocs.content.embeds import find_embeds
from cxdocs.content.load import discover
from cxdocs.content.repository import Repository, diagram_items
from cxdocs.content.settings.reader import Config, ConfigError, find_settings, read_config
from cxdocs.diagrams.draw import related_of
from cxdocs.publish.freshness import stale_pages
from cxdocs.publish.owned import read_manifest
from cxdocs.publish.pagefile import instant_safe
from cxdocs.publish.sources import BUNDLE, site_options
from cxdocs.publish.urls import page_url, relative_url
from cxdocs.site.builder import ASSET_DIR, MissingPage, render_block
from cxdocs.site.diagrams import drawn_once, last_changed
from cxdocs.site.viewer import ANCHOR_LINK, diagram_frame, inline_svg

log = logging.getLogger("mkdocs.plugins.cxdocs")
FENCES = ("```cxdocs", "~~~cxdocs")

# settings file -> (what the content looked like, its settings, its repository)
_LOADED: dict[Path, tuple[tuple[Any, ...], Config, Repository]] = {}
_WARNED: set[tuple[Any, ...]] = set()  # the content states already warned about


def _signature(config_path: Path) -> tuple[Any, ...]:
    """Changes when any content file (or the settings) is added, removed or edited."""
    parts: list[Any] = [config_path.stat().st_mtime_ns]
    for path, _ in discover(config_path.parent):
        stat = path.stat()
        parts.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(parts)


def load(config_path: Path) -> tuple[Config, Repository]:
    """The validated content for these settings, read again only after a change."""
    config_path = config_path.resolve()
    signature = _signature(config_path)
    known = _LOADED.get(config_path)
    if known is not None and known[0] == signature:
        return known[1], known[2]
    config = read_config(config_path)
    repo, _, _ = load_repository(config)
    _LOADED[config_path] = (signature, config, repo)
    return config, repo


def diagram_svg(repo: Repository, key: str, cache_dir: Path) -> str:
    """One diagram's SVG, from the site's finished-SVG cache when it is there,
    with the viewer's hints (lane-label column) on its root element."""
    item = diagram_items(repo)[key]
    return inline_svg(
        *drawn_once(key, item, repo.settings, cache_dir, related_of(item, repo, last_changed(repo)))
    )


def rebase(svg: str, base: str, xlink_base: str | None = None) -> str:
    """Point the diagram's '#step-x' links at the page `base` (`xlink_base` for
    xlink:href, which Zensical leaves as written while it rewrites href)."""

    def link(found: re.Match[str]) -> str:
        attribute = found.group(1)
        prefix = xlink_base if xlink_base is not None and attribute.startswith("x") else base
        return f'{attribute}="{prefix}#'

    return ANCHOR_LINK.sub(link, svg)


def frame(svg: str, locale: str = "en") -> str:
    """The diagram in the viewer (zoom, 100%, full screen); the site's CSS/JS drive it."""
    return str(diagram_frame(Markup(svg), locale))


class EmbedPreprocessor(Preprocessor):
    """Swaps each ```cxdocs block for its diagram, stashed as raw HTML."""

    def __init__(self, md: Markdown, extension: CxdocsExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if not any(fence in text for fence in FENCES):
            return lines
        settings = self._settings_file()
        if settings is None:
            log.warning("cxdocs: a ```cxdocs block, but no mkdocs.yml with cxdocs settings")
            return lines
        try:
            config, repo = load(settings)
        except ConfigError as error:
            log.warning("cxdocs: %s", "; ".join(p.message for p in error.problems))
            return lines
        page = self._page()
        embeds, problems = find_embeds(text, diagram_items(repo), page_blocks=True)
        for line, message in problems:
            log.warning("%s:%d: %s", page[0] if page else "a page", line, message)
        if embeds and not self._plugin_runs():
            _warn_if_stale(config, self.extension.getConfig("pages"))
        for index, (start, end, key) in reversed(list(enumerate(embeds))):
            html = self._html(key, config, repo, page)
            if index == 0 and page is not None:  # the viewer's CSS/JS, once per page
                html = self._assets(config, page) + html
            placeholder = self.md.htmlStash.store(instant_safe(html))
            text = f"{text[:start]}\n{placeholder}\n\n{text[end:]}"
        return text.split("\n")

    def _html(
        self, key: str, config: Config, repo: Repository, page: tuple[str, str] | None
    ) -> str:
        """A diagram in the viewer, or a home-page block, for this page."""
        kind, name = key.split(":", 1)
        if kind == "block":

            def url(src_uri: str) -> str:
                found = self._links(self._target(src_uri), config, page)
                if found is None:
                    raise MissingPage(src_uri)
                return found[0]

            try:
                return str(render_block(repo, name, url, _override_dir(config)))
            except MissingPage as missing:
                log.warning("cxdocs: no generated page %s to link to", missing)
                return ""
        svg = diagram_svg(repo, key, config.cache_dir)
        links = self._links(self._target(f"{kind}s/{name}.md"), config, page)
        if links is not None:  # '#step-x' leads to the journey's own page
            svg = rebase(svg, *links)
        return frame(svg, repo.settings.locale)

    def _target(self, src_uri: str) -> str:
        """A generated page's path in docs_dir (under `pages` if it was built elsewhere)."""
        prefix = str(self.extension.getConfig("pages")).strip("/")
        return f"{prefix}/{src_uri}" if prefix else src_uri

    def _assets(self, config: Config, page: tuple[str, str]) -> str:
        tags = []
        for suffix in ("css", "js"):
            found = self._links(self._target(f"{ASSET_DIR}/{BUNDLE}.{suffix}"), config, page)
            if found is None:
                return ""
            tags.append(found[0])
        css, js = tags
        return (
            f'<div class="cx-assets" hidden><link rel="stylesheet" href="{css}"></div>\n'
            f'<script src="{js}" defer></script>\n'
        )

    def _settings_file(self) -> Path | None:
        explicit = self.extension.getConfig("config_file")
        if explicit:
            return Path(explicit)
        mkdocs = self._mkdocs()
        if mkdocs is not None and getattr(mkdocs.config, "config_file_path", None):
            return Path(mkdocs.config.config_file_path)
        return find_settings(Path.cwd())

    def _plugin_runs(self) -> bool:
        """Is this MkDocs (or ProperDocs) with the cxdocs plugin, which makes the pages?"""
        mkdocs = self._mkdocs()
        plugins = getattr(getattr(mkdocs, "config", None), "plugins", None)
        return plugins is not None and "cxdocs" in plugins

    def _mkdocs(self) -> Any:
        """MkDocs' (and ProperDocs') link processor, which knows the page; or None."""
        found = self.md.treeprocessors  # a Registry: no .get()
        return found["relpath"] if "relpath" in found else None  # noqa: SIM401

    def _page(self) -> tuple[str, str] | None:
        """(the page's source path in docs_dir, the engine) when the engine says."""
        mkdocs = self._mkdocs()
        if mkdocs is not None:
            return str(mkdocs.file.src_uri), "mkdocs"
        for processor in self.md.preprocessors:  # Zensical's rendering context
            page = getattr(processor, "page", None)
            if page is not None and isinstance(getattr(page, "path", None), str):
                return page.path, "zensical"
        return None

    def _links(
        self, target: str, config: Config, page: tuple[str, str] | None
    ) -> tuple[str, str] | None:
        """Links from this page to `target` (a path in docs_dir), as the engine reads
        href and xlink:href; None when the page or the target is unknown."""
        if page is None:
            return None
        src, engine = page
        if engine == "zensical":  # href from the source folder; xlink:href as served
            served = site_options(config).directory_urls
            href = relative_url(target, src)
            if not target.endswith(".md"):
                return href, relative_url(target, page_url(src, served))
            return href, relative_url(page_url(target, served), page_url(src, served))
        mkdocs = self._mkdocs()
        found = mkdocs.files.get_file_from_path(target)
        if found is None:
            return None
        url = relative_url(found.url, mkdocs.file.url)
        return url, url


def _override_dir(config: Config) -> Path | None:
    custom = site_options(config).custom_dir
    return custom / "cxdocs" if custom else None


def _warn_if_stale(config: Config, pages: str) -> None:
    """Once per content state: say when the engine publishes missing or old pages."""
    folder = config.docs_dir / pages if pages else config.docs_dir
    state = (str(folder), read_manifest(folder).get("content"), _signature(config.path))
    if state in _WARNED:
        return
    _WARNED.add(state)
    if not read_manifest(folder):
        log.warning(
            "cxdocs: no generated pages in %s: run 'cxdocs build' before the site build, "
            "or the site has no personas, journeys or blueprints",
            folder,
        )
    elif (problem := stale_pages(config, folder)) is not None:
        log.warning("cxdocs: %s; %s", problem.message, problem.hint)


class CxdocsExtension(Extension):
    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "config_file": ["", "the settings file (default: found as cxdocs finds it)"],
            "pages": [
                "",
                "where `cxdocs build --out` wrote the pages, in docs_dir (default: "
                "docs_dir itself)",
            ],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        # Before fenced code (25) turns the block into code; after whitespace clean-up (30).
        md.preprocessors.register(EmbedPreprocessor(md, self), "cxdocs_embeds", 28)


def makeExtension(**kwargs: Any) -> CxdocsExtension:
    return CxdocsExtension(**kwargs)
