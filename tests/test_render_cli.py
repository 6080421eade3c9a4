"""`cxdocs render`: one file's diagram for slides and documents."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., tuple[int, str, str]]
pytestmark = pytest.mark.dot


@pytest.mark.parametrize(
    ("path", "fmt", "magic"),
    [
        ("journeys/first-purchase.yaml", "svg", b"<svg"),
        ("blueprints/order.yaml", "png", b"\x89PNG"),
        ("journeys/first-purchase.yaml", "pdf", b"%PDF"),
    ],
)
def test_render_writes_the_requested_format(
    path: str, fmt: str, magic: bytes, repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    out = repo / f"out.{fmt}"
    code, _, err = run_cli("render", path, "--format", fmt, "-o", str(out))
    assert code == 0, err
    assert magic in out.read_bytes()[:200]


def test_render_defaults_to_id_named_svg_with_text_alternative(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    assert run_cli("render", "journeys/first-purchase.yaml")[0] == 0
    svg = ET.parse(repo / "first-purchase.svg").getroot()
    assert svg.get("role") == "img"
    title = svg.find("{http://www.w3.org/2000/svg}title")
    assert title is not None and "First purchase" in (title.text or "")


def test_render_refuses_invalid_content_and_non_content_files(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    journey = repo / "journeys" / "first-purchase.yaml"
    code, _, err = run_cli("render", "mkdocs.yml")
    assert code == 2 and "is not a persona, journey or blueprint file" in err
    journey.write_text(journey.read_text().replace("emotion: 1", "emotion: 9"))
    code, _, err = run_cli("render", "journeys/first-purchase.yaml")
    assert code == 1 and "error[out-of-range]" in err
    assert not (repo / "first-purchase.svg").exists()


def test_render_without_graphviz_names_the_package(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    monkeypatch.setenv("PATH", str(repo))  # no dot on PATH
    code, _, err = run_cli("render", "journeys/first-purchase.yaml", "-o", "x.svg")
    assert code == 2
    assert "graphviz" in err.lower() and "apt-get install graphviz" in err
    assert "Traceback" not in err
