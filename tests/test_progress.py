"""The progress counter: on terminals for long jobs, silent in CI and pipes."""

from __future__ import annotations

import io

import pytest

from cxdocs.publish.progress import Progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_counts_on_a_terminal_and_ends_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    stream = FakeTerminal()
    progress = Progress("drawing", stream)
    for done in range(1, 101):
        progress(done, 100)
    text = stream.getvalue()
    assert text.startswith("\rdrawing: 1/100")
    assert text.endswith("\rdrawing: 100/100\n")


def test_silent_in_ci_in_pipes_and_for_small_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    stream = FakeTerminal()
    Progress("x", stream)(100, 100)
    assert stream.getvalue() == ""
    monkeypatch.delenv("CI")
    pipe = io.StringIO()
    Progress("x", pipe)(100, 100)
    assert pipe.getvalue() == ""
    small = FakeTerminal()
    Progress("x", small)(10, 10)
    assert small.getvalue() == ""
