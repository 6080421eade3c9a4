"""The write guard: outputs never replace content, settings or other people's files."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cxdocs import cache
from cxdocs.files import Outputs, WriteRefused, atomic_write, link_or_copy

Run = Callable[..., tuple[int, str, str]]


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("folder", ["personas", "journeys", "blueprints", "research"])
def test_outputs_never_go_into_content_folders(repo: Path, folder: str) -> None:
    before = _snapshot(repo)
    with Outputs(repo) as out, pytest.raises(WriteRefused, match="content folder"):
        out.write(repo / folder / "new.svg", "<svg/>")
    assert _snapshot(repo) == before


@pytest.mark.parametrize("name", ["mkdocs.yml", "properdocs.yml"])
def test_settings_file_is_never_replaced_even_with_force(repo: Path, name: str) -> None:
    with Outputs(repo, force=True) as out, pytest.raises(WriteRefused, match="settings"):
        out.write(repo / name, "x")


def test_replaces_only_what_cxdocs_wrote(tmp_path: Path) -> None:
    target = tmp_path / "out" / "deep" / "map.svg"
    with Outputs() as out:
        out.write(target, "<svg>one</svg>")  # parent folders are created
    with Outputs() as out:
        out.write(target, "<svg>two</svg>")  # ours, unchanged since: replaced
    assert target.read_text() == "<svg>two</svg>"
    target.write_text("edited by hand")
    with Outputs() as out, pytest.raises(WriteRefused, match="not written by cxdocs"):
        out.write(target, "<svg>three</svg>")
    assert target.read_text() == "edited by hand"
    with Outputs(force=True) as out:
        out.write(target, "<svg>three</svg>")
    assert target.read_text() == "<svg>three</svg>"


def test_foreign_file_is_refused_and_kept(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    with Outputs() as out, pytest.raises(WriteRefused):
        out.write(notes, "svg")
    assert notes.read_text() == "mine"


def test_a_folder_is_not_a_file_name(tmp_path: Path) -> None:
    with Outputs() as out, pytest.raises(WriteRefused, match="folder"):
        out.write(tmp_path, "svg")


def test_create_never_replaces(tmp_path: Path) -> None:
    path = tmp_path / "journeys" / "a.yaml"
    with Outputs(tmp_path) as out:
        out.create(path, "title: A\n")  # new content is what `new` and `import` are for
        with pytest.raises(WriteRefused, match="already exists"):
            out.create(path, "title: B\n")
    assert path.read_text() == "title: A\n"


def test_no_half_written_file_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "map.svg"
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["map.svg"]  # no temporary left over


@pytest.mark.dot
def test_render_onto_a_content_file_is_refused(repo: Path, run_cli: Run) -> None:
    journey = next((repo / "journeys").glob("*.yaml"))
    before = journey.read_bytes()
    code, _out, err = run_cli(
        "render", str(journey), "-o", str(journey), "--config", str(repo / "mkdocs.yml")
    )
    assert code == 2
    assert "content folder journeys/" in err
    assert journey.read_bytes() == before


@pytest.mark.dot
def test_render_creates_missing_folders_and_rewrites_its_own_file(
    repo: Path, run_cli: Run, tmp_path: Path
) -> None:
    journey = next((repo / "journeys").glob("*.yaml"))
    target = tmp_path / "exports" / "nested" / "map.svg"
    args = ("render", str(journey), "-o", str(target), "--config", str(repo / "mkdocs.yml"))
    assert run_cli(*args)[0] == 0
    assert target.read_bytes().lstrip().startswith(b"<")
    assert run_cli(*args)[0] == 0  # its own output: replaced without fuss


def test_schema_refuses_to_write_into_content(repo: Path, run_cli: Run) -> None:
    code, _out, err = run_cli(
        "schema", "--out", str(repo / "personas"), "--config", str(repo / "mkdocs.yml")
    )
    assert code == 2
    assert "content folder personas/" in err
    assert not list((repo / "personas").glob("*.schema.json"))


def test_link_or_copy_shares_the_file_and_creates_folders(tmp_path: Path) -> None:
    source = tmp_path / "cache" / "a.png"
    source.parent.mkdir()
    source.write_bytes(b"png")
    target = tmp_path / "site" / "deep" / "a.png"
    link_or_copy(source, target)
    assert target.read_bytes() == b"png" and os.path.samefile(source, target)
    link_or_copy(source, target)  # again, as a `mkdocs serve` rebuild does: no change
    assert os.path.samefile(source, target)
    assert [p.name for p in target.parent.iterdir()] == ["a.png"]  # no temporary left


def test_link_or_copy_replaces_another_file(tmp_path: Path) -> None:
    source, target = tmp_path / "new.svg", tmp_path / "out.svg"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    link_or_copy(source, target)
    assert target.read_bytes() == b"new" and os.path.samefile(source, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.svg", "out.svg"]


def test_link_or_copy_copies_across_file_systems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: object, target: str | Path) -> None:
        # As Linux answers: a name in use first, then the other file system.
        if os.path.lexists(target):
            raise FileExistsError(17, "File exists")
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_links)
    source, target = tmp_path / "a.pdf", tmp_path / "site" / "a.pdf"
    source.write_bytes(b"pdf")
    link_or_copy(source, target)  # a new name, its folder made
    assert target.read_bytes() == b"pdf" and not os.path.samefile(source, target)
    source.write_bytes(b"pdf, drawn again")
    link_or_copy(source, target)  # a name in use, another file: replaced
    assert target.read_bytes() == b"pdf, drawn again"
    assert [p.name for p in target.parent.iterdir()] == ["a.pdf"]


def test_link_or_copy_of_a_missing_source_fails(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        link_or_copy(tmp_path / "gone.png", tmp_path / "site" / "gone.png")
    assert not (tmp_path / "site" / "gone.png").exists()


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask, so a file's mode shows whether cxdocs honoured it."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.usefixtures("umask_022")
def test_written_files_are_readable_by_others_as_the_umask_allows(tmp_path: Path) -> None:
    # A web server, or GitHub Pages' artifact upload, reads the site as another
    # user: files cxdocs writes must get the umask's mode (0644), as a text
    # editor's would, not a private temporary file's 0600.
    with Outputs(tmp_path) as out:
        out.write(tmp_path / "site" / "map.svg", "<svg/>")
        out.create(tmp_path / "journeys" / "a.yaml", "title: A\n")
    atomic_write(tmp_path / "cache" / "entry", b"x")
    cache.store(tmp_path / "cache", "0" * 64, "png", b"png")
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(written) == 4
    assert {p.relative_to(tmp_path).as_posix(): oct(p.stat().st_mode & 0o777) for p in written} == {
        p.relative_to(tmp_path).as_posix(): "0o644" for p in written
    }


@pytest.mark.dot
@pytest.mark.usefixtures("umask_022")
def test_new_content_and_the_built_site_are_readable_by_others(repo: Path, run_cli: Run) -> None:
    config = str(repo / "mkdocs.yml")
    assert run_cli("new", "persona", "zoe", "--config", config)[0] == 0
    assert run_cli("build", "--config", config)[0] == 0
    private = sorted(
        p.relative_to(repo).as_posix()
        for p in repo.rglob("*")
        if p.is_file() and not p.stat().st_mode & 0o004
    )
    # Jinja's compiled templates are the one private cache: never published.
    assert [name for name in private if "/templates/" not in name] == []
    assert (repo / "docs" / "journeys").is_dir() and (repo / "personas" / "zoe.yaml").is_file()
