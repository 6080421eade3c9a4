"""Diagrams without Graphviz: layout descriptions, golden DOT, escaping, i18n, cache.

Golden files live in tests/golden/dot/; run `pytest --update-golden` to
rewrite them after an intended change, then review the diff. The sample
models come from tests/helpers.py.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest

from cxdocs import cache
from cxdocs.content.model import Settings
from cxdocs.diagrams import (
    GraphvizNotFound,
    blueprint_diagram,
    blueprint_dot,
    journey_diagram,
    journey_dot,
    persona_diagram,
    persona_dot,
    render,
    svg,
)
from cxdocs.diagrams import style as st
from cxdocs.diagrams.dot import html_text, quoted, tooltip
from cxdocs.diagrams.journey_cells import CELL_W
from cxdocs.diagrams.journey_emotion import CURVE_W
from cxdocs.diagrams.scene import Box, Diagram
from cxdocs.diagrams.text import text_width, wrap
from cxdocs.i18n import catalog as i18n
from tests.helpers import (
    NASTY,
    SCRIPT,
    SETTINGS,
    check_golden,
    edited,
    long_journey,
    sample_blueprint,
    sample_persona,
    small_journey,
)


def boxes(diagram: Diagram, prefix: str) -> list[Box]:
    """The numbered boxes `<prefix><n>` (cells, markers), not labels."""
    return [b for b in diagram.boxes if re.fullmatch(re.escape(prefix) + r"\d+", b.key)]


# --- golden DOT ----------------------------------------------------------------


def test_golden_small_journey() -> None:
    check_golden("journey-small.dot", journey_dot(small_journey(), SETTINGS))


def test_golden_long_journey() -> None:
    check_golden("journey-30-steps.dot", journey_dot(long_journey(), SETTINGS))


def test_golden_blueprint() -> None:
    check_golden("blueprint.dot", blueprint_dot(sample_blueprint(), SETTINGS))


def test_golden_persona() -> None:
    check_golden("persona.dot", persona_dot(sample_persona(), SETTINGS))


def test_dot_is_deterministic() -> None:
    assert journey_dot(long_journey(), SETTINGS) == journey_dot(long_journey(), SETTINGS)


# --- journey layout ------------------------------------------------------------


def test_journey_grid_is_strict_whatever_the_text() -> None:
    journey = long_journey()
    diagram = journey_diagram(journey, SETTINGS)
    lanes = ["journey.lane.actions-", "journey.lane.channel-", "journey.lane.thinks_feels-"]
    column_x = [b.x for b in boxes(diagram, lanes[0])]
    assert len(column_x) == 30
    pitches = {b - a for a, b in itertools.pairwise(column_x)}
    assert len(pitches) == 1  # evenly spaced columns
    for lane in lanes:
        cells = boxes(diagram, lane)
        assert [c.x for c in cells] == column_x
        assert {c.w for c in cells} == {CELL_W}
        assert len({(c.y, c.h) for c in cells}) == 1  # one height per lane


def test_stage_bands_span_exactly_their_steps() -> None:
    diagram = journey_diagram(long_journey(), SETTINGS)
    actions = boxes(diagram, "journey.lane.actions-")
    for index, band in enumerate(boxes(diagram, "stage-")):
        first, last = actions[index * 6], actions[index * 6 + 5]
        assert band.x == first.x
        assert band.x + band.w == last.x + last.w
        assert band.link == f"#stage-stage-{index + 1}"


def test_steps_link_to_their_anchor() -> None:
    diagram = journey_diagram(small_journey(), SETTINGS)
    links = [b.link for b in boxes(diagram, "journey.lane.actions-")]
    assert links == ["#step-sees-ad", "#step-reads-reviews", "#step-pays", "#step-waits"]
    markers = boxes(diagram, "emotion-")
    assert all(m.link and m.link.startswith("#step-") for m in markers)


def test_links_can_point_at_another_page() -> None:
    diagram = journey_diagram(small_journey(), SETTINGS, link_base="../journeys/first-purchase/")
    assert boxes(diagram, "journey.lane.actions-")[0].link == (
        "../journeys/first-purchase/#step-sees-ad"
    )
    assert boxes(diagram, "stage-")[0].link == "../journeys/first-purchase/#stage-discover"


def test_unscored_step_leaves_a_gap_not_a_zero() -> None:
    diagram = journey_diagram(small_journey(), SETTINGS)
    markers = boxes(diagram, "emotion-")
    assert [m.key for m in markers] == ["emotion-0", "emotion-2", "emotion-3"]
    assert [b.key for b in boxes(diagram, "noscore-")] == ["noscore-1"]
    curve = [line for line in diagram.lines if line.width == CURVE_W]
    # Only steps 3 -> 4 are consecutive and scored; nothing bridges step 2.
    assert len(curve) == 1
    x_pays = markers[1].x + markers[1].w / 2
    assert curve[0].points[0][0] == pytest.approx(x_pays)


def test_emotion_heights_follow_the_scale() -> None:
    diagram = journey_diagram(small_journey(), SETTINGS)
    by_score = {1: "emotion-0", -2: "emotion-2", 0: "emotion-3"}
    y = {score: next(b.y for b in diagram.boxes if b.key == key) for score, key in by_score.items()}
    assert y[1] < y[0] < y[-2]
    assert y[0] - y[1] == pytest.approx((y[-2] - y[0]) / 2, abs=1)


def test_empty_lanes_are_left_out() -> None:
    journey = small_journey()
    for i, stage in enumerate(journey.stages):
        for j in range(len(stage.steps)):
            journey = edited(journey, f"stages.{i}.steps.{j}.opportunities", [])
    keys = {b.key for b in journey_diagram(journey, SETTINGS).boxes}
    assert "journey.lane.opportunities-label" not in keys
    assert "journey.lane.pain_points-label" in keys


def test_channels_and_actors_show_labels_not_ids() -> None:
    diagram = journey_diagram(small_journey(), SETTINGS)
    text = " ".join(r.text for b in boxes(diagram, "journey.lane.channel-") for r in b.rows)
    assert "Website" in text and "E-commerce team" in text
    assert "ecommerce" not in text


def test_moment_of_truth_and_high_severity_stand_out() -> None:
    diagram = journey_diagram(small_journey(), SETTINGS)
    pays = next(b for b in diagram.boxes if b.key == "journey.lane.actions-2")
    other = next(b for b in diagram.boxes if b.key == "journey.lane.actions-0")
    assert pays.stroke_width > other.stroke_width
    assert any(r.text == "Moment of truth" for r in pays.rows)
    gold = [r for r in diagram.regions if r.fill == st.GOLD_TINT]
    assert len(gold) == 1 and gold[0].x < pays.x and gold[0].x + gold[0].w > pays.x + pays.w
    pains = next(b for b in diagram.boxes if b.key == "journey.lane.pain_points-2")
    high = [r for r in pains.rows if r.text.startswith("Pix code")]
    medium = [r for r in pains.rows if r.text.startswith("Has to")]
    assert high[0].style.bold and high[0].fill
    assert not medium[0].style.bold and not medium[0].fill


def test_future_state_banner_and_locale() -> None:
    journey = small_journey(state="future", improves="first-purchase-today")
    diagram = journey_diagram(journey, Settings(locale="pt-BR"))
    banner = next(b for b in diagram.boxes if b.key == "banner")
    assert banner.rows[0].text.startswith("ESTADO FUTURO")
    assert diagram.title == "Mapa da jornada: First purchase"
    assert diagram.summary.startswith("Estado futuro, melhora first-purchase-today.")
    labels = {
        " ".join(r.text for r in b.rows if r.text)
        for b in diagram.boxes
        if b.key.endswith("-label")
    }
    assert {"Ações do cliente", "Emoção", "Pontos de dor"} <= labels


def test_journey_summary_is_a_text_alternative() -> None:
    diagram = journey_diagram(small_journey(), SETTINGS)
    assert diagram.title == "Journey map: First purchase"
    assert "2 stages, 4 steps, average emotion \u22120.3" in diagram.summary
    assert "Moments of truth: Pays with Pix" in diagram.summary
    assert "1 high-severity pain point" in diagram.summary


def test_thirty_steps_stay_legible() -> None:
    diagram = journey_diagram(long_journey(), SETTINGS)
    assert diagram.width > 30 * CELL_W  # wide, not squeezed
    for box in diagram.boxes:  # every row fits its box
        if box.shape == "box":
            assert box.content_height <= box.h - 2 * box.padding


# --- blueprint and persona layout ----------------------------------------------


def test_blueprint_lanes_lines_and_arrows() -> None:
    diagram = blueprint_diagram(sample_blueprint(), SETTINGS)
    labels = [b.rows[0].text for b in diagram.boxes if b.key.endswith("-label")]
    assert labels == [
        "Physical evidence",
        "Customer actions",
        "Front stage",
        "Back stage",
        "Support processes",
    ]
    lines = [b.rows[0].text for b in diagram.boxes if b.key.startswith("line-")]
    assert lines == ["Line of interaction", "Line of visibility", "Line of internal interaction"]
    assert [line.style for line in diagram.lines] == ["solid", "dashed", "dotted"]
    for line in diagram.lines:  # across the full width
        assert line.points[0][0] < 30 and line.points[-1][0] > diagram.width - 30
    pairs = {(c.source, c.target) for c in diagram.connectors}
    assert ("item:fraud-check", "item:ships") in pairs  # across lanes and phases
    assert len(pairs) == 5


def test_blueprint_lines_sit_between_the_right_lanes() -> None:
    diagram = blueprint_diagram(sample_blueprint(), SETTINGS)
    label = {b.key: b for b in diagram.boxes if b.key.endswith("-label")}
    for line, (above, below) in zip(
        diagram.lines,
        [("customer", "frontstage"), ("frontstage", "backstage"), ("backstage", "support")],
        strict=True,
    ):
        y = line.points[0][1]
        assert label[f"{above}-label"].y + label[f"{above}-label"].h < y < label[f"{below}-label"].y


def test_blueprint_items_show_actor_fail_point_and_wait() -> None:
    diagram = blueprint_diagram(sample_blueprint(), SETTINGS)
    fraud = next(b for b in diagram.boxes if b.key == "item:fraud-check")
    texts = [r.text for r in fraud.rows]
    assert texts[0] == "Logistics"
    shown = " ".join(t for t in texts if t)
    assert "Good orders flagged as fraud" in shown and "2 min" in texts
    assert {r.badge for r in fraud.rows if r.badge} == {"F", "W"}
    ships = next(b for b in diagram.boxes if b.key == "item:ships")
    # A fail point without a severity is medium, and says so in words.
    assert "Fail point · medium" in [r.text for r in ships.rows]
    assert ships.stroke_width == 2
    assert diagram.summary.startswith("2 phases, 9 activities, 2 fail points, 1 wait.")


def test_blueprint_evidence_is_drawn_as_things_not_placeholders() -> None:
    diagram = blueprint_diagram(sample_blueprint(), SETTINGS)
    evidence = [b for b in diagram.boxes if b.css_class == "cx-evidence"]
    actions = [b for b in diagram.boxes if b.key.startswith("item:") and b.css_class is None]
    assert evidence and actions
    # Square, solid, on paper; the activities are rounded white cards.
    assert all(not b.dashed and not b.rounded and b.fill != st.WHITE for b in evidence)
    assert all(b.rounded and b.fill == st.WHITE for b in actions)
    assert all(not r.style.italic for b in evidence for r in b.rows)


def test_blueprint_customer_actions_link_to_their_step() -> None:
    blueprint = edited(sample_blueprint(), "phases.0.customer.0.step", "pays")
    assert all(b.link is None for b in blueprint_diagram(blueprint, SETTINGS).boxes)
    diagram = blueprint_diagram(blueprint, SETTINGS, journey_url="../../journeys/x/")
    linked = [(b.key, b.link) for b in diagram.boxes if b.link]
    assert linked == [("item:pays", "../../journeys/x/#step-pays")]


def test_persona_quadrants_around_the_name() -> None:
    diagram = persona_diagram(sample_persona(), SETTINGS)
    quads = {b.key: b for b in diagram.boxes if b.key.startswith("quadrant-")}
    assert list(quads) == ["quadrant-thinks", "quadrant-feels", "quadrant-says", "quadrant-does"]
    name = diagram.boxes[-1]
    assert name.shape == "ellipse" and name.rows[0].text == "Ana Souza"
    cx, cy = name.x + name.w / 2, name.y + name.h / 2
    assert quads["quadrant-thinks"].x + quads["quadrant-thinks"].w < cx < quads["quadrant-feels"].x
    assert quads["quadrant-thinks"].y + quads["quadrant-thinks"].h < cy < quads["quadrant-says"].y


def test_persona_without_empathy_map() -> None:
    diagram = persona_diagram(sample_persona(empathy_map=None), Settings(locale="pt-BR"))
    texts = [r.text for b in diagram.boxes if b.key.startswith("quadrant-") for r in b.rows]
    assert texts.count("Nada registrado ainda") == 4
    assert {"PENSA", "SENTE", "DIZ", "FAZ"} <= set(texts)


# --- escaping ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [NASTY, SCRIPT, '"', "\\", '\\\\"', "&amp;", "a\nb"])
def test_html_text_leaves_no_markup(text: str) -> None:
    out = html_text(text)
    assert "<" not in out and ">" not in out and '"' not in out
    assert re.sub(r"&(amp|lt|gt|quot|#39);", "", out).count("&") == 0
    assert "\x07" not in out and "\n" not in out
    assert out.count("\\") == 2 * text.count("\\")


@pytest.mark.parametrize("text", [NASTY, SCRIPT, '"', "\\", "end\\", 'x\\"y', "a\nb"])
@pytest.mark.parametrize("escape", [quoted, tooltip])
def test_quoted_strings_cannot_be_closed_early(text: str, escape: Any) -> None:
    out = escape(text)
    assert out.startswith('"') and out.endswith('"')
    inner = out[1:-1]
    # Reading DOT's way: backslash pairs, then escaped quotes; no bare quote remains.
    assert '"' not in re.sub(r'\\\\|\\"', "", inner)
    assert "\n" not in inner and "\x07" not in inner


def test_user_text_never_reaches_dot_raw() -> None:
    journey = edited(small_journey(title=NASTY), "stages.0.name", SCRIPT)
    journey = edited(journey, "stages.0.steps.0.action", SCRIPT)
    journey = edited(journey, "stages.0.steps.0.thinks", NASTY)
    source = journey_dot(journey, SETTINGS)
    assert "<script>" not in source and "<b>" not in source
    assert "&lt;script&gt;" in source
    assert source.count("digraph") == 1 and source.rstrip().endswith("}")


# --- text, i18n, cache, svg finishing -------------------------------------------


def test_wrap_fits_the_width() -> None:
    text = "A fairly long sentence about delivery windows and Pix payments, " * 4
    lines = wrap(text, 120, 10)
    assert len(lines) > 3
    assert all(text_width(line, 10) <= 120 for line in lines)
    assert " ".join(lines) == text.strip()


def test_wrap_breaks_long_words_and_keeps_line_breaks() -> None:
    lines = wrap("https://example.com/" + "x" * 80 + "\nsecond", 100, 10)
    assert all(text_width(line, 10) <= 100 for line in lines)
    assert lines[-1] == "second"
    assert wrap("   ", 100, 10) == []


def test_i18n_helpers() -> None:
    assert i18n.label("pt-BR", "journey.lane.emotion") == "Emoção"
    assert i18n.label("fr", "journey.lane.emotion") == "Emotion"  # unknown locale: English
    assert i18n.plural("en", "count.steps", 1) == "1 step"
    assert i18n.plural("pt-BR", "count.steps", 3) == "3 passos"
    with pytest.raises(KeyError):
        i18n.label("en", "no.such.key")


def test_cache_key_covers_source_version_and_format() -> None:
    base = cache.key("digraph {}", "2.43", "svg")
    assert base != cache.key("digraph { }", "2.43", "svg")
    assert base != cache.key("digraph {}", "9.0", "svg")
    assert base != cache.key("digraph {}", "2.43", "png")


def test_cache_store_is_atomic_and_readable(tmp_path: Path) -> None:
    cache.store(tmp_path / "c", "k" * 64, "svg", b"<svg/>")
    assert cache.load(tmp_path / "c", "k" * 64, "svg") == b"<svg/>"
    assert [p.name for p in (tmp_path / "c").iterdir()] == ["k" * 64 + ".svg"]
    assert cache.load(tmp_path / "c", "missing", "svg") is None


RAW_SVG = b"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
 "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<!-- Generated by graphviz version 2.43.0 (0)
 -->
<!-- Title: cxdocs Pages: 1 -->
<svg width="10pt" height="10pt" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">
<g id="graph0" class="graph"><title>cxdocs</title>
<defs><linearGradient id="l_1"/></defs>
<g id="node1" class="node"><title>n1</title>
<g id="a_node1"><a xlink:href="#step-pays" xlink:title="Pays">
<polygon fill="url(#l_1)" points="0,0"/><use xlink:href="#l_1"/>
</a></g></g></g>
</svg>
"""


def test_svg_finish_prefixes_ids_and_labels_the_root() -> None:
    out = svg.finish(RAW_SVG, id_prefix="j-", title="Journey map: <X>", description="4 steps")
    text = out.decode()
    assert text.startswith("<svg ") and "<!--" not in text and "<?xml" not in text
    assert 'id="j-graph0"' in text and 'id="j-a_node1"' in text
    assert "url(#j-l_1)" in text and 'xlink:href="#j-l_1"' in text
    assert 'xlink:href="#step-pays"' in text  # a link to the page, not an internal id
    assert "<title>n1</title>" not in text
    assert 'role="img" aria-labelledby="j-title j-desc"' in text
    assert '<title id="j-title">Journey map: &lt;X&gt;</title>' in text
    assert '<desc id="j-desc">4 steps</desc>' in text


def test_missing_dot_names_the_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(GraphvizNotFound) as raised:
        render("digraph { a }")
    message = str(raised.value)
    assert "apt-get install graphviz" in message and "brew install graphviz" in message


def test_render_rejects_unknown_formats() -> None:
    with pytest.raises(ValueError, match="format"):
        render("digraph { a }", fmt="svg -o /tmp/x")


def _columns(phase: dict[str, Any]) -> dict[str, int]:
    """Each item's column in a one-phase blueprint, by its text."""
    from cxdocs.content.model import LANES, Phase
    from cxdocs.diagrams.blueprint_columns import phase_columns

    model = Phase.model_validate({"name": "P", **phase})
    stacks = {lane: model.lane(lane) for lane in LANES}
    return {stacks[lane][i].text: c for (lane, i), c in phase_columns(stacks).items()}


def test_an_activity_goes_under_the_customer_action_it_serves() -> None:
    columns = _columns(
        {
            "evidence": ["Screen", "E-mail", "Box", "Invoice"],
            "customer": [
                {"id": "a", "text": "A", "to": ["fa"]},
                {"id": "b", "text": "B"},
                {"id": "c", "text": "C"},
            ],
            "frontstage": [
                {"id": "fa", "text": "FA", "to": ["ba"]},
                {"id": "fc", "text": "FC", "to": ["c"]},
                {"text": "Served", "serves": "b"},
            ],
            "backstage": [{"id": "ba", "text": "BA"}, {"id": "loose", "text": "L", "to": ["s"]}],
            "support": [{"id": "s", "text": "S"}, {"id": "s2", "text": "S2", "to": ["fa"]}],
        }
    )
    # Hand-offs either way round, the nearest action first; `serves` wins.
    assert columns["FA"] == columns["BA"] == columns["S2"] == 0
    assert columns["FC"] == 2 and columns["Served"] == 1
    # Tied to no action: by order in its lane; what it hands over to follows it.
    assert columns["Screen"] == 0 and columns["E-mail"] == 1
    assert columns["Box"] == columns["Invoice"] == 2
    assert columns["L"] == columns["S"] == 0


def test_a_phase_without_customer_actions_is_one_column() -> None:
    assert set(_columns({"frontstage": ["X", "Y"], "support": ["Z"]}).values()) == {0}
