"""Renders every diagram the site needs, in parallel, through the render cache.

Graphviz runs as separate processes, so threads are enough to use every core.
Returns inline SVG keyed 'journey:<id>', 'blueprint:<id>', 'persona:<id>'.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

from cxdocs.diagrams import blueprint_svg, journey_svg, persona_svg
from cxdocs.repository import Repository

Job = Callable[[], str]


def diagram_jobs(repo: Repository, cache_dir: Path) -> dict[str, Job]:
    """Key -> a function rendering that diagram to SVG text."""
    settings = repo.settings
    jobs: dict[str, Job] = {}
    for pid, p_entry in sorted(repo.personas.items()):
        if p_entry.item.empathy_map is not None:
            jobs[f"persona:{pid}"] = partial(persona_svg, p_entry.item, settings, cache_dir)
    for jid, j_entry in sorted(repo.journeys.items()):
        jobs[f"journey:{jid}"] = partial(journey_svg, j_entry.item, settings, cache_dir)
    for bid, b_entry in sorted(repo.blueprints.items()):
        jobs[f"blueprint:{bid}"] = partial(blueprint_svg, b_entry.item, settings, cache_dir)
    return jobs


def render_all(repo: Repository, cache_dir: Path, workers: int | None = None) -> dict[str, str]:
    jobs = diagram_jobs(repo, cache_dir)
    keys = sorted(jobs)
    with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2) as pool:
        return dict(zip(keys, pool.map(lambda key: jobs[key](), keys), strict=True))
