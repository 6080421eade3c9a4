"""`cxdocs serve`'s server: the preview's pages over HTTP, and a stream of
server-sent events that tells open pages which of them changed.

Standard library only (http.server, threads): a preview serves one person on
their own machine. A watcher thread looks at the settings and content files'
sizes and modification times every tenth of a second; when one changes it
rebuilds (see cxdocs.publish.preview) and announces the changed paths.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import mimetypes
import queue
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from cxdocs.publish.preview import EVENTS, Preview

POLL_SECONDS = 0.1  # how often the watcher looks at the files
KEEPALIVE_SECONDS = 15  # a comment line on quiet event streams, so proxies keep them
log = logging.getLogger(__name__)
FETCH_WAIT_SECONDS = 2  # how long a rebuild waits for the open page to fetch the edit
IDLE_COLLECT_SECONDS = 5  # quiet files after a rebuild: time to collect frozen cycles

Stamp = dict[Path, tuple[int, int]]


def stamp(paths: list[Path]) -> Stamp:
    """Each file's (modification time, size): what tells an edit, cheaply."""
    found: Stamp = {}
    for path in paths:
        with contextlib.suppress(OSError):  # gone: its absence is the change
            info = path.stat()
            found[path] = (info.st_mtime_ns, info.st_size)
    return found


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = True  # open event streams never keep the process alive

    def __init__(self, address: tuple[str, int], preview: Preview) -> None:
        super().__init__(address, _Handler)
        self.preview = preview
        self.listeners: set[queue.Queue[str]] = set()
        self.reading: dict[queue.Queue[str], str] = {}  # listener -> the page it shows
        self.listening = threading.Lock()
        self.stopping = threading.Event()
        # The pages announced first after an edit, until an open page fetched one.
        self.awaited: set[str] = set()
        self.fetched = threading.Event()

    def announce(self, paths: list[str]) -> None:
        """Tell every open page which paths changed (and whether all show problems)."""
        broken = self.preview.snapshot.broken is not None
        if not paths and not broken:
            return
        message = json.dumps({"paths": paths, "broken": broken})
        with self.listening:
            for listener in self.listeners:
                listener.put(message)

    def announce_first(self, paths: list[str]) -> None:
        """Announce the edited pages, then let the open page fetch one before the
        rest of the rebuild goes on (at most FETCH_WAIT_SECONDS): the rebuild
        holds the interpreter, and a page served between its steps took seconds
        at 340 objects. The lists and insights can wait; the page being read cannot."""
        with self.listening:
            listening = any(page in paths for page in self.reading.values())
            self.awaited = set(paths)
            self.fetched.clear()
        self.announce(paths)
        if listening:
            self.fetched.wait(FETCH_WAIT_SECONDS)
        self.awaited = set()

    def served(self, path: str) -> None:
        if path in self.awaited:
            self.fetched.set()

    def watch(self, on_rebuild: Callable[[list[str]], None] | None = None) -> threading.Thread:
        """Start the watcher thread: rebuild and announce after each change."""

        # The files as they are now, before the thread starts: an edit saved
        # right after `watch` returns is a change, however late the thread runs.
        watched = self.preview.watched()
        seen = stamp(watched)

        def run() -> None:
            nonlocal watched, seen
            _freeze()  # what the first build keeps
            idle = 0.0  # seconds since the last rebuild, once the collector has run: -1
            while not self.stopping.wait(POLL_SECONDS):
                now = stamp(watched)
                if now == seen:
                    idle = _collect_when_idle(idle)
                    continue
                try:
                    # The edited object's own page is announced as soon as it is
                    # ready; the rest (registers, lists) when all is rebuilt, unless
                    # the files change again first (then the newer edit goes first).
                    changed = self.preview.rebuild(self.announce_first, _Stale(watched, now))
                except Exception:  # a preview keeps watching: the next save rebuilds
                    log.exception("cxdocs serve: the rebuild failed; save again to retry")
                    seen = now
                    continue
                _freeze()
                idle = 0.0
                self.announce(changed)
                if on_rebuild is not None:
                    on_rebuild(changed)
                watched = self.preview.watched()  # new files count from now on
                seen = stamp(watched) if len(watched) != len(now) else now

        thread = threading.Thread(target=run, name="cxdocs-watch", daemon=True)
        thread.start()
        return thread

    def server_close(self) -> None:
        self.stopping.set()
        super().server_close()


class _Stale:
    """Whether the watched files changed since `seen`: asked between the pages
    of a rebuild, so looked at no more than every POLL_SECONDS."""

    def __init__(self, watched: list[Path], seen: Stamp) -> None:
        self.watched, self.seen = watched, seen
        self.next = time.monotonic() + POLL_SECONDS
        self.changed = False

    def __call__(self) -> bool:
        if not self.changed and time.monotonic() >= self.next:
            self.changed = stamp(self.watched) != self.seen
            self.next = time.monotonic() + POLL_SECONDS
        return self.changed


def _freeze() -> None:
    """After a rebuild, what it keeps (every document, model, page and row of a
    large repository: millions of objects) is left out of the cyclic garbage
    collector's passes. Otherwise each pass during the next rebuild walks all
    of it again, which made planning the pages of 340 objects several times
    slower than the work itself. Freed objects are still freed as usual."""
    gc.freeze()


def _collect_when_idle(idle: float) -> float:
    """Once the files have been quiet for IDLE_COLLECT_SECONDS after a rebuild,
    collect the cycles frozen objects may hold (a preview runs for hours), then
    freeze again; never while someone is waiting for a page."""
    if idle < 0:
        return idle
    idle += POLL_SECONDS
    if idle < IDLE_COLLECT_SECONDS:
        return idle
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    return -1.0


class _Handler(BaseHTTPRequestHandler):
    server: PreviewServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        path = unquote(url.path).lstrip("/")
        if path == EVENTS:
            self._events(parse_qs(url.query).get("page", [""])[0])
            return
        snapshot = self.server.preview.snapshot
        if snapshot.broken is not None and not path.startswith("assets/"):
            self._send(HTTPStatus.OK, snapshot.broken, "text/html; charset=utf-8")
            return
        data = snapshot.files.get(path)
        if data is None and (path + "/") in snapshot.files:  # `journeys/x` -> `journeys/x/`
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", "/" + path + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if data is None:
            self._send(HTTPStatus.NOT_FOUND, b"not a page of this preview\n", "text/plain")
            return
        if path == "" or path.endswith(("/", ".html")):
            kind = "text/html; charset=utf-8"
        else:
            kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
        self._send(HTTPStatus.OK, data, kind)
        self.server.served(path)

    def _send(self, status: HTTPStatus, data: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")  # an edit must never meet an old copy
        self.end_headers()
        self.wfile.write(data)

    def _events(self, page: str) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        listener: queue.Queue[str] = queue.Queue()
        with self.server.listening:
            self.server.listeners.add(listener)
            self.server.reading[listener] = page
        try:
            self.wfile.write(b": cxdocs preview\n\n")
            self.wfile.flush()
            while not self.server.stopping.is_set():
                try:
                    message = listener.get(timeout=KEEPALIVE_SECONDS)
                    self.wfile.write(f"data: {message}\n\n".encode())
                except queue.Empty:
                    self.wfile.write(b": still here\n\n")
                self.wfile.flush()
        except OSError:  # the page was closed
            pass
        finally:
            with self.server.listening:
                self.server.listeners.discard(listener)
                self.server.reading.pop(listener, None)
            self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        pass  # a request log would bury the rebuild messages
