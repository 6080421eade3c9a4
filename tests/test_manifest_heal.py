"""A damaged manifest of a `cxdocs build` folder: healed from the cache's
sealed copy, or refused naming the manifest; never a traceback, never a
generated page taken for a person's.

Every damage (cut short, emptied, garbled, not a manifest, a folder in its
place) is tried on a folder owned whole (`--out`) and on docs_dir (shared
with people's pages), with and without the copy. The refusals' words are
golden files (tests/golden/manifest/), the folder shown as <folder>.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.files import Outputs, WriteRefused
from cxdocs.publish.owned import MANIFEST_NAME, OwnedFolder, generated_files, manifest_copy
from tests.helpers import matches_golden

GOLDEN = Path(__file__).parent / "golden" / "manifest"
FILES = {"index.md": "home", "journeys/a.md": "a", "assets/x.css": "x"}


def _garble(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x55
    path.write_bytes(bytes(raw))


def _folder_instead(path: Path) -> None:
    path.unlink()
    path.mkdir()


DAMAGE: dict[str, Callable[[Path], None]] = {
    "cut short": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
    "one byte short": lambda p: p.write_bytes(p.read_bytes()[:-2]),
    "emptied": lambda p: p.write_bytes(b""),
    "garbled": _garble,
    "not UTF-8": lambda p: p.write_bytes(b"\xff\xfe" + p.read_bytes()),
    "a list": lambda p: p.write_text("[1, 2]\n"),
    "files not a mapping": lambda p: p.write_text('{"files": ["index.md"]}\n'),
    "a digest that is not text": lambda p: p.write_text('{"files": {"index.md": null}}\n'),
    "a folder": _folder_instead,
}


def _build(folder: Path, copy: Path | None, shared: bool) -> OwnedFolder:
    owned = OwnedFolder(Outputs(), folder, shared=shared, copy=copy)
    owned.claim()
    for rel, text in FILES.items():
        owned.write(rel, text)
    return owned


def _built(tmp_path: Path, shared: bool) -> tuple[Path, Path]:
    folder, copy = tmp_path / "out", manifest_copy(tmp_path / "cache", tmp_path / "out")
    _build(folder, copy, shared).finish({"engine": "zensical"})
    if shared:
        (folder / "mine.md").write_text("a page a person wrote")
    return folder, copy


@pytest.mark.parametrize("shared", [False, True], ids=["own folder", "docs_dir"])
@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_manifest_is_read_from_the_cache_copy(
    tmp_path: Path, damage: str, shared: bool
) -> None:
    folder, copy = _built(tmp_path, shared)
    manifest = folder / MANIFEST_NAME
    clean = manifest.read_bytes()
    DAMAGE[damage](manifest)
    assert generated_files(folder, copy) == {*FILES, MANIFEST_NAME, ".cxdocs-journal"}
    again = _build(folder, copy, shared)
    assert again.healed and again.kept == [] and again.replaced == []
    if damage == "a folder":  # cannot be replaced by a file: said, not a traceback
        with pytest.raises(WriteRefused, match=r"cannot write .*Is a directory"):
            again.finish({"engine": "zensical"})
        return
    assert again.finish({"engine": "zensical"}) == []
    assert manifest.read_bytes() == clean  # written anew
    assert not _build(folder, copy, shared).healed  # and healed for good
    if shared:
        assert (folder / "mine.md").read_text() == "a page a person wrote"


@pytest.mark.parametrize("shared", [False, True], ids=["own folder", "docs_dir"])
@pytest.mark.parametrize("damage", DAMAGE)
def test_without_a_copy_a_damaged_manifest_is_refused_by_name(
    tmp_path: Path, damage: str, shared: bool
) -> None:
    folder, copy = _built(tmp_path, shared)
    DAMAGE[damage](folder / MANIFEST_NAME)
    for lost in (copy, None):  # the cache was deleted, or a folder built without one
        if lost is not None:
            lost.unlink()
        with pytest.raises(WriteRefused) as refused:
            _build(folder, lost, shared)
        text = str(refused.value).replace(str(folder), "<folder>")
        matches_golden(GOLDEN / f"{'shared' if shared else 'whole'}.txt", text + "\n")
        assert generated_files(folder, lost) == set()


def test_a_damaged_copy_is_no_copy(tmp_path: Path) -> None:
    """The copy is sealed: a damaged one is not trusted either."""
    folder, copy = _built(tmp_path, shared=False)
    copy.write_bytes(copy.read_bytes().replace(b"journeys/a.md", b"journeys/b.md"))
    (folder / MANIFEST_NAME).write_bytes(b"")
    with pytest.raises(WriteRefused, match="damaged"):
        _build(folder, copy, shared=False)


def test_an_intact_manifest_wins_over_the_copy(tmp_path: Path) -> None:
    """The copy is read only when the manifest is damaged; a manifest of an
    earlier cxdocs (no digest of its list) is intact."""
    folder, copy = _built(tmp_path, shared=False)
    data = json.loads((folder / MANIFEST_NAME).read_text())
    del data["files"]["assets/x.css"], data["files_sha256"]
    (folder / MANIFEST_NAME).write_text(json.dumps(data))
    with pytest.raises(WriteRefused, match="did not write"):
        _build(folder, copy, shared=False)
