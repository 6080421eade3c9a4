"""Cache entries are verified on every read: size and SHA-256 in a trailer."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdocs import cache
from cxdocs.files import Outputs, write_if_changed
from cxdocs.publish.owned import JOURNAL_NAME, OwnedFolder

PAYLOADS = [b"", b"x", b"<svg>caf\xc3\xa9</svg>", bytes(range(256)) * 40]

DAMAGE = {
    "cut short": lambda raw: raw[: len(raw) // 2],
    "one byte short": lambda raw: raw[:-1],
    "emptied": lambda raw: b"",
    "garbled payload": lambda raw: bytes([raw[0] ^ 1]) + raw[1:] if len(raw) > 48 else b"?" + raw,
    "garbled trailer": lambda raw: raw[:-1] + bytes([raw[-1] ^ 1]),
    "grown": lambda raw: raw + b"\n",
    "unsealed (an older cxdocs)": lambda raw: raw[:-48],
}


@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda p: f"{len(p)} bytes")
def test_an_intact_entry_reads_back_exactly(tmp_path: Path, payload: bytes) -> None:
    cache.store(tmp_path, "k", "svg", payload)
    assert cache.load(tmp_path, "k", "svg") == payload
    assert cache.unseal(cache.seal(payload)) == payload


@pytest.mark.parametrize("damage", DAMAGE)
@pytest.mark.parametrize("payload", PAYLOADS[1:], ids=lambda p: f"{len(p)} bytes")
def test_a_damaged_entry_is_a_miss_and_is_deleted(
    tmp_path: Path, payload: bytes, damage: str
) -> None:
    cache.store(tmp_path, "k", "png", payload)
    path = cache.path(tmp_path, "k", "png")
    path.write_bytes(DAMAGE[damage](path.read_bytes()))
    assert cache.load(tmp_path, "k", "png") is None
    assert not path.exists()  # so the redrawn entry takes its place
    cache.store(tmp_path, "k", "png", payload)
    assert cache.load(tmp_path, "k", "png") == payload


def test_a_damaged_graphviz_version_is_forgotten(tmp_path: Path) -> None:
    cache.remember_version(tmp_path, "/usr/bin/dot|1|2", "dot - graphviz version 2.43.0")
    assert cache.remembered_version(tmp_path, "/usr/bin/dot|1|2") == "dot - graphviz version 2.43.0"
    file = tmp_path / cache.VERSION_FILE
    file.write_bytes(file.read_bytes().replace(b"2.43.0", b"9.99.9"))
    assert cache.remembered_version(tmp_path, "/usr/bin/dot|1|2") is None


def test_site_files_are_copies_and_an_old_hard_link_is_broken(tmp_path: Path) -> None:
    entry, site = tmp_path / "entry.png", tmp_path / "site" / "a.png"
    entry.write_bytes(b"png")
    site.parent.mkdir()
    site.hardlink_to(entry)  # what earlier versions made
    assert write_if_changed(site, b"png")  # same bytes, but shared: replaced by a copy
    assert site.stat().st_nlink == 1 and entry.stat().st_nlink == 1
    assert not write_if_changed(site, b"png")  # now its own and unchanged: untouched
    site.write_bytes(b"optimised")  # edited in place by a tool
    assert entry.read_bytes() == b"png"


def _owned(folder: Path) -> OwnedFolder:
    owned = OwnedFolder(Outputs(), folder)
    owned.claim()
    return owned


def test_a_killed_build_is_recognised_by_its_journal(tmp_path: Path) -> None:
    out = tmp_path / "cx"
    first = _owned(out)
    first.write("a.md", "a")
    first.finish()
    assert not (out / JOURNAL_NAME).exists()
    killed = _owned(out)
    killed.write("b.md", "b")  # then SIGKILL: no finish, the journal stays
    (out / ".c.md.0123456789abcdef.tmp").write_bytes(b"half")  # a write cut short
    assert (out / JOURNAL_NAME).read_text() == "b.md\n"
    again = _owned(out)  # not refused
    assert again.interrupted and not (out / ".c.md.0123456789abcdef.tmp").exists()
    again.write("a.md", "a")
    again.write("b.md", "b")
    assert again.finish() == []
    assert not (out / JOURNAL_NAME).exists()
    (out / "mine.md").write_text("mine")  # still refused: nobody's journal names it
    with pytest.raises(Exception, match="did not write"):
        _owned(out)
