"""`mkdocs serve` on broken content: the problems show in the browser, and the
preview comes back by itself once the file is fixed (a real server, on a free
port of this machine)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import make_repo

pytestmark = [pytest.mark.dot, pytest.mark.slow]

TYPO = "persona: anna"
WHERE = "journeys/first-purchase.yaml:2:10"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:  # the error page comes as MkDocs' 404
        return error.code, error.read().decode("utf-8")


def _wait_for(condition: Callable[[], bool], what: str, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    repo = make_repo(tmp_path)
    journey = repo / "journeys" / "first-purchase.yaml"
    journey.write_text(journey.read_text().replace("persona: ana", TYPO))
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=repo,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield f"http://127.0.0.1:{port}/", repo
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def test_serve_shows_problems_in_the_browser_and_recovers(served: tuple[str, Path]) -> None:
    url, repo = served
    _wait_for(lambda: WHERE in _get(url)[1], "the error page")
    status, page = _get(url)
    assert status == 200
    assert "error[unknown-reference]" in page and "did you mean" in page
    assert "hint: add a file under personas/" in page
    # Every address of the site shows it, not just the home page (and none hangs).
    status, page = _get(url + "journeys/first-purchase/")
    assert status == 404 and WHERE in page
    journey = repo / "journeys" / "first-purchase.yaml"
    journey.write_text(journey.read_text().replace(TYPO, "persona: ana"))
    _wait_for(lambda: _get(url + "journeys/first-purchase/")[0] == 200, "the fixed site")
    status, page = _get(url)
    assert status == 200 and WHERE not in page
    # Breaking it again while serving shows the page again: rebuilds recover too.
    journey.write_text(journey.read_text().replace("persona: ana", TYPO))
    _wait_for(lambda: WHERE in _get(url)[1], "the error page after a rebuild")
