"""Renders every diagram the site needs: cached, and in parallel when it must.

Two cache levels make rebuilds cheap. The render cache (cxdocs.diagrams) keys
Graphviz output by DOT source; here, a finished-SVG cache keys by the object's
content, the settings, Graphviz's version and the diagram code itself, so an
unchanged diagram costs one file read: no layout, no DOT, no post-processing.
Misses are drawn in worker processes, since building scenes is Python work the
GIL would serialise and Graphviz runs as a process anyway.

Graphviz's warnings come back from the workers with the SVG and are logged here,
in the main process, through MkDocs' logger: `mkdocs build --strict` fails on
one. A diagram that warned is not cached, so it warns again on the next build.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from functools import cache, partial
from pathlib import Path

from cxdocs import cache as store
from cxdocs.diagrams import Related, blueprint_svg, graphviz_version, journey_svg, persona_svg
from cxdocs.diagrams.dot import collect_warnings
from cxdocs.drawing import related_of
from cxdocs.model import Blueprint, Journey, Persona, Settings
from cxdocs.repository import Repository

Item = Persona | Journey | Blueprint
# Below this many misses, worker start-up costs more than it saves.
PARALLEL_THRESHOLD = 4
# MkDocs counts warnings of its own loggers for --strict; "mkdocs.plugins.*" is one.
log = logging.getLogger("mkdocs.plugins.cxdocs")


def _svg(item: Item, settings: Settings, cache_dir: Path, related: Related) -> str:
    if isinstance(item, Journey):
        return journey_svg(item, settings, cache_dir, related=related)
    if isinstance(item, Blueprint):
        return blueprint_svg(item, settings, cache_dir, related=related)
    return persona_svg(item, settings, cache_dir)


Drawn = tuple[str, list[str]]  # SVG text, Graphviz's warnings


def draw(
    key: str, item: Item, settings: Settings, cache_dir: Path, related: Related | None = None
) -> Drawn:
    """One diagram's SVG text and Graphviz's warnings (module level: workers run it)."""
    with collect_warnings() as warnings:
        svg = _svg(item, settings, cache_dir, related or Related())
    return svg, warnings


@cache
def _code_fingerprint() -> str:
    """Changes whenever the diagram code does: a new cxdocs draws differently."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for path in [*sorted((package / "diagrams").glob("*.py")), package / "i18n.py"]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def content_key(key: str, item: Item, settings: Settings, related: Related) -> str:
    digest = hashlib.sha256()
    for part in (
        key,
        _code_fingerprint(),
        graphviz_version(),
        # Only what a diagram shows: other settings (cache, nav) must not redraw.
        settings.model_dump_json(include={"locale", "channels", "actors", "cell_limit"}),
        item.model_dump_json(),
        related.fingerprint(),
    ):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def diagram_items(repo: Repository) -> dict[str, Item]:
    """Every object that gets a diagram, keyed 'journey:<id>' etc., sorted."""
    items: dict[str, Item] = {}
    for pid, persona in sorted(repo.personas.items()):
        if persona.item.empathy_map is not None:
            items[f"persona:{pid}"] = persona.item
    for jid, journey in sorted(repo.journeys.items()):
        items[f"journey:{jid}"] = journey.item
    for bid, blueprint in sorted(repo.blueprints.items()):
        items[f"blueprint:{bid}"] = blueprint.item
    return items


class DiagramRenderer:
    """Every diagram of the site, drawn in the background while pages are built.

    Missing diagrams start drawing in worker processes as soon as the renderer
    is made (MkDocs' on_files); MkDocs meanwhile turns pages into HTML in the
    main process, and a page waits only for its own diagram when it is written.
    Diagrams are submitted in page order, so that wait is usually nothing.
    """

    def __init__(
        self,
        repo: Repository,
        cache_dir: Path,
        workers: int | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        items = diagram_items(repo)
        settings = repo.settings
        # Diagrams name (and show) related objects: editing them redraws the diagram.
        names = {key: related_of(item, repo) for key, item in items.items()}
        self.finished = cache_dir / "svg"
        self.paths: dict[str, Path] = {}  # key -> its finished SVG file (once drawn)
        self.pending: dict[str, Future[Drawn]] = {}
        self.unkept: dict[str, str] = {}  # drawn with warnings: not cached, kept here
        self.progress = progress
        self.total = len(items)
        missing: dict[str, str] = {}  # diagram key -> content key
        for key, item in items.items():
            ckey = content_key(key, item, settings, names[key])
            self.paths[key] = store.path(self.finished, ckey, "svg")
            if not self.paths[key].is_file():
                missing[key] = ckey
        self.done = self.total - len(missing)
        workers = workers or os.cpu_count() or 1
        self.pool: ProcessPoolExecutor | None = None
        if len(missing) >= PARALLEL_THRESHOLD and workers > 1:
            self.pool = ProcessPoolExecutor(max_workers=workers)
            for key, ckey in missing.items():
                future = self.pool.submit(draw, key, items[key], settings, cache_dir, names[key])
                future.add_done_callback(partial(self._finished, key, ckey))
                self.pending[key] = future
        else:
            for key, ckey in missing.items():
                self._keep(key, ckey, draw(key, items[key], settings, cache_dir, names[key]))

    def _finished(self, key: str, ckey: str, future: Future[Drawn]) -> None:
        # Runs in the pool's manager thread: fill the cache even for a diagram
        # no page asks for, so an interrupted build still keeps its work.
        if not future.cancelled() and future.exception() is None:
            self._keep(key, ckey, future.result())

    def _keep(self, key: str, ckey: str, drawn: Drawn) -> None:
        svg, warnings = drawn
        for warning in warnings:
            log.warning("cxdocs: drawing %s: %s", key.replace(":", " "), warning)
        if warnings:
            self.unkept[key] = svg
        else:
            store.store(self.finished, ckey, "svg", svg.encode("utf-8"))
        self._count()

    def _count(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total)

    def available(self) -> list[str]:
        return list(self.paths)

    def svg(self, key: str) -> str | None:
        """The diagram's SVG text, waiting for it if it is still being drawn."""
        path = self.paths.get(key)
        if path is None:
            return None
        future = self.pending.pop(key, None)
        if future is not None:
            return future.result()[0]  # a drawing error surfaces here, with its message
        if key in self.unkept:
            return self.unkept[key]
        return path.read_text(encoding="utf-8")

    def close(self, cancel: bool = False) -> None:
        """Wait for the rest (or drop them, after a failed build); stop the workers."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=cancel)
            self.pool = None
        for future in self.pending.values():
            if not future.cancelled():
                future.result()
        self.pending.clear()
