"""`cxdocs init`: a repository a team can commit, check, build and publish at once."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from cxdocs import __version__
from cxdocs.cli.init.install import install_spec
from cxdocs.content.editor_schema import stale_schemas
from cxdocs.content.settings.reader import read_config
from tests.helpers import actionlint

Run = Callable[..., tuple[int, str, str]]

EXPECTED = {
    "mkdocs.yml",
    "docs/index.md",
    "personas/.gitkeep",
    "journeys/.gitkeep",
    "blueprints/.gitkeep",
    "research/.gitkeep",
    "schemas/persona.schema.json",
    "schemas/journey.schema.json",
    "schemas/blueprint.schema.json",
    "schemas/source.schema.json",
    ".gitignore",
    ".vscode/settings.json",
    ".vscode/extensions.json",
    ".github/workflows/cxdocs.yml",
    ".gitlab-ci.yml",
    ".pre-commit-config.yaml",
}


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_init_sets_up_an_empty_folder(tmp_path: Path, run_cli: Run) -> None:
    code, out, err = run_cli("init", str(tmp_path / "cx"))
    assert code == 0, err
    assert set(_tree(tmp_path / "cx")) == EXPECTED
    assert out.count("created ") == len(EXPECTED)
    assert "Next steps:" in out and f"cd {tmp_path / 'cx'}" in out


def test_init_in_a_folder_of_a_git_repository_says_where_workflows_run(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GitHub runs workflows only from the top of the repository: a workflow
    written into cx/.github/ would never check anything, and nothing said so."""
    for name in ("GIT_DIR", "GIT_WORK_TREE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    code, out, err = run_cli("init", str(tmp_path / "cx"))
    assert code == 0, err
    assert (
        f"cx/ is a folder of the git repository {tmp_path.resolve()}: GitHub runs "
        "workflows only from its top .github/workflows/"
    ) in out
    subprocess.run(["git", "init", "-q", str(tmp_path / "top")], check=True)
    code, out, _ = run_cli("init", str(tmp_path / "top"))  # its own repository: all is well
    assert "GitHub runs workflows" not in out


def test_init_outside_git_says_to_start_a_repository(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Then commit, push" in a folder that is no repository would fail.
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    _, out, _ = run_cli("init", str(tmp_path / "cx"))
    assert "git init" in out


def test_running_init_twice_changes_nothing(tmp_path: Path, run_cli: Run) -> None:
    run_cli("init", str(tmp_path), "--example")
    (tmp_path / "mkdocs.yml").write_text("site_name: Ours\n")  # edited by the team
    before = _tree(tmp_path)
    code, out, _ = run_cli("init", str(tmp_path), "--example", "--theme", "mkdocs")
    assert code == 0
    assert _tree(tmp_path) == before
    assert "created" not in out
    assert "skipped mkdocs.yml (exists; left as it is)" in out
    assert out.count("skipped ") == len(EXPECTED) + 3


def test_init_in_an_existing_site_keeps_its_files_and_says_what_to_add(
    tmp_path: Path, run_cli: Run
) -> None:
    (tmp_path / "mkdocs.yaml").write_text("site_name: Handbook\n")
    (tmp_path / ".gitignore").write_text("node_modules/\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Handbook\n")
    code, out, _ = run_cli("init", str(tmp_path))
    assert code == 0
    assert not (tmp_path / "mkdocs.yml").exists()  # the site's own settings file is used
    assert (tmp_path / "mkdocs.yaml").read_text() == "site_name: Handbook\n"
    assert (tmp_path / ".gitignore").read_text() == "node_modules/\n"
    assert (tmp_path / "docs" / "index.md").read_text() == "# Handbook\n"
    assert "mkdocs.yaml does not enable cxdocs yet" in out
    assert "add '.cache/' and '/site/'" in out
    assert (tmp_path / "journeys" / ".gitkeep").is_file()


def test_init_refuses_a_file_as_folder(tmp_path: Path, run_cli: Run) -> None:
    (tmp_path / "f").write_text("x")
    assert run_cli("init", str(tmp_path / "f"))[0] == 2


@pytest.mark.parametrize("folder", ["journeys", "journeys/support", "docs", "personas"])
def test_init_refuses_a_folder_inside_another_repositorys_content(
    repo: Path, folder: str, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run by mistake in a content folder (or docs_dir) of a cxdocs repository,
    init would write a second repository into the team's content."""
    before = _tree(repo)
    (repo / folder).mkdir(exist_ok=True)
    monkeypatch.chdir(repo / folder)
    code, out, err = run_cli("init")
    assert code == 2 and out == ""
    top = folder.split("/")[0]
    assert f"the content folder {top}/" in err or "docs_dir (docs/)" in err
    assert "mkdocs.yml" in err  # says which repository it belongs to
    assert _tree(repo) == before


def test_init_in_another_folder_of_a_repository_works(repo: Path, run_cli: Run) -> None:
    # A second site beside the content (a monorepo) is the team's choice.
    code, _, err = run_cli("init", str(repo / "team-b"))
    assert code == 0, err
    assert (repo / "team-b" / "mkdocs.yml").is_file()


@pytest.mark.parametrize(
    ("locale", "journey", "words"),
    [
        ("en", "first-order", "Pays by card"),
        ("pt-BR", "primeiro-pedido", "Paga com cartão"),
    ],
)
def test_example_passes_strict_check_and_schemas_are_current(
    tmp_path: Path,
    run_cli: Run,
    monkeypatch: pytest.MonkeyPatch,
    locale: str,
    journey: str,
    words: str,
) -> None:
    run_cli("init", str(tmp_path), "--example", "--locale", locale)
    monkeypatch.chdir(tmp_path / "journeys")
    code, out, _ = run_cli("check", "--strict")
    summary = {
        "en": "3 files checked: no problems\n",
        "pt-BR": "3 arquivos verificados: nenhum problema\n",
    }
    assert (code, out) == (0, summary[locale])
    settings = read_config(tmp_path / "mkdocs.yml").settings
    assert stale_schemas(tmp_path / "schemas", settings) == []
    text = (tmp_path / "journeys" / f"{journey}.yaml").read_text(encoding="utf-8")
    assert words in text  # the example speaks the repository's language
    first = text.splitlines()[0]
    assert (tmp_path / "journeys" / first.split("=", 1)[1]).resolve().is_file()


@pytest.mark.parametrize(("locale", "theme"), [("en", "material"), ("pt-BR", "mkdocs")])
def test_settings_follow_locale_and_theme(
    tmp_path: Path, run_cli: Run, locale: str, theme: str
) -> None:
    run_cli("init", str(tmp_path), "--locale", locale, "--theme", theme)
    data = yaml.safe_load((tmp_path / "mkdocs.yml").read_text())
    assert data["site_name"] and data["docs_dir"] == "docs"
    # awesome-nav: Zensical reads the section titles `cxdocs build` writes.
    assert data["plugins"][:2] == ["search", "awesome-nav"]
    plugin = data["plugins"][2]["cxdocs"]
    assert plugin["locale"] == locale and plugin["channels"] and plugin["actors"]
    assert data["theme"]["name"] == theme
    if theme == "material":
        assert data["theme"]["language"] == locale
    else:
        assert data["theme"]["locale"] == locale.replace("-", "_")
    assert read_config(tmp_path / "mkdocs.yml").settings.locale == locale


def test_gitignore_and_editor_settings(tmp_path: Path, run_cli: Run) -> None:
    run_cli("init", str(tmp_path))
    ignored = (tmp_path / ".gitignore").read_text().splitlines()
    assert {"/.cache/", "/site/"} <= set(ignored)
    vscode = json.loads((tmp_path / ".vscode" / "settings.json").read_text())
    for schema, globs in vscode["yaml.schemas"].items():
        assert (tmp_path / schema).is_file()
        folders = ("personas", "journeys", "blueprints", "research")
        assert all(g.split("/")[0] in folders for g in globs)


def _workflow(root: Path) -> dict[str, object]:
    data: dict[str, object] = yaml.safe_load((root / ".github/workflows/cxdocs.yml").read_text())
    return data


def test_github_workflow_is_for_a_users_repository(tmp_path: Path, run_cli: Run) -> None:
    run_cli("init", str(tmp_path))
    text = (tmp_path / ".github/workflows/cxdocs.yml").read_text()
    assert "-e ." not in text and "pip install ." not in text  # never from a source checkout
    workflow = _workflow(tmp_path)
    assert workflow["env"] == {"CXDOCS_VERSION": __version__}
    jobs = workflow["jobs"]
    assert isinstance(jobs, dict)
    steps = jobs["check"]["steps"]
    runs = "\n".join(s.get("run", "") for s in steps)
    assert f'pip install "{install_spec("site")}"' in runs
    assert "cxdocs check --strict --format github" in runs
    assert "mkdocs build --strict" in runs
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache@"))
    assert cache["with"]["path"] == ".cache/cxdocs"
    diff = next(s for s in steps if "cxdocs diff" in s.get("run", ""))
    assert diff["if"].startswith("${{ !cancelled()")  # runs even when the check failed
    comment = next(s for s in steps if "gh pr comment" in s.get("run", ""))
    assert "!cancelled()" in comment["if"] and "PATCH" in comment["run"]  # one sticky comment
    assert jobs["check"]["permissions"]["pull-requests"] == "write"
    deploy = jobs["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")
    assert "refs/heads/main" in deploy["if"]


def test_gitlab_job_and_pre_commit_config(tmp_path: Path, run_cli: Run) -> None:
    run_cli("init", str(tmp_path))
    gitlab = yaml.safe_load((tmp_path / ".gitlab-ci.yml").read_text())
    assert gitlab["variables"]["CXDOCS_VERSION"] == __version__
    assert any(install_spec("site") in s for s in gitlab["default"]["before_script"])
    assert gitlab["cxdocs"]["artifacts"]["reports"]["codequality"]
    assert "mkdocs build --strict --site-dir public" in gitlab["pages"]["script"]
    hooks = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text())
    assert hooks["repos"][0]["repo"] == "local"  # see test_zensical_project.py


def test_github_workflow_passes_actionlint(tmp_path: Path, run_cli: Run) -> None:
    run_cli("init", str(tmp_path))
    written = tmp_path / ".github" / "workflows" / "cxdocs.yml"
    assert actionlint([written]) == []
    # The same linter does fail on a mistake in this very file.
    broken = tmp_path / "broken.yml"
    broken.write_text(written.read_text().replace("github.event_name", "github.event_nam"))
    assert actionlint([broken])


def test_portuguese_settings_are_commented_in_portuguese(tmp_path: Path, run_cli: Run) -> None:
    run_cli("init", str(tmp_path), "--locale", "pt-BR")
    text = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    assert "# idioma de diagramas e páginas: en ou pt-BR" in text
    assert "Renomeie e acrescente os seus" in text
    assert "labels in diagrams" not in text and "Rename and add" not in text


ENGLISH_WORDS = re.compile(r"\b(the|and|in|of|your|after|writes|adds|pages|under)\b")


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_every_comment_init_writes_in_portuguese_is_portuguese(
    tmp_path: Path, run_cli: Run, engine: str
) -> None:
    run_cli("init", str(tmp_path), "--locale", "pt-BR", "--engine", engine)
    name = "zensical.toml" if engine == "zensical" else "mkdocs.yml"
    text = (tmp_path / name).read_text(encoding="utf-8")
    comments = [line.split("#", 1)[1] for line in text.splitlines() if "#" in line]
    assert len(comments) >= 8
    english = [c for c in comments if ENGLISH_WORDS.search(c.split("  # ")[-1])]
    assert english == []


THEIR_PRE_COMMIT = """repos:
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.6.0
    hooks:
      - id: ruff
"""


def test_init_with_its_own_pre_commit_config_says_what_to_add(tmp_path: Path, run_cli: Run) -> None:
    import yaml

    (tmp_path / ".pre-commit-config.yaml").write_text(THEIR_PRE_COMMIT)
    code, out, _ = run_cli("init", str(tmp_path))
    assert code == 0
    assert (tmp_path / ".pre-commit-config.yaml").read_text() == THEIR_PRE_COMMIT
    assert "skipped .pre-commit-config.yaml (exists; left as it is)" in out
    advice = out[out.index(".pre-commit-config.yaml exists: add cxdocs' hook") :]
    entry = advice.split(":\n", 1)[1].split("\n\n", 1)[0]
    # Pasted under their `repos:` as printed, it is a working configuration.
    merged = yaml.safe_load(THEIR_PRE_COMMIT + entry + "\n")
    assert [h["id"] for r in merged["repos"] for h in r["hooks"]] == ["ruff", "cxdocs-check"]
    # Once it is there, init says nothing more about it.
    (tmp_path / ".pre-commit-config.yaml").write_text(THEIR_PRE_COMMIT + entry + "\n")
    code, out, _ = run_cli("init", str(tmp_path))
    assert code == 0 and ".pre-commit-config.yaml exists" not in out
