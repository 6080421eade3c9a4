"""`cxdocs check` as CI and people use it: formats, exit codes, paths, settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.content.problems import Problem, format_github
from tests.conftest import make_repo

Run = Callable[..., tuple[int, str, str]]

TYPO = (
    "title: T\npersona: ana\nstages:\n  - name: S\n    steps:\n"
    "      - action: A\n        emotoin: 1\n"
)


@pytest.fixture
def broken(repo: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (repo / "journeys" / "typo.yaml").write_text(TYPO)
    monkeypatch.chdir(repo)
    return repo


def test_clean_repository_exits_zero_with_summary(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    assert run_cli("check") == (0, "3 files checked: no problems\n", "")


def test_text_format_points_at_file_line_col(broken: Path, run_cli: Run) -> None:
    code, out, _ = run_cli("check")
    assert code == 1
    assert out.splitlines()[0] == (
        "journeys/typo.yaml:7:9: error[unknown-key] unknown key 'emotoin' in step 'a'; "
        "did you mean 'emotion'?"
    )
    assert out.splitlines()[-1] == "4 files checked: 1 error"


def test_json_format_is_stable_and_complete(broken: Path, run_cli: Run) -> None:
    code, out, _ = run_cli("check", "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert report["version"] == 1
    assert (report["files"], report["errors"], report["warnings"]) == (4, 1, 0)
    assert report["problems"][0] == {
        "path": "journeys/typo.yaml",
        "line": 7,
        "col": 9,
        "severity": "error",
        "code": "unknown-key",
        "message": "unknown key 'emotoin' in step 'a'; did you mean 'emotion'?",
        "hint": report["problems"][0]["hint"],
    }


def test_github_format_emits_workflow_commands(broken: Path, run_cli: Run) -> None:
    _, out, _ = run_cli("check", "--format", "github")
    first = out.splitlines()[0]
    assert first.startswith(
        "::error file=journeys/typo.yaml,line=7,col=9,title=cxdocs unknown-key::unknown key"
    )
    assert "%0Aallowed keys" in first  # the hint follows on a new (encoded) line


def test_gitlab_format_is_a_code_quality_report(broken: Path, run_cli: Run) -> None:
    code, out, _ = run_cli("check", "--format", "gitlab")
    assert code == 1
    (issue,) = json.loads(out)
    assert issue["check_name"] == "unknown-key"
    assert issue["severity"] == "major"
    assert issue["location"] == {"path": "journeys/typo.yaml", "lines": {"begin": 7}}
    assert len(issue["fingerprint"]) == 64
    assert json.loads(run_cli("check", "--format", "gitlab")[1]) == [issue]  # stable


def test_annotations_name_files_from_the_git_root_when_cxdocs_lives_in_a_folder(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a monorepo (cxdocs in cx/), GitHub and GitLab place annotations by the
    path from the top of the git repository: journeys/typo.yaml would point at
    no file of the pull request."""
    for name in ("GIT_DIR", "GIT_WORK_TREE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    repo = make_repo(tmp_path)  # tmp_path/repo: a folder of the git repository
    (repo / "journeys" / "typo.yaml").write_text(TYPO)
    monkeypatch.chdir(repo / "journeys")
    _, out, _ = run_cli("check", "--format", "github")
    assert out.startswith("::error file=repo/journeys/typo.yaml,line=7,col=9,")
    _, out, _ = run_cli("check", "--format", "gitlab")
    assert json.loads(out)[0]["location"]["path"] == "repo/journeys/typo.yaml"
    _, out, _ = run_cli("check")  # people read paths from the repository, as before
    assert out.startswith("journeys/typo.yaml:7:9:")
    (repo / "mkdocs.yml").write_text("site_name: x\nplugins:\n  - cxdocs:\n      colour: red\n")
    code, _, err = run_cli("check", "--format", "github")
    assert code == 2 and err.startswith("::error file=repo/mkdocs.yml,line=4,")


def test_github_escaping_of_reserved_characters() -> None:
    problem = Problem("a,b:c.yaml", 1, 2, "warning", "x", "50% done\r\nnext", "")
    assert format_github(problem) == (
        "::warning file=a%2Cb%3Ac.yaml,line=1,col=2,title=cxdocs x::50%25 done%0D%0Anext"
    )


def test_warnings_fail_only_with_strict(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "personas" / "bruno.yaml").write_text("name: Bruno\n")
    monkeypatch.chdir(repo)
    assert run_cli("check")[0] == 0
    assert run_cli("check", "--strict")[0] == 1


def test_paths_limit_the_report_but_references_see_everything(broken: Path, run_cli: Run) -> None:
    code, out, _ = run_cli("check", "personas")
    assert (code, out) == (0, "1 file checked: no problems\n")
    code, out, _ = run_cli("check", "journeys/typo.yaml", "mkdocs.yml")
    assert code == 1 and "typo.yaml:7:9" in out and "1 file checked" in out


def test_unknown_path_is_a_usage_error(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    code, out, err = run_cli("check", "journeys/nope.yaml")
    assert code == 2 and out == ""
    assert "no such file or folder: journeys/nope.yaml" in err


def test_missing_config_is_a_usage_error(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli("check")
    assert code == 2 and out == ""
    assert "error[config] configuration file" in err and "--config" in err


def test_config_option_runs_from_anywhere(
    repo: Path, tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_cli("check", "--config", str(repo / "mkdocs.yml"))[0] == 0


def test_settings_tolerate_mkdocs_yaml_tags_without_running_them(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = repo / "mkdocs.yml"
    marker = repo / "executed"
    config.write_text(
        "site_name: !ENV [SITE_NAME, 'Fixture']\n"
        "markdown_extensions:\n"
        "  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:os.system\n"
        f"      x: !!python/object/apply:os.system ['touch {marker}']\n"
        + config.read_text().split("\n", 1)[1]
    )
    monkeypatch.chdir(repo)
    assert run_cli("check")[0] == 0
    assert not marker.exists()


def test_usage_error_exits_two(run_cli: Run) -> None:
    assert run_cli("check", "--format", "xml")[0] == 2
    assert run_cli()[0] == 2


def test_console_script_runs_as_module(repo: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cxdocs", "check"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "3 files checked: no problems\n"


def test_a_check_process_that_ends_at_once_still_reports_everything(
    broken: Path, run_cli: Run
) -> None:
    """`cxdocs check` as a process ends without freeing what it loaded (see
    cxdocs.cli.program): its whole report is still written, and its exit code
    is the check's, into a pipe as into a file."""
    code, out, _ = run_cli("check", "--format", "json")
    command = [sys.executable, "-m", "cxdocs", "check", "--format", "json"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # buffered, as usual
    piped = subprocess.run(
        command, cwd=broken, env=env, capture_output=True, text=True, check=False
    )
    assert (piped.returncode, json.loads(piped.stdout)) == (code, json.loads(out))
    report = broken.parent / "report.json"
    with report.open("w") as sink:
        to_file = subprocess.run(command, cwd=broken, env=env, stdout=sink, check=False)
    assert (to_file.returncode, json.loads(report.read_text())) == (code, json.loads(out))


def test_pydantic_plugins_stay_as_the_user_set_them(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """cxdocs turns pydantic's plugin search off for its own commands, unless
    the variable is set: then it is left as it is."""
    monkeypatch.chdir(repo)
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    assert run_cli("check")[0] == 0
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__"
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "")
    assert run_cli("check")[0] == 0
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == ""
