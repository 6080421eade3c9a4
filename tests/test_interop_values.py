"""What people type into spreadsheet cells, read the way they mean it."""

from __future__ import annotations

import pytest

from cxdocs.content.model import Metric
from cxdocs.interop.build import UniqueIds, short_slug
from cxdocs.interop.headers import recognise, suggestion
from cxdocs.interop.values import (
    BadValue,
    Names,
    join_items,
    metric_text,
    pain_point_text,
    parse_emotion,
    parse_flag,
    parse_metric,
    parse_pain_point,
    split_items,
)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Etapa", "stage"),
        ("ETAPA", "stage"),
        ("Ação", "action"),
        ("acao", "action"),
        ("AÇÃO:", "action"),
        ("Ponto de Contato", "touchpoint"),
        ("pain_points", "pain_points"),
        ("Emoção", "emotion"),
        ("emocao", "emotion"),
        ("Momento da verdade", "moment_of_truth"),
        ("Métricas", "metrics"),
        ("Step id", "id"),
        ("Touchpoints", "touchpoint"),
    ],
)
def test_headers_ignore_case_accents_and_punctuation(text: str, field: str) -> None:
    header = recognise(text)
    assert header is not None and header.field == field


def test_a_misspelt_header_gets_the_closest_name() -> None:
    assert recognise("Acton") is None
    assert suggestion("Acton") == "Action"
    assert suggestion("Oportunidads") == "Oportunidades"
    assert suggestion("Notes") is None  # nothing close: no silly guess


@pytest.mark.parametrize(
    ("text", "scale", "value"),
    [
        ("-2", None, -2),
        ("+2", None, 2),
        ("\u22121", None, -1),  # the minus sign spreadsheets write
        ("0", None, 0),
        ("1.0", None, 1),
        ("very negative", None, -2),
        ("Muito Positiva", None, 2),
        ("neutro", None, 0),
        ("negativa", None, -1),
        ("1", "1-5", -2),
        ("3", "1-5", 0),
        ("5", "1-5", 2),
        ("positive", "1-5", 1),  # words mean the same on either scale
    ],
)
def test_emotions_on_both_scales_and_in_words(text: str, scale: str | None, value: int) -> None:
    assert parse_emotion(text, scale) == value


@pytest.mark.parametrize(
    ("text", "scale", "code", "message"),
    [
        ("7", None, "out-of-range", "emotion 7 is outside -2..+2"),
        ("3", None, "out-of-range", "emotion 3 is outside -2..+2"),
        ("0", "1-5", "out-of-range", "emotion 0 is outside 1..5"),
        ("1.5", None, "wrong-type", "emotion 1.5 is not a whole number"),
        ("happy", None, "wrong-type", "emotion 'happy' is not a number"),
    ],
)
def test_bad_emotions_say_what_is_wrong(
    text: str, scale: str | None, code: str, message: str
) -> None:
    with pytest.raises(BadValue) as bad:
        parse_emotion(text, scale)
    assert (bad.value.code, bad.value.message) == (code, message)
    assert "--scale 1-5" in bad.value.hint or scale == "1-5"


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("a; b ;c", ["a", "b", "c"]),
        ("a\nb\r\nc", ["a", "b", "c"]),
        ("- a\n- b", ["a", "b"]),
        ("• a\n• b", ["a", "b"]),
        ("1. a\n2) b", ["a", "b"]),
        ("a; b\nc", ["a; b", "c"]),  # line breaks win: an item may hold ';'
        ("- one item; with a semicolon", ["one item; with a semicolon"]),
        (" ; ;", []),
    ],
)
def test_several_items_in_one_cell(text: str, items: list[str]) -> None:
    assert split_items(text) == items


@pytest.mark.parametrize(
    "items",
    [["a", "b"], ["one; two"], ["- starts like a bullet", "b"], ["1. numbered"], ["x"]],
)
def test_joined_items_split_back_the_same(items: list[str]) -> None:
    assert split_items(join_items(items)) == items


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Slow site (high)", {"text": "Slow site", "severity": "high"}),
        ("Slow site (HIGH)", {"text": "Slow site", "severity": "high"}),
        ("Site lento (alta)", {"text": "Site lento", "severity": "high"}),
        ("Site lento (baixa)", {"text": "Site lento", "severity": "low"}),
        ("Slow site (medium)", "Slow site"),
        ("Site lento (média)", "Site lento"),
        ("Slow site (since May)", "Slow site (since May)"),  # not a severity: text as written
        ("(high)", "(high)"),
    ],
)
def test_severity_after_the_text(text: str, value: object) -> None:
    assert parse_pain_point(text) == value


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("Slow site", "medium"),
        ("Delivery fee (high)", "medium"),  # its own words end like a severity
        ("Taxa de entrega (alta)", "medium"),
        ("Slow site (low)", "high"),
        ("(high)", "medium"),
    ],
)
def test_pain_points_written_to_a_cell_read_back_the_same(text: str, severity: str) -> None:
    expected = text if severity == "medium" else {"text": text, "severity": severity}
    assert parse_pain_point(pain_point_text(text, severity)) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("yes", True), ("Sim", True), ("x", True), ("TRUE", True), ("no", False), ("não", False)],
)
def test_moment_of_truth_flags(text: str, value: bool) -> None:
    assert parse_flag(text) is value


NPS_COUNTS = {"promoters": 412, "passives": 268, "detractors": 320}


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("CTR: 1.2 % (target 2)", {"name": "CTR", "value": 1.2, "unit": "%", "target": 2}),
        ("Cliques: 1,2 % (meta 2)", {"name": "Cliques", "value": 1.2, "unit": "%", "target": 2}),
        (
            "Wait: 38 min (target 5, lower is better)",
            {"name": "Wait", "value": 38, "unit": "min", "target": 5, "better": "lower"},
        ),
        ("NPS: 412/268/320 (target 40)", {"name": "NPS", **NPS_COUNTS, "target": 40}),
        ("Time: checkout: 3", {"name": "Time: checkout", "value": 3}),
    ],
)
def test_metrics_in_one_cell(text: str, metric: dict[str, object]) -> None:
    parsed = parse_metric(text)
    assert parsed == metric
    Metric.model_validate(parsed)  # what the journey file will hold is valid


def test_portuguese_exports_write_portuguese_words_the_importer_reads_back() -> None:
    assert pain_point_text("Site lento", "high", lang="pt-BR") == "Site lento (alta)"
    assert parse_pain_point("Site lento (alta)") == {"text": "Site lento", "severity": "high"}
    wait = Metric(name="Espera", value=38, unit="min", target=5, better="lower")
    text = metric_text(wait, "pt-BR")
    assert text == "Espera: 38 min (meta 5, menor é melhor)"
    assert parse_metric(text) == {
        "name": "Espera",
        "value": 38,
        "unit": "min",
        "target": 5,
        "better": "lower",
    }
    assert metric_text(wait) == "Espera: 38 min (target 5, lower is better)"


def test_names_match_ids_and_labels_ignoring_case_and_accents() -> None:
    names = Names({"app": "Mobile app", "phone": "Telefone (SAC)", "web": "Site"})
    assert names.resolve("APP") == "app"
    assert names.resolve("mobile APP") == "app"
    assert names.resolve("telefone (sac)") == "phone"
    assert names.resolve("site") == "web"
    assert names.unknown == {}
    assert names.resolve("Loja física") == "loja-fisica"
    assert names.resolve("loja fisica") == "loja-fisica"
    assert names.unknown == {"loja-fisica": "Loja física"}  # the first spelling is kept


def test_an_id_wins_over_another_channels_label() -> None:
    names = Names({"web": "App", "app": "Mobile app"})
    assert names.resolve("app") == "app"
    assert names.resolve("App") == "app"


def test_generated_ids_are_short_and_unique() -> None:
    assert short_slug("Chooses Pix, copies the code and switches to her bank app") == (
        "chooses-pix-copies-the-code-and"
    )
    assert short_slug("Paga com Pix!") == "paga-com-pix"
    # Six words would pass the 48-character limit: the id stops at the last whole word.
    long_words = "Solicita reembolso integral através do atendimento telefônico"
    assert short_slug(long_words) == "solicita-reembolso-integral-atraves-do"
    assert all(len(short_slug(t)) <= 48 for t in (long_words, "x" * 80))
    ids = UniqueIds({"pays"})
    assert [ids.make("Pays", "step"), ids.make("pays", "step"), ids.make("!!", "step")] == [
        "pays-2",
        "pays-3",
        "step",
    ]
