"""Every command finds the settings from any sub-folder, walking up as git does."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.content.settings.reader import find_settings

Run = Callable[..., tuple[int, str, str]]


def test_check_from_a_sub_folder_finds_the_settings_above(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "journeys" / "support").mkdir()
    monkeypatch.chdir(repo / "journeys" / "support")
    code, out, _ = run_cli("check")
    assert code == 0
    assert out == "3 files checked: no problems\n"


def test_paths_are_relative_to_the_current_folder(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo / "journeys")
    code, out, _ = run_cli("check", "first-purchase.yaml")
    assert code == 0 and out == "1 file checked: no problems\n"


def test_new_from_a_sub_folder_writes_into_the_repository(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo / "docs")
    code, out, _ = run_cli("new", "persona", "bruno")
    assert code == 0, out
    assert (repo / "personas" / "bruno.yaml").is_file()


@pytest.mark.parametrize("name", ["mkdocs.yml", "mkdocs.yaml", "properdocs.yml"])
def test_every_settings_file_name_is_found(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("site_name: x\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_settings(deep) == tmp_path / name


def test_mkdocs_yml_wins_when_several_exist(tmp_path: Path) -> None:
    for name in ("properdocs.yml", "mkdocs.yaml", "mkdocs.yml"):
        (tmp_path / name).write_text("site_name: x\n")
    assert find_settings(tmp_path) == tmp_path / "mkdocs.yml"


def test_the_search_stops_at_the_git_repository_top(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: someone else's\n")
    project = tmp_path / "project"
    (project / "sub").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    assert find_settings(project / "sub") is None
    # ...and a settings file inside the repository is found from below.
    (project / "mkdocs.yml").write_text("site_name: mine\n")
    assert find_settings(project / "sub") == project / "mkdocs.yml"


def test_outside_any_repository_the_error_says_what_to_do(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli("check")
    assert code == 2
    assert "cxdocs init" in err and "--config" in err
