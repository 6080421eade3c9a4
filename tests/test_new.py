"""`cxdocs new` as a new user meets it: sub-folders, modelines that resolve, reachable help."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs import GUIDE_URL

Run = Callable[..., tuple[int, str, str]]


def _modeline_target(path: Path) -> Path:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    return (path.parent / first.split("=", 1)[1]).resolve()


def test_new_journey_in_a_sub_folder(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    code, out, err = run_cli("new", "journey", "support/refund", "--persona", "ana")
    assert code == 0, err
    created = repo / "journeys" / "support" / "refund.yaml"
    assert out.startswith("created journeys/support/refund.yaml")
    # The modeline is relative to the file's own folder and points at a file that exists.
    target = _modeline_target(created)
    assert target == (repo / "schemas" / "journey.schema.json").resolve()
    assert target.is_file()
    assert "wrote schemas/journey.schema.json" in out
    assert run_cli("check", "journeys/support/refund.yaml")[0] == 0


def test_new_takes_the_path_people_type_for_the_id(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cxdocs new journey journeys/refund` (the file's path, as tab completion
    gives it) means journeys/refund.yaml, not journeys/journeys/refund.yaml."""
    monkeypatch.chdir(repo)
    code, out, err = run_cli("new", "journey", "journeys/support/refund", "--persona", "ana")
    assert code == 0, err
    assert out.startswith("created journeys/support/refund.yaml")
    assert not (repo / "journeys" / "journeys").exists()


@pytest.mark.parametrize("given", ["refund.yaml", "refund.md", "support/refund.yml"])
def test_new_says_an_id_has_no_file_suffix(
    repo: Path, given: str, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    code, _, err = run_cli("new", "journey", given, "--persona", "ana")
    suffix = "." + given.rsplit(".", 1)[1]
    assert (code, err) == (
        2,
        f"cxdocs: error: give the id without '{suffix}': "
        f"cxdocs new writes {given.rsplit('.', 1)[0]}.yaml\n",
    )
    assert sorted(p.name for p in (repo / "journeys").rglob("*")) == ["first-purchase.yaml"]


def test_new_writes_missing_schemas_once(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    assert "wrote schemas/" in run_cli("new", "persona", "bruno")[1]
    _, out, _ = run_cli("new", "persona", "carla")
    assert "wrote" not in out  # already there: left alone
    for name in ("bruno", "carla"):
        assert _modeline_target(repo / "personas" / f"{name}.yaml").is_file()


def test_scaffold_comments_point_at_reachable_documentation(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    run_cli("new", "persona", "bruno")
    text = (repo / "personas" / "bruno.yaml").read_text(encoding="utf-8")
    assert f"{GUIDE_URL}format/#persona" in text
    assert "guide/format.md" not in text  # not a file of cxdocs' own source tree


def test_new_refuses_an_id_used_in_another_folder(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    code, _, err = run_cli("new", "journey", "archive/first-purchase", "--persona", "ana")
    assert code == 2
    assert "journey id 'first-purchase' is already used by journeys/first-purchase.yaml" in err
    assert not (repo / "journeys" / "archive").exists()
    code, _, err = run_cli("new", "journey", "Support/refund", "--persona", "ana")
    assert code == 2 and "'Support' is not a valid id or folder name; try 'support'" in err


def test_import_notes_help_and_hints_point_at_the_published_guide(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A team's repository has no docs/guide/: what cxdocs writes into its files
    and prints links to the guide people can open."""
    monkeypatch.chdir(repo)
    (repo / "steps.csv").write_text("Stage,Action\nBuy,Pays\n", encoding="utf-8")
    code, out, err = run_cli("import", "steps.csv", "--persona", "ana", "-o", "-")
    assert code == 0, err
    assert f"Reference: {GUIDE_URL}format/#journey" in out
    (repo / "personas" / "empty.yaml").write_text("# nothing yet\n", encoding="utf-8")
    _, out, _ = run_cli("check")
    assert f"{GUIDE_URL}format/" in out
    texts = [out]
    for command in ("import", "export"):
        code, out, _ = run_cli(command, "--help")
        assert code == 0
        texts.append(out)
    assert f"{GUIDE_URL}import-export/" in texts[-1]
    assert [t for t in texts if re.search(r"guide/[\w-]+\.md", t)] == []  # source-tree files


def test_scaffolds_speak_the_repository_language_and_pass_check(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_cli("init", str(tmp_path), "--locale", "pt-BR", "--example")
    monkeypatch.chdir(tmp_path)
    for args in (
        ("persona", "rui"),
        ("journey", "troca", "--persona", "rui"),
        ("blueprint", "troca", "--journey", "troca"),
        ("source", "entrevistas"),
    ):
        code, out, err = run_cli("new", *args)
        assert code == 0, out + err
        assert "error" not in out, out
    persona = (tmp_path / "personas" / "rui.yaml").read_text(encoding="utf-8")
    journey = (tmp_path / "journeys" / "troca.yaml").read_text(encoding="utf-8")
    blueprint = (tmp_path / "blueprints" / "troca.yaml").read_text(encoding="utf-8")
    assert "Uma linha abaixo do nome" in persona and "One line" not in persona
    assert "O que o cliente faz" in journey and "state: atual" in journey
    assert "a jornada que este blueprint atende" in blueprint
    source = (tmp_path / "research" / "entrevistas.yaml").read_text(encoding="utf-8")
    assert "Uma fonte de pesquisa" in source and "A research source" not in source
    assert run_cli("check", "--strict")[0] == 0
