"""The published site in a real browser: pages load without console errors and
the diagrams are there. Screenshots land in the pytest tmp folder to look at."""

from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_site import mkdocs_build

CHROMIUM = next(
    (
        found
        for name in ("chromium", "chromium-browser", "google-chrome")
        if (found := shutil.which(name))
    ),
    None,
)
pytestmark = [
    pytest.mark.browser,
    pytest.mark.dot,
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="Chromium not installed (apt-get install chromium)"
    ),
]

PAGES = [
    "",
    "personas/ana/",
    "journeys/first-purchase/",
    "blueprints/order-to-delivery/",
    "insights/pain-points/",
]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def served_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = tmp_path_factory.mktemp("browser-site")
    result = mkdocs_build(ROOT / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    handler = functools.partial(_Quiet, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def chromium(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                f"--user-data-dir={profile}",
                "--enable-logging=stderr",
                "--v=0",
                "--virtual-time-budget=3000",
                *args,
                url,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )


@pytest.mark.parametrize("page", PAGES, ids=[p or "home" for p in PAGES])
def test_page_loads_without_console_errors_and_shows_its_diagram(
    page: str, served_site: str, tmp_path: Path
) -> None:
    result = chromium(served_site + page, "--dump-dom")
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
    assert console == [], console
    dom = result.stdout
    assert "<svg" in dom
    if page and page != "insights/pain-points/":
        assert 'class="cx-diagram' in dom
    shot = tmp_path / f"{page.strip('/').replace('/', '-') or 'home'}.png"
    chromium(served_site + page, f"--screenshot={shot}", "--window-size=1400,1000")
    assert shot.stat().st_size > 10_000  # a rendered page, not a blank image


def test_journey_index_filters_by_tag_from_the_address(served_site: str) -> None:
    everything = chromium(served_site + "journeys/", "--dump-dom").stdout
    rows = everything.count("<tr data-cx-tags=")
    assert rows >= 5 and "cx-hidden" not in everything
    filtered = chromium(served_site + "journeys/?tag=subscription", "--dump-dom").stdout
    hidden = filtered.count('class="cx-hidden"')
    assert 0 < hidden < rows
    assert 'data-cx-tag="subscription" class="cx-tag cx-tag-active"' in filtered or (
        'class="cx-tag cx-tag-active" data-cx-tag="subscription"' in filtered
    )
