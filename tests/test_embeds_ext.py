"""The `cxdocs` Markdown extension: ```cxdocs embeds under engines that run no plugins."""

from __future__ import annotations

import logging
from pathlib import Path

import markdown
import pytest

from tests.conftest import make_repo

pytestmark = [pytest.mark.dot]


def _convert(repo: Path, text: str) -> str:
    config = {"cxdocs": {"config_file": str(repo / "mkdocs.yml")}}
    return markdown.markdown(text, extensions=["cxdocs"], extension_configs=config)


def test_embeds_draw_from_the_content(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    html = _convert(repo, "Intro\n\n```cxdocs\njourney: first-purchase\n```\n\nAfter\n")
    assert html.count('<div class="cx-diagram" data-cx-viewer>') == 1 and "<svg" in html
    assert "<p>Intro</p>" in html and "<p>After</p>" in html
    assert "cxdocs" not in html.split("<svg")[0]  # the block itself is gone


def test_syntax_shown_in_a_code_block_stays_text(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    text = "````markdown\n```cxdocs\njourney: first-purchase\n```\n````\n"
    extensions = ["fenced_code", "cxdocs"]
    config = {"cxdocs": {"config_file": str(repo / "mkdocs.yml")}}
    html = markdown.markdown(text, extensions=extensions, extension_configs=config)
    assert "<svg" not in html and "journey: first-purchase" in html


def test_unknown_object_is_reported_and_left_as_written(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    repo = make_repo(tmp_path)
    with caplog.at_level(logging.WARNING):
        html = _convert(repo, "```cxdocs\njourney: nope\n```\n")
    assert "<svg" not in html
    assert "no journey 'nope' to draw" in caplog.text


def test_the_content_is_read_again_after_a_change(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    assert "Pays with Pix" in _convert(repo, "```cxdocs\njourney: first-purchase\n```\n")
    journey = repo / "journeys" / "first-purchase.yaml"
    journey.write_text(journey.read_text().replace("Pays with Pix", "Pays by card"))
    html = _convert(repo, "```cxdocs\njourney: first-purchase\n```\n")
    assert "Pays by card" in html and "Pays with Pix" not in html
