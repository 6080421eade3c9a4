"""Writes the generated site sources: pages, diagrams, pictures and the viewer.

By default they go into docs_dir itself, where the MkDocs plugin places its
pages in memory, so every page has the same address under every engine
(`journeys/<id>/`); the files stay cxdocs' through a manifest (owned.py) and
out of git. Pages are the builder's HTML wrapped in Markdown (pagefile.py:
front matter, Markdown headings, the viewer's CSS/JS linked from the page), so
every Python-Markdown engine publishes them unchanged.

Engines differ in one thing: Zensical reads every relative link, raw HTML
included, from the Markdown file's folder (and turns `x.md` into the page's
URL); MkDocs-family engines leave raw HTML alone, so a link there must be the
final URL relative to the served page. `engine` picks the convention (see
urls.py). Diagrams are inlined, as the plugin does, so step links keep working.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from cxdocs import __version__
from cxdocs.content.repository import Repository
from cxdocs.content.settings.reader import Config
from cxdocs.content.yaml.source import parse_yaml
from cxdocs.files import Outputs
from cxdocs.publish.freshness import content_hash
from cxdocs.publish.navfiles import NAV_FILE, nav_files
from cxdocs.publish.owned import OwnedFolder, manifest_copy
from cxdocs.publish.pagefile import page_file
from cxdocs.publish.urls import page_url, relative_url
from cxdocs.site.builder import (
    ASSET_DIR,
    ASSETS,
    FONT_FILES,
    MissingPage,
    PageBuilder,
    image_uri,
)
from cxdocs.site.diagrams import DiagramRenderer

# The viewer's CSS and JS, each one file, linked from every generated page.
BUNDLE = "cxdocs-site"
# Engines with instant navigation (Material's, Zensical's) run a page's scripts
# again on every page change: the bundle sets itself up once per window.
ONCE = "if (!window.cxdocsLoaded) {{ window.cxdocsLoaded = true;\n{}\n}}\n"
# Engines that read relative links in raw HTML from the Markdown file's folder.
SOURCE_RELATIVE = ("zensical",)
ENGINES = ("zensical", "mkdocs")


@dataclass
class SiteOptions:
    """What cxdocs needs from the engine's settings besides its own."""

    directory_urls: bool = True
    custom_dir: Path | None = None
    # Can pages give headings their anchors ({#id})? Zensical's defaults have it.
    attr_list: bool = True


@dataclass
class BuildReport:
    folder: Path
    pages: int = 0
    files: int = 0
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # people's files where pages would go
    replaced: list[str] = field(default_factory=list)  # ours, but changed since: rewritten
    interrupted: bool = False  # the last build was killed half-way; this one finished it
    healed: bool = False  # the manifest was damaged: read from the cache's copy, written anew


def site_options(config: Config) -> SiteOptions:
    """`use_directory_urls` and the theme's `custom_dir`, read as the engine reads them."""
    try:
        parsed = parse_yaml(config.path.read_text(encoding="utf-8-sig"), tolerate_tags=True)
    except (OSError, UnicodeDecodeError):
        return SiteOptions()
    data: dict[str, Any] = parsed.data if isinstance(parsed.data, dict) else {}
    theme = data.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    extensions = data.get("markdown_extensions")
    names = extensions if isinstance(extensions, list) else []
    listed = {str(next(iter(n))) if isinstance(n, dict) and n else str(n) for n in names}
    return SiteOptions(
        directory_urls=data.get("use_directory_urls") is not False,
        custom_dir=config.root / str(custom) if isinstance(custom, str) else None,
        attr_list=extensions is None or "attr_list" in listed,
    )


def assets() -> dict[str, bytes]:
    """The viewer's files: one CSS and one JS bundle (so a site lists two files
    however cxdocs splits its own), and the fonts the CSS points at."""
    package = resources.files("cxdocs").joinpath("assets")
    files = {}
    for suffix in ("css", "js"):
        parts = [package.joinpath(n).read_bytes() for n in ASSETS if n.endswith(f".{suffix}")]
        bundle = b"\n".join(parts)
        if suffix == "js":
            bundle = ONCE.format(bundle.decode("utf-8")).encode("utf-8")
        files[f"{BUNDLE}.{suffix}"] = bundle
    files.update({name: package.joinpath(name).read_bytes() for name in FONT_FILES})
    return files


def write_sources(
    config: Config,
    repo: Repository,
    out: Path,
    outputs: Outputs,
    progress: Callable[[int, int], None] | None = None,
    engine: str = "zensical",
) -> BuildReport:
    """Write every generated file into `out`; raises WriteRefused, DiagramError, MissingPage.

    `out` is docs_dir (shared with people's pages) or a folder of cxdocs' own."""
    shared = out.resolve() == config.docs_dir.resolve()
    owned = OwnedFolder(outputs, out, shared=shared, copy=manifest_copy(config.cache_dir, out))
    owned.claim()  # before any drawing: a refused folder fails fast
    options = site_options(config)
    override = options.custom_dir / "cxdocs" if options.custom_dir else None
    renderer = DiagramRenderer(repo, config.cache_dir, progress=progress)
    report = BuildReport(
        out, replaced=owned.replaced, interrupted=owned.interrupted, healed=owned.healed
    )
    try:
        builder = PageBuilder(repo, renderer, override, config.cache_dir)
        specs = builder.plan()
        known = {spec.src_uri for spec in specs}
        served = engine not in SOURCE_RELATIVE

        def where(src_uri: str) -> str:
            return page_url(src_uri, options.directory_urls) if served else src_uri

        for spec in specs:
            if not owned.owns(spec.src_uri):  # a page someone wrote replaces it, as in the plugin
                report.kept.append(spec.src_uri)
                continue
            here = where(spec.src_uri)

            def url(src_uri: str, here: str = here) -> str:
                if src_uri not in known:
                    raise MissingPage(f"internal link to missing page {src_uri}")
                return relative_url(where(src_uri), here)

            def site_url(path: str, here: str = here) -> str:
                return relative_url(path, here)

            html = builder.fill_diagrams(builder.render(spec, url, site_url))
            css, js = (site_url(f"{ASSET_DIR}/{BUNDLE}.{x}") for x in ("css", "js"))
            text = page_file(spec.title, html, spec.toc, css, js, options.attr_list)
            _write(owned, report, spec.src_uri, text)
            report.pages += 1
        # The plugin's section titles and order, for engines that read .nav.yml.
        for rel, text in nav_files(repo, specs, out if owned.shared else None).items():
            if owned.shared or rel != NAV_FILE:  # a folder of its own is not the root
                _write(owned, report, rel, text)
        for pid, source in builder.images.items():
            _write(owned, report, image_uri(pid, source), source.read_bytes())
        for name, data in assets().items():
            _write(owned, report, f"{ASSET_DIR}/{name}", data)
        renderer.close()
        # Every diagram in the formats `downloads` lists (the viewer's links): all drawn by now.
        for uri, drawn in renderer.download_files():
            _write(owned, report, uri, drawn)
        if owned.write_gitignore():
            report.changed.append(".gitignore")
    except BaseException:
        renderer.close(cancel=True)
        owned.abandon()
        raise
    report.removed = owned.finish(
        {"generator": f"cxdocs {__version__}", "engine": engine, "content": content_hash(config)}
    )
    report.files = len(owned.files)
    report.kept += [rel for rel in owned.kept if rel not in report.kept]
    return report


def _write(owned: OwnedFolder, report: BuildReport, rel: str, data: bytes | str) -> None:
    if owned.write(rel, data):
        report.changed.append(rel)
