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


def test_pre_commit_hook_checks_the_whole_repository_on_every_commit() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "cxdocs-check")
    assert hook["entry"] == "cxdocs check --strict"
    # Deleted files are never in pre-commit's file list: only always_run sees them.
    assert hook["always_run"] is True and hook["pass_filenames"] is False
    pattern = re.compile(hook["files"])
    for path in ("journeys/support/late-delivery.yaml", "personas/ana.md", "mkdocs.yml"):
        assert pattern.search(path)
    for path in ("mkdocs.yaml", "properdocs.yml", "blueprints/x.yml"):
        assert pattern.search(path)
    assert not pattern.search("docs/index.md")
