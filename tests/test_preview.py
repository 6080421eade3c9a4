"""`cxdocs serve`: pages rebuilt in memory after an edit, only the changed ones
announced, problems shown in place of the pages, and the open page updated
without a reload (a real server on a free port, a real browser)."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cxdocs.files import FOLDERS
from cxdocs.publish import preview_server
from cxdocs.publish.preview import EVENTS, Preview
from cxdocs.publish.preview_server import PreviewServer
from tests.helpers import BROWSER_MARKS, example_copy

pytestmark = [pytest.mark.dot]

STEP = "Checks Reclame Aqui and Google reviews before trusting a shop she does not know"
JOURNEY = "journeys/first-purchase.yaml"


def example(tmp_path: Path) -> Path:
    """A copy of this repository's example: content, settings, docs, theme."""
    return example_copy(tmp_path)


def edit(repo: Path, old: str, new: str) -> None:
    path = repo / JOURNEY
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def files_of(repo: Path) -> dict[str, bytes]:
    """Every file outside the cache folder, by path: what a preview must never change."""
    return {
        p.relative_to(repo).as_posix(): p.read_bytes()
        for p in sorted(repo.rglob("*"))
        if p.is_file() and ".cache" not in p.parts
    }


def test_a_rebuild_names_exactly_the_pages_an_edit_changed(tmp_path: Path) -> None:
    repo = example(tmp_path)
    before = files_of(repo)
    preview = Preview(repo / "mkdocs.yml")
    first = preview.rebuild()
    assert "journeys/first-purchase/" in first and "assets/cxdocs/cxdocs-site.js" in first
    assert preview.rebuild() == []  # nothing changed: nothing to push
    edit(repo, STEP, "Looks for <b>Thor</b>'s food")
    changed = preview.rebuild()
    assert "journeys/first-purchase/" in changed
    assert "personas/ana/" not in changed and "blueprints/order-to-delivery/" not in changed
    page = preview.snapshot.files["journeys/first-purchase/"].decode()
    assert "Looks for &lt;b&gt;Thor&lt;/b&gt;&#39;s food" in page  # user text stays text
    assert STEP not in page
    # Downloads are the build's business: a preview draws and offers none.
    assert not any(path.endswith((".png", ".pdf")) for path in preview.snapshot.files)
    edit(repo, "Looks for <b>Thor</b>'s food", STEP)
    preview.rebuild()
    assert files_of(repo) == before  # nothing written beside the content, ever


def test_problems_replace_the_pages_until_they_are_fixed(tmp_path: Path) -> None:
    repo = example(tmp_path)
    preview = Preview(repo / "mkdocs.yml")
    preview.rebuild()
    edit(repo, "persona: ana", "persona: anna")
    changed = preview.rebuild()
    assert preview.snapshot.broken is not None and changed  # every open page hears of it
    shown = preview.snapshot.broken.decode()
    assert "journeys/first-purchase.yaml:3:10" in shown and "unknown-reference" in shown
    assert 'http-equiv="refresh"' not in shown  # the server's events bring the page back
    edit(repo, "persona: anna", "persona: ana")
    assert "journeys/first-purchase/" in preview.rebuild()
    assert preview.snapshot.broken is None


def test_the_edited_page_is_shown_first_as_the_whole_rebuild_makes_it(tmp_path: Path) -> None:
    """After an edit the object's own page is planned alone, rendered and
    announced before every other page is planned again; what was announced
    is what the whole rebuild then serves there."""
    repo = example(tmp_path)
    preview = Preview(repo / "mkdocs.yml")
    preview.rebuild()
    early: list[tuple[list[str], bytes]] = []

    def announce(paths: list[str]) -> None:
        early.append((paths, preview.snapshot.files["journeys/first-purchase/"]))

    edit(repo, STEP, "Types the brand name in the search box")
    changed = preview.rebuild(announce)
    assert [paths for paths, _ in early] == [["journeys/first-purchase/"]]
    assert b"Types the brand name in the search box" in early[0][1]
    assert early[0][1] == preview.snapshot.files["journeys/first-purchase/"]
    # Announced once: the rest of the rebuild names only the other pages it changed.
    assert "journeys/first-purchase/" not in changed and "insights/pain-points/" in changed


def test_a_newer_edit_leaves_the_rest_of_a_rebuild_to_the_next(tmp_path: Path) -> None:
    """When the files change again while the other pages are rebuilt, the
    rebuild stops once the edited page is shown; the next rebuild ends where
    a preview started afresh ends, page for page."""
    repo = example(tmp_path)
    preview = Preview(repo / "mkdocs.yml")
    preview.rebuild()
    before = dict(preview.snapshot.files)
    edit(repo, "title: ", "title: Retaken ")  # the list of journeys shows titles
    announced: list[list[str]] = []
    preview.rebuild(announced.append, stale=lambda: True)
    assert announced == [["journeys/first-purchase/"]]
    interrupted = preview.snapshot.files
    assert interrupted["journeys/first-purchase/"] != before["journeys/first-purchase/"]
    assert interrupted["journeys/"] == before["journeys/"]  # left for the next rebuild
    assert "journeys/" in preview.rebuild()
    afresh = Preview(repo / "mkdocs.yml")
    afresh.rebuild()
    assert preview.snapshot.files == afresh.snapshot.files


def test_an_objects_page_planned_alone_is_the_page_planned_with_all(tmp_path: Path) -> None:
    from cxdocs.content.checks.run import run_checks
    from cxdocs.content.settings.reader import read_config
    from cxdocs.site.builder import PageBuilder
    from cxdocs.site.diagrams import DiagramRenderer

    config = read_config(example(tmp_path) / "mkdocs.yml")
    repo = run_checks(config).repository
    renderer = DiagramRenderer(repo, config.cache_dir)
    try:
        builder = PageBuilder(repo, renderer, None, config.cache_dir)
        specs = builder.plan()
        kinds = {FOLDERS[kind] for kind in ("persona", "journey", "blueprint")}
        objects = [s for s in specs if s.src_uri.split("/")[0] in kinds]
        assert {s.src_uri.split("/")[0] for s in objects} >= {"personas", "journeys", "blueprints"}
        for spec in specs:
            alone = builder.plan_object(spec.src_uri)
            assert alone == (
                spec if spec in objects and not spec.src_uri.endswith("index.md") else None
            )
    finally:
        renderer.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[PreviewServer, Path]]:
    repo = example(tmp_path)
    preview = Preview(repo / "mkdocs.yml")
    preview.rebuild()
    served = PreviewServer(("127.0.0.1", 0), preview)
    thread = threading.Thread(target=served.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    served.watch()
    try:
        yield served, repo
    finally:
        served.shutdown()
        served.server_close()
        thread.join()


def _url(server: PreviewServer, path: str = "") -> str:
    return f"http://127.0.0.1:{server.server_port}/{path}"


def test_the_server_pushes_the_changed_pages_to_open_ones(
    server: tuple[PreviewServer, Path],
) -> None:
    served, repo = server
    with urllib.request.urlopen(_url(served, "journeys/first-purchase/"), timeout=30) as page:
        assert STEP in page.read().decode()
        assert page.headers["Cache-Control"] == "no-store"
    with urllib.request.urlopen(_url(served, "journeys/first-purchase"), timeout=30) as moved:
        assert moved.url.endswith("/journeys/first-purchase/")  # as the engine serves it
    events = urllib.request.urlopen(_url(served, EVENTS), timeout=60)
    assert events.readline().startswith(b":")  # the stream is open
    events.readline()
    edit(repo, STEP, "Types the brand name in the search box")
    deadline = time.monotonic() + 120  # keep-alives never make a missed edit hang the suite
    line = events.readline()
    while not line.startswith(b"data: "):  # keep-alive comments may come first
        assert time.monotonic() < deadline, "the edit was never announced"
        line = events.readline()
    news = json.loads(line[len(b"data: ") :])
    events.close()
    assert "journeys/first-purchase/" in news["paths"] and news["broken"] is False
    with urllib.request.urlopen(_url(served, "journeys/first-purchase/"), timeout=30) as page:
        assert "Types the brand name in the search box" in page.read().decode()
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(_url(served, "no/such/page/"), timeout=30)
    assert missing.value.code == 404


def test_the_rest_of_a_rebuild_waits_until_the_page_being_read_fetched_the_edit(
    server: tuple[PreviewServer, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """After announcing the edited page, the rebuild goes on only once a page
    showing it has fetched it (or after a while): the lists and insights do not
    compete with serving the page someone is reading. Nobody reading it: no wait."""
    served, _ = server
    monkeypatch.setattr(preview_server, "FETCH_WAIT_SECONDS", 600)
    page = "journeys/first-purchase/"
    events = urllib.request.urlopen(_url(served, f"{EVENTS}?page={page}"), timeout=60)
    assert events.readline().startswith(b":")  # registered as reading `page`
    nobody = threading.Thread(target=served.announce_first, args=(["personas/ana/"],))
    nobody.start()
    nobody.join(600)
    assert not nobody.is_alive()  # no one reads that page: the rebuild went on
    waiting = threading.Thread(target=served.announce_first, args=([page],))
    waiting.start()
    deadline = time.monotonic() + 120
    while served.awaited != {page}:  # announced: from now on a fetch counts
        assert time.monotonic() < deadline and waiting.is_alive(), "never announced"
        threading.Event().wait(0.01)
    urllib.request.urlopen(_url(served, "personas/ana/"), timeout=60).read()
    assert waiting.is_alive()  # another page served: still waiting for this one
    urllib.request.urlopen(_url(served, page), timeout=60).read()
    waiting.join(600)
    assert not waiting.is_alive()
    events.close()


def test_serve_refuses_an_address_it_cannot_use(
    run_cli: Callable[..., tuple[int, str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(example(tmp_path))
    code, _, err = run_cli("serve", "--dev-addr", "nowhere")
    assert code == 2 and "IP:PORT" in err


def browser_test(test: Callable[..., None]) -> Callable[..., None]:
    for mark in BROWSER_MARKS:
        test = mark(test)
    return test


@browser_test
def test_a_saved_edit_shows_in_the_open_page_without_a_reload(
    server: tuple[PreviewServer, Path], browser: Any, tmp_path: Path
) -> None:
    served, repo = server
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(_url(served, "journeys/first-purchase/"))
    page.wait_for_selector("main [data-cx-viewer] svg")
    page.evaluate("window.notReloaded = true")
    page.evaluate("window.scrollTo(0, 600)")
    scrolled = page.evaluate("window.scrollY")
    assert scrolled > 0
    edit(repo, STEP, "Finds the food in two taps")
    page.wait_for_function(
        "t => document.querySelector('main').innerText.includes(t)",
        arg="Finds the food in two taps",
        timeout=60_000,
    )
    assert page.evaluate("window.notReloaded") is True  # swapped in place
    assert page.evaluate("window.scrollY") == scrolled  # the reader keeps their place
    page.wait_for_function("document.querySelector('main [data-cx-viewer]').cxViewer")
    page.screenshot(path=str(tmp_path / "preview-after-edit.png"))
    # Broken content: the problems show; fixed: the page comes back by itself.
    edit(repo, "persona: ana", "persona: anna")
    page.wait_for_selector("text=unknown-reference", timeout=60_000)
    edit(repo, "persona: anna", "persona: ana")
    page.wait_for_selector("main [data-cx-viewer] svg", timeout=60_000)
    assert errors == []


@browser_test
def test_the_preview_follows_dark_mode_and_folds_its_pages_on_a_phone(
    server: tuple[PreviewServer, Path], browser: Any, tmp_path: Path
) -> None:
    served, _ = server
    phone = browser.new_page(viewport={"width": 390, "height": 844}, color_scheme="dark")
    phone.goto(_url(served, "journeys/first-purchase/"))
    phone.wait_for_selector("main [data-cx-viewer] svg")
    summary = phone.locator(".cx-preview-nav summary")
    link = phone.locator(".cx-preview-nav a[href='/personas/ana/']")
    assert summary.is_visible() and not link.is_visible()  # folded above the page
    assert phone.evaluate("document.querySelector('main').getBoundingClientRect().width") > 300
    summary.click()
    assert link.is_visible()
    assert link.bounding_box()["height"] >= 24  # a finger can hit it  # type: ignore[index]
    background, text = phone.evaluate(
        "[getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]"
    )
    assert _luminance(background) < 0.2 < 0.8 < _luminance(text), (background, text)
    phone.screenshot(path=str(tmp_path / "preview-phone-dark.png"))
    link.click()
    phone.wait_for_url("**/personas/ana/")
    wide = browser.new_page(viewport={"width": 1366, "height": 900}, color_scheme="light")
    wide.goto(_url(served, "journeys/first-purchase/"))
    assert not wide.locator(".cx-preview-nav summary").is_visible()
    assert wide.locator(".cx-preview-nav a[href='/personas/ana/']").is_visible()
    background = wide.evaluate("getComputedStyle(document.body).backgroundColor")
    assert _luminance(background) > 0.9, background


def _luminance(css: str) -> float:
    """0 (black) to 1 (white), as the eye weighs the channels (not linearised)."""
    red, green, blue = (int(v) / 255 for v in css[css.index("(") + 1 : -1].split(",")[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue
