"""JSON Schemas for editors: committed copies are current and accept real content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from cxdocs.load import discover, load_document
from cxdocs.schema import SCHEMA_DIR, schema_for, stale_schemas
from tests.conftest import ROOT, make_repo

Run = Callable[..., tuple[int, str, str]]


def test_committed_schemas_equal_freshly_generated_ones() -> None:
    assert stale_schemas(ROOT / SCHEMA_DIR) == []


EXAMPLE_FILES = list(discover(ROOT))


@pytest.mark.parametrize(
    ("path", "kind"), EXAMPLE_FILES, ids=[p.relative_to(ROOT).as_posix() for p, _ in EXAMPLE_FILES]
)
def test_example_files_validate_against_their_schema(path: Path, kind: str) -> None:
    doc = load_document(path, ROOT, kind)
    assert doc.data is not None
    jsonschema.validate(doc.data, schema_for(kind))


def test_yaml_example_files_carry_the_schema_modeline() -> None:
    for path, kind in EXAMPLE_FILES:
        if path.suffix == ".yaml":
            first = path.read_text(encoding="utf-8").splitlines()[0]
            assert first.startswith("# yaml-language-server: $schema=")
            assert (path.parent / first.split("=", 1)[1]).resolve() == (
                ROOT / SCHEMA_DIR / f"{kind}.schema.json"
            )


def test_schema_rejects_what_check_rejects() -> None:
    journey = {"title": "T", "persona": "p", "stages": [{"name": "S", "steps": [{"action": "A"}]}]}
    jsonschema.validate(journey, schema_for("journey"))  # ids may be left out
    typo = {**journey, "stages": [{"name": "S", "steps": [{"action": "A", "emotoin": 1}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(typo, schema_for("journey"))
    out_of_range = {**journey, "stages": [{"name": "S", "steps": [{"action": "A", "emotion": 3}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(out_of_range, schema_for("journey"))


def test_schema_command_writes_and_checks(tmp_path: Path, run_cli: Run) -> None:
    out = tmp_path / "s"
    assert run_cli("schema", "--check", "--out", str(out))[0] == 1
    code, stdout, _ = run_cli("schema", "--out", str(out))
    assert code == 0 and stdout.count("wrote ") == 3
    assert run_cli("schema", "--check", "--out", str(out))[0] == 0


@pytest.mark.parametrize("kind", ["persona", "journey", "blueprint"])
def test_new_scaffolds_a_file_that_passes_check(
    kind: str, tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path)
    monkeypatch.chdir(repo)
    extra = ["--journey", "first-purchase"] if kind == "blueprint" else []
    code, out, err = run_cli("new", kind, "fresh-one", *extra)
    assert code == 0, err
    assert out.startswith(f"created {kind}s/fresh-one.yaml")
    assert run_cli("check")[0] == 0
    created = repo / f"{kind}s" / "fresh-one.yaml"
    assert created.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")


def test_new_refuses_to_overwrite_and_bad_ids(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    before = (repo / "personas" / "ana.yaml").read_text()
    code, _, err = run_cli("new", "persona", "ana")
    assert code == 2 and "already used by personas/ana.yaml" in err
    assert (repo / "personas" / "ana.yaml").read_text() == before
    code, _, err = run_cli("new", "journey", "Big Journey")
    assert code == 2 and "try 'big-journey'" in err
    code, _, err = run_cli("new", "journey", "x", "--persona", "nobody")
    assert code == 2 and "persona 'nobody' is not defined" in err
