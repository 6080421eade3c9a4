"""`cxdocs diff --svg-dir`: real git repositories in, highlighted SVG files out.

Each test commits a base version, commits a change, runs
`cxdocs diff HEAD~1 --svg-dir out` in-process and reads the files it wrote.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import JOURNEY, REPEAT_ORDER, GitRepo, Run, start_repo

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def gitrepo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """The base fixture plus the richer repeat-order journey, committed."""
    repo = start_repo(tmp_path, monkeypatch)
    repo.write(JOURNEY, REPEAT_ORDER)
    repo.commit("repeat order")
    return repo


@pytest.fixture(autouse=True)
def no_graphviz_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """A Graphviz warning (text too big, arrows not routed) is a layout bug."""
    with caplog.at_level(logging.WARNING, logger="cxdocs.diagrams.dot"):
        yield
    assert not caplog.records, [r.getMessage() for r in caplog.records]


def svg_dir(repo: GitRepo, run_cli: Run, *args: str) -> tuple[Path, str, str]:
    """Run the diff with `--svg-dir out`; returns the folder, stdout and stderr."""
    code, out, err = run_cli("diff", *(args or ("HEAD~1",)), "--svg-dir", "out")
    assert code == 0, err
    return repo.path / "out", out, err


def parse(path: Path) -> ET.Element:
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    assert root.tag == f"{SVG}svg"
    return root


def shapes(root: ET.Element, css_class: str) -> list[ET.Element]:
    """Graphviz groups (nodes, edges) carrying one of our `cx-*` classes."""
    return [g for g in root.iter(f"{SVG}g") if css_class in (g.get("class") or "").split()]


def words(elements: list[ET.Element]) -> list[str]:
    return [t.text or "" for e in elements for t in e.iter(f"{SVG}text")]


@pytest.mark.dot
def test_journey_steps_added_removed_and_rescored(gitrepo: GitRepo, run_cli: Run) -> None:
    searches = "      - {id: searches, action: Searches the food, channel: app, emotion: 1}\n"
    gitrepo.edit(
        JOURNEY,
        searches,
        "      - {id: scans, action: Scans the old bag's barcode, channel: app, emotion: 2}\n",
    )
    gitrepo.edit(JOURNEY, "emotion: -2}", "emotion: -1}")
    gitrepo.commit("scan instead of search; waiting hurts less")

    out, report, err = svg_dir(gitrepo, run_cli)

    path = out / "journey-repeat-order.svg"
    assert sorted(p.name for p in out.iterdir()) == [path.name]  # nothing else changed
    assert err == f"wrote {Path('out') / path.name}\n"
    assert "Diagram with the changes marked: `out/journey-repeat-order.svg`" in report
    root = parse(path)
    assert "Scans the old bag's barcode" in " ".join(words(shapes(root, "cx-added")))
    assert "NEW" in words(shapes(root, "cx-added"))
    # The removed step is drawn where it was, struck through, and tagged.
    removed = shapes(root, "cx-removed")
    struck = [
        t.text
        for e in removed
        for t in e.iter(f"{SVG}text")
        if t.get("text-decoration") == "line-through"
    ]
    assert struck == ["Searches the food"]
    assert "REMOVED" in words(removed) and "WAS STEP 2" in words(removed)
    # The step whose score changed: its old score, and the changed marker.
    assert "was \u22122" in words(shapes(root, "cx-was"))
    assert "CHANGED" in words(shapes(root, "cx-changed"))
    legend = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "Changes since HEAD~1:" in legend and "earlier emotion score" in legend
    description = root.find(f"{SVG}desc")
    assert description is not None and description.text
    assert "steps added 1, removed 1, changed 1" in description.text


@pytest.mark.dot
def test_blueprint_item_moved_and_arrow_added(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.edit(
        "blueprints/order.yaml",
        "    support:\n      - {id: reserve, text: Reserves stock, actor: erp, wait: 2 min}",
        "    backstage:\n"
        "      - {id: reserve, text: Reserves stock, actor: erp, wait: 2 min, to: [pay]}",
    )
    gitrepo.commit("stock is reserved backstage and tells the customer")

    out, report, _ = svg_dir(gitrepo, run_cli)

    assert sorted(p.name for p in out.iterdir()) == ["blueprint-order.svg"]
    root = parse(out / "blueprint-order.svg")
    moved = shapes(root, "cx-changed")
    assert {"MOVED", "moved from Support processes", "Reserves stock"} <= set(words(moved))
    [arrow] = [g for g in shapes(root, "cx-added") if "edge" in (g.get("class") or "")]
    assert arrow.find(f"{SVG}path") is not None
    assert "Diagram with the changes marked: `out/blueprint-order.svg`" in report


@pytest.mark.dot
def test_blueprint_item_removed_is_ghosted_with_its_arrows(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.edit(
        "blueprints/order.yaml",
        "    frontstage:\n"
        "      - {id: confirm, text: Shows confirmation, actor: ecommerce, to: [reserve]}\n",
        "",
    )
    gitrepo.edit("blueprints/order.yaml", "to: [confirm]}", "to: [reserve]}")
    gitrepo.commit("no confirmation screen")

    out, _, _ = svg_dir(gitrepo, run_cli)

    root = parse(out / "blueprint-order.svg")
    removed = shapes(root, "cx-removed")
    assert "REMOVED" in words(removed)
    struck = [
        t.text
        for e in removed
        for t in e.iter(f"{SVG}text")
        if t.get("text-decoration") == "line-through"
    ]
    assert "Shows confirmation" in struck
    dashed = [g for g in removed if "edge" in (g.get("class") or "")]
    assert len(dashed) == 2  # pay -> confirm and confirm -> reserve, both gone
    assert all(p.get("stroke-dasharray") for g in dashed for p in g.iter(f"{SVG}path"))


@pytest.mark.dot
def test_added_journey_is_drawn_whole_and_removed_objects_not_at_all(
    gitrepo: GitRepo, run_cli: Run
) -> None:
    gitrepo.write(
        "journeys/returns.yaml",
        "title: Returns\npersona: ana\nstages:\n"
        "  - {id: ask, name: Ask, steps: [{id: asks, action: Asks for a refund, emotion: -1}]}\n",
    )
    gitrepo.remove("blueprints/order.yaml")
    gitrepo.commit("returns mapped; blueprint retired")

    out, _, _ = svg_dir(gitrepo, run_cli)

    assert sorted(p.name for p in out.iterdir()) == ["journey-returns.svg"]
    root = parse(out / "journey-returns.svg")
    assert words(shapes(root, "cx-added")) == ["ADDED SINCE HEAD~1"]
    assert not shapes(root, "cx-removed") and not shapes(root, "cx-changed")


@pytest.mark.dot
def test_nothing_changed_writes_nothing_but_the_folder(gitrepo: GitRepo, run_cli: Run) -> None:
    code, out, err = run_cli("diff", "HEAD", "--svg-dir", "deep/out")
    assert (code, err) == (0, "")
    assert (gitrepo.path / "deep" / "out").is_dir()
    assert list((gitrepo.path / "deep" / "out").iterdir()) == []
    assert "No customer-facing changes" in out


def test_missing_graphviz_is_a_clear_error(
    gitrepo: GitRepo, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    gitrepo.edit(JOURNEY, "emotion: -2}", "emotion: -1}")
    monkeypatch.setattr("cxdocs.diagrams.dot.shutil.which", lambda name: None)
    code, out, err = run_cli("diff", "HEAD", "--svg-dir", "out")
    assert (code, out) == (2, "")
    assert "Install Graphviz" in err and "Traceback" not in err


def test_an_svg_dir_that_is_a_file_is_a_clear_error(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.write("out", "not a folder\n")
    code, out, err = run_cli("diff", "HEAD", "--svg-dir", "out")
    assert (code, out) == (2, "")
    assert err.startswith("cxdocs: error: cannot write diagrams into out")


@pytest.mark.dot
def test_changed_metric_is_explained_on_the_diagram(gitrepo: GitRepo, run_cli: Run) -> None:
    """Metrics have no lane: the outline alone would not say what changed, so a note does."""
    rel = "journeys/first-purchase.yaml"
    gitrepo.edit(
        rel,
        "        emotion: -1\n",
        "        emotion: -1\n        metrics:\n"
        "          - {name: CSAT, value: 3.9, target: 4.5, unit: /5}\n",
    )
    gitrepo.commit("CSAT measured")
    gitrepo.edit(rel, "value: 3.9, target: 4.5", "value: 4.3, target: 4.5")
    gitrepo.commit("CSAT after live tracking")

    out, _, _ = svg_dir(gitrepo, run_cli)

    root = parse(out / "journey-first-purchase.svg")
    text = " ".join(words(shapes(root, "cx-changed")))
    assert "Metric “CSAT”: 3.9/5 → 4.3/5 (improved), target 4.5/5" in " ".join(text.split())
