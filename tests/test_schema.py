"""JSON Schemas for editors: committed copies are current and accept real content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from cxdocs.content.editor_schema import SCHEMA_DIR, schema_for, schema_text, stale_schemas
from cxdocs.content.load import discover, load_document
from cxdocs.content.settings.reader import read_config
from tests.conftest import ROOT, make_repo

Run = Callable[..., tuple[int, str, str]]


SETTINGS = read_config(ROOT / "mkdocs.yml").settings


def test_committed_schemas_equal_freshly_generated_ones() -> None:
    assert stale_schemas(ROOT / SCHEMA_DIR, SETTINGS) == []


EXAMPLE_FILES = list(discover(ROOT))


@pytest.mark.parametrize(
    ("path", "kind"), EXAMPLE_FILES, ids=[p.relative_to(ROOT).as_posix() for p, _ in EXAMPLE_FILES]
)
def test_example_files_validate_against_their_schema(path: Path, kind: str) -> None:
    doc = load_document(path, ROOT, kind)
    assert doc.data is not None
    jsonschema.validate(doc.data, schema_for(kind, SETTINGS))


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
    assert code == 0 and stdout.count("wrote ") == 4
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


JOURNEY = {
    "title": "T",
    "persona": "ana",
    "owner": "ecommerce",
    "stages": [{"name": "S", "steps": [{"action": "A", "channel": "app", "actors": ["erp"]}]}],
}


def test_schemas_know_the_repository_channels_and_actors(repo: Path) -> None:
    settings = read_config(repo / "mkdocs.yml").settings
    schema = schema_for("journey", settings)
    jsonschema.validate(JOURNEY, schema)
    step = JOURNEY["stages"][0]["steps"][0]  # type: ignore[index]
    for field, typo in (("channel", "socail"), ("actors", ["erpp"])):
        wrong = {**JOURNEY, "stages": [{"name": "S", "steps": [{**step, field: typo}]}]}
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(wrong, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**JOURNEY, "owner": "nobody"}, schema)
    # The editor shows each id's label beside it.
    channel = schema["$defs"]["Step"]["properties"]["channel"]["anyOf"][0]
    assert channel["enum"] == ["app", "web", "whatsapp"]
    assert channel["enumDescriptions"] == ["Mobile app", "Website", "WhatsApp"]
    persona = schema_for("persona", settings)["properties"]["channels"]["items"]
    assert persona["enum"] == ["app", "web", "whatsapp"]
    lane = schema_for("blueprint", settings)["$defs"]["LaneItem"]["properties"]["actor"]
    assert lane["anyOf"][0]["enum"] == ["ecommerce", "erp", "logistics"]


def test_check_warns_when_schemas_fall_behind_the_settings(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    assert run_cli("schema")[0] == 0
    assert run_cli("check", "--strict")[0] == 0
    settings = repo / "mkdocs.yml"
    settings.write_text(settings.read_text().replace("web: Website", "web: Website, sms: SMS"))
    code, out, _ = run_cli("check", "--strict")
    assert code == 1
    assert out.count("warning[stale-schema]") == 2  # blueprints name no channel
    assert "run 'cxdocs schema'" in out
    assert run_cli("schema")[0] == 0  # refreshes files it wrote
    assert run_cli("check", "--strict")[0] == 0


def test_check_remembers_the_schemas_verdict_until_what_it_depends_on_changes(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Generating the schemas is most of a small repository's check: the
    verdict is kept in the cache folder, keyed by the schema files' bytes and
    the settings, verified on use."""
    from cxdocs.content import editor_schema

    monkeypatch.chdir(repo)
    assert run_cli("schema")[0] == 0
    assert run_cli("check", "--strict")[0] == 0
    generated: list[str] = []
    real = editor_schema.schema_text

    def counting(kind: str, settings: object = None) -> str:
        generated.append(kind)
        return real(kind, settings)  # type: ignore[arg-type]

    monkeypatch.setattr(editor_schema, "schema_text", counting)
    assert run_cli("check", "--strict")[0] == 0
    assert generated == []  # remembered
    for verdict in (repo / ".cache" / "cxdocs" / editor_schema.VERDICTS).iterdir():
        verdict.write_bytes(verdict.read_bytes()[:-2])  # cut short: not trusted
    assert run_cli("check", "--strict")[0] == 0
    assert generated  # worked out again
    journey = repo / "schemas" / "journey.schema.json"
    journey.write_text(journey.read_text().replace('"title"', '"tittle"', 1))
    code, out, _ = run_cli("check", "--strict")
    assert code == 1 and "schemas/journey.schema.json:1:1: warning[stale-schema]" in out
    assert "warning[stale-schema]" in run_cli("check", "--strict", "--no-cache")[1]


def test_schema_refreshes_generated_schemas_in_a_fresh_clone(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Committed schemas were written on another machine: no ledger knows them,
    but they are recognisably generated, so `cxdocs schema` may refresh them."""
    (repo / "schemas").mkdir()
    for kind in ("persona", "journey", "blueprint", "source"):
        (repo / "schemas" / f"{kind}.schema.json").write_text(schema_text(kind))
    (repo / "schemas" / "mine.schema.json").write_text("{}")
    monkeypatch.chdir(repo / "journeys")  # from a sub-folder: still the repository's schemas/
    code, out, err = run_cli("schema")
    assert code == 0, err
    assert out.count("wrote ") == 4
    assert stale_schemas(repo / "schemas", read_config(repo / "mkdocs.yml").settings) == []
    # A hand-written file of the same name is never replaced.
    (repo / "schemas" / "persona.schema.json").write_text('{"title": "mine"}')
    assert run_cli("schema")[0] == 2


def test_schema_stops_on_broken_settings_instead_of_writing_generic_schemas(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A typo in mkdocs.yml is reported, as by every other command: schemas
    without the team's channels and actors are not written in their place,
    and never into a content folder from a sub-folder."""
    monkeypatch.chdir(repo)
    assert run_cli("schema")[0] == 0
    before = {p.name: p.read_bytes() for p in (repo / "schemas").iterdir()}
    settings = repo / "mkdocs.yml"
    settings.write_text(settings.read_text().replace("channels:", "chanels:", 1))
    for folder in (repo, repo / "journeys"):
        monkeypatch.chdir(folder)
        code, out, err = run_cli("schema")
        assert code == 2 and out == ""
        assert "mkdocs.yml:" in err and "unknown key 'chanels'" in err
    assert {p.name: p.read_bytes() for p in (repo / "schemas").iterdir()} == before
    assert sorted(p.name for p in (repo / "journeys").iterdir()) == ["first-purchase.yaml"]
