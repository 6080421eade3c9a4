"""`cxdocs import` and `cxdocs export` as people run them: files, options, refusals."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cxdocs.interop.template import template_xlsx
from tests.conftest import FIXTURES, ROOT

Run = Callable[..., tuple[int, str, str]]
ROWS_EN = FIXTURES / "import" / "rows-en" / "source.csv"


@pytest.fixture
def here(repo: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(repo)
    return repo


def test_import_never_replaces_a_file(here: Path, run_cli: Run) -> None:
    target = here / "journeys" / "mine.yaml"
    target.write_text("my notes\n")
    code, _, err = run_cli(
        "import", str(ROWS_EN), "--persona", "ana", "--id", "other", "-o", "journeys/mine.yaml"
    )
    assert code == 2
    assert "mine.yaml already exists; not overwriting it; nothing written" in err
    assert target.read_text() == "my notes\n"


def test_import_refuses_an_id_in_use(here: Path, run_cli: Run) -> None:
    code, _, err = run_cli("import", str(ROWS_EN), "--persona", "ana", "--id", "first-purchase")
    assert code == 2
    assert "a journey with the id 'first-purchase' exists (journeys/first-purchase.yaml)" in err


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("personas/newj.yaml", "journeys are read from journeys/ only"),
        ("blueprints/x.yaml", "journeys are read from journeys/ only"),
        ("mine.yaml", "journeys are read from journeys/ only"),
        ("journeys/index.yaml", "the generated page journeys/index.md"),
        ("journeys/First-Purchase.md", "exists (journeys/first-purchase.yaml)"),
        ("journeys/x.txt", "a journey file ends in .yaml, .yml or .md"),
    ],
)
def test_import_refuses_a_path_check_would_not_accept(
    here: Path, run_cli: Run, output: str, message: str
) -> None:
    code, _, err = run_cli("import", str(ROWS_EN), "--persona", "ana", "-o", output)
    assert code == 2
    assert message in err
    assert not (here / output).exists() or output == "journeys/First-Purchase.md"


def test_import_accepts_an_upper_case_extension(here: Path, run_cli: Run) -> None:
    code, _, err = run_cli("import", str(ROWS_EN), "--persona", "ana", "-o", "journeys/x.YAML")
    assert code == 0, err
    assert (here / "journeys" / "x.YAML").is_file()


def test_import_names_the_known_personas(here: Path, run_cli: Run) -> None:
    code, _, err = run_cli("import", str(ROWS_EN), "--persona", "anna")
    assert (code, err) == (2, "cxdocs: error: persona 'anna' is not defined (known: ana)\n")


@pytest.mark.parametrize(
    "args",
    [
        ["import", "journeys", "--persona", "ana"],
        ["export", "csv", "journeys"],
        ["render", "journeys"],
    ],
)
def test_a_folder_given_as_the_file_is_called_a_folder(
    here: Path, args: list[str], run_cli: Run
) -> None:
    code, _, err = run_cli(*args)
    assert (code, err) == (2, "cxdocs: error: journeys is a folder; give a file in it\n")


def test_import_says_how_to_convert_other_formats(here: Path, run_cli: Run) -> None:
    (here / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    code, _, err = run_cli("import", "old.xls", "--persona", "ana")
    assert code == 2
    assert "old.xls is the old Excel format: save it as .xlsx" in err


def test_import_writes_id_when_the_file_name_differs(here: Path, run_cli: Run) -> None:
    code, out, _ = run_cli(
        "import", str(ROWS_EN), "--persona", "ana", "--id", "tiktok", "-o", "journeys/x/a.yaml"
    )
    assert code == 0, out
    text = (here / "journeys" / "x" / "a.yaml").read_text()
    assert text.startswith("# yaml-language-server: $schema=../../schemas/journey.schema.json\n")
    assert "\nid: tiktok\ntitle: Source\n" in text


def test_import_into_markdown_writes_front_matter(here: Path, run_cli: Run) -> None:
    code, _, _ = run_cli("import", str(ROWS_EN), "--persona", "ana", "-o", "journeys/tiktok.md")
    assert code == 0
    text = (here / "journeys" / "tiktok.md").read_text()
    assert text.startswith("---\n# Imported from source.csv")
    assert text.endswith("---\n")


def test_import_preview_prints_the_journey_and_writes_nothing(here: Path, run_cli: Run) -> None:
    before = sorted(here.rglob("*"))
    code, out, err = run_cli("import", str(ROWS_EN), "--persona", "ana", "-o", "-")
    assert code == 0
    assert out.startswith("# yaml-language-server: $schema=../schemas/journey.schema.json\n")
    assert "\ntitle: Source\npersona: ana\nstages:\n" in out
    assert "tiktok: TikTok" in err  # the advice goes to stderr, the journey alone to stdout
    assert sorted(here.rglob("*")) == before


def test_declared_lines_make_the_journey_pass_check(here: Path, run_cli: Run) -> None:
    """The printed lines, pasted under `- cxdocs:`, are all `check` needs."""
    (here / "mkdocs.yml").write_text("site_name: Fixture\nplugins:\n  - cxdocs:\n")
    (here / "new.csv").write_text(
        "Stage,Action,Channel,Actors,Emotion\nBuy,Pays,Loja física,Time: caixa; Carrier,0\n"
    )
    code, out, _ = run_cli("import", "new.csv", "--persona", "ana")
    assert code == 0
    lines = out.split("then run `cxdocs check`:\n\n", 1)[1]
    assert lines == (
        "      channels:\n        loja-fisica: Loja física\n"
        "      actors:\n        time-caixa: 'Time: caixa'\n        carrier: Carrier\n"
    )
    code, out, _ = run_cli("check", "journeys/new.yaml")
    assert code == 1 and "unknown-reference" in out  # not declared yet
    with (here / "mkdocs.yml").open("a") as settings:
        settings.write(lines)
    assert run_cli("check", "journeys/new.yaml")[:2] == (0, "1 file checked: no problems\n")


def test_import_a_named_sheet(here: Path, run_cli: Run) -> None:
    (here / "template.xlsx").write_bytes(template_xlsx("en"))
    code, out, _ = run_cli("import", "template.xlsx", "--persona", "ana", "--sheet", "Grid")
    assert code == 0
    assert out.startswith("created journeys/template.yaml: 2 stages, 3 steps\n")
    code, _, err = run_cli("import", "template.xlsx", "--persona", "ana", "--sheet", "Grdi")
    assert code == 1
    assert err.startswith(
        "template.xlsx:1:1: error[unknown-sheet] no sheet named 'Grdi'\n"
        "    hint: the workbook has 'Journey', 'Grid', 'How to fill'\n"
    )


def test_template_sheets_hold_the_same_journey(here: Path, run_cli: Run) -> None:
    for lang, grid in (("en", "Grid"), ("pt-BR", "Grade")):
        (here / "t.xlsx").write_bytes(template_xlsx(lang))
        run_cli("import", "t.xlsx", "--persona", "ana", "--id", f"rows-{lang.lower()}")
        run_cli(
            "import", "t.xlsx", "--persona", "ana", "--id", f"grid-{lang.lower()}", "--sheet", grid
        )
        rows = (here / "journeys" / f"rows-{lang.lower()}.yaml").read_text()
        grid_text = (here / "journeys" / f"grid-{lang.lower()}.yaml").read_text()
        assert rows.split("stages:", 1)[1] == grid_text.split("stages:", 1)[1]


@pytest.mark.parametrize(
    ("name", "lang"), [("journey-template.xlsx", "en"), ("modelo-de-jornada.xlsx", "pt-BR")]
)
def test_the_guides_template_is_the_generated_one(name: str, lang: str) -> None:
    """docs/guide/ ships the template; regenerate it with the command in the guide."""
    committed = (ROOT / "docs" / "guide" / name).read_bytes()
    assert committed == template_xlsx(lang), (
        f"docs/guide/{name} is stale: run "
        f"cxdocs export xlsx --template --lang {lang} -o docs/guide/{name} --force"
    )


def test_export_mermaid_to_stdout_and_into_markdown(here: Path, run_cli: Run) -> None:
    code, out, _ = run_cli("export", "mermaid", "journeys/first-purchase.yaml", "-o", "-")
    assert code == 0
    assert out == (
        "journey\n"
        "    title First purchase\n"
        "    section Buy\n"
        "      Pays with Pix: 4: Ana, E-commerce team\n"
        "    section Receive\n"
        "      Waits for delivery: 2: Ana\n"
    )
    code, _, err = run_cli("export", "mermaid", "journeys/first-purchase.yaml", "-o", "README.md")
    assert (code, err) == (0, "wrote README.md\n")
    assert (here / "README.md").read_text() == f"```mermaid\n{out}```\n"


def test_mermaid_export_replaces_what_mermaid_cannot_hold(here: Path, run_cli: Run) -> None:
    journey = here / "journeys" / "first-purchase.yaml"
    text = journey.read_text().replace("Pays with Pix", "'Pays: Pix; #1 choice'")
    journey.write_text(text)
    _, out, _ = run_cli("export", "mermaid", "journeys/first-purchase.yaml", "-o", "-")
    assert "      Pays\ua789 Pix\u204f \u266f1 choice: 4: Ana, E-commerce team\n" in out
    (here / "back.mmd").write_text(out)
    run_cli("import", "back.mmd", "--persona", "ana", "--id", "back")
    assert "action: 'Pays: Pix; #1 choice'" in (here / "journeys" / "back.yaml").read_text()


def test_export_csv_in_portuguese_with_semicolons(here: Path, run_cli: Run) -> None:
    code, _, _ = run_cli(
        "export", "csv", "journeys/first-purchase.yaml", "--lang", "pt-BR", "--delimiter", ";"
    )
    assert code == 0
    data = (here / "first-purchase.csv").read_bytes()
    assert data.startswith("\ufeffEtapa;Id do passo;Ação;Canal;".encode())
    assert b"\r\nReceive;waits;Waits for delivery;WhatsApp;;;;;-1;No tracking (alta);" in data


def test_export_xlsx_is_byte_stable_and_rewrites_its_own_file(here: Path, run_cli: Run) -> None:
    assert run_cli("export", "xlsx", "journeys/first-purchase.yaml")[0] == 0
    first = (here / "first-purchase.xlsx").read_bytes()
    assert run_cli("export", "xlsx", "journeys/first-purchase.yaml")[0] == 0  # no --force needed
    assert (here / "first-purchase.xlsx").read_bytes() == first
    sheet = load_workbook(here / "first-purchase.xlsx").worksheets[0]
    assert sheet.title == "first-purchase"
    assert [c.value for c in sheet[1]][:4] == ["Stage", "Step id", "Action", "Channel"]
    assert [c.value for c in sheet[2]][:4] == ["Buy", "pays", "Pays with Pix", "Mobile app"]


def test_export_xlsx_keeps_text_that_looks_like_a_formula_as_text(here: Path, run_cli: Run) -> None:
    # Free text starting with "=" (or an Excel error code) is shown as written,
    # never turned into a formula Excel runs, and imports back the same.
    journey = here / "journeys" / "first-purchase.yaml"
    text = journey.read_text(encoding="utf-8")
    journey.write_text(
        text.replace("action: Pays with Pix", 'action: "=SUM(A1:A2)"\n        touchpoint: "#N/A"'),
        encoding="utf-8",
    )
    assert run_cli("export", "xlsx", "journeys/first-purchase.yaml")[0] == 0
    sheet = load_workbook(here / "first-purchase.xlsx").worksheets[0]
    cells = {c.value: c.data_type for c in sheet[2]}
    assert cells["=SUM(A1:A2)"] == "s" and cells["#N/A"] == "s"
    code, out, err = run_cli("import", "first-purchase.xlsx", "--persona", "ana", "-o", "-")
    assert code == 0, err
    assert "action: =SUM(A1:A2)" in out and "touchpoint: '#N/A'" in out


def test_export_refuses_what_it_cannot_do(here: Path, run_cli: Run) -> None:
    (here / "notes.csv").write_text("mine\n")
    code, _, err = run_cli("export", "csv", "journeys/first-purchase.yaml", "-o", "notes.csv")
    assert code == 2 and "not replacing it" in err
    assert (here / "notes.csv").read_text() == "mine\n"
    code, _, err = run_cli("export", "xlsx", "journeys/first-purchase.yaml", "-o", "-")
    assert (code, err) == (
        2,
        "cxdocs: error: an Excel workbook cannot go to stdout; give -o FILE.xlsx\n",
    )
    code, _, err = run_cli("export", "csv", "personas/ana.yaml")
    assert (code, err) == (
        2,
        "cxdocs: error: personas/ana.yaml is not a journey file (journeys live in journeys/)\n",
    )
    code, _, err = run_cli("export", "csv", "journeys/first-purchase.yaml", "-o", "journeys/x.csv")
    assert code == 2 and "inside the content folder journeys/" in err
    code, _, err = run_cli("export", "mermaid", "--template")  # no PATH was given
    assert (code, err) == (
        2,
        "cxdocs: error: --template is a blank csv or xlsx spreadsheet; there is none for mermaid\n",
    )
    code, _, err = run_cli("export", "csv", "journeys/first-purchase.yaml", "--template")
    assert (code, err) == (
        2,
        "cxdocs: error: --template writes a blank spreadsheet; give no PATH\n",
    )


@pytest.mark.parametrize(
    ("fmt", "name", "kind", "fixed"),
    [
        ("csv", "steps.xlsx", "an Excel workbook", "steps.csv"),
        ("xlsx", "steps.csv", "a CSV file", "steps.xlsx"),
        ("mermaid", "steps.csv", "a CSV file", "steps.mmd"),
    ],
)
def test_export_refuses_an_output_name_of_another_format(
    here: Path, fmt: str, name: str, kind: str, fixed: str, run_cli: Run
) -> None:
    # `export csv -o steps.xlsx` used to write CSV text into a file Excel
    # then refuses to open.
    code, _, err = run_cli("export", fmt, "journeys/first-purchase.yaml", "-o", name)
    assert (code, err) == (
        2,
        f"cxdocs: error: {name} is named as {kind} but 'export {fmt}' writes "
        f"{fmt}; name it {fixed}\n",
    )
    assert not (here / name).exists()
    code, _, err = run_cli("export", fmt, "journeys/first-purchase.yaml", "-o", fixed)
    assert code == 0, err


def test_export_template_defaults_to_the_sites_language(here: Path, run_cli: Run) -> None:
    shutil.copy(ROOT / "mkdocs.yml", here / "mkdocs.yml")
    text = (here / "mkdocs.yml").read_text().replace("locale: en", "locale: pt-BR")
    (here / "mkdocs.yml").write_text(text)
    code, _, err = run_cli("export", "csv", "--template")
    assert (code, err) == (0, "wrote modelo-de-jornada.csv\n")
    assert (here / "modelo-de-jornada.csv").read_text(encoding="utf-8-sig").startswith("Etapa,")


def _workbook(*rows: list[object]) -> bytes:
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _zip_of_junk() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<not really>")
    return buffer.getvalue()


HOSTILE = {
    "random.csv": bytes(range(256)) * 4,
    "bom-only.csv": b"\xef\xbb\xbf",
    "unclosed-quote.csv": b'Stage,Action\nBuy,"Pays with\n',
    "junk.xlsx": _zip_of_junk(),
    "empty-sheet.xlsx": _workbook(),
    "formula.xlsx": _workbook(["Stage", "Action", "Emotion"], ["Buy", "Pays", "=1+1"]),
    "dates.xlsx": _workbook(["Stage", "Action", "Touchpoint"], ["Buy", 42, 3.5]),
    "unclosed-fence.md": b"```mermaid\njourney\n  section Buy\n    Pays: 3: Ana\n",
    "bare-section.mmd": b"journey\n  section\n  :\n  ::\n  x: 3: ,\n",
    "symbols.mmd": "journey\n  section !!!\n    支付: 3\n    支付: 2\n".encode(),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_files_never_crash(here: Path, name: str, run_cli: Run) -> None:
    """Odd or broken files end in a message and an exit code, never a traceback."""
    (here / name).write_bytes(HOSTILE[name])
    code, out, err = run_cli("import", name, "--persona", "ana", "--id", "hostile")
    assert code in (0, 1), err
    if code == 0:
        assert run_cli("check", "journeys/hostile.yaml")[0] == 0, out
    else:
        assert err.endswith("; nothing written\n")
        assert not (here / "journeys" / "hostile.yaml").exists()
