"""`cxdocs diff` end to end: real git repositories, revisions, errors, golden Markdown.

Every test builds a throw-away git repository from `fixtures/base`, commits it,
changes files and runs the command in-process. The per-field change tests live
in test_diff_changes.py and reuse the helpers here.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from cxdocs.changes.fields import stayed
from tests.conftest import make_repo
from tests.helpers import (
    DIFF_GOLDEN,
    GitRepo,
    Run,
    diff_json,
    diff_markdown,
    find_object,
    isolate_git,
    matches_golden,
    representative_change,
    start_repo,
)


@pytest.fixture
def gitrepo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    return start_repo(tmp_path, monkeypatch)


# --- revisions and errors ----------------------------------------------------


def test_no_changes_is_a_friendly_message_and_exit_zero(gitrepo: GitRepo, run_cli: Run) -> None:
    out = diff_markdown(run_cli)
    assert "No customer-facing changes between `HEAD`" in out
    assert "and your changes." in out
    report = diff_json(run_cli)
    assert (report["changed"], report["objects"]) == (False, [])
    assert report["problems"] == {"base": [], "head": []}


def test_not_a_git_repository_exits_two_with_a_clear_error(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate_git(monkeypatch)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.chdir(make_repo(tmp_path))
    code, out, err = run_cli("diff", "HEAD")
    assert (code, out) == (2, "")
    assert "is not inside a git repository" in err
    assert "Traceback" not in err


def test_history_outside_git_names_itself_not_diff(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate_git(monkeypatch)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.chdir(make_repo(tmp_path))
    code, _, err = run_cli("history")
    assert code == 2 and "is not inside a git repository" in err
    assert "diff" not in err


def test_a_repository_without_commits_says_so(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Right after `git init`, HEAD names nothing: the advice to fetch a CI
    # branch would send people the wrong way.
    isolate_git(monkeypatch)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    repo = make_repo(tmp_path)
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    monkeypatch.chdir(repo)
    code, out, err = run_cli("diff", "HEAD")
    assert (code, out) == (2, "")
    assert "has no commits yet" in err and "fetch" not in err


def test_unknown_revision_exits_two(gitrepo: GitRepo, run_cli: Run) -> None:
    code, out, err = run_cli("diff", "origin/nope")
    assert (code, out) == (2, "")
    assert err.startswith("cxdocs: error: unknown revision 'origin/nope'")
    code, _, err = run_cli("diff", "HEAD", "no-such-head")
    assert code == 2 and "unknown revision 'no-such-head'" in err


def test_a_revision_that_looks_like_an_option_is_refused(gitrepo: GitRepo, run_cli: Run) -> None:
    code, _, err = run_cli("diff", "--", "--output=/tmp/x")
    assert code == 2 and "unknown revision" in err


def test_two_revisions_ignore_the_working_tree(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.edit("journeys/first-purchase.yaml", "emotion: -1", "emotion: 1")
    gitrepo.commit("better")
    gitrepo.edit(
        "journeys/first-purchase.yaml", "emotion: 1\n        pain", "emotion: 2\n        pain"
    )
    report = diff_json(run_cli, "HEAD~1", "HEAD")
    assert report["head"]["label"] == "HEAD"
    assert report["head"]["commit"] == gitrepo.git("rev-parse", "HEAD")
    [change] = find_object(report, "journey", "first-purchase")["changes"]
    assert (change["field"], change["before"], change["after"]) == ("emotion", -1, 1)
    # Without HEAD, the uncommitted edit is what counts.
    [change] = find_object(diff_json(run_cli, "HEAD~1"), "journey", "first-purchase")["changes"]
    assert (change["before"], change["after"], report["base"]["label"]) == (-1, 2, "HEAD~1")


def test_unrelated_and_binary_files_are_ignored(gitrepo: GitRepo, run_cli: Run) -> None:
    (gitrepo.path / "personas" / "ana.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    gitrepo.write("README.md", "# Notes\n")
    gitrepo.write("docs/index.md", "# Home\n")
    gitrepo.write("journeys/notes.txt", "not content\n")
    gitrepo.commit("pictures and notes")
    (gitrepo.path / "personas" / "ana.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x01")
    assert diff_json(run_cli, "HEAD~1")["changed"] is False


def test_folder_missing_at_base_means_everything_in_it_is_added(
    gitrepo: GitRepo, run_cli: Run
) -> None:
    gitrepo.git("rm", "-r", "--quiet", "blueprints")
    gitrepo.commit("no blueprints yet")
    gitrepo.git("checkout", "--quiet", "HEAD~1", "--", "blueprints")
    report = diff_json(run_cli)
    obj = find_object(report, "blueprint", "order")
    assert (obj["status"], obj["path"]["after"]) == ("added", "blueprints/order.yaml")
    assert obj["figures"]["after"] == {"items": 3, "fail_points": 0, "waits": 1}


def test_settings_missing_at_base_are_taken_from_head(gitrepo: GitRepo, run_cli: Run) -> None:
    settings = (gitrepo.path / "mkdocs.yml").read_text()
    gitrepo.remove("mkdocs.yml")
    gitrepo.commit("content before the site existed")
    gitrepo.write("mkdocs.yml", settings)
    gitrepo.edit("journeys/first-purchase.yaml", "channel: app", "channel: whatsapp")
    report = diff_json(run_cli)
    assert report["notes"] == [
        "`mkdocs.yml` does not exist in the base revision; its content was read "
        "with the settings of the changes."
    ]
    [change] = find_object(report, "journey", "first-purchase")["changes"]
    assert change["before"] == {"id": "app", "name": "Mobile app"}
    assert change["after"] == {"id": "whatsapp", "name": "WhatsApp"}
    assert "> **Note:** `mkdocs.yml` does not exist in the base revision" in diff_markdown(run_cli)


def test_invalid_settings_at_head_are_reported_and_base_settings_used(
    gitrepo: GitRepo, run_cli: Run
) -> None:
    gitrepo.edit("mkdocs.yml", "  - cxdocs:\n", "  - cxdocs:\n      colours: [red]\n")
    gitrepo.edit("journeys/first-purchase.yaml", "channel: app", "channel: whatsapp")
    report = diff_json(run_cli)
    assert report["notes"] == [
        "`mkdocs.yml` is invalid in the changes; its content was read "
        "with the settings of the base revision."
    ]
    [problem] = report["problems"]["head"]
    assert (problem["path"], problem["code"]) == ("mkdocs.yml", "unknown-key")
    [change] = find_object(report, "journey", "first-purchase")["changes"]
    assert change["after"] == {"id": "whatsapp", "name": "WhatsApp"}


def test_no_settings_at_either_revision_is_a_usage_error(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.remove("mkdocs.yml")
    gitrepo.commit("no site")
    code, out, err = run_cli("diff", "HEAD")
    assert (code, out) == (2, "")
    assert "no usable mkdocs.yml with cxdocs settings at either revision" in err


def test_config_in_a_subfolder_uses_that_folders_content(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate_git(monkeypatch)
    top = tmp_path / "top"
    make_repo(tmp_path).rename(tmp_path / "cx")
    (top).mkdir()
    (tmp_path / "cx").rename(top / "cx")
    repo = GitRepo(top).init()
    repo.write("journeys/unrelated.yaml", "not: cxdocs content at the top\n")
    repo.commit("base")
    repo.edit("cx/personas/ana.yaml", "Busy professional", "Busy lawyer")
    monkeypatch.chdir(top)
    report = diff_json(run_cli, "HEAD", "--config", "cx/mkdocs.yml")
    [obj] = report["objects"]
    assert (obj["kind"], obj["id"], obj["path"]["after"]) == ("persona", "ana", "personas/ana.yaml")
    assert report["problems"] == {"base": [], "head": []}


# --- invalid files -----------------------------------------------------------


def test_invalid_file_at_head_lists_its_problems_as_check_lines(
    gitrepo: GitRepo, run_cli: Run
) -> None:
    gitrepo.edit("journeys/first-purchase.yaml", "emotion: -1", "emotoin: -1")
    report = diff_json(run_cli)
    obj = find_object(report, "journey", "first-purchase")
    assert obj["invalid"] == ["head"]
    [problem] = report["problems"]["head"]
    assert (problem["code"], problem["path"]) == ("unknown-key", "journeys/first-purchase.yaml")
    out = diff_markdown(run_cli)
    assert "**has errors now**" in out
    assert "### Problems in your changes" in out
    assert (
        "journeys/first-purchase.yaml:19:9: error[unknown-key] unknown key 'emotoin' in step "
        "'waits'; did you mean 'emotion'?"
    ) in out


def test_unreadable_file_at_head_is_invalid_not_removed(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.write("blueprints/order.yaml", "title: [unclosed\n")
    obj = find_object(diff_json(run_cli), "blueprint", "order")
    assert (obj["status"], obj["invalid"]) == ("invalid", ["head"])
    out = diff_markdown(run_cli)
    assert "| Order to delivery | Blueprint | cannot be read now |" in out
    assert "Cannot be compared: the file cannot be read now" in out
    assert "blueprints/order.yaml:1:8: error[yaml-syntax] the list opened with '['" in out


def test_file_invalid_at_base_and_fixed_at_head(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.write("personas/bruno.yaml", "name: Bruno\nrole: [broken\n")
    gitrepo.commit("broken persona")
    gitrepo.write("personas/bruno.yaml", "name: Bruno\nrole: Weekend shopper\n")
    report = diff_json(run_cli)
    obj = find_object(report, "persona", "bruno")
    assert (obj["status"], obj["invalid"]) == ("invalid", ["base"])
    assert report["problems"]["base"][0]["path"] == "personas/bruno.yaml"
    out = diff_markdown(run_cli)
    assert "fixed (could not be read before)" in out
    assert "### Problems in `HEAD` (`" in out


# --- moves and renames -------------------------------------------------------


def test_file_moved_with_the_same_id_is_a_move(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.move("journeys/first-purchase.yaml", "journeys/ecommerce/first-purchase.yaml")
    report = diff_json(run_cli)
    [obj] = report["objects"]
    assert (obj["status"], obj["moved"], obj["changes"]) == ("moved", True, [])
    assert obj["path"] == {
        "before": "journeys/first-purchase.yaml",
        "after": "journeys/ecommerce/first-purchase.yaml",
    }
    out = diff_markdown(run_cli)
    assert "| First purchase | Journey | file moved |" in out
    assert (
        "Moved from `journeys/first-purchase.yaml` to `journeys/ecommerce/first-purchase.yaml`."
    ) in out


def test_file_renamed_without_id_keeps_its_history(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.move("blueprints/order.yaml", "blueprints/order-to-delivery.yaml")
    gitrepo.edit("blueprints/order-to-delivery.yaml", "wait: 2 min", "wait: 5 min")
    report = diff_json(run_cli)
    [obj] = report["objects"]
    assert (obj["status"], obj["id"], obj["renamed_from"]) == (
        "renamed",
        "order-to-delivery",
        "order",
    )
    assert [c["field"] for c in obj["changes"]] == ["wait"]
    assert "id renamed from `order`; file moved; 1 activity changed" in diff_markdown(run_cli)


def test_title_change_is_a_change_not_a_new_object(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.edit("journeys/first-purchase.yaml", "title: First purchase", "title: First order")
    [obj] = diff_json(run_cli)["objects"]
    assert (obj["status"], obj["name"]) == ("changed", "First order")
    assert obj["changes"] == [
        {
            "scope": "journey",
            "field": "title",
            "id": None,
            "name": None,
            "parent": None,
            "lane": None,
            "detail": None,
            "before": "First purchase",
            "after": "First order",
            "added": [],
            "removed": [],
            "direction": None,
        }
    ]
    assert "- Title: “First purchase” → “First order”" in diff_markdown(run_cli)


# --- golden ------------------------------------------------------------------


def test_golden_markdown_of_a_representative_change(gitrepo: GitRepo, run_cli: Run) -> None:
    representative_change(gitrepo)
    out = diff_markdown(run_cli)
    commit = gitrepo.git("rev-parse", "--short=7", "HEAD")
    out = out.replace(commit, "0000000")
    matches_golden(DIFF_GOLDEN / "representative.md", out)


def test_json_is_stable_with_documented_keys(gitrepo: GitRepo, run_cli: Run) -> None:
    representative_change(gitrepo)
    report = diff_json(run_cli)
    keys = ["version", "base", "head", "changed", "objects", "problems", "notes", "evidence"]
    assert list(report) == keys
    assert report["version"] == 1
    assert report["base"] == {"label": "HEAD", "commit": gitrepo.git("rev-parse", "HEAD")}
    assert report["head"] == {"label": "working tree", "commit": None}
    assert [(o["kind"], o["id"], o["status"]) for o in report["objects"]] == [
        ("persona", "ana", "changed"),
        ("journey", "first-purchase", "changed"),
        ("blueprint", "order", "changed"),
    ]
    keys = ["kind", "id", "name", "status", "path", "moved", "renamed_from", "invalid"]
    assert list(report["objects"][0]) == [*keys, "svgs", "figures", "changes"]
    assert diff_json(run_cli) == report  # deterministic


def test_markdown_escapes_user_text(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.edit(
        "journeys/first-purchase.yaml",
        "{text: No tracking, severity: high}",
        "{text: 'No *tracking* | <b>at all</b>', severity: high}",
    )
    out = diff_markdown(run_cli)
    assert r"“No \*tracking\* \| \<b\>at all\</b\>” (high)" in out
    assert "<b>" not in out


def test_longest_common_subsequence_reports_only_what_moved() -> None:
    assert stayed(["a", "b", "c", "d"], ["a", "c", "d", "b"]) == {"a", "c", "d"}
    assert stayed(["a", "b"], ["x", "a", "b"]) == {"a", "b"}
    assert stayed([], ["a"]) == set()


def test_markdown_has_no_trailing_spaces(gitrepo: GitRepo, run_cli: Run) -> None:
    representative_change(gitrepo)
    out = diff_markdown(run_cli)
    assert not re.search(r"[ \t]$", out, flags=re.MULTILINE)
