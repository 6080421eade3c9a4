"""A map's PDFs on standard paper: sizes, pages, readable text and the title block."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from cxdocs.content.checks.run import load_repository
from cxdocs.content.settings.reader import read_config
from cxdocs.diagrams import render, to_dot
from cxdocs.diagrams.draw import diagram_of, find_entry, viewer_hints
from cxdocs.diagrams.paper import TitleBlock, paper_pdf
from tests.conftest import ROOT
from tests.helpers import GitRepo, example_copy, isolate_git, mkdocs_build, pdf_font_sizes

MM = 72 / 25.4
# Landscape sheets, in points.
SIZES = {"a4": (297 * MM, 210 * MM), "a3": (420 * MM, 297 * MM), "letter": (792.0, 612.0)}
BLOCK = TitleBlock(
    name="First purchase on the website",
    state="Current state",
    changed="last changed 2024-10-03",
    commit="commit 1a2b3c4",
    based_on="Based on: 14 interviews",
    language="en",
)


@pytest.fixture(scope="module")
def drawings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, dict[str, Any]]]:
    repo, _, _ = load_repository(read_config(ROOT / "mkdocs.yml"))
    cache = tmp_path_factory.mktemp("paper-cache")
    out = {}
    for path in ("journeys/first-purchase.yaml", "blueprints/order-to-delivery.yaml"):
        entry = find_entry(repo, ROOT / path)
        assert entry is not None
        diagram = diagram_of(entry[0], entry[1], repo)
        out[path] = (render(to_dot(diagram), "pdf", cache), viewer_hints(diagram))
    return out


def _sizes(reader: PdfReader) -> set[tuple[int, int]]:
    return {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages}


@pytest.mark.dot
@pytest.mark.parametrize("paper", SIZES)
@pytest.mark.parametrize(
    "path", ["journeys/first-purchase.yaml", "blueprints/order-to-delivery.yaml"]
)
def test_a_map_on_paper_whole_or_tiled_with_its_title_block(
    drawings: dict[str, tuple[bytes, dict[str, Any]]], path: str, paper: str
) -> None:
    drawing, meta = drawings[path]
    expected = {tuple(round(v) for v in SIZES[paper])}
    whole = PdfReader(io.BytesIO(paper_pdf(drawing, meta, BLOCK, paper, "page")))
    assert len(whole.pages) == 1 and _sizes(whole) == expected
    tiled_pdf = paper_pdf(drawing, meta, BLOCK, paper, "tiled")
    tiled = PdfReader(io.BytesIO(tiled_pdf))
    assert _sizes(tiled) == expected
    if paper != "a3":  # an A3 sheet holds the blueprint in two
        assert len(tiled.pages) > 1
    # Tiled, the smallest text of the map is readable on paper.
    pages, texts = pdf_font_sizes(tiled_pdf)
    assert min(size for size, _, _ in texts) >= 6
    for reader in (whole, tiled):
        assert reader.metadata is not None and reader.metadata.title == BLOCK.name
        assert reader.trailer["/Root"]["/Lang"] == "en"
        for page in reader.pages:
            text = page.extract_text()
            first = text.splitlines()[:3]
            assert first == [
                BLOCK.name,
                "Current state · last changed 2024-10-03 · commit 1a2b3c4",
                "Based on: 14 interviews",
            ]
    # Each sheet of several says which it is.
    assert re.search(rf"\b2/{pages}\b", tiled.pages[1].extract_text())


@pytest.mark.dot
def test_a_title_block_leaves_out_what_it_does_not_know(
    drawings: dict[str, tuple[bytes, dict[str, Any]]],
) -> None:
    drawing, meta = drawings["blueprints/order-to-delivery.yaml"]
    block = TitleBlock(
        name="Ordem <até> a entrega & \\N", state="Blueprint de serviço", language="pt-BR"
    )
    reader = PdfReader(io.BytesIO(paper_pdf(drawing, meta, block, "a4", "page")))
    lines = reader.pages[0].extract_text().splitlines()
    assert lines[:2] == ["Ordem <até> a entrega & \\N", "Blueprint de serviço"]
    assert reader.trailer["/Root"]["/Lang"] == "pt-BR"


@pytest.mark.slow
@pytest.mark.dot
def test_a_site_offers_its_maps_on_paper_dated_from_git(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate_git(monkeypatch)
    repo = GitRepo(example_copy(tmp_path)).init()
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2024-10-03T12:00:00+00:00")
    monkeypatch.setenv("GIT_AUTHOR_DATE", "2024-10-03T12:00:00+00:00")
    commit = repo.commit("the example")[:7]
    site = tmp_path / "site"
    result = mkdocs_build(repo.path / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    page = (site / "journeys" / "first-purchase" / "index.html").read_text("utf-8")
    for name in (
        "first-purchase-a4.pdf",
        "first-purchase-a3-page.pdf",
        "first-purchase-letter.pdf",
    ):
        assert f'href="../{name}"' in page, name
        assert (site / "journeys" / name).is_file()
    reader = PdfReader(site / "journeys" / "first-purchase-a4.pdf")
    lines = reader.pages[0].extract_text().splitlines()
    assert lines[0] == "First purchase on the website"
    assert lines[1] == f"Current state · last changed 2024-10-03 · commit {commit}"
    assert lines[2].startswith("Based on: 14 interviews with first-time buyers")
    blueprint = PdfReader(site / "blueprints" / "order-to-delivery-a3-page.pdf")
    assert blueprint.pages[0].extract_text().splitlines()[1] == (
        f"Service blueprint · last changed 2024-10-03 · commit {commit}"
    )
    # Edited since the last commit: git's date would be wrong, so none is given.
    repo.append("journeys/first-purchase.yaml", "\n")
    again = tmp_path / "again"
    assert mkdocs_build(repo.path / "mkdocs.yml", again).returncode == 0
    reader = PdfReader(again / "journeys" / "first-purchase-a4.pdf")
    assert reader.pages[0].extract_text().splitlines()[1] == "Current state"
    assert os.environ["GIT_COMMITTER_DATE"]
