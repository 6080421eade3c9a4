"""Text that fits: one bundled font, zero Graphviz warnings, warnings never lost, legible sizes.

The stress set (tests/stress.py) has 40 steps, 200-character texts, accents and
emoji; Graphviz must draw it, and every example diagram, without one warning.
A warning that does happen reaches MkDocs' logger, so `--strict` fails on it.
"""

from __future__ import annotations

import itertools
import logging
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cxdocs.content.checks.run import load_repository
from cxdocs.content.settings.reader import read_config
from cxdocs.diagrams import blueprint_diagram, journey_diagram, render, to_dot
from cxdocs.diagrams import style as st
from cxdocs.diagrams.dot import collect_warnings, font_config
from cxdocs.diagrams.draw import diagram_of
from cxdocs.diagrams.fontmetrics import advance_widths
from cxdocs.diagrams.scene import Diagram
from cxdocs.diagrams.text import text_width
from cxdocs.site import diagrams as site_diagrams
from tests.conftest import ROOT, make_repo
from tests.stress import SETTINGS, stress_blueprint, stress_journey


def example_diagrams() -> dict[str, Diagram]:
    repo, _, _ = load_repository(read_config(ROOT / "mkdocs.yml"))
    found: dict[str, Diagram] = {}
    for kind, table in (("journey", repo.journeys), ("blueprint", repo.blueprints)):
        for ident, entry in sorted(table.items()):
            found[f"{kind}-{ident}"] = diagram_of(kind, entry.item, repo)
    return found


def graphviz_warnings(diagram: Diagram) -> list[str]:
    with collect_warnings() as warnings:
        render(to_dot(diagram), "svg")
    return warnings


@pytest.mark.dot
def test_stress_set_draws_without_a_single_graphviz_warning() -> None:
    journey = journey_diagram(stress_journey(), SETTINGS)
    blueprint = blueprint_diagram(stress_blueprint(), SETTINGS)
    assert graphviz_warnings(journey) == []
    assert graphviz_warnings(blueprint) == []


@pytest.mark.dot
def test_example_diagrams_draw_without_a_single_graphviz_warning() -> None:
    for name, diagram in example_diagrams().items():
        assert graphviz_warnings(diagram) == [], name


@pytest.mark.dot
def test_graphviz_finds_the_bundled_font() -> None:
    env = {**os.environ, "FONTCONFIG_FILE": font_config()}
    found = subprocess.run(
        ["fc-match", "-f", "%{family}", "Liberation Sans:bold"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if found.returncode != 0:
        pytest.skip("fc-match is not installed")
    assert "Liberation Sans" in found.stdout


def test_widths_come_from_the_bundled_font() -> None:
    # Exact for what the font has (Latin with accents, Cyrillic), generous for the rest.
    assert text_width("Ação", 10) == pytest.approx((667 + 500 + 556 + 556) / 100)
    assert advance_widths(False)["Ж"] > 0
    assert text_width("\U0001f600", 10) >= 17  # a missing-glyph box is wider than an em
    assert text_width("e\u0301", 10) == text_width("e", 10)


def all_sizes(diagram: Diagram) -> set[float]:
    return {
        style.size
        for box in diagram.boxes
        for row in box.rows
        if row.text or row.badge
        for style in ((row.style, row.badge_style) if row.badge else (row.style,))
    }


def test_nothing_below_nine_points_in_journeys_and_blueprints() -> None:
    diagrams = [
        journey_diagram(stress_journey(), SETTINGS),
        blueprint_diagram(stress_blueprint(), SETTINGS),
        *example_diagrams().values(),
    ]
    for diagram in diagrams:
        assert min(all_sizes(diagram)) >= st.MIN_SIZE, diagram.title


# Machado, Oliveira & Fernandes (2009), deuteranopia at full severity, linear RGB.
DEUTERANOPIA = (
    (0.367322, 0.860646, -0.227968),
    (0.280085, 0.672501, 0.047413),
    (-0.011820, 0.042940, 0.968881),
)


def _linear(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(rgb: tuple[float, ...]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def deuteranope_sees(color: str) -> tuple[float, float, float]:
    rgb = [_linear(int(color[i : i + 2], 16)) for i in (1, 3, 5)]
    seen = tuple(sum(m * c for m, c in zip(row, rgb, strict=True)) for row in DEUTERANOPIA)
    return _lab(tuple(min(max(v, 0.0), 1.0) for v in seen))


def test_emotion_colours_stay_apart_for_red_green_colour_blindness() -> None:
    seen = {score: deuteranope_sees(color) for score, color in st.EMOTION_COLORS.items()}
    for a, b in itertools.combinations(seen, 2):
        assert math.dist(seen[a], seen[b]) >= 25, (a, b)


def test_emotion_markers_carry_their_signed_score_as_text() -> None:
    diagram = journey_diagram(stress_journey(), SETTINGS)
    markers = [b for b in diagram.boxes if b.shape == "ellipse" and b.key.startswith("emotion-")]
    assert {m.rows[0].text for m in markers} == {"\u22122", "\u22121", "0", "+1", "+2"}
    assert all(m.rows[0].style.size >= 10 for m in markers)


# --- warnings are never lost ---------------------------------------------------


def _fake_draw(*args: Any, **kwargs: Any) -> tuple[dict[str, bytes], list[str]]:
    files = {"svg": b"<svg/>", "png": b"", "pdf": b"", "json": b'{"lanes": 0}'}
    return files, ["Graphviz: Warning: cell size too small for content"]


@pytest.mark.parametrize("workers", [1, 2])
def test_renderer_logs_graphviz_warnings_through_mkdocs_and_does_not_cache(
    workers: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # workers=2 draws in forked worker processes: the warning still reaches
    # the main process's logger.
    monkeypatch.setattr(site_diagrams, "draw", _fake_draw)
    monkeypatch.setattr(site_diagrams, "graphviz_version", lambda cache_dir: "test")
    repo, _, _ = load_repository(read_config(ROOT / "mkdocs.yml"))
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.cxdocs"):
        renderer = site_diagrams.DiagramRenderer(repo, tmp_path, workers=workers)
        assert renderer.svg("journey:first-purchase") == "<svg/>"
        renderer.close()
    warned = [r for r in caplog.records if r.name == "mkdocs.plugins.cxdocs"]
    assert len(warned) == len(renderer.paths)
    assert "drawing journey first-purchase: Graphviz: Warning" in caplog.text
    assert not (tmp_path / "svg").exists() or not any((tmp_path / "svg").iterdir())


@pytest.mark.dot
@pytest.mark.slow
def test_a_graphviz_warning_fails_a_strict_build(tmp_path: Path) -> None:
    # A `dot` that warns on every run, in front of the real one on PATH.
    real = subprocess.run(["which", "dot"], capture_output=True, text=True, check=True)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "dot"
    fake.write_text(
        f'#!/bin/sh\n"{real.stdout.strip()}" "$@"\nstatus=$?\n'
        'echo "Warning: something Graphviz did not like" >&2\nexit $status\n'
    )
    fake.chmod(0o755)
    repo = make_repo(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(repo / "mkdocs.yml")],
        capture_output=True,
        text=True,
        check=False,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": f"{bin_dir}:/usr/bin:/bin:/usr/local/bin"},
    )
    assert result.returncode == 1, result.stderr
    assert "Warning: something Graphviz did not like" in result.stderr
    assert "warnings in strict mode" in result.stdout + result.stderr


# --- warm rebuilds start no Graphviz --------------------------------------------


@pytest.mark.dot
def test_warm_rebuild_starts_no_graphviz_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cxdocs.diagrams import dot

    calls: list[list[str]] = []
    real = dot.run_graphviz

    def counting(args: list[str], stdin: bytes = b"") -> Any:
        calls.append(args)
        return real(args, stdin)

    monkeypatch.setattr(dot, "run_graphviz", counting)
    dot._version.cache_clear()  # as in a fresh process
    repo, _, _ = load_repository(read_config(ROOT / "mkdocs.yml"))
    cold = site_diagrams.DiagramRenderer(repo, tmp_path, workers=1)
    cold.close()
    assert ["-V"] in calls and len(calls) > 1
    # A new process: nothing remembered in memory, only on disk.
    dot._version.cache_clear()
    calls.clear()
    warm = site_diagrams.DiagramRenderer(repo, tmp_path, workers=1)
    assert warm.svg("journey:first-purchase")
    warm.close()
    assert calls == []
