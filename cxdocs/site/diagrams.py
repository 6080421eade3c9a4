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

import gc
import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from functools import cache, partial
from pathlib import Path
from typing import Any

from cxdocs import cache as store
from cxdocs.changes import provenance
from cxdocs.content.model import Blueprint, Journey, Persona, Settings
from cxdocs.content.repository import Repository, diagram_items
from cxdocs.diagrams import Related, graphviz_version, to_dot
from cxdocs.diagrams.dot import collect_warnings, rendered_file, stop_graphviz
from cxdocs.diagrams.draw import diagram_files, related_of, scene_of, viewer_hints
from cxdocs.files import FOLDERS
from cxdocs.site.paper import has_paper, paper_pdfs, title_block

Item = Persona | Journey | Blueprint
# Below this many misses, worker processes cost more to start than they save.
PARALLEL_THRESHOLD = 4
# How often a worker looks whether the build that started it is still there (s).
PARENT_POLL = 0.2
# MkDocs counts warnings of its own loggers for --strict; "mkdocs.plugins.*" is one.
log = logging.getLogger("mkdocs.plugins.cxdocs")


# Every diagram is offered in the formats the `downloads` setting lists (by
# default all of `cxdocs render`'s), drawn at build time.
# Beside them, what the viewer needs to know about the drawing (see `diagrams.draw`).
META = "json"


def download_uri(key: str, fmt: str) -> str:
    """Where a diagram's download lives in the site: 'journeys/first-purchase.png'.

    Beside the object's page, named like `cxdocs render`'s default output.
    """
    kind, ident = key.split(":", 1)
    return f"{FOLDERS[kind]}/{ident}.{fmt}"


# A drawn file: its bytes, or (PNG, PDF) where the render cache already keeps it:
# workers send those by name, not as megabytes through a pipe, and the finished
# cache links to them instead of writing a second copy.
File = bytes | Path
Drawn = tuple[dict[str, File], list[str]]  # format -> file, Graphviz's warnings
BY_NAME = ("png", "pdf")


def drawn_formats(settings: Settings) -> tuple[str, ...]:
    """What a build draws of each diagram: the SVG (the page shows it inline)
    plus the listed downloads. One Graphviz run draws them all, but with PNG and
    PDF it takes about five times as long as the SVG alone: unlisted formats
    are not drawn."""
    return tuple(dict.fromkeys(("svg", *settings.downloads)))


def draw(
    key: str, item: Item, settings: Settings, cache_dir: Path, related: Related | None = None
) -> Drawn:
    """One diagram in its SVG and download formats plus its viewer metadata,
    and Graphviz's warnings (module level: workers run it)."""
    with collect_warnings() as warnings:
        diagram = scene_of(item, settings, related or Related())
        kind = key.split(":", 1)[0]
        source = to_dot(diagram)
        drawn = diagram_files(
            diagram, f"{kind}-{item.id}-", cache_dir, drawn_formats(settings), source
        )
    files: dict[str, File] = dict(drawn)
    if not warnings:  # then render_formats kept Graphviz's output
        for fmt in BY_NAME:
            kept = rendered_file(source, fmt, cache_dir)
            if fmt in files and kept is not None:
                files[fmt] = kept
    meta = viewer_hints(diagram)
    files[META] = json.dumps(meta, sort_keys=True).encode("utf-8")
    return files, warnings


def _worker_start(parent: int) -> None:
    """Set up a worker process: collect garbage as usual (the main process may
    have turned that off while loading), and end when the main process does.

    A killed build (SIGKILL, a closed terminal) cannot stop its workers, and
    a forked worker holds the write end of its own task pipe, so it would
    wait for work for ever. It watches its parent instead: once it is gone
    (the worker was handed to another process), it stops the Graphviz it runs
    and exits. `parent` is the build's pid, given before the fork: a worker
    that first runs after the build was killed (under load, a kill can land
    between the fork and this function) would otherwise take its new parent
    for the build and wait for ever."""
    gc.enable()
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL)
        stop_graphviz()
        os._exit(1)

    threading.Thread(target=watch, name="cxdocs-parent-watch", daemon=True).start()


def _bytes(file: File) -> bytes:
    """A drawn file's bytes; one kept in the render cache is verified (it was
    drawn moments ago: damaged now, it is a disk fault, not a stale entry)."""
    if isinstance(file, bytes):
        return file
    found = store.read_file(file)
    if found is None:
        raise OSError(f"the diagram cache entry {file} was damaged while the build ran")
    return found


def _store(finished: Path, ckey: str, files: dict[str, File]) -> None:
    """Keep a drawing in the finished cache; the SVG last, so an entry cut
    short without it is incomplete for every build (see `_complete`)."""
    for fmt in sorted(files, key=lambda f: f == "svg"):
        file = files[fmt]
        if isinstance(file, Path):
            store.link(finished, ckey, fmt, file)
        else:
            store.store(finished, ckey, fmt, file)


def drawn_once(
    key: str, item: Item, settings: Settings, cache_dir: Path, related: Related
) -> tuple[str, dict[str, Any]]:
    """One diagram's SVG and viewer metadata, from the finished cache when it is
    there, else drawn (and cached, downloads included, when Graphviz did not warn)."""
    finished = cache_dir / "svg"
    ckey = content_key(key, item, settings, related, graphviz_version(cache_dir))
    # Only the SVG is needed here: the site build draws downloads still missing.
    svg, meta = store.load(finished, ckey, "svg"), store.load(finished, ckey, META)
    if svg is not None and meta is not None:
        return svg.decode("utf-8"), json.loads(meta)
    files, warnings = draw(key, item, settings, cache_dir, related)
    for warning in warnings:
        log.warning("cxdocs: drawing %s: %s", key.replace(":", " "), warning)
    if not warnings:
        _store(finished, ckey, files)
    return _bytes(files["svg"]).decode("utf-8"), json.loads(_bytes(files[META]))


def _complete(finished: Path, ckey: str, settings: Settings) -> bool:
    """Is every file this build needs of the diagram in the finished cache?

    An entry drawn for more download formats serves a build that lists fewer;
    one that lists more draws the diagram again (the render cache still holds
    the formats it had, so Graphviz draws only the missing ones, in one run)."""
    return all(store.path(finished, ckey, f).is_file() for f in (*drawn_formats(settings), META))


@cache
def _code_fingerprint() -> str:
    """Changes whenever the diagram code does: a new cxdocs draws differently."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for path in [
        *sorted((package / "diagrams").glob("*.py")),
        *sorted((package / "i18n").glob("*.py")),
    ]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def content_key(key: str, item: Item, settings: Settings, related: Related, version: str) -> str:
    return store.digest(
        (
            key,
            _code_fingerprint(),
            version,
            # Only what a diagram shows: other settings (cache, nav) must not redraw.
            settings.model_dump_json(
                include={"locale", "channels", "actors", "cell_limit", "lanes"}
            ),
            item.model_dump_json(),
            related.fingerprint(),
        )
    )


_READ: dict[int, tuple[Repository, provenance.Provenance]] = {}


def provenance_of(repo: Repository) -> provenance.Provenance:
    """Each content file's last change in git (read once per loaded repository:
    a build's diagrams, the pages embedding them and the PDFs' title blocks
    say the same)."""
    known = _READ.get(id(repo))
    if known is None or known[0] is not repo:
        _READ.clear()  # one repository at a time: a reloaded one replaces it
        known = _READ[id(repo)] = (repo, provenance.read(repo.root))
    return known[1]


def last_changed(repo: Repository) -> dict[Path, str]:
    """Each content file's last-change date from git, what a diagram's header prints."""
    return provenance_of(repo).dates()


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
        changed = last_changed(repo)
        names = {key: related_of(item, repo, changed) for key, item in items.items()}
        self.finished = cache_dir / "svg"
        self.downloads_listed = tuple(settings.downloads)
        # Each map's last change in git, for its PDFs' title block.
        found = provenance_of(repo)
        self.changes = {
            f"{kind}:{ident}": found.last_change(entry.doc.path)
            for kind, table in (("journey", repo.journeys), ("blueprint", repo.blueprints))
            for ident, entry in table.items()
        }
        self.paths: dict[str, Path] = {}  # key -> its finished SVG file (once drawn)
        # What a damaged entry needs to be drawn again: key -> (item, related, content key).
        self.jobs: dict[str, tuple[Item, Related, str]] = {}
        self.settings = settings
        self.cache_dir = cache_dir
        self.pending: dict[str, Future[Drawn]] = {}
        self.unkept: dict[str, dict[str, File]] = {}  # drawn with warnings: not cached
        self.progress = progress
        self.total = len(items)
        missing: dict[str, str] = {}  # diagram key -> content key
        version = graphviz_version(cache_dir)  # remembered on disk: no `dot` when all is cached
        for key, item in items.items():
            ckey = content_key(key, item, settings, names[key], version)
            self.paths[key] = store.path(self.finished, ckey, "svg")
            self.jobs[key] = (item, names[key], ckey)
            if not _complete(self.finished, ckey, settings):
                missing[key] = ckey
        self.done = self.total - len(missing)
        workers = workers or os.cpu_count() or 1
        self.pool: Executor | None = None
        if missing and workers > 1:
            # Many misses: worker processes. A few (one journey edited under
            # `mkdocs serve`): one thread, so that Graphviz draws while the
            # pages are rendered rather than before (it runs outside the GIL).
            self.pool = (
                ProcessPoolExecutor(
                    max_workers=workers, initializer=_worker_start, initargs=(os.getpid(),)
                )
                if len(missing) >= PARALLEL_THRESHOLD
                else ThreadPoolExecutor(max_workers=1)
            )
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
        files, warnings = drawn
        for warning in warnings:
            log.warning("cxdocs: drawing %s: %s", key.replace(":", " "), warning)
        if warnings:
            self.unkept[key] = files
        else:
            _store(self.finished, ckey, files)
        self._count()

    def _count(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total)

    def available(self) -> list[str]:
        return list(self.paths)

    def svg(self, key: str) -> str | None:
        """The diagram's SVG text, waiting for it if it is still being drawn."""
        found = self.drawing(key)
        return found[0] if found else None

    def drawing(self, key: str) -> tuple[str, dict[str, Any]] | None:
        """The SVG text and what the viewer needs to know of it: the drawing's
        size and its lane-label column width (waits if it is still being drawn)."""
        path = self.paths.get(key)
        if path is None:
            return None
        future = self.pending.pop(key, None)
        files = future.result()[0] if future is not None else self.unkept.get(key)
        if files is None:  # from the cache, verified (redrawn if damaged)
            svg, meta = store.read_file(path), store.read_file(path.with_suffix(f".{META}"))
            if svg is not None and meta is not None:
                return svg.decode("utf-8"), json.loads(meta)
            files = self._redraw(key)
        # A drawing error surfaces here, with its message.
        return _bytes(files["svg"]).decode("utf-8"), json.loads(_bytes(files[META]))

    def _redraw(self, key: str) -> dict[str, File]:
        """Draw a diagram whose cache entry turned out damaged, here and now,
        and keep it (the damaged files were deleted when they were read)."""
        item, related, ckey = self.jobs[key]
        files, warnings = draw(key, item, self.settings, self.cache_dir, related)
        if warnings:
            self.unkept[key] = files
        else:
            _store(self.finished, ckey, files)
        return files

    def downloads(self) -> dict[str, Path | bytes]:
        """Site path -> cached file (or the bytes of a diagram that warned and
        was not cached), for every diagram in every format `downloads` lists.

        Call after `close()`: every diagram is drawn by then."""
        found: dict[str, Path | bytes] = {}
        for key, path in sorted(self.paths.items()):
            for fmt in self.downloads_listed:
                kept = self.unkept.get(key)
                found[download_uri(key, fmt)] = kept[fmt] if kept else path.with_suffix(f".{fmt}")
        return found

    def download_files(self) -> Iterator[tuple[str, bytes]]:
        """Each download's site path and bytes, verified: a damaged cache entry
        is drawn again, so a site never gets a cut-short PNG. Copies, never
        links: a tool that edits the built site in place (an image
        optimiser) cannot reach the cache. Call after `close()`."""
        for uri, source in self.downloads().items():
            if isinstance(source, bytes):
                yield uri, source
                continue
            found = store.read_file(source)
            if found is None:
                key = next(k for k, p in self.paths.items() if p.stem == source.stem)
                found = _bytes(self._redraw(key)[source.suffix[1:]])
            yield uri, found
        yield from self.paper_files()

    def paper_files(self) -> Iterator[tuple[str, bytes]]:
        """Each map's PDFs on standard paper (`diagrams.paper`): site path and
        bytes, composed from the drawing's PDF once and kept in the cache under
        everything that decides them (the drawing, the title block, the code)."""
        for key in sorted(self.paths):
            if not has_paper(key, self.downloads_listed):
                continue
            files = self.unkept.get(key)
            path = self.paths[key]
            drawing = files["pdf"] if files else store.read_file(path.with_suffix(".pdf"))
            meta = files[META] if files else store.read_file(path.with_suffix(f".{META}"))
            if drawing is None or meta is None:
                redrawn = self._redraw(key)
                drawing, meta = redrawn["pdf"], redrawn[META]
            item = self.jobs[key][0]
            assert not isinstance(item, Persona)  # has_paper: maps only
            block = title_block(item, self.changes.get(key), self.settings)
            yield from paper_pdfs(
                key, _bytes(drawing), json.loads(_bytes(meta)), block, self.cache_dir
            )

    def close(self, cancel: bool = False) -> None:
        """Wait for the rest (or drop them, after a failed build); stop the workers."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=cancel)
            self.pool = None
        for future in self.pending.values():
            if not future.cancelled():
                future.result()
        self.pending.clear()
