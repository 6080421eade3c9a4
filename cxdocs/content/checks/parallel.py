"""Parse many content files on every core: forked readers, one share each.

Reading YAML is most of `cxdocs check`. A repository of a few hundred files is
parsed in a fraction of a second on one core, so anything heavier than
`os.fork` (a process pool, a fresh interpreter per worker) would cost more than
it saves: each forked reader parses a contiguous share of the files, sends its
documents back pickled through a pipe, and ends; this process parses the first
share itself meanwhile. Pickling a document costs about a fifth of parsing it.

Forking is only safe in a process with no other threads (a thread could hold
a lock the child then waits for forever), and is only used where `fork` is the
platform's normal way to start a process (Linux). Whatever goes wrong in a
reader (it dies, its answer is cut short or cannot be read), its share is
parsed here instead: the result never depends on whether readers ran.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence

from cxdocs.content.load import Document, parse_document

MIN_SHARE = 60  # files per reader: below this a fork costs more than it saves
MAX_READERS = 8

Parse = Callable[[Document, bytes], Document]


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Linux, and no other thread that could hold a lock a forked child would wait for."""
    return sys.platform == "linux" and hasattr(os, "fork") and threading.active_count() == 1


def share_count(files: int) -> int:
    """How many shares (this process's and the readers') `files` files are cut into."""
    if not can_fork():
        return 1
    return max(1, min(usable_cores(), MAX_READERS, files // MIN_SHARE))


def in_background(work: Callable[[], None]) -> int | None:
    """Run `work` in a forked process that this one does not wait for: its pid,
    or None when it could not be started (then nothing ran: run `work` here).

    For work whose result nobody waits for (writing cache entries, each
    atomically): this process goes on, and may end, while the child works.
    """
    if not can_fork():
        return None
    try:
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # pragma: no cover - runs in the child, measured by what it writes
        status = 1
        try:
            # Let go of the parent's stdin, stdout and stderr: whoever reads
            # them (a pipe to pre-commit, CI) sees their end when the parent ends.
            null = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(null, fd)
            work()
            status = 0
        finally:
            os._exit(status)  # no atexit handlers, no flushing of the parent's buffers
    return pid


def settle(pids: list[int]) -> None:
    """Wait for background processes of this one (see `in_background`) to end."""
    while pids:
        with contextlib.suppress(ChildProcessError):  # reaped elsewhere already
            os.waitpid(pids.pop(), 0)


def parse_all(
    pending: Sequence[tuple[Document, bytes]],
    on_progress: Callable[[int], None] | None = None,
    parse: Parse = parse_document,
) -> list[Document]:
    """Every `(document, bytes)` of `pending` parsed (see `parse_document`), in order.

    `on_progress(n)`: about n of them are parsed (this process's share counts
    for every share, as all go at the same pace).
    """
    shares = share_count(len(pending))
    size = max(1, -(-len(pending) // shares))  # ceiling division; no files, no shares
    chunks = [list(pending[start : start + size]) for start in range(0, len(pending), size)]
    readers: list[tuple[int, int] | None] = []
    try:
        readers.extend(_fork_reader(chunk, parse) for chunk in chunks[1:])
        parsed: list[Document] = []
        for doc, raw in chunks[0] if chunks else ():
            parsed.append(parse(doc, raw))
            if on_progress:
                on_progress(min(len(parsed) * len(chunks), len(pending)))
        for index, chunk in enumerate(chunks[1:]):
            reader, readers[index] = readers[index], None  # _collect ends it, come what may
            from_reader = _collect(reader, len(chunk))
            parsed.extend(from_reader if from_reader is not None else [parse(*p) for p in chunk])
        return parsed
    finally:
        # Interrupted (Ctrl-C, a bug): no reader outlives this call.
        for reader in readers:
            _stop(reader)


def _fork_reader(chunk: list[tuple[Document, bytes]], parse: Parse) -> tuple[int, int] | None:
    """A forked process parsing `chunk`: (its pid, the pipe end to read), or
    None when it could not be started."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # pragma: no cover - runs in the child, measured by its result
        status = 1
        try:
            os.close(read_end)
            data = pickle.dumps([parse(doc, raw) for doc, raw in chunk], pickle.HIGHEST_PROTOCOL)
            with open(write_end, "wb") as pipe:
                pipe.write(data)
            status = 0
        finally:
            # No atexit handlers, no flushing of buffers copied from the parent.
            os._exit(status)
    os.close(write_end)
    return pid, read_end


def _stop(reader: tuple[int, int] | None) -> None:
    """End a reader that will not be collected."""
    if reader is not None:
        pid, read_end = reader
        os.close(read_end)
        _end(pid, kill=True)


def _end(pid: int, kill: bool = False) -> int:
    """Wait for reader `pid` to end (killed first, with `kill`); its exit status."""
    if kill:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:  # already reaped (SIGCHLD ignored): its answer decides
        return 0


def _collect(reader: tuple[int, int] | None, expected: int) -> list[Document] | None:
    """The documents a reader parsed, or None if it did not deliver them all."""
    if reader is None:
        return None
    pid, read_end = reader
    try:
        with open(read_end, "rb") as pipe:
            data = pipe.read()
    except BaseException:
        _end(pid, kill=True)
        raise
    if _end(pid) != 0:
        return None
    with contextlib.suppress(Exception):  # cut short or unreadable: parse here
        docs = pickle.loads(data)
        if (
            isinstance(docs, list)
            and len(docs) == expected
            and all(type(doc) is Document for doc in docs)
        ):
            return docs
    return None
