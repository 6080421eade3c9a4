"""Reading content files: discovery, front matter, and hostile input end to end."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.content.load import MAX_BYTES, discover, load_document

Run = Callable[..., tuple[int, str, str]]


def test_discovery_finds_all_kinds_and_sub_folders_in_stable_order(repo: Path) -> None:
    (repo / "journeys" / "support").mkdir()
    (repo / "journeys" / "support" / "late.yaml").write_text("title: x\n")
    (repo / "journeys" / "notes.txt").write_text("ignored\n")
    (repo / "journeys" / "_draft.yaml").write_text("ignored: true\n")
    found = [(p.relative_to(repo).as_posix(), k) for p, k in discover(repo)]
    assert found == [
        ("personas/ana.yaml", "persona"),
        ("journeys/first-purchase.yaml", "journey"),
        ("journeys/support/late.yaml", "journey"),
        ("blueprints/order.yaml", "blueprint"),
    ]


def test_markdown_body_becomes_the_narrative(repo: Path) -> None:
    path = repo / "personas" / "bia.md"
    path.write_text("---\nname: Bia\nrole: Vet\n---\n\nBia runs *a clinic*.\n", encoding="utf-8")
    doc = load_document(path, repo, "persona")
    assert doc.problems == []
    assert doc.data == {"name": "Bia", "role": "Vet"}
    assert doc.body is not None and "Bia runs *a clinic*." in doc.body
    assert doc.source.value(("role",)).line == 3


def test_byte_order_mark_is_accepted(repo: Path) -> None:
    path = repo / "personas" / "bom.yaml"
    path.write_bytes("\ufeffname: Bom\n".encode())
    assert load_document(path, repo, "persona").data == {"name": "Bom"}


HOSTILE: dict[str, tuple[bytes, str]] = {
    "binary": (bytes(range(256)) * 8, "binary-file"),
    "latin1": ("name: João\n".encode("latin-1"), "not-utf8"),
    "tabs": (b"name: x\ntraits:\n\t- a\n", "yaml-syntax"),
    "unclosed-quote": (b'name: "x\nrole: y\n', "yaml-syntax"),
    "deep": (b"name: x\ntraits: " + b"[" * 50_000 + b"]" * 50_000, "too-deep"),
    "garbage": (b"\xff\xfe\xfd\x80" * 1000, "not-utf8"),
    "control": (b"name: \x1b[31mred\n", "control-character"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_gives_exactly_one_clean_problem(
    name: str, repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    content, code = HOSTILE[name]
    (repo / "personas" / f"{name}.yaml").write_bytes(content)
    monkeypatch.chdir(repo)
    exit_code, out, err = run_cli("check")
    assert exit_code == 1
    assert err == ""
    lines = [line for line in out.splitlines() if line.startswith("personas/")]
    assert len(lines) == 1, out
    assert f"error[{code}]" in lines[0]
    assert "Traceback" not in out


def test_oversized_file_is_refused_before_reading(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = repo / "journeys" / "big.yaml"
    big.write_bytes(b"title: x\n" + b"# padding\n" * (MAX_BYTES // 10 + 1))
    monkeypatch.chdir(repo)
    code, out, _ = run_cli("check")
    assert code == 1
    assert out.splitlines()[0] == (
        "journeys/big.yaml:1:1: error[file-too-large] the file is 2.0 MB; the limit is 2 MB"
    )


def test_unreadable_file_is_reported(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = repo / "personas" / "ana.yaml"
    real_read = Path.read_bytes

    def deny(self: Path) -> bytes:
        if self == target:
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    monkeypatch.chdir(repo)
    _, out, _ = run_cli("check")
    assert out.splitlines()[0] == (
        "personas/ana.yaml:1:1: error[unreadable-file] cannot read the file: Permission denied"
    )


@pytest.mark.parametrize("name", ["late.YAML", "late.Yml", "late.yml", "late.MD"])
def test_content_files_are_found_in_any_letter_case(repo: Path, name: str) -> None:
    body = "---\ntitle: x\n---\n" if name.lower().endswith(".md") else "title: x\n"
    (repo / "journeys" / name).write_text(body, encoding="utf-8")
    found = [p.name for p, _ in discover(repo)]
    assert name in found
    doc = load_document(repo / "journeys" / name, repo, "journey")
    assert doc.data == {"title": "x"}


@pytest.mark.parametrize(
    "name",
    [
        ".late.yaml.swp",
        "late.yaml~",
        "late.yaml.bak",
        "late.yaml.orig",
        "_late.yaml",
        ".#late.yaml",
    ],
)
def test_hidden_and_backup_files_stay_ignored(repo: Path, name: str) -> None:
    (repo / "journeys" / name).write_text("title: x\n", encoding="utf-8")
    assert name not in [p.name for p, _ in discover(repo)]


def test_linked_folders_are_followed_once_and_loops_end(repo: Path, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "late.yaml").write_text("title: x\n", encoding="utf-8")
    (shared / "loop").symlink_to(shared, target_is_directory=True)  # a link loop
    (repo / "journeys" / "shared").symlink_to(shared, target_is_directory=True)
    (repo / "journeys" / "again").symlink_to(shared, target_is_directory=True)
    found = [p.relative_to(repo).as_posix() for p, _ in discover(repo)]
    late = [f for f in found if f.endswith("late.yaml")]
    assert late == ["journeys/again/late.yaml"]  # one of the two links, never both


def test_a_broken_link_is_reported_not_skipped(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "journeys" / "gone.yaml").symlink_to(repo / "nowhere.yaml")
    monkeypatch.chdir(repo)
    code, out, _ = run_cli("check")
    assert code == 1
    assert "journeys/gone.yaml:1:1: error[unreadable-file]" in out


@pytest.mark.parametrize(
    ("links", "reported"),
    [
        ([("a", "b"), ("b", "a")], ["journeys/a", "journeys/b"]),  # a loop of two links
        ([("self.yaml", "self.yaml")], ["journeys/self.yaml"]),  # a link to itself
    ],
)
def test_a_loop_of_links_is_a_problem_at_its_path_not_a_traceback(
    repo: Path,
    run_cli: Run,
    monkeypatch: pytest.MonkeyPatch,
    links: list[tuple[str, str]],
    reported: list[str],
) -> None:
    for name, target in links:
        (repo / "journeys" / name).symlink_to(target)
    monkeypatch.chdir(repo)
    code, out, err = run_cli("check")
    assert code == 1
    assert "Traceback" not in err
    for rel in reported:
        assert f"{rel}:1:1: error[unreadable-file] cannot read the file: Too many levels" in out


def test_a_named_pipe_is_reported_and_never_opened(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    os.mkfifo(repo / "journeys" / "p.yaml")  # opening it would block for ever
    monkeypatch.chdir(repo)
    code, out, _ = run_cli("check")
    assert code == 1
    assert "journeys/p.yaml:1:1: error[not-a-file] this is a named pipe, not a regular file" in out


ABOVE = [
    ("journeys/up", "."),
    ("journeys/up", ".."),
    ("journeys/up", "../.."),
    ("journeys/up", "../journeys"),
    ("journeys/sub/up", ".."),
    ("journeys/sub/up", "../.."),
    ("journeys/sub/deeper/up", "../../.."),
    ("personas/up", "."),
    ("blueprints/up", ".."),
]


@pytest.mark.parametrize(("link", "target"), ABOVE, ids=[f"{li}->{t}" for li, t in ABOVE])
def test_a_link_to_a_folder_above_is_reported_not_followed(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch, link: str, target: str
) -> None:
    (repo / link).parent.mkdir(parents=True, exist_ok=True)
    (repo / link).symlink_to(target, target_is_directory=True)
    found = [p.relative_to(repo).as_posix() for p, _ in discover(repo)]
    assert sorted(found) == sorted(
        ["personas/ana.yaml", "journeys/first-purchase.yaml", "blueprints/order.yaml", link]
    )
    monkeypatch.chdir(repo)
    code, out, err = run_cli("check")
    assert (code, err) == (0, "")
    assert out.splitlines()[:2] == [
        f"{link}:1:1: warning[link-loop] the link to '{target}' is not followed: it leads back "
        "to a folder above it, so its files would be read again and again",
        "    hint: delete the link, or link the folder you meant to share (not one that holds "
        "the link)",
    ]


def test_a_link_to_the_repository_by_its_full_path_is_reported(repo: Path) -> None:
    (repo / "journeys" / "all").symlink_to(repo.resolve(), target_is_directory=True)
    found = [p.relative_to(repo).as_posix() for p, _ in discover(repo)]
    assert "journeys/all" in found
    assert not [f for f in found if f.startswith("journeys/all/")]
