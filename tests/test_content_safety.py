"""Content is never overwritten or shadowed: new ids, persona pictures, outputs.

`cxdocs new` must not create a second file for an id already in use (in a
sub-folder, another letter case, a file that does not even load); a persona
picture is a file inside the repository; output folders never land in content.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.content.checks.run import run_checks
from cxdocs.content.settings.reader import read_config
from tests.helpers import GitRepo, start_repo

Run = Callable[..., tuple[int, str, str]]


@pytest.mark.parametrize(
    ("kind", "ident", "existing", "text"),
    [
        ("journey", "first-purchase", None, None),  # the base fixture's own journey
        ("journey", "deep", "journeys/a/b/deep.yaml", "title: Deep\n"),
        ("journey", "cased", "journeys/sub/Cased.YAML", "title: C\n"),
        ("journey", "broken", "journeys/broken.yaml", 'title: "unclosed\n'),
        ("journey", "named", "journeys/other.yaml", "id: named\ntitle: N\n"),
        ("journey", "index", None, None),
        ("persona", "ana", None, None),
        ("persona", "carla", "personas/team/carla.md", "---\nname: Carla\n---\n"),
        ("blueprint", "order", None, None),
        ("blueprint", "flow", "blueprints/x/flow.yml", "title: F\n"),
    ],
)
def test_new_refuses_an_id_already_used(
    repo: Path,
    run_cli: Run,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    ident: str,
    existing: str | None,
    text: str | None,
) -> None:
    if existing and text:
        (repo / existing).parent.mkdir(parents=True, exist_ok=True)
        (repo / existing).write_text(text)
    before = sorted(p.relative_to(repo) for p in repo.rglob("*"))
    monkeypatch.chdir(repo)
    code, out, err = run_cli("new", kind, ident, "--persona", "ana")
    assert code == 2, out
    assert f"{kind} id '{ident}' is already used by " in err
    assert "Traceback" not in err
    assert sorted(p.relative_to(repo) for p in repo.rglob("*")) == before


def test_new_still_creates_a_fresh_id(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    code, out, _ = run_cli("new", "journey", "second", "--persona", "ana")
    assert code == 0, out
    assert (repo / "journeys" / "second.yaml").is_file()


IMAGES = [
    ("https://example.com/ana.jpg", "bad-image", "is a URL"),
    ("http://example.com/ana.jpg", "bad-image", "is a URL"),
    ("//cdn.example.com/ana.jpg", "bad-image", "is a URL"),
    ("data:image/png;base64,iVBORw0KGgo=", "bad-image", "is a URL"),
    ("file:///etc/passwd", "bad-image", "is a URL"),
    ("/etc/passwd", "bad-image", "is an absolute path"),
    ("C:\\\\Users\\\\ana.jpg", "bad-image", "is an absolute path"),
    ("../../outside.png", "bad-image", "leads outside the repository"),
    ("images/../../../outside.png", "bad-image", "leads outside the repository"),
    ("link/outside.png", "bad-image", "leads outside the repository"),
    ("images/missing.png", "missing-file", "does not exist"),
    ("images", "missing-file", "does not exist"),  # a folder is not a picture
    ("images/ana.png", None, ""),
    ("../personas/images/ana.png", None, ""),
]


@pytest.mark.parametrize(("image", "code", "words"), IMAGES)
def test_persona_pictures_are_files_inside_the_repository(
    repo: Path, tmp_path: Path, image: str, code: str | None, words: str
) -> None:
    (repo / "personas" / "images").mkdir()
    (repo / "personas" / "images" / "ana.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "outside.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "outside.png").write_bytes(b"\x89PNG\r\n")
    (repo / "personas" / "link").symlink_to(tmp_path / "elsewhere")
    (repo / "personas" / "ana.yaml").write_text(f'name: Ana Souza\nimage: "{image}"\n')
    problems = run_checks(read_config(repo / "mkdocs.yml")).problems
    found = [(p.line, p.col, p.code, p.message) for p in problems if p.path == "personas/ana.yaml"]
    if code is None:
        assert found == []
    else:
        [(line, col, got, message)] = found
        assert (line, col, got) == (2, 8, code)
        assert words in message


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("target", ["journeys", "journeys/diagrams", "personas", "blueprints/x"])
def test_diff_svg_dir_into_a_content_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Run, target: str
) -> None:
    repo: GitRepo = start_repo(tmp_path, monkeypatch)
    journey = repo.path / "journeys" / "first-purchase.yaml"
    journey.write_text(journey.read_text().replace("emotion: 1", "emotion: 2"))
    before = _digest(repo.path / target.split("/")[0])
    code, out, err = run_cli("diff", "HEAD", "--svg-dir", target)
    assert code == 2, out
    assert "refusing to write into" in err and "content folder" in err
    assert _digest(repo.path / target.split("/")[0]) == before
