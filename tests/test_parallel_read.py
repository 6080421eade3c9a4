"""Content files parsed by forked readers give exactly what one process gives.

`cxdocs check` and a one-off build parse their files on every core (see
cxdocs.content.checks.parallel); whether readers ran, and whatever happens to them,
must never show in a problem, a position or a model.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cxdocs.content.checks import parallel
from cxdocs.content.checks.run import run_checks
from cxdocs.content.load import Document, discover, parse_document, read_document
from cxdocs.content.settings.reader import read_config
from tests.conftest import make_repo

JOURNEYS = 150  # several readers' shares at the test's share size


def _journey(index: int, template: str) -> str:
    text = template.replace("title: First purchase", f"title: Purchase {index}")
    if index % 7 == 0:
        text = text.replace("emotion: 1\n", "emotion: high\n", 1)  # not a number
    if index % 11 == 0:
        text = text.replace("owner: ecommerce", 'owner: "ecommerce', 1)  # unclosed quote
    if index % 13 == 0:
        text = text.replace("persona: ana", "persona: nobody", 1)  # unknown reference
    return text


@pytest.fixture
def big_repo(tmp_path: Path) -> Path:
    repo = make_repo(tmp_path)
    template = (repo / "journeys" / "first-purchase.yaml").read_text(encoding="utf-8")
    for index in range(JOURNEYS):
        (repo / "journeys" / f"purchase-{index:03}.yaml").write_text(
            _journey(index, template), encoding="utf-8"
        )
    (repo / "journeys" / "notes.md").write_text(
        "---\ntitle: Notes\npersona: ana\nstages: []\n---\n\nBody *as written*.\n",
        encoding="utf-8",
    )
    return repo


@pytest.fixture
def readers(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Readers forked from now on (counted here, in this process), with
    three shares wherever there are 20 files or more, on any machine."""
    forked: list[int] = []
    real_fork = os.fork

    def counting_fork() -> int:
        pid = real_fork()
        if pid:
            forked.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counting_fork)
    monkeypatch.setattr(parallel, "usable_cores", lambda: 3)
    monkeypatch.setattr(parallel, "MIN_SHARE", 20)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    return forked


def _pending(repo: Path) -> list[tuple[Document, bytes]]:
    pending = []
    for path, kind in discover(repo):
        doc, raw = read_document(path, repo, kind)
        assert raw is not None
        pending.append((doc, raw))
    return pending


def _as_read(doc: Document) -> tuple[Any, ...]:
    """What a document says, positions included (asked for, so found)."""
    located = [(path, doc.source.value(path)) for path in _paths(doc.data)] if doc.data else []
    return (
        doc.path,
        doc.rel,
        doc.kind,
        doc.data,
        doc.body,
        doc.problems,
        doc.salvaged,
        doc.digest,
        located,
    )


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return [path]
    found = [path] if path else []
    for key, item in items:
        found.extend(_paths(item, (*path, key)))
    return found


def _serial(repo: Path) -> list[tuple[Any, ...]]:
    return [_as_read(parse_document(doc, raw)) for doc, raw in _pending(repo)]


def test_readers_give_the_documents_one_process_gives(big_repo: Path, readers: list[int]) -> None:
    expected = _serial(big_repo)
    parsed = parallel.parse_all(_pending(big_repo))
    assert len(readers) == 2  # three shares: this process and two readers
    assert [_as_read(doc) for doc in parsed] == expected
    assert any(doc.problems for doc in parsed)  # the broken files are in the shares too


def test_progress_counts_up_to_every_file(big_repo: Path, readers: list[int]) -> None:
    counted: list[int] = []
    pending = _pending(big_repo)
    parallel.parse_all(pending, counted.append)
    assert counted == sorted(counted)
    assert counted[-1] == len(pending)
    assert readers


def _in_readers_only(
    action: Callable[[], None], parsed_here: list[str]
) -> Callable[[Document, bytes], Document]:
    """parse_document, doing `action` first in a reader; what this process
    parses itself goes into `parsed_here`."""
    parent = os.getpid()

    def parse(doc: Document, raw: bytes) -> Document:
        if os.getpid() != parent:
            action()
        else:
            parsed_here.append(doc.rel)
        return parse_document(doc, raw)

    return parse


def _dies() -> None:
    os._exit(3)


def _fails() -> None:
    raise RuntimeError("a reader's bug")


class _HalfPipe:
    """In a reader: its answer ends halfway, as if it was cut off mid-write."""

    def __init__(self, fd: int, mode: str) -> None:
        self.file = os.fdopen(fd, mode)

    def __enter__(self) -> _HalfPipe:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()

    def write(self, data: bytes) -> int:
        return self.file.write(data[: len(data) // 2])


def _cut_short() -> None:
    parallel.open = _HalfPipe  # type: ignore[attr-defined]  # in the reader only


@pytest.mark.parametrize("trouble", [_dies, _fails, _cut_short], ids=["dies", "fails", "cut"])
def test_a_reader_in_trouble_changes_nothing(
    big_repo: Path, readers: list[int], trouble: Callable[[], None]
) -> None:
    expected = _serial(big_repo)
    parsed_here: list[str] = []
    parsed = parallel.parse_all(_pending(big_repo), parse=_in_readers_only(trouble, parsed_here))
    assert len(readers) == 2  # they were started, and failed:
    assert len(parsed_here) == len(expected)  # their shares were parsed here instead
    assert [_as_read(doc) for doc in parsed] == expected


def test_no_reader_where_another_thread_runs(
    big_repo: Path, readers: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert parallel.share_count(1000) == 1
    parallel.parse_all(_pending(big_repo))
    assert readers == []


def test_nothing_to_parse_is_nothing(readers: list[int]) -> None:
    assert parallel.parse_all([]) == []
    assert readers == []


def test_small_repositories_are_read_in_one_process(big_repo: Path, readers: list[int]) -> None:
    assert parallel.share_count(39) == 1
    assert parallel.share_count(40) == 2
    assert parallel.share_count(10_000) == 3  # no more shares than cores


def _report(repo: Path) -> tuple[list[Any], dict[str, Any]]:
    result = run_checks(read_config(repo / "mkdocs.yml"))
    models = {
        f"{kind}:{ident}": entry.item.model_dump()
        for kind, entries in (
            ("persona", result.repository.personas),
            ("journey", result.repository.journeys),
            ("blueprint", result.repository.blueprints),
        )
        for ident, entry in entries.items()
    }
    return result.problems, models


def test_check_reports_the_same_with_and_without_readers(
    big_repo: Path, readers: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    with_readers = _report(big_repo)
    assert readers
    monkeypatch.setattr(parallel, "share_count", lambda files: 1)
    alone = _report(big_repo)
    assert with_readers == alone
    problems, models = alone
    # Every kind of trouble the files hold is found, in every share.
    assert {problem.code for problem in problems} == {
        "empty-list",  # notes.md: a journey without stages
        "not-a-number",
        "yaml-syntax",
        "unknown-reference",
    }
    unreadable = len(range(0, JOURNEYS, 11))  # the unclosed quotes
    # ana, order, first-purchase, notes (kept with its problem), the readable copies
    assert len(models) == 4 + JOURNEYS - unreadable


def test_an_interrupted_read_leaves_no_reader_behind(big_repo: Path, readers: list[int]) -> None:
    parent = os.getpid()

    def interrupted(doc: Document, raw: bytes) -> Document:
        if os.getpid() == parent and doc.rel.endswith("purchase-010.yaml"):
            raise KeyboardInterrupt  # Ctrl-C while this process parses its share
        return parse_document(doc, raw)

    with pytest.raises(KeyboardInterrupt):
        parallel.parse_all(_pending(big_repo), parse=interrupted)
    assert len(readers) == 2
    for pid in readers:  # stopped and reaped: gone
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_check_keeps_its_documents_through_a_background_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cxdocs check` leaves writing its cache entries to a forked process: the
    command's output pipe ends with the command (pre-commit and CI wait for
    nothing more), and the entries arrive, complete, for the next check."""
    import subprocess
    import sys
    import time

    from cxdocs.content.checks import memo as memo_module
    from cxdocs.content.checks.run import load_repository

    repo = make_repo(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "cxdocs", "check"], cwd=repo, capture_output=True, text=True
    )
    assert done.returncode == 0 and "no problems" in done.stdout
    config = read_config(repo / "mkdocs.yml")
    files = len(load_repository(config)[2])
    folder = config.cache_dir / "documents"
    deadline = time.monotonic() + 60  # the writer is not waited for: look until it is done
    while len(list(folder.rglob("*.pickle"))) < files and time.monotonic() < deadline:
        time.sleep(0.05)
    parsed: list[str] = []
    real = memo_module.parse_document
    monkeypatch.setattr(
        memo_module, "parse_document", lambda doc, raw: (parsed.append(doc.rel), real(doc, raw))[1]
    )
    load_repository(config, cached=True)
    assert parsed == []
