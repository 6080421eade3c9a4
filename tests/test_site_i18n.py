"""Pages speak the configured locale; both locales are complete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cxdocs.publish.mkdocs_plugin import CxdocsPlugin
from tests.conftest import ROOT, make_repo
from tests.helpers import mkdocs_build


@pytest.mark.dot
@pytest.mark.slow
def test_portuguese_site(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    config = repo / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("  - cxdocs:\n", "  - cxdocs:\n      locale: pt-BR\n")
    )
    site = tmp_path / "site"
    result = mkdocs_build(config, site)
    assert result.returncode == 0, result.stderr
    register = (site / "insights" / "pain-points" / "index.html").read_text()
    assert "Registro de pontos de dor" in register and "Gravidade" in register
    journey = (site / "journeys" / "first-purchase" / "index.html").read_text()
    assert "Mapa da jornada" in journey and "Etapas e passos" in journey
    assert "Emoção" in journey


def test_serve_watches_the_content_folders(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)

    class Server:
        def __init__(self) -> None:
            self.watched: list[str] = []

        def watch(self, path: str) -> None:
            self.watched.append(path)

    class Config:
        config_file_path = str(repo / "mkdocs.yml")

    server = Server()
    config: Any = Config()
    CxdocsPlugin().on_serve(server, config=config, builder=None)
    assert server.watched == [str(repo / f) for f in ("personas", "journeys", "blueprints")]


def test_emotion_badges_use_the_diagrams_colour_scale() -> None:
    import re

    from cxdocs.diagrams.style import EMOTION_COLORS, EMOTION_TEXT
    from cxdocs.site.render import emotion_class

    css = (ROOT / "cxdocs" / "assets" / "cxdocs.css").read_text()
    for score, colour in EMOTION_COLORS.items():
        pattern = r"\." + emotion_class(score) + r" \{ background: (#\w+); color: (#\w+);"
        rule = re.search(pattern, css)
        assert rule is not None, score
        assert rule.groups() == (colour, EMOTION_TEXT[score])
    # Averages take the colour of the nearest whole score.
    assert emotion_class(-1.5) == "cx-emotion-m2" and emotion_class(0.4) == "cx-emotion-0"
