"""Anything that would fail the build is a `cxdocs check` problem first.

Each class (text longer than Graphviz draws, an id taken by a generated page,
a diagram embed naming nothing) is fed many variants; `check` must report
each at its line with its code. A few go through a real `mkdocs build`, which
must fail with the very same message, and the limit itself is proved safe by
building the worst text that still passes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdocs.content.checks.run import run_checks
from cxdocs.content.model import MAX_TEXT
from cxdocs.content.settings.reader import ConfigError, read_config
from tests.conftest import make_repo
from tests.helpers import mkdocs_build

JOURNEY = """\
title: {title}
persona: ana
stages:
  - name: {stage}
    steps:
      - action: {action}
        touchpoint: {touchpoint}
        thinks: {thinks}
        emotion: 1
        pain_points: [{pain}]
        opportunities: [{opportunity}]
"""


def _journey(**fields: str) -> str:
    values = {k: "Short" for k in ("title", "stage", "action", "touchpoint", "thinks")}
    values |= {"pain": "Slow", "opportunity": "Faster"}
    values.update(fields)
    return JOURNEY.format(**values)


def _problems(repo: Path) -> list[tuple[str, int, int, str, str]]:
    result = run_checks(read_config(repo / "mkdocs.yml"))
    return sorted((p.path, p.line, p.col, p.code, p.message) for p in result.problems)


def _write(repo: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


LONG = [
    # (field, text of MAX_TEXT + 1 characters, line of the value)
    ("title", "x" * (MAX_TEXT + 1), 1),
    ("stage", "Stage " * 400, 4),
    ("action", "word " * 401, 6),
    ("touchpoint", "&" * (MAX_TEXT + 1), 7),
    ("thinks", "\U0001f600" * (MAX_TEXT + 1), 8),
    ("pain", '"' * (MAX_TEXT + 1), 10),
    ("opportunity", "\\" * (MAX_TEXT + 1), 11),
]


@pytest.mark.parametrize(("field", "text", "line"), LONG, ids=[f[0] for f in LONG])
def test_text_longer_than_a_diagram_takes_is_reported(
    tmp_path: Path, field: str, text: str, line: int
) -> None:
    repo = make_repo(tmp_path)
    _write(repo, {"journeys/long.yaml": _journey(**{field: _quoted(text)})})
    found = [p for p in _problems(repo) if p[0] == "journeys/long.yaml"]
    assert [(p[1], p[3]) for p in found] == [(line, "text-too-long")], found
    assert f"is {len(text):,} characters long; diagrams take at most 2,000" in found[0][4]


def test_text_limit_applies_to_blueprints_personas_and_labels(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    long = "y" * (MAX_TEXT + 1)
    _write(
        repo,
        {
            "personas/bruno.yaml": f"name: {long}\nquote: ok\n",
            "journeys/b.yaml": _journey().replace("persona: ana", "persona: bruno"),
            "blueprints/long.yaml": f"title: T\nphases:\n  - name: P\n    customer: [{long}]\n",
        },
    )
    found = {(p[0], p[1], p[3]) for p in _problems(repo) if p[3] == "text-too-long"}
    assert {
        ("personas/bruno.yaml", 1, "text-too-long"),
        ("blueprints/long.yaml", 4, "text-too-long"),
    } <= found
    settings = repo / "mkdocs.yml"
    settings.write_text(settings.read_text().replace("Website", long))
    with pytest.raises(ConfigError) as error:
        read_config(settings)
    assert [(p.line, p.code) for p in error.value.problems] == [(4, "text-too-long")]


def test_narratives_have_no_limit(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    _write(
        repo,
        {"journeys/story.md": f"---\n{_journey()}---\n{'A long story. ' * 2000}\n"},
    )
    assert [p for p in _problems(repo) if p[0] == "journeys/story.md"] == []


RESERVED = [
    ({"journeys/index.yaml": _journey()}, "journeys/index.yaml", 1, 1),
    ({"journeys/index.md": f"---\n{_journey()}---\nText\n"}, "journeys/index.md", 2, 1),
    ({"journeys/more/index.yml": _journey()}, "journeys/more/index.yml", 1, 1),
    ({"journeys/j.yaml": "id: index\n" + _journey()}, "journeys/j.yaml", 1, 5),
    ({"personas/index.yaml": "name: Ix\n"}, "personas/index.yaml", 1, 1),
    ({"personas/p.md": "---\nid: index\nname: Ix\n---\n"}, "personas/p.md", 2, 5),
    (
        {"blueprints/index.yaml": "title: B\nphases: [{name: P, customer: [x]}]\n"},
        "blueprints/index.yaml",
        1,
        1,
    ),
]


@pytest.mark.parametrize(("files", "path", "line", "col"), RESERVED, ids=[r[1] for r in RESERVED])
def test_an_id_taken_by_a_generated_page_is_reported(
    tmp_path: Path, files: dict[str, str], path: str, line: int, col: int
) -> None:
    repo = make_repo(tmp_path)
    _write(repo, files)
    found = [p for p in _problems(repo) if p[0] == path]
    assert [(p[1], p[2], p[3]) for p in found] == [(line, col, "reserved-id")], found


EMBEDS = [
    # (page text, line, col, code, end of the message)
    ("```cxdocs\njourney: first-purchse\n```\n", 2, 10, "unknown-reference", "'first-purchase'?"),
    (
        "# T\n\n```cxdocs\njourney: First purchase\n```\n",
        4,
        10,
        "unknown-reference",
        "did you mean 'first-purchase'?",
    ),
    ("~~~cxdocs\nblueprint: ordr\n~~~\n", 2, 12, "unknown-reference", "did you mean 'order'?"),
    ("   ```cxdocs\n\n  journey:   nope\n```\n", 3, 14, "unknown-reference", "is not defined"),
    ("````cxdocs\njourney: nope\n````\n", 2, 10, "unknown-reference", "is not defined"),
    ("```cxdocs\npersona: ana\n```\n", 2, 10, "bad-embed", "has no empathy map to draw"),
    ("```cxdocs\npersona: zed\n```\n", 2, 10, "unknown-reference", "is not defined"),
    ("```cxdocs\njourney first-purchase\n```\n", 1, 1, "bad-embed", "persona: <id>'"),
    ("```cxdocs\n```\n", 1, 1, "bad-embed", "persona: <id>'"),
    ("```cxdocs\njourney: first-purchase\nblueprint: order\n```\n", 1, 1, "bad-embed", "<id>'"),
]


@pytest.mark.parametrize(("page", "line", "col", "code", "ending"), EMBEDS)
@pytest.mark.parametrize("name", ["docs/index.md", "docs/guide/deep/page.md"])
def test_an_embed_naming_no_diagram_is_reported_in_the_page(
    tmp_path: Path, name: str, page: str, line: int, col: int, code: str, ending: str
) -> None:
    repo = make_repo(tmp_path)
    _write(repo, {name: page})
    found = [p for p in _problems(repo) if p[0] == name]
    assert [(p[1], p[2], p[3]) for p in found] == [(line, col, code)], found
    assert found[0][4].endswith(ending)


def test_embeds_shown_as_examples_or_in_hidden_pages_are_not_checked(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    _write(
        repo,
        {
            "docs/index.md": "````markdown\n```cxdocs\njourney: nope\n```\n````\n",
            "docs/.drafts/x.md": "```cxdocs\njourney: nope\n```\n",
            "docs/ok.md": "```cxdocs\njourney: first-purchase\n```\n",
        },
    )
    assert [p for p in _problems(repo) if p[0].startswith("docs/")] == []


BUILDS = [
    {"journeys/long.yaml": _journey(action=_quoted("&" * (MAX_TEXT + 1)))},
    {"journeys/long.yaml": _journey(action=_quoted("word " * 3800))},  # 19 KB
    {"journeys/index.yaml": _journey()},
    {"docs/index.md": "# Home\n\n```cxdocs\njourney: first-purchse\n```\n"},
]


@pytest.mark.slow
@pytest.mark.dot
@pytest.mark.parametrize("files", BUILDS, ids=["amp", "19kb", "index", "embed"])
def test_the_build_fails_with_the_check_message(tmp_path: Path, files: dict[str, str]) -> None:
    repo = make_repo(tmp_path)
    _write(repo, files)
    [first] = [p for p in _problems(repo) if p[3] != "unused-persona"][:1]
    result = mkdocs_build(repo / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 1
    assert f"{first[0]}:{first[1]}:{first[2]}: error[{first[3]}] {first[4]}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
@pytest.mark.dot
def test_the_longest_allowed_text_builds(tmp_path: Path) -> None:
    """The limit is safe: the worst 2,000 characters for Graphviz still draw."""
    repo = make_repo(tmp_path)
    worst = _quoted("&" * MAX_TEXT)
    _write(
        repo,
        {
            "journeys/long.yaml": _journey(action=worst, stage=worst, touchpoint=worst)
            .replace("  - name:", "  - id: s\n    name:")
            .replace("      - action:", "      - id: a\n        action:"),
            "blueprints/long.yaml": f"title: B\nphases:\n  - id: p\n    name: {worst}\n"
            f"    customer: [{worst}]\n",
        },
    )
    assert [p for p in _problems(repo) if p[3] != "missing-emotion"] == []
    result = mkdocs_build(repo / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr[-2000:]


SETTINGS = ["[svg, jpg]", "[PNG]", "false", "pdf"]


@pytest.mark.slow
@pytest.mark.parametrize("downloads", SETTINGS)
def test_a_bad_downloads_setting_fails_the_build_with_the_check_message(
    tmp_path: Path, downloads: str
) -> None:
    repo = make_repo(tmp_path)
    settings = repo / "mkdocs.yml"
    settings.write_text(settings.read_text() + f"      downloads: {downloads}\n")
    with pytest.raises(ConfigError) as error:
        read_config(settings)
    [problem] = error.value.problems
    assert problem.line == 6 and problem.code in ("invalid-value", "wrong-type")
    result = mkdocs_build(settings, tmp_path / "site")
    assert result.returncode == 1
    expected = f"mkdocs.yml:6:{problem.col}: error[{problem.code}] {problem.message}"
    assert expected in result.stderr and problem.hint in result.stderr
    assert "Traceback" not in result.stderr
