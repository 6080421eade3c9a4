"""`cxdocs history` and the site's History section, on throw-away git repositories.

A repository gets several dated commits by different authors; the tests read
its history back as a CX lead would: newest first, in words, with the figures
after each commit, in the repository's locale, fast on a second run (cache),
and never failing a site build when there is no history to read.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from cxdocs.changes import timeline
from cxdocs.changes.history import NoHistory, load_history
from cxdocs.content.checks.run import load_repository
from cxdocs.content.settings.reader import read_config
from cxdocs.site.history import history_sections, journey_history
from tests.helpers import GitRepo, Run, mkdocs_build, start_repo

JOURNEY = "journeys/first-purchase.yaml"


def dated(
    repo: GitRepo, monkeypatch: pytest.MonkeyPatch, day: str, author: str, message: str
) -> str:
    monkeypatch.setenv("GIT_AUTHOR_DATE", f"{day}T10:00:00+00:00")
    monkeypatch.setenv("GIT_COMMITTER_DATE", f"{day}T10:00:00+00:00")
    repo.git("config", "user.name", author)
    return repo.commit(message)


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """Four commits after the base one: two journey edits, a blueprint edit, a README edit."""
    monkeypatch.setenv("GIT_AUTHOR_DATE", "2026-01-05T10:00:00+00:00")
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2026-01-05T10:00:00+00:00")
    repo = start_repo(tmp_path, monkeypatch)
    repo.edit(JOURNEY, "emotion: -1", "emotion: 0")
    dated(repo, monkeypatch, "2026-02-10", "Ana Lima", "Tracking link in the e-mail")
    repo.write("README.md", "notes\n")
    dated(repo, monkeypatch, "2026-02-20", "Ana Lima", "Notes only")
    repo.edit(JOURNEY, "{text: No tracking, severity: high}", "{text: No tracking, severity: low}")
    repo.edit(JOURNEY, "emotion: 0", "emotion: 2")
    dated(repo, monkeypatch, "2026-03-15", "Bruno Costa", "Live tracking shipped")
    repo.edit("blueprints/order.yaml", "to: [reserve]}", "to: [reserve], fail_point: Timeouts}")
    dated(repo, monkeypatch, "2026-04-01", "Carla Mendes", "Timeouts seen in the logs")
    return repo


def history(run_cli: Run, *args: str) -> str:
    code, out, err = run_cli("history", *args)
    assert (code, err) == (0, ""), err
    return out


def history_json(run_cli: Run, *args: str) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(history(run_cli, *args, "--format", "json"))
    return report


def test_history_lists_each_commit_newest_first_in_words(story: GitRepo, run_cli: Run) -> None:
    out = history(run_cli, JOURNEY)
    assert out.startswith(
        "## History: First purchase\n\n`journeys/first-purchase.yaml` · 3 changes"
    )
    table = [line for line in out.splitlines() if line.startswith("| 2026-")]
    assert [row.split(" | ")[0] for row in table] == [
        "| 2026-03-15",
        "| 2026-02-10",
        "| 2026-01-05",
    ]
    assert table[0].endswith("| Bruno Costa | +1.5 | 1 | 0 |")  # emotion, pain points, high open
    assert table[2].endswith("| CX Lead | 0 | 1 | 1 |")
    newest = out.index("### 2026-03-15 · Bruno Costa")
    assert newest < out.index("### 2026-02-10 · Ana Lima") < out.index("### 2026-01-05 · CX Lead")
    assert "> Live tracking shipped" in out
    assert "Pain point “No tracking”: severity high → low (improved)" in out
    assert "Emotion: 0 → +2 (improved)" in out
    assert (
        "After this commit: average emotion +1.5, 1 pain point, 0 open high-severity pain points"
        in out
    )
    assert "Notes only" not in out  # it did not touch the journey
    assert "\nCreated.\n" in out


def test_history_of_everything_covers_journeys_and_blueprints(story: GitRepo, run_cli: Run) -> None:
    report = history_json(run_cli)
    assert [(o["kind"], o["id"], len(o["commits"])) for o in report["objects"]] == [
        ("journey", "first-purchase", 3),
        ("blueprint", "order", 2),
    ]
    blueprint = report["objects"][1]["commits"][0]
    assert (blueprint["author"], blueprint["message"]) == (
        "Carla Mendes",
        "Timeouts seen in the logs",
    )
    assert blueprint["figures"]["fail_points"] == 1
    assert [c["field"] for c in blueprint["changes"]] == ["fail_point"]


def test_json_keys(story: GitRepo, run_cli: Run) -> None:
    report = history_json(run_cli, JOURNEY)
    assert report["version"] == 1
    entry = report["objects"][0]["commits"][0]
    assert list(entry) == [
        "commit", "date", "author", "message", "status", "path", "figures",
        "open_high_pain_points", "changes",
    ]  # fmt: skip
    assert entry["date"] == "2026-03-15T10:00:00+00:00"
    assert entry["status"] == "changed"
    assert entry["figures"]["average_emotion"] == 1.5
    assert entry["open_high_pain_points"] == 0
    assert len(entry["commit"]) == 40


def test_since_keeps_later_commits_only(story: GitRepo, run_cli: Run) -> None:
    report = history_json(run_cli, JOURNEY, "--since", "2026-02-01")
    assert [c["message"] for c in report["objects"][0]["commits"]] == [
        "Live tracking shipped",
        "Tracking link in the e-mail",
    ]
    code, _, err = run_cli("history", "--since", "yesterday-ish")
    assert code == 2 and "give a date like 2026-01-31" in err


def test_renamed_file_keeps_its_whole_history(
    story: GitRepo, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    story.move(JOURNEY, "journeys/ecommerce/first-purchase.yaml")
    dated(story, monkeypatch, "2026-05-01", "Ana Lima", "Group e-commerce journeys")
    [journey] = [o for o in history_json(run_cli)["objects"] if o["kind"] == "journey"]
    assert journey["path"] == "journeys/ecommerce/first-purchase.yaml"
    assert [c["status"] for c in journey["commits"]] == ["moved", "changed", "changed", "added"]


def test_a_journey_copied_from_another_starts_its_own_history(
    story: GitRepo, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # git log --follow takes a near copy for the file's origin: the copy's
    # history must not turn into the other journey's, nor list it.
    text = (story.path / JOURNEY).read_text(encoding="utf-8")
    story.write("journeys/repeat.yaml", text.replace("title: First purchase", "title: Repeat"))
    dated(story, monkeypatch, "2026-05-01", "Ana Lima", "Repeat purchase, from the first one")
    story.edit("journeys/repeat.yaml", "emotion: 2", "emotion: 1")
    dated(story, monkeypatch, "2026-05-02", "Ana Lima", "Repeat: calmer")
    report = history_json(run_cli, "journeys/repeat.yaml")
    assert [(o["id"], [c["status"] for c in o["commits"]]) for o in report["objects"]] == [
        ("repeat", ["changed", "added"])
    ]
    assert report["objects"][0]["commits"][1]["changes"] == []
    everything = history_json(run_cli)["objects"]
    assert [(o["id"], len(o["commits"])) for o in everything if o["kind"] == "journey"] == [
        ("first-purchase", 3),
        ("repeat", 2),
    ]


def test_files_that_are_not_content_have_no_history(
    story: GitRepo, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `cxdocs init` writes journeys/.gitkeep; notes and pictures sit beside journeys too.
    story.write("journeys/.gitkeep", "")
    story.write("blueprints/notes.txt", "ideas\n")
    dated(story, monkeypatch, "2026-05-01", "Ana Lima", "Keep the folders")
    report = history_json(run_cli)
    assert [o["id"] for o in report["objects"]] == ["first-purchase", "order"]
    assert ".gitkeep" not in history(run_cli)


def test_history_in_the_repository_locale(story: GitRepo, run_cli: Run) -> None:
    story.edit("mkdocs.yml", "  - cxdocs:\n", "  - cxdocs:\n      locale: pt-BR\n")
    out = history(run_cli, JOURNEY)
    assert out.startswith("## Histórico: First purchase")
    assert (
        "| Data | Commit | Autor | Emoção média | Pontos de dor | Alta gravidade em aberto |" in out
    )
    assert "Ponto de dor “No tracking”: gravidade alta → baixa (melhorou)" in out
    assert "Criado." in out


def test_second_run_reads_no_git_objects(
    story: GitRepo, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = history(run_cli)
    assert list((story.path / ".cache" / "cxdocs" / "history").glob("*.history.json"))

    def no_reads(*_: object) -> dict[str, bytes]:
        raise AssertionError("the cache should have answered")

    monkeypatch.setattr(timeline, "read_blobs", no_reads)
    assert history(run_cli) == first


def test_only_touched_blobs_are_read(story: GitRepo, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = timeline.read_blobs

    def spy(root: Path, ids: list[str]) -> dict[str, bytes]:
        asked.extend(ids)
        return real(root, ids)

    monkeypatch.setattr(timeline, "read_blobs", spy)
    config = read_config(story.path / "mkdocs.yml")
    repo, _, _ = load_repository(config)
    load_history(repo, [story.path / JOURNEY])
    # Three commits touched the journey: blob after each, before for the two edits.
    assert len(set(asked)) == 3


def test_shallow_clone_and_plain_folder_say_why(
    story: GitRepo, run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shallow = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{story.path}", str(shallow)], check=True
    )
    monkeypatch.chdir(shallow)
    code, _, err = run_cli("history")
    assert code == 2 and "shallow clone" in err and "fetch-depth: 0" in err
    plain = tmp_path / "plain"
    shutil.copytree(story.path, plain, ignore=shutil.ignore_patterns(".git"))
    monkeypatch.chdir(plain)
    code, _, err = run_cli("history")
    assert code == 2 and "not inside a git repository" in err


# --- the site's History section ----------------------------------------------


def site_repo(path: Path):  # type: ignore[no-untyped-def]
    repo, _, _ = load_repository(read_config(path / "mkdocs.yml"))
    return repo


def test_journey_page_history_section(story: GitRepo) -> None:
    sections = history_sections(site_repo(story.path))
    assert set(sections) == {"first-purchase"}
    html = str(sections["first-purchase"])
    assert html.startswith('<details class="cx-history" id="history"><summary><strong>History')
    assert "(3 changes)" in html
    assert '<svg viewBox="0 0 360 120"' in html and "<polyline" in html
    assert html.count("<li>") == 3
    assert "<q>Live tracking shipped</q>" in html
    assert "severity high → low (improved)" in html
    assert html.index("2026-03-15") < html.index("2026-02-10")


def test_history_text_is_escaped(story: GitRepo, monkeypatch: pytest.MonkeyPatch) -> None:
    story.edit(JOURNEY, "emotion: 2", "emotion: 1")
    dated(story, monkeypatch, "2026-06-01", "<b>Eve</b>", "<script>alert(1)</script>")
    html = str(history_sections(site_repo(story.path))["first-purchase"])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>Eve" not in html


def test_no_git_or_shallow_clone_omits_the_section(story: GitRepo, tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    shutil.copytree(story.path, plain, ignore=shutil.ignore_patterns(".git"))
    repo = site_repo(plain)
    assert history_sections(repo) == {}
    assert journey_history(repo, "first-purchase") is None
    shallow = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{story.path}", str(shallow)], check=True
    )
    assert history_sections(site_repo(shallow)) == {}


@pytest.mark.slow  # a whole mkdocs build (about 9 s)
@pytest.mark.dot
@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's dot is not installed")
def test_site_build_shows_history_and_survives_without_git(story: GitRepo, tmp_path: Path) -> None:
    def build(folder: Path) -> str:
        site = tmp_path / f"site-{folder.name}"
        done = mkdocs_build(folder / "mkdocs.yml", site)
        assert done.returncode == 0, done.stderr
        return (site / "journeys" / "first-purchase" / "index.html").read_text(encoding="utf-8")

    assert 'class="cx-history"' in build(story.path)
    plain = tmp_path / "plain"
    shutil.copytree(story.path, plain, ignore=shutil.ignore_patterns(".git", ".cache"))
    assert "cx-history" not in build(plain)


def test_no_history_error_is_raised_outside_git(tmp_path: Path) -> None:
    shutil.copytree(Path(__file__).parent / "fixtures" / "base", tmp_path / "repo")
    with pytest.raises(NoHistory):
        load_history(site_repo(tmp_path / "repo"))


def test_paths_outside_journeys_and_blueprints_are_refused(story: GitRepo, run_cli: Run) -> None:
    code, _, err = run_cli("history", "personas")
    assert code == 2
    assert "history follows journeys and blueprints; not under them: personas" in err
    assert history_json(run_cli, ".")["objects"]  # the repository root holds them: fine


BROKEN = {
    "yaml": lambda text: text.replace("title: First purchase", "title: [First purchase"),
    "not a mapping": lambda text: "- " + text.replace("\n", "\n  "),
    "conflict markers": lambda text: f"<<<<<<< ours\n{text}=======\n{text}>>>>>>> theirs\n",
}


@pytest.mark.parametrize("broken", BROKEN)
def test_the_commit_after_one_that_did_not_parse_shows_its_changes(
    story: GitRepo, run_cli: Run, monkeypatch: pytest.MonkeyPatch, broken: str
) -> None:
    """Not "created": the next good version is compared with the last good one."""
    good = (story.path / JOURNEY).read_text(encoding="utf-8")
    story.write(JOURNEY, BROKEN[broken](good))
    dated(story, monkeypatch, "2026-05-01", "Ana Lima", "Broken by a bad merge")
    story.write(JOURNEY, good.replace("emotion: 2", "emotion: 1"))
    dated(story, monkeypatch, "2026-05-02", "Bruno Costa", "Fixed, and calmer")
    for _ in range(2):  # the second run reads the cache
        commits = history_json(run_cli, JOURNEY)["objects"][0]["commits"]
        assert [c["status"] for c in commits[:3]] == ["changed", "invalid", "changed"]
        assert [c["field"] for c in commits[0]["changes"]] == ["emotion"]
