"""The CI workflow and pre-commit hook shipped in the repository are well formed."""

from __future__ import annotations

import re

import yaml

from tests.conftest import ROOT


def test_workflow_checks_diffs_and_builds() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "cxdocs.yml").read_text())
    assert set(workflow[True]) == {"pull_request", "push"}  # YAML 1.1 reads `on` as True
    steps = workflow["jobs"]["check"]["steps"]
    commands = " ".join(step.get("run", "") for step in steps)
    assert "cxdocs check --strict --format github" in commands
    assert 'cxdocs diff "$BASE"' in commands  # details: tests/test_diff_workflow.py
    assert "mkdocs build --strict" in commands
    assert "apt-get install -y -qq graphviz" in commands
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0


def test_pre_commit_hook_runs_check_on_content_files() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "cxdocs-check")
    assert hook["entry"].startswith("cxdocs check")
    pattern = re.compile(hook["files"])
    assert pattern.search("journeys/support/late-delivery.yaml")
    assert pattern.search("personas/ana.md")
    assert pattern.search("mkdocs.yml")
    assert not pattern.search("docs/index.md")
