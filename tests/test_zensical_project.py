"""A Zensical-native project: cxdocs' settings in zensical.toml, and what
`cxdocs init --engine zensical` writes (CI that builds with Zensical)."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from cxdocs import __version__
from cxdocs.cli.init import install
from cxdocs.content.settings.reader import ConfigError, read_config
from tests.conftest import make_repo

Run = Callable[..., tuple[int, str, str]]

SETTINGS = """\
[project]
site_name = "Fixture"

[project.extra.cxdocs]
locale = "pt-BR"
downloads = ["svg"]
channels = { web = "Website", app = "Mobile app", whatsapp = "WhatsApp" }

[project.extra.cxdocs.actors]
ecommerce = "E-commerce team"
logistics = "Logistics"
erp = "ERP (system)"
"""


@pytest.fixture
def toml_repo(tmp_path: Path) -> Path:
    repo = make_repo(tmp_path)
    (repo / "mkdocs.yml").unlink()
    (repo / "zensical.toml").write_text(SETTINGS, encoding="utf-8")
    return repo


def test_settings_are_read_from_zensical_toml(
    toml_repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = read_config(toml_repo / "zensical.toml")
    assert config.settings.locale == "pt-BR" and config.settings.downloads == ["svg"]
    assert config.settings.actors["erp"] == "ERP (system)"
    assert config.docs_dir == toml_repo / "docs"
    monkeypatch.chdir(toml_repo / "journeys")  # found from any folder, as mkdocs.yml is
    # A pt-BR repository: check speaks Portuguese.
    assert run_cli("check", "--strict") == (0, "3 arquivos verificados: nenhum problema\n", "")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ('locale = "pt-BR"', 'locale = "pt-br"'),
            "zensical.toml:5:10: error[invalid-value] 'locale' must be one of en, pt-BR; "
            "got 'pt-br'; did you mean 'pt-BR'?",
        ),
        (
            ("[project.extra.cxdocs.actors]", "[project.extra.cxdocs.actor]"),
            "zensical.toml:9:23: error[unknown-key] unknown key 'actor' in cxdocs settings; "
            "did you mean 'actors'?",
        ),
        (
            ('app = "Mobile app"', 'App = "Mobile app"'),
            "zensical.toml:7:31: error[",
        ),
        (
            ("[project.extra.cxdocs]", "[project.extra.cxdocs"),
            "zensical.toml:4:22: error[config] zensical.toml is not valid TOML",
        ),
        (
            ("extra.cxdocs", "extra.other"),
            "zensical.toml:1:1: error[config] zensical.toml has no cxdocs settings",
        ),
    ],
)
def test_problems_point_into_zensical_toml(
    toml_repo: Path,
    run_cli: Run,
    monkeypatch: pytest.MonkeyPatch,
    change: tuple[str, str],
    expected: str,
) -> None:
    path = toml_repo / "zensical.toml"
    path.write_text(SETTINGS.replace(*change), encoding="utf-8")
    monkeypatch.chdir(toml_repo)
    code, out, err = run_cli("check")
    assert code != 0
    assert (out + err).startswith(expected), out + err


def test_hints_name_the_table_in_zensical_toml(
    toml_repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = toml_repo / "zensical.toml"
    path.write_text(SETTINGS.replace('app = "Mobile app", ', ""), encoding="utf-8")
    monkeypatch.chdir(toml_repo)
    code, out, _ = run_cli("check")
    assert code == 1 and "canal 'app' não existe" in out
    assert "dica: declare-o no zensical.toml em [project.extra.cxdocs.channels]" in out
    english = run_cli("check", "--locale", "en")[1]  # the settings name pt-BR: they win
    assert english == out
    assert "mkdocs.yml" not in out


def test_a_settings_problem_has_a_position_even_in_inline_tables(toml_repo: Path) -> None:
    path = toml_repo / "zensical.toml"
    path.write_text(SETTINGS.replace('whatsapp = "WhatsApp"', 'whatsapp = ["x"]'))
    with pytest.raises(ConfigError) as raised:
        read_config(path)
    (problem,) = raised.value.problems
    assert (problem.line, problem.col) == (7, 62)  # the list, not its table


def test_init_writes_a_zensical_project(tmp_path: Path, run_cli: Run) -> None:
    code, out, err = run_cli("init", str(tmp_path), "--engine", "zensical", "--locale", "pt-BR")
    assert code == 0, err
    assert not (tmp_path / "mkdocs.yml").exists()
    data = tomllib.loads((tmp_path / "zensical.toml").read_text(encoding="utf-8"))
    assert data["project"]["docs_dir"] == "docs"
    assert "cxdocs" in data["project"]["markdown_extensions"]
    assert data["project"]["extra"]["cxdocs"]["locale"] == "pt-BR"
    assert read_config(tmp_path / "zensical.toml").settings.locale == "pt-BR"
    assert "cxdocs build && zensical serve" in out
    workflow = yaml.safe_load((tmp_path / ".github/workflows/cxdocs.yml").read_text())
    runs = "\n".join(s.get("run", "") for s in workflow["jobs"]["check"]["steps"])
    assert "cxdocs check --strict --format github" in runs
    assert "cxdocs build --strict && zensical build --clean" in runs
    assert " zensical\n" in runs and "mkdocs build" not in runs
    gitlab = yaml.safe_load((tmp_path / ".gitlab-ci.yml").read_text())
    assert gitlab["pages"]["script"] == [
        "cxdocs build --strict",
        "zensical build --clean",
        "mv site public",
    ]


def test_pre_commit_runs_the_installed_cxdocs(tmp_path: Path, run_cli: Run) -> None:
    # No release and no tag to pin before the first release: the hook runs the
    # cxdocs the team installed, however that was.
    run_cli("init", str(tmp_path))
    hooks = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text())
    (repo,) = hooks["repos"]
    assert repo["repo"] == "local" and "rev" not in repo
    (hook,) = repo["hooks"]
    assert hook["entry"] == "cxdocs check --strict" and hook["language"] == "system"
    assert hook["always_run"] is True and hook["pass_filenames"] is False


class _Dist:
    def __init__(self, record: dict[str, object] | None) -> None:
        self.record = record

    def read_text(self, name: str) -> str | None:
        return json.dumps(self.record) if self.record is not None else None


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (None, f"cxdocs[site]=={__version__}"),  # from the package index: the release
        (
            {
                "url": "https://github.com/team/cxdocs",
                "vcs_info": {"vcs": "git", "commit_id": "abc123"},
            },
            "cxdocs[site] @ git+https://github.com/team/cxdocs@abc123",
        ),
        (  # a wheel file: CI cannot reach it; the release
            {"url": "file:///tmp/cxdocs-0.1.0-py3-none-any.whl", "archive_info": {}},
            f"cxdocs[site]=={__version__}",
        ),
    ],
)
def test_ci_installs_cxdocs_the_way_it_was_installed(
    monkeypatch: pytest.MonkeyPatch, record: dict[str, object] | None, expected: str
) -> None:
    monkeypatch.setattr(install.metadata, "distribution", lambda name: _Dist(record))
    assert install.install_spec("site") == expected


def test_ci_installs_a_checkouts_commit_from_its_remote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    checkout = tmp_path / "cxdocs"
    checkout.mkdir()
    git = ["git", "-C", str(checkout)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "remote", "add", "origin", "git@github.com:team/cxdocs.git"], check=True)
    subprocess.run(
        [
            *git,
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@x",
            "commit",
            "-q",
            "--allow-empty",
            "-m",
            "x",
        ],
        check=True,
    )
    head = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True).stdout
    record = {"url": checkout.as_uri(), "dir_info": {"editable": True}}
    monkeypatch.setattr(install.metadata, "distribution", lambda name: _Dist(record))
    assert install.install_spec("") == (
        f"cxdocs @ git+https://github.com/team/cxdocs.git@{head.strip()}"
    )
