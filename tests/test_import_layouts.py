"""Spreadsheets as consultants make them, without reading the guide: header
variants, the emotion scale written in the header (generated with openpyxl)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def here(repo: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(repo)
    return repo


def _grid(path: Path, rows: list[list[object]]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)


def _imported(here: Path, run_cli: Run, name: str) -> dict[str, object]:
    code, out, err = run_cli("import", f"{name}.xlsx", "--persona", "ana", "--id", name)
    assert code == 0, out + err
    data = yaml.safe_load((here / "journeys" / f"{name}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_a_portuguese_grid_with_the_headers_people_write(here: Path, run_cli: Run) -> None:
    _grid(
        here / "consultoria.xlsx",
        [
            ["Jornada de compra", "Descoberta", "", "Compra"],
            ["Ações do cliente", "Vê um anúncio", "Pesquisa preços", "Paga com Pix"],
            ["Ponto de contato (touchpoint)", "Instagram", "Google", "Site"],
            ["O que pensa", "Parece bom", "Está caro?", "Será que deu certo?"],
            ["O que sente", "Curiosa", "Desconfiada", "Ansiosa"],
            ["Emoção (1 a 5)", 4, 2, 1],
            ["Oportunidades de melhoria", "", "Mostrar o preço", "Confirmar na hora"],
        ],
    )
    data = _imported(here, run_cli, "consultoria")
    stages = data["stages"]
    assert isinstance(stages, list)
    steps = [step for stage in stages for step in stage["steps"]]
    assert [s["action"] for s in steps] == ["Vê um anúncio", "Pesquisa preços", "Paga com Pix"]
    assert [s["touchpoint"] for s in steps] == ["Instagram", "Google", "Site"]
    assert steps[1]["thinks"] == "Está caro?" and steps[1]["feels"] == "Desconfiada"
    # The header's scale 1 to 5 is used: 4 -> +1, 2 -> -1, 1 -> -2.
    assert [s["emotion"] for s in steps] == [1, -1, -2]
    assert steps[2]["opportunities"] == ["Confirmar na hora"]
    assert run_cli("check")[0] == 0


@pytest.mark.parametrize(
    ("header", "scores", "emotions"),
    [
        ("Emotion 1-5", [5, 3], [2, 0]),
        ("Emotion (-2 to +2)", [2, -1], [2, -1]),
        ("What they feel", None, None),
    ],
)
def test_english_headers_and_scales(
    here: Path,
    run_cli: Run,
    header: str,
    scores: list[int] | None,
    emotions: list[int] | None,
) -> None:
    rows: list[list[object]] = [
        ["Stage", "Customer actions", "What they think", header],
        ["Buy", "Finds the product", "Nice", scores[0] if scores else "Happy"],
        ["Buy", "Pays", "Hmm", scores[1] if scores else "Worried"],
    ]
    _grid(here / "sheet.xlsx", rows)
    data = _imported(here, run_cli, "sheet")
    steps = data["stages"][0]["steps"]  # type: ignore[index]
    assert [s["thinks"] for s in steps] == ["Nice", "Hmm"]
    if emotions is None:
        assert [s["feels"] for s in steps] == ["Happy", "Worried"]
    else:
        assert [s["emotion"] for s in steps] == emotions


def test_a_scale_cxdocs_does_not_read_is_refused_at_its_header(here: Path, run_cli: Run) -> None:
    _grid(here / "nps.xlsx", [["Etapa", "Ação", "Emoção (0 a 10)"], ["Compra", "Paga", 7]])
    code, _, err = run_cli("import", "nps.xlsx", "--persona", "ana")
    assert code == 1
    assert err.startswith(
        "nps.xlsx:1:3: error[invalid-value] 'Emoção (0 a 10)' scores emotion from 0 to 10; "
        "cxdocs reads -2 to +2 or 1 to 5\n"
    )
    assert not (here / "journeys" / "nps.yaml").exists()


def test_faces_are_emotions(here: Path, run_cli: Run) -> None:
    faces = ["😞", "🙁", "😐", "🙂", "😀", "☹️"]
    rows: list[list[object]] = [["Etapa", "Ação", "Emoção"]]
    rows += [["Compra", f"Passo {i}", face] for i, face in enumerate(faces)]
    _grid(here / "caras.xlsx", rows)
    steps = _imported(here, run_cli, "caras")["stages"][0]["steps"]  # type: ignore[index]
    assert [s.get("emotion", 0) for s in steps] == [-2, -1, 0, 1, 2, -2]


def test_the_first_visible_sheet_is_the_default(here: Path, run_cli: Run) -> None:
    book = Workbook()
    hidden = book.active
    assert hidden is not None
    hidden.title = "Rascunho"
    hidden.append(["Etapa", "Ação"])
    hidden.append(["Velha", "Não importar"])
    hidden.sheet_state = "hidden"
    shown = book.create_sheet("Jornada")
    shown.append(["Etapa", "Ação"])
    shown.append(["Compra", "Paga"])
    book.save(here / "abas.xlsx")
    steps = _imported(here, run_cli, "abas")["stages"][0]["steps"]  # type: ignore[index]
    assert [s["action"] for s in steps] == ["Paga"]


def test_a_formula_without_a_stored_value_is_an_error_naming_the_cell(
    here: Path, run_cli: Run
) -> None:
    # openpyxl writes formulas without computing them, as a script or a web tool might.
    _grid(here / "conta.xlsx", [["Etapa", "Ação", "Emoção"], ["Compra", "Paga", "=1+1"]])
    code, _, err = run_cli("import", "conta.xlsx", "--persona", "ana")
    assert code == 1
    assert "conta.xlsx:2:3: error[unreadable-file] cell C2 holds the formula =1+1" in err
    assert not (here / "journeys" / "conta.yaml").exists()


def test_scores_that_fit_two_scales_are_refused_unless_the_header_says(
    here: Path, run_cli: Run
) -> None:
    rows: list[list[object]] = [["Etapa", "Ação", "Emoção"], ["Compra", "Paga", 1]]
    rows.append(["Compra", "Espera", 2])
    _grid(here / "duas.xlsx", rows)
    code, _, err = run_cli("import", "duas.xlsx", "--persona", "ana")
    assert code == 1
    assert err.startswith("duas.xlsx:2:3: error[ambiguous-scale] every emotion score is 1 or 2")
    rows[0][2] = "Emoção (-2 a +2)"
    _grid(here / "duas.xlsx", rows)
    steps = _imported(here, run_cli, "duas")["stages"][0]["steps"]  # type: ignore[index]
    assert [s["emotion"] for s in steps] == [1, 2]


def test_a_channel_written_as_a_variant_of_its_label_is_the_declared_one(
    here: Path, run_cli: Run
) -> None:
    # The base repository declares app (Mobile app) and whatsapp (WhatsApp).
    rows: list[list[object]] = [["Stage", "Action", "Channel"]]
    rows += [["Buy", "Asks", "Whatsapp Business"], ["Buy", "Pays", "Mobile apps"]]
    _grid(here / "canais.xlsx", rows)
    code, out, err = run_cli("import", "canais.xlsx", "--persona", "ana", "--id", "canais")
    assert code == 0, out + err
    assert "note: read 'Whatsapp Business' as the declared channel 'whatsapp'" in out
    assert "note: read 'Mobile apps' as the declared channel 'app' (Mobile app)" in out
    assert "does not declare" not in out  # nothing proposed as a new channel
    text = (here / "journeys" / "canais.yaml").read_text(encoding="utf-8")
    assert "channel: whatsapp" in text and "channel: app" in text


def test_notes_under_the_table_are_skipped_with_a_note(here: Path, run_cli: Run) -> None:
    rows: list[list[object]] = [["Etapa", "Ação", "Emoção"], ["Compra", "Paga", -1]]
    rows += [[], ["Fonte: entrevistas de 2024"], ["Legenda: -2 muito negativa, +2 muito positiva"]]
    _grid(here / "notas.xlsx", rows)
    code, out, err = run_cli("import", "notas.xlsx", "--persona", "ana", "--id", "notas")
    assert code == 0, out + err
    assert "note: skipped row 4 under the table (a note, not a step): 'Fonte: entrevistas" in out
    assert "note: skipped row 5 under the table" in out
    grid: list[list[object]] = [["Jornada", "Descoberta", "Compra"], ["Ação", "Vê", "Paga"]]
    grid += [[], ["Fonte: pesquisa 2024"]]
    _grid(here / "grade.xlsx", grid)
    code, out, err = run_cli("import", "grade.xlsx", "--persona", "ana", "--id", "grade")
    assert code == 0, out + err
    assert "note: skipped row 4 under the table" in out


def test_a_step_after_a_blank_row_is_still_a_step(here: Path, run_cli: Run) -> None:
    rows: list[list[object]] = [["Etapa", "Ação"], ["Compra", "Paga"], [], ["", "Espera"]]
    _grid(here / "vazio.xlsx", rows)
    steps = _imported(here, run_cli, "vazio")["stages"][0]["steps"]  # type: ignore[index]
    assert [s["action"] for s in steps] == ["Paga", "Espera"]
