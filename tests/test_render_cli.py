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


@pytest.mark.parametrize(("name", "magic"), [("map.png", b"\x89PNG"), ("map.PDF", b"%PDF")])
def test_render_takes_the_format_from_the_output_name(
    name: str, magic: bytes, repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # -o map.png without --format used to write an SVG named map.png.
    monkeypatch.chdir(repo)
    code, _, err = run_cli("render", "journeys/first-purchase.yaml", "-o", name)
    assert code == 0, err
    assert (repo / name).read_bytes().startswith(magic)


def test_render_refuses_a_format_the_output_name_contradicts(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    code, _, err = run_cli(
        "render", "journeys/first-purchase.yaml", "--format", "png", "-o", "map.svg"
    )
    assert (code, err) == (
        2,
        "cxdocs: error: map.svg is named as an SVG file but --format png writes PNG; "
        "name it map.png, or leave --format out\n",
    )
    assert not (repo / "map.svg").exists()


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


def test_slides_into_a_file_say_a_folder_is_needed(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    (repo / "deck").write_text("notes\n")
    code, _, err = run_cli("render", "journeys/first-purchase.yaml", "--slides", "-o", "deck")
    assert (code, err) == (
        2,
        "cxdocs: error: deck is a file; --slides writes its slides into a folder\n",
    )
    assert (repo / "deck").read_text() == "notes\n"
