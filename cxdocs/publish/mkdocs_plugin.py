"""The MkDocs plugin: thin glue between MkDocs' build events and the cxdocs core.

Errors in content stop the build with the same file:line:col messages as
`cxdocs check`; warnings go to the `mkdocs.plugins.cxdocs` logger, so
`mkdocs build --strict` fails on them. Pages are generated in memory
(`File.generated`): nothing is ever written into docs_dir or content folders.
"""

from __future__ import annotations

import logging
import re
from importlib import resources
from pathlib import Path
from typing import Any

from markupsafe import escape
from mkdocs.config import base
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import _TocToken, get_toc
from mkdocs.utils import get_relative_url

from cxdocs.content.checks.run import CheckResult, run_checks
from cxdocs.content.embeds import EMBED_IN_HTML, EMBED_PLACEHOLDER, find_embeds
from cxdocs.content.problems import Problem, format_text, sort_problems
from cxdocs.content.repository import without_drafts
from cxdocs.content.settings.reader import Config, ConfigError, read_config
from cxdocs.diagrams import DiagramError
from cxdocs.files import FOLDERS, unsafe_folder, write_if_changed
from cxdocs.i18n import catalog as i18n
from cxdocs.publish.freshness import OLD_FOLDER
from cxdocs.publish.owned import MANIFEST_NAME, generated_files, manifest_copy
from cxdocs.publish.progress import Progress
from cxdocs.site.builder import (
    ASSET_DIR,
    ASSETS,
    FONT_FILES,
    MissingPage,
    PageBuilder,
    Reuse,
    front_matter,
    image_uri,
)
from cxdocs.site.diagrams import DiagramRenderer
from cxdocs.site.errorpage import error_page
from cxdocs.site.heap import PreviewHeap
from cxdocs.site.pages import INSIGHT_PAGES, SECTIONS, PageSpec, TocEntry, journey_order
from cxdocs.site.searchcopy import search_copy

log = logging.getLogger("mkdocs.plugins.cxdocs")


class CxdocsConfig(base.Config):
    """Options under `plugins: - cxdocs:`, accepted as written.

    MkDocs' own option checks would answer first, with no file position and no
    "did you mean"; so the plugin takes the options loosely (see `load_config`)
    and on_config validates them with cxdocs' model, reading them from the
    settings file exactly as `cxdocs check` does.
    """


class CxdocsPlugin(BasePlugin[CxdocsConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.serving = False
        # While `mkdocs serve` runs on broken content: the title and problems
        # its error page shows (None when the content is fine).
        self.broken: tuple[str, list[Problem], str] | None = None
        self.settings: Config | None = None
        self.options: dict[str, Any] = {}
        self.result: CheckResult | None = None
        self.pages: dict[str, PageSpec] = {}
        self.diagrams: DiagramRenderer | None = None
        self.builder: PageBuilder | None = None
        self.built: set[str] = set()  # docs_dir's files `cxdocs build` wrote, if any
        self.old: str | None = None  # the folder earlier versions of it wrote
        self.reuse: Reuse | None = None  # what `serve` keeps from one rebuild to the next
        self.heap: PreviewHeap | None = None  # `serve` collects garbage between rebuilds

    def load_config(
        self, options: dict[str, Any], config_file_path: str | None = None
    ) -> tuple[list[tuple[str, Exception]], list[tuple[str, str]]]:
        # Accept every option here; on_config reports mistakes at mkdocs.yml:line:col.
        self.config = CxdocsConfig(config_file_path=config_file_path)
        self.options = dict(options or {})
        return [], []

    # Runs once per `mkdocs` command (the plugin then lives across `serve`
    # rebuilds): a preview shows errors in the browser instead of stopping.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.reuse = Reuse() if self.serving else None
        self.heap = PreviewHeap() if self.serving else None

    def on_shutdown(self) -> None:
        if self.heap is not None:
            self.heap.close()

    # on_config runs first in every build (and every `serve` rebuild), and
    # before MkDocs empties site_dir (MkDocs's commands/build.py: on_config, on_pre_build,
    # then clean_directory): an unsafe site_dir or bad content stops the build
    # before anything is deleted or drawn.
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self.broken = None
        if self.heap is not None:
            self.heap.build_starts()
        try:
            self.settings = read_config(Path(config.config_file_path))
        except ConfigError as error:
            return self._fail(config, "errorpage.settings", error.problems)
        if self.settings.problems:
            locale = self.settings.settings.locale
            raise PluginError(
                f"{i18n.label(locale, 'errorpage.unsafe')}:\n"
                + "\n".join(format_text(p, locale) for p in sort_problems(self.settings.problems))
            )
        # `mkdocs build -d DIR` bypasses mkdocs.yml: guard the folder MkDocs will empty.
        reason = unsafe_folder(Path(config.site_dir), self.settings.root, Path(config.docs_dir))
        if reason is not None:
            raise PluginError(
                f"cxdocs: refusing to build into {config.site_dir}: it {reason}, and MkDocs "
                "empties site_dir before every build; choose another folder"
            )
        self.result = run_checks(
            self.settings,
            progress=Progress("cxdocs: reading"),
            memo=self.reuse.documents if self.reuse else None,
            cached=True,
        )
        for problem in sort_problems(self.result.warnings):
            log.warning(format_text(problem, self.settings.settings.locale))
        if self.result.errors:
            return self._fail(config, "errorpage.content", sort_problems(self.result.errors))
        if not self.settings.settings.drafts:  # checked above, published only when asked
            self.result.repository = without_drafts(self.result.repository)
        # `cxdocs build` files in docs_dir (made for Zensical, say) are the pages
        # this plugin makes in memory: MkDocs publishes the plugin's, once, so one
        # mkdocs.yml serves both engines.
        docs_dir = self.settings.docs_dir
        self.built = generated_files(docs_dir, manifest_copy(self.settings.cache_dir, docs_dir))
        old = self.settings.docs_dir / OLD_FOLDER
        self.old = OLD_FOLDER if (old / MANIFEST_NAME).is_file() else None
        for name in ASSETS:
            target = config.extra_css if name.endswith(".css") else config.extra_javascript
            if self.old:
                target[:] = [x for x in target if not str(x).startswith(f"{self.old}/")]
            if f"{ASSET_DIR}/{name}" not in [str(x) for x in target]:
                target.append(f"{ASSET_DIR}/{name}")
        return config

    def _fail(self, config: MkDocsConfig, key: str, problems: list[Problem]) -> MkDocsConfig:
        """Stop a build; while serving, log the problems and build the error page.

        `key` names the title in the catalog; the site's locale is the settings'
        or, when they could not be read, the one written in the plugin options."""
        written = self.options.get("locale")
        locale: str = written if written in i18n.locales() else i18n.DEFAULT_LOCALE
        if self.settings is not None:
            locale = self.settings.settings.locale
        title = i18n.label(locale, key)
        if not self.serving:
            raise PluginError(f"{title}:\n" + "\n".join(format_text(p, locale) for p in problems))
        for problem in problems:
            log.error(format_text(problem, locale))
        self.broken = (title, problems, locale)
        # The error page stands in for the theme's 404 page, so every address
        # of the site shows it until the content is fixed.
        config.theme.static_templates.discard("404.html")
        return config

    def _error_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self.broken is not None
        self.pages = {}  # nothing of the last good build is generated
        self._close_diagrams(cancel=True)
        html = error_page(*self.broken)
        kept = [f for f in files if f.dest_uri not in ("index.html", "404.html")]
        kept += [File.generated(config, name, content=html) for name in ("index.html", "404.html")]
        return Files(kept)

    # on_files is where MkDocs collects sources: generated pages, the plugin's
    # CSS/JS and persona pictures join docs_dir's files here, in memory only.
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        if self.broken is not None:
            return self._error_files(files, config)
        assert self.result is not None and self.settings is not None
        repo = self.result.repository
        self._close_diagrams(cancel=True)  # a `serve` rebuild replaces the last one
        for file in [f for f in files if self._built_file(f.src_uri)]:
            files.remove(file)
        try:
            # Starts drawing in the background; pages pick their diagram up later.
            self.diagrams = DiagramRenderer(
                repo, self.settings.cache_dir, progress=Progress("cxdocs: drawing diagrams")
            )
        except DiagramError as error:  # dot missing or failing: say so, no traceback
            raise PluginError(f"cxdocs: {error}") from None
        if self.reuse is not None:
            self.reuse.next_build()
        self.builder = PageBuilder(
            repo, self.diagrams, self._override_dir(config), self.settings.cache_dir, self.reuse
        )
        self._add_images(files, config)
        self.pages = {}
        for spec in self.builder.plan():
            if files.get_file_from_path(spec.src_uri) is not None:
                log.info("cxdocs: docs/%s exists; it replaces the generated page", spec.src_uri)
                continue
            files.append(File.generated(config, spec.src_uri, content=front_matter(spec.title)))
            self.pages[spec.src_uri] = spec
        for name in (*ASSETS, *FONT_FILES):
            data = resources.files("cxdocs").joinpath("assets", name).read_bytes()
            files.append(File.generated(config, f"{ASSET_DIR}/{name}", content=data))
        return files

    def _built_file(self, src_uri: str) -> bool:
        return src_uri in self.built or bool(self.old and src_uri.startswith(f"{self.old}/"))

    def _add_images(self, files: Files, config: MkDocsConfig) -> None:
        """Copy persona pictures into the site, where the builder's pages link them."""
        assert self.builder is not None
        for pid, source in self.builder.images.items():
            uri = image_uri(pid, source)
            files.append(File.generated(config, uri, abs_src_path=str(source)))

    # Section titles come from folder names; give them the locale's words and
    # the reading order personas -> journeys -> blueprints -> insights.
    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        if self.broken is not None:
            return nav
        assert self.settings is not None
        locale = self.settings.settings.locale
        titles = {
            "personas": i18n.label(locale, "personas"),
            "journeys": i18n.label(locale, "journeys"),
            "blueprints": i18n.label(locale, "blueprints"),
            "research": i18n.label(locale, "research"),
            "insights": i18n.label(locale, "insights"),
        }
        sections = {}
        insight_order = [f"insights/{slug}.md" for slug, _ in INSIGHT_PAGES]
        for item in nav.items:
            if isinstance(item, Section):
                folder = _section_folder(item)
                if folder in titles:
                    item.title = titles[folder]
                    sections[folder] = item
                if folder == "insights":  # most-read first: the pain-point register
                    item.children.sort(key=lambda c: _rank(c, insight_order))
                elif folder == "journeys":  # today's journey, then where it is going
                    order = journey_order(self.result.repository) if self.result else []
                    item.children.sort(key=lambda c: _rank(c, order))
                    _limit_section(item, self.settings.settings.nav_limit)
                elif folder in titles:
                    _limit_section(item, self.settings.settings.nav_limit)
        if config.nav is None and sections:
            others = [i for i in nav.items if i not in sections.values()]
            ordered = [sections[s] for s in SECTIONS if s in sections]
            nav.items[:] = others[:1] + ordered + others[1:]
        return nav

    # Hand-written pages may embed diagrams; swap each ```cxdocs block for a
    # placeholder now and the SVG after Markdown ran, so Markdown never sees SVG.
    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if page.file.src_uri in self.pages:
            return markdown
        available = self.diagrams.available() if self.diagrams else []
        embeds, problems = find_embeds(markdown, available, page_blocks=True)
        for line, message in problems:
            log.warning("%s:%d: %s", f"{config.docs_dir}/{page.file.src_uri}", line, message)
        page.cxdocs_embeds = embeds  # type: ignore[attr-defined]
        for index, (start, end, _) in reversed(list(enumerate(embeds))):
            markdown = markdown[:start] + EMBED_PLACEHOLDER.format(index) + markdown[end:]
        return markdown

    # Generated pages get their HTML from templates here, after MkDocs made the
    # Page (so URLs are known) and before the theme wraps it.
    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        embeds = getattr(page, "cxdocs_embeds", None)
        if embeds:
            keys = [key for _, _, key in embeds]

            builder = self.builder

            def page_url(src_uri: str) -> str:
                target = files.get_file_from_path(src_uri)
                if target is None:
                    raise MissingPage(src_uri)
                return get_relative_url(target.url, page.url)

            def diagram(match: re.Match[str]) -> str:
                assert builder is not None
                key = keys[int(match.group(1))]
                if key.startswith("block:"):  # a home-page block: dashboard...
                    try:
                        return builder.block(key.split(":", 1)[1], page_url)
                    except MissingPage as missing:
                        raise PluginError(f"cxdocs: link to missing page {missing}") from None
                return builder.embed(key, page_url, lambda u: get_relative_url(u, page.url))

            if builder is not None:
                html = EMBED_IN_HTML.sub(diagram, html)
        spec = self.pages.get(page.file.src_uri)
        if spec is None or self.builder is None:
            return html

        def url(src_uri: str) -> str:
            target = files.get_file_from_path(src_uri)
            if target is None:
                raise PluginError(f"cxdocs: internal link to missing page {src_uri}")
            return get_relative_url(target.url, page.url)

        page.toc = get_toc([_toc_token(e) for e in spec.toc])
        return self.builder.render(spec, url, lambda uri: get_relative_url(uri, page.url))

    # MkDocs' own search indexes page.content in its on_page_context: hand it
    # the light copy first (same index, a fraction of the parsing, see
    # cxdocs.site.searchcopy), and give the theme the real page back after.
    @event_priority(100)
    def _search_copy_in(
        self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> Any:
        if page.file.src_uri in self.pages and page.content and _plain_search(config):
            page.cxdocs_content = page.content  # type: ignore[attr-defined]
            page.content = search_copy(page.content)
        return context

    @event_priority(-100)
    def _search_copy_out(
        self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> Any:
        kept = getattr(page, "cxdocs_content", None)
        if kept is not None:
            page.content = kept
            del page.cxdocs_content  # type: ignore[attr-defined]
        return context

    on_page_context = CombinedEvent(_search_copy_in, _search_copy_out)

    # Diagrams go in last, into the finished HTML: the search index, the TOC and
    # the theme never have to read (or index) thousands of SVG elements.
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        if self.builder is None:
            return output
        try:
            return self.builder.fill_diagrams(output)
        except DiagramError as error:
            raise PluginError(f"cxdocs: {error}") from None

    # Diagrams no page asked for still finish (they fill the cache); then the
    # worker processes stop. After a failed build they are simply dropped.
    # The downloads (the formats the `downloads` setting lists) are copied from the cache
    # then too: only now is every one of them surely drawn.
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        try:
            if self.diagrams is not None:
                self.diagrams.close()
                for uri, data in self.diagrams.download_files():
                    write_if_changed(Path(config.site_dir) / uri, data)
            self._close_diagrams()
        except DiagramError as error:
            raise PluginError(f"cxdocs: {error}") from None
        finally:
            if self.heap is not None:
                self.heap.build_ends()

    def on_build_error(self, *, error: Exception) -> None:
        try:
            self._close_diagrams(cancel=True)
        finally:
            if self.heap is not None:
                self.heap.build_ends()

    def _close_diagrams(self, cancel: bool = False) -> None:
        if self.diagrams is not None:
            self.diagrams.close(cancel=cancel)
            self.diagrams = None
            self.builder = None

    def _override_dir(self, config: MkDocsConfig) -> Path | None:
        custom = config.theme.custom_dir
        return Path(custom) / "cxdocs" if custom else None

    # Content lives outside docs_dir, so `mkdocs serve` must be told to watch it.
    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        root = Path(config.config_file_path).parent
        for folder in FOLDERS.values():
            if (root / folder).is_dir():
                server.watch(str(root / folder))
        return server


def _plain_search(config: MkDocsConfig) -> bool:
    """Is the search plugin MkDocs' (or ProperDocs') own, whose index the copy keeps?

    Material's search keeps some tags and reads nesting: it gets the real page.
    """
    search = config.plugins.get("search")
    module = type(search).__module__ if search is not None else ""
    return module.split(".")[1:3] == ["contrib", "search"]


def _limit_section(section: Section, limit: int) -> None:
    """Keep a huge section to its index page: a sidebar of 1,000 journeys helps
    nobody, and MkDocs would write that whole list into every page of the site."""
    objects = [c for c in section.children if not _is_index(c)]
    if limit and len(objects) > limit:
        section.children = [c for c in section.children if c not in objects]


def _is_index(item: Any) -> bool:
    file = getattr(item, "file", None)
    return file is not None and str(file.src_uri).endswith("index.md")


def _section_folder(section: Section) -> str | None:
    for child in section.children:
        file = getattr(child, "file", None)
        if file is not None:
            return str(file.src_uri).split("/", 1)[0]
    return None


def _rank(item: Any, order: list[str]) -> int:
    file = getattr(item, "file", None)
    uri = str(file.src_uri) if file is not None else ""
    return order.index(uri) if uri in order else len(order)


def _toc_token(entry: TocEntry) -> _TocToken:
    return {
        "level": entry.level,
        "id": entry.anchor,
        "name": str(escape(entry.title)),
        "children": [_toc_token(child) for child in entry.children],
    }
