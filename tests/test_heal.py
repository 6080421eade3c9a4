"""Faults heal: a damaged cache entry or built file costs a redraw, never a
traceback, a refusal or a wrong page.

Every kind of file a build leaves (each cache folder's entries, compiled
templates, the remembered Graphviz version, every generated page and
download) is cut short, emptied or garbled; the next build must succeed and
write exactly the bytes of a clean build.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from tests.conftest import make_repo
from tests.helpers import file_digests as _tree

pytestmark = [pytest.mark.dot, pytest.mark.slow]

Run = Callable[..., tuple[int, str, str]]
Fault = Callable[[bytes], bytes]


def _cut(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _empty(data: bytes) -> bytes:
    return b""


def _garble(data: bytes) -> bytes:
    """One byte flipped in the middle: the size stays, only a digest tells."""
    if not data:
        return b"x"
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x55]) + data[middle + 1 :]


# A folder of its own (`--out`): cxdocs' whole, so its changed files are written
# again (in docs_dir, shared with people's pages, an edited file is kept).
OUT = "site-sources"
FAULTS: dict[str, Fault] = {"cut short": _cut, "emptied": _empty, "garbled": _garble}


def _kind(rel: str) -> str:
    """A cache file's kind: its folder below the cache and its suffix."""
    top = rel.split("/", 1)[0] if "/" in rel else "(top)"
    return f"{top} *{Path(rel).suffix}"


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A repository built once with a cold cache: its cache and its output."""
    from cxdocs.cli import main

    base = tmp_path_factory.mktemp("clean")
    repo = make_repo(base)
    assert main(["build", "--config", str(repo / "mkdocs.yml"), "--out", str(repo / OUT)]) == 0
    return repo, _tree(repo / OUT)


def _rebuilt(repo: Path, run_cli: Run) -> tuple[int, str, dict[str, str]]:
    config = str(repo / "mkdocs.yml")
    code, _, err = run_cli("build", "--config", config, "--out", str(repo / OUT))
    return code, err, _tree(repo / OUT)


def _damage(folder: Path, files: Iterable[str], fault: Fault) -> None:
    for rel in files:
        path = folder / rel
        path.write_bytes(fault(path.read_bytes()))


def _copy(clean: tuple[Path, dict[str, str]], tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    shutil.copytree(clean[0], repo, symlinks=True)
    return repo


def test_every_kind_of_file_is_covered(clean: tuple[Path, dict[str, str]]) -> None:
    """The table below would silently shrink if a cache moved: name the kinds."""
    kinds = {_kind(r) for r in _tree(clean[0] / ".cache" / "cxdocs")}
    assert kinds == {
        "(top) *.json",  # the remembered Graphviz version
        "(top) *.svg",  # Graphviz's own output, by DOT source
        "(top) *.png",
        "(top) *.pdf",
        "manifests *.json",  # the sealed copy of each output folder's manifest
        "pages *.json",  # page bodies
        "paper *.pdf",  # maps on standard paper, with their title block
        "svg *.svg",  # finished diagrams
        "svg *.png",
        "svg *.pdf",
        "svg *.json",  # the viewer's facts about each
        "templates *.cache",  # compiled templates
    }, kinds


@pytest.mark.parametrize("fault", FAULTS)
def test_damaged_cache_files_are_redrawn_and_the_build_is_identical(
    clean: tuple[Path, dict[str, str]], tmp_path: Path, run_cli: Run, fault: str
) -> None:
    repo = _copy(clean, tmp_path)
    _damage(repo / ".cache" / "cxdocs", _tree(repo / ".cache" / "cxdocs"), FAULTS[fault])
    code, err, built = _rebuilt(repo, run_cli)
    assert code == 0, err
    assert "Traceback" not in err
    assert built == clean[1]
    # Healed: the next build finds every entry intact again and writes nothing.
    code, err, again = _rebuilt(repo, run_cli)
    assert code == 0 and again == clean[1] and "(0 written, 0 removed)" in err, err


@pytest.mark.parametrize("fault", FAULTS)
def test_damaged_built_files_are_written_again(
    clean: tuple[Path, dict[str, str]], tmp_path: Path, run_cli: Run, fault: str
) -> None:
    repo = _copy(clean, tmp_path)
    # All but the list of what is ours (without it, nothing is known as ours).
    built = [rel for rel in clean[1] if rel != ".cxdocs-manifest.json"]
    _damage(repo / OUT, built, FAULTS[fault])
    code, err, built = _rebuilt(repo, run_cli)
    assert code == 0, err
    assert built == clean[1]
    assert "wrote again" in err


@pytest.mark.parametrize("fault", FAULTS)
def test_a_damaged_manifest_is_healed_from_the_cache(
    clean: tuple[Path, dict[str, str]], tmp_path: Path, run_cli: Run, fault: str
) -> None:
    """The list of what is ours, damaged: the cache's sealed copy of it is read
    (tests/test_manifest_heal.py tries every damage, and no copy)."""
    repo = _copy(clean, tmp_path)
    _damage(repo / OUT, [".cxdocs-manifest.json"], FAULTS[fault])
    code, err, built = _rebuilt(repo, run_cli)
    assert code == 0, err
    assert "Traceback" not in err and ".cxdocs-manifest.json was damaged" in err
    assert built == clean[1]


def test_a_mkdocs_site_shares_no_file_with_the_cache_and_heals(tmp_path: Path) -> None:
    """`mkdocs build`: an image optimiser editing the built site in place must
    not reach the cache, and every damaged cache file (the parsed documents
    too) is redrawn, giving the same site as a clean build."""
    from tests.helpers import mkdocs_build

    repo = make_repo(tmp_path)
    config, site = repo / "mkdocs.yml", tmp_path / "site"
    done = mkdocs_build(config, site)
    assert done.returncode == 0, done.stderr
    clean = _tree(site)
    cache = repo / ".cache" / "cxdocs"
    assert any(cache.glob("documents/*/*.pickle"))
    downloads = sorted(site.glob("journeys/*.png")) + sorted(site.glob("blueprints/*.pdf"))
    assert downloads
    for path in downloads:
        assert path.stat().st_nlink == 1, path  # a copy, not a name of a cache file
        with path.open("r+b") as handle:  # "optimised" in place, as such tools do
            handle.truncate(path.stat().st_size // 2)
    done = mkdocs_build(config, site)
    assert done.returncode == 0, done.stderr
    assert _tree(site) == clean
    for rel in _tree(cache):
        path = cache / rel
        path.write_bytes(_garble(path.read_bytes()))
    done = mkdocs_build(config, site)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert _tree(site) == clean
