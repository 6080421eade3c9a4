"""Garbage collection for `mkdocs serve`, done while the preview waits for edits.

A preview keeps a large heap alive between rebuilds (every document, model
and register row it may reuse), and Python's cyclic collector walks all of it
whenever it runs: during a rebuild at 340 objects that was about a sixth of
the rebuild. So while a rebuild runs the collector is off; a second after it
ends, when nothing is being built, one full collection frees the last
build's cyclic garbage and freezes what survives, so the collector's later
passes never walk it again.
"""

from __future__ import annotations

import gc
import threading

TIDY_AFTER = 1.0  # seconds after a build ends, when the preview is idle


class PreviewHeap:
    def __init__(self) -> None:
        self._tidy: threading.Timer | None = None
        # Held while tidying: a rebuild that starts then waits for the end of
        # the collection, and a collection never starts during a rebuild.
        self._lock = threading.Lock()
        self._building = False

    def build_starts(self) -> None:
        with self._lock:
            self._building = True
            if self._tidy is not None:
                self._tidy.cancel()  # an edit came first: tidy after this build
                self._tidy = None
            gc.disable()

    def build_ends(self) -> None:
        with self._lock:
            self._building = False
            if self._tidy is not None:
                self._tidy.cancel()
            self._tidy = threading.Timer(TIDY_AFTER, self._tidy_up)
            self._tidy.daemon = True
            self._tidy.start()

    def close(self) -> None:
        with self._lock:
            if self._tidy is not None:
                self._tidy.cancel()
                self._tidy = None
            gc.enable()

    def _tidy_up(self) -> None:
        with self._lock:
            if self._building:  # a rebuild began as the timer fired
                return
            gc.unfreeze()
            gc.collect()
            gc.freeze()
            gc.enable()
