"""Renders every diagram the site needs: cached, and in parallel when it must.

Two cache levels make rebuilds cheap. The render cache (cxdocs.diagrams) keys
Graphviz output by DOT source; here, a finished-SVG cache keys by the object's
content, the settings, Graphviz's version and the diagram code itself, so an
unchanged diagram costs one file read: no layout, no DOT, no post-processing.
Misses are drawn in worker processes, since building scenes is Python work the
GIL would serialise and Graphviz runs as a process anyway.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path

from cxdocs import cache as store
from cxdocs.diagrams import blueprint_svg, graphviz_version, journey_svg, persona_svg
from cxdocs.model import Blueprint, Journey, Persona, Settings
from cxdocs.repository import Repository

Item = Persona | Journey | Blueprint
# Below this many misses, worker start-up costs more than it saves.
PARALLEL_THRESHOLD = 4


def draw(
    key: str, item: Item, settings: Settings, cache_dir: Path, persona_name: str | None = None
) -> str:
    """One diagram's SVG text (module level, so worker processes can run it)."""
    if isinstance(item, Journey):
        return journey_svg(item, settings, cache_dir, persona_name=persona_name)
    if isinstance(item, Blueprint):
        return blueprint_svg(item, settings, cache_dir)
    return persona_svg(item, settings, cache_dir)


@cache
def _code_fingerprint() -> str:
    """Changes whenever the diagram code does: a new cxdocs draws differently."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for path in [*sorted((package / "diagrams").glob("*.py")), package / "i18n.py"]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def content_key(key: str, item: Item, settings: Settings, persona_name: str | None) -> str:
    digest = hashlib.sha256()
    for part in (
        key,
        _code_fingerprint(),
        graphviz_version(),
        settings.model_dump_json(),
        item.model_dump_json(),
        persona_name or "",
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


def render_all(
    repo: Repository,
    cache_dir: Path,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Path]:
    """The finished SVG file of every diagram; `progress(done, total)` hears of each.

    Paths, not text: a large site has hundreds of megabytes of SVG, and each
    page reads only its own diagram when it is written.
    """
    items = diagram_items(repo)
    settings = repo.settings
    # A journey map names its persona, so a renamed persona redraws its journeys.
    names = {
        key: repo.personas[item.persona].item.name
        for key, item in items.items()
        if isinstance(item, Journey) and item.persona in repo.personas
    }
    finished = cache_dir / "svg"
    paths: dict[str, Path] = {}
    missing: dict[str, str] = {}  # diagram key -> content key
    for key, item in items.items():
        ckey = content_key(key, item, settings, names.get(key))
        path = store.path(finished, ckey, "svg")
        paths[key] = path
        if not path.is_file():
            missing[key] = ckey
    total, done = len(items), len(items) - len(missing)
    if progress and missing:
        progress(done, total)
    workers = workers or os.cpu_count() or 1
    if len(missing) >= PARALLEL_THRESHOLD and workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {
                key: pool.submit(draw, key, items[key], settings, cache_dir, names.get(key))
                for key in missing
            }
            for key, future in futures.items():
                store.store(finished, missing[key], "svg", future.result().encode("utf-8"))
                done += 1
                if progress:
                    progress(done, total)
    else:
        for key, ckey in missing.items():
            svg = draw(key, items[key], settings, cache_dir, names.get(key))
            store.store(finished, ckey, "svg", svg.encode("utf-8"))
            done += 1
            if progress:
                progress(done, total)
    return paths
