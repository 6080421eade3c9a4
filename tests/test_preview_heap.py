"""mkdocs serve collects garbage between rebuilds, not during them."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator

import pytest

from cxdocs.site import heap
from cxdocs.site.heap import PreviewHeap


@pytest.fixture
def preview(monkeypatch: pytest.MonkeyPatch) -> Iterator[PreviewHeap]:
    monkeypatch.setattr(heap, "TIDY_AFTER", 0.05)
    made = PreviewHeap()
    yield made
    made.close()
    gc.unfreeze()


def _wait_until(condition: object, seconds: float = 5) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.01)


def test_no_collection_during_a_rebuild_one_after_it(preview: PreviewHeap) -> None:
    gc.unfreeze()
    preview.build_starts()
    assert not gc.isenabled()
    preview.build_ends()
    _wait_until(gc.isenabled)
    assert gc.isenabled() and gc.get_freeze_count() > 0  # survivors are not walked again


def test_an_edit_during_the_wait_postpones_the_collection(preview: PreviewHeap) -> None:
    preview.build_starts()
    preview.build_ends()
    preview.build_starts()  # the next rebuild began before the idle collection
    time.sleep(0.2)
    assert not gc.isenabled()  # the collector did not run in the middle of it
    preview.build_ends()
    _wait_until(gc.isenabled)
    assert gc.isenabled()


def test_a_collection_due_as_a_rebuild_starts_waits_for_the_next_pause(
    preview: PreviewHeap,
) -> None:
    preview.build_starts()
    preview._tidy_up()  # the timer fired just as the rebuild began
    assert not gc.isenabled()
    preview.build_ends()
    _wait_until(gc.isenabled)
    assert gc.isenabled()
