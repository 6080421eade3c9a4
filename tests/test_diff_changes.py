"""`cxdocs diff`, one kind of change at a time: JSON for the facts, Markdown for the wording.

Each test commits a base version in a real git repository, edits the working
tree, and reads what `cxdocs diff HEAD` says about it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers import (
    JOURNEY,
    REPEAT_ORDER,
    GitRepo,
    Run,
    diff_json,
    diff_markdown,
    find_changes,
    find_object,
    start_repo,
)


@pytest.fixture
def gitrepo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    return start_repo(tmp_path, monkeypatch)


def with_repeat_order(repo: GitRepo, text: str = REPEAT_ORDER) -> None:
    repo.write(JOURNEY, text)
    repo.commit("repeat order journey")


def field_changes(obj: dict[str, Any], ident: str) -> dict[str, dict[str, Any]]:
    """The changes of one stage/step/action/item, by field (each field once)."""
    found = [c for c in obj["changes"] if c["id"] == ident]
    by_field = {c["field"]: c for c in found}
    assert len(by_field) == len(found)
    return by_field


def ref(ident: str, name: str) -> dict[str, str]:
    return {"id": ident, "name": name}


# --- objects -----------------------------------------------------------------


def test_objects_added_and_removed(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.write("personas/bruno.yaml", "name: Bruno Lima\n")
    gitrepo.write(JOURNEY, REPEAT_ORDER.replace("persona: ana", "persona: bruno"))
    gitrepo.remove("blueprints/order.yaml")
    report = diff_json(run_cli)
    statuses = [(o["kind"], o["id"], o["status"]) for o in report["objects"]]
    assert statuses == [
        ("persona", "bruno", "added"),
        ("journey", "repeat-order", "added"),
        ("blueprint", "order", "removed"),
    ]
    journey = find_object(report, "journey", "repeat-order")
    assert journey["figures"]["before"] is None
    assert journey["figures"]["after"]["average_emotion"] == 0.0
    out = diff_markdown(run_cli)
    assert "| Bruno Lima | Persona | new persona |  |" in out
    assert "| Repeat order | Journey | new journey | avg. emotion 0 · pain points 0 |" in out
    assert "| Order to delivery | Blueprint | blueprint removed | fail points 0 · waits 1 |" in out
    assert "New journey. 5 steps in 3 stages, average emotion 0, 0 pain points" in out
    assert "Blueprint removed. 3 activities, 0 fail points, 1 wait." in out


def test_journey_fields_use_names_not_ids(gitrepo: GitRepo, run_cli: Run) -> None:
    with_repeat_order(gitrepo)
    gitrepo.write("personas/bruno.yaml", "name: Bruno Lima\n")
    gitrepo.edit(JOURNEY, "persona: ana\nowner: ecommerce", "persona: bruno\nowner: logistics")
    gitrepo.edit(JOURNEY, "tags: [app]", "tags: [app, loyalty]")
    obj = find_object(diff_json(run_cli), "journey", "repeat-order")
    journey = {c["field"]: c for c in obj["changes"] if c["scope"] == "journey"}
    assert journey["persona"]["after"] == ref("bruno", "Bruno Lima")
    assert journey["owner"]["before"] == ref("ecommerce", "E-commerce team")
    assert journey["tags"]["added"] == ["loyalty"]
    out = diff_markdown(run_cli)
    assert "- Persona: Ana Souza → Bruno Lima" in out
    assert "- Owner: E-commerce team → Logistics" in out
    assert "- Tag added: “loyalty”" in out
    assert "| Repeat order | Journey | persona, owner, tags changed |" in out


# --- stages and steps ----------------------------------------------------------


def test_stages_added_removed_moved_and_renamed(gitrepo: GitRepo, run_cli: Run) -> None:
    with_repeat_order(gitrepo)
    text = REPEAT_ORDER
    find = text[text.index("  - id: find") : text.index("  - id: pay")]
    pay = text[text.index("  - id: pay") : text.index("  - id: receive")]
    receive = text[text.index("  - id: receive") : text.index("actions:")]
    help_stage = (
        "  - id: help\n    name: Get help\n    steps:\n      - {id: calls, action: Calls}\n"
    )
    new_find = find.replace("name: Find", "name: Discover")
    gitrepo.write(JOURNEY, text.replace(find + pay + receive, pay + new_find + help_stage))
    obj = find_object(diff_json(run_cli), "journey", "repeat-order")
    stages = [
        (c["id"], c["field"], c["before"], c["after"])
        for c in obj["changes"]
        if c["scope"] == "stage"
    ]
    assert stages == [
        ("find", "moved", 1, 2),
        ("find", "name", "Find", "Discover"),
        ("help", "added", None, 3),
        ("receive", "removed", 3, None),
    ]
    out = diff_markdown(run_cli)
    assert (
        "- **Stage “Discover”**\n    - Moved from position 1 to 2\n    - Name: “Find” → “Discover”"
        in out
    )
    assert "- **New stage “Get help”**" in out
    assert "- **Removed stage “Receive”**" in out
    assert "- **Removed step “Waits at home”** · Receive" in out


def test_steps_added_removed_moved_and_renamed(gitrepo: GitRepo, run_cli: Run) -> None:
    with_repeat_order(gitrepo)
    searches = "      - {id: searches, action: Searches the food, channel: app, emotion: 1}\n"
    waits = "      - {id: waits, action: Waits at home, channel: whatsapp, emotion: -2}\n"
    unboxes = "      - {id: unboxes, action: Opens the box, emotion: 2}\n"
    gitrepo.edit(JOURNEY, searches, "")
    gitrepo.edit(
        JOURNEY, "    steps:\n      - id: pays", "    steps:\n" + searches + "      - id: pays"
    )
    gitrepo.edit(JOURNEY, waits + unboxes, unboxes + waits)
    gitrepo.edit(JOURNEY, "action: Opens the app", "action: Opens the app from a push")
    gitrepo.edit(
        JOURNEY,
        unboxes,
        unboxes + "      - {id: rates, action: Rates the order, emotion: 1,"
        " channel: app, pain_points: [Too many questions]}\n",
    )
    gitrepo.edit(JOURNEY, "addresses: [pays]", "addresses: []")
    gitrepo.edit(JOURNEY, text_of_pays(), "")
    obj = find_object(diff_json(run_cli), "journey", "repeat-order")
    moved = find_changes(obj, scope="step", field="moved")
    assert [(c["id"], c["before"], c["after"]) for c in moved] == [
        (
            "searches",
            {"parent": ref("find", "Find"), "lane": None, "position": 2},
            {"parent": ref("pay", "Pay"), "lane": None, "position": 1},
        ),
        (
            "waits",
            {"parent": ref("receive", "Receive"), "lane": None, "position": 1},
            {"parent": ref("receive", "Receive"), "lane": None, "position": 3},
        ),
    ]
    assert field_changes(obj, "opens-app")["action"]["after"] == "Opens the app from a push"
    rates = field_changes(obj, "rates")
    assert set(rates) == {"added", "emotion", "channel", "pain_points"}
    assert find_changes(obj, id="pays", field="removed")[0]["parent"] == ref("pay", "Pay")
    out = diff_markdown(run_cli)
    assert (
        "- **Step “Searches the food”** · Pay — Moved from Find (position 2) to Pay (position 1)"
        in out
    )
    assert "- **Step “Waits at home”** · Receive — Moved within Receive: position 1 → 3" in out
    assert (
        "- **Step “Opens the app from a push”** · Find — "
        "Action: “Opens the app” → “Opens the app from a push”"
    ) in out
    assert (
        "- **New step “Rates the order”** · Receive\n"
        "    - Emotion: +1\n"
        "    - Channel: Mobile app\n"
        "    - Pain point added: “Too many questions” (medium)"
    ) in out
    assert "- **Removed step “Pays with card”** · Pay" in out


def text_of_pays() -> str:
    start = REPEAT_ORDER.index("      - id: pays")
    return REPEAT_ORDER[start : REPEAT_ORDER.index("  - id: receive")]


def test_step_fields_emotion_channel_actors_and_moment_of_truth(
    gitrepo: GitRepo, run_cli: Run
) -> None:
    with_repeat_order(gitrepo)
    gitrepo.edit(JOURNEY, "channel: web", "channel: whatsapp")
    gitrepo.edit(JOURNEY, "touchpoint: Checkout page", "touchpoint: Payment link")
    gitrepo.edit(JOURNEY, "actors: [ecommerce, erp]", "actors: [ecommerce, logistics]")
    gitrepo.edit(JOURNEY, "emotion: -1\n        moment_of_truth: true", "emotion: -2")
    gitrepo.edit(JOURNEY, "emotion: -2}", "emotion: 1, moment_of_truth: true}")
    obj = find_object(diff_json(run_cli), "journey", "repeat-order")
    pays = field_changes(obj, "pays")
    assert (pays["emotion"]["before"], pays["emotion"]["after"]) == (-1, -2)
    assert pays["emotion"]["direction"] == "worsened"
    assert pays["channel"]["after"] == ref("whatsapp", "WhatsApp")
    assert pays["actors"]["added"] == [ref("logistics", "Logistics")]
    assert pays["actors"]["removed"] == [ref("erp", "ERP (system)")]
    assert (pays["moment_of_truth"]["before"], pays["moment_of_truth"]["after"]) == (True, False)
    waits = field_changes(obj, "waits")
    assert waits["emotion"]["direction"] == "improved"
    assert waits["moment_of_truth"]["after"] is True
    out = diff_markdown(run_cli)
    for line in (
        "    - Emotion: \u22121 → \u22122 (worsened)",
        "    - Channel: Website → WhatsApp",
        "    - Touchpoint: “Checkout page” → “Payment link”",
        "    - Actor added: Logistics",
        "    - Actor removed: ERP (system)",
        "    - No longer a moment of truth",
        "    - Emotion: \u22122 → +1 (improved)",
        "    - Now a **moment of truth**",
    ):
        assert line in out


def test_pain_points_opportunities_and_metrics(gitrepo: GitRepo, run_cli: Run) -> None:
    with_repeat_order(gitrepo)
    gitrepo.edit(
        JOURNEY,
        "opportunities: [Save the card]",
        "pain_points: [{text: Card declined, severity: high}]\n"
        "        opportunities: [One-click payment]",
    )
    gitrepo.edit(
        JOURNEY,
        "{name: CES, value: 4, target: 3, better: lower}",
        "{name: CES, value: 3.5, target: 2.5, better: lower}",
    )
    gitrepo.edit(JOURNEY, '{name: Conversion, value: 30, unit: "%"}', "{name: CSAT, value: 4.2}")
    obj = find_object(diff_json(run_cli), "journey", "repeat-order")
    pays = field_changes(obj, "pays")
    assert pays["pain_points"]["added"] == [{"text": "Card declined", "severity": "high"}]
    assert pays["opportunities"] == {
        **pays["opportunities"],
        "added": ["One-click payment"],
        "removed": ["Save the card"],
    }
    ces = pays["metric"]
    assert ces["detail"] == "CES"
    assert ces["before"] == {"name": "CES", "value": 4.0, "target": 3.0, "unit": None}
    assert ces["after"] == {"name": "CES", "value": 3.5, "target": 2.5, "unit": None}
    assert ces["direction"] == "improved"  # lower effort is better
    assert pays["metrics"]["added"] == [
        {"name": "CSAT", "value": 4.2, "target": None, "unit": None}
    ]
    assert pays["metrics"]["removed"][0]["name"] == "Conversion"
    out = diff_markdown(run_cli)
    for line in (
        "    - Pain point added: “Card declined” (high)",
        "    - Opportunity added: “One-click payment”",
        "    - Opportunity removed: “Save the card”",
        "    - Metric “CES”: 4 → 3.5 (improved), target 3 → 2.5",
        "    - Metric added: “CSAT” 4.2",
        "    - Metric removed: “Conversion” 30%",
    ):
        assert line in out


def test_pain_point_removed_and_severity_changed(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.edit(
        "journeys/first-purchase.yaml",
        "          - {text: No tracking, severity: high}",
        "          - {text: No tracking, severity: medium}",
    )
    gitrepo.edit(
        "journeys/first-purchase.yaml",
        "        emotion: 1\n",
        "        emotion: 1\n        pain_points: [Pix code expires]\n",
    )
    gitrepo.commit("two pain points")
    gitrepo.edit("journeys/first-purchase.yaml", "        pain_points: [Pix code expires]\n", "")
    gitrepo.edit("journeys/first-purchase.yaml", "severity: medium}", "severity: high}")
    report = diff_json(run_cli)
    obj = find_object(report, "journey", "first-purchase")
    assert field_changes(obj, "pays")["pain_points"]["removed"] == [
        {"text": "Pix code expires", "severity": "medium"}
    ]
    severity = field_changes(obj, "waits")["pain_point_severity"]
    assert (severity["before"], severity["after"], severity["direction"]) == (
        "medium",
        "high",
        "worsened",
    )
    out = diff_markdown(run_cli)
    assert "Pain point removed: “Pix code expires” (medium)" in out
    assert "Pain point “No tracking”: severity medium → high (worsened)" in out
    assert (
        "| First purchase | Journey | 2 steps changed | avg. emotion 0 · pain points 2 → 1 |" in out
    )


def test_journey_summary_shows_the_emotion_curve_before_and_after(
    gitrepo: GitRepo, run_cli: Run
) -> None:
    with_repeat_order(gitrepo)
    gitrepo.edit(JOURNEY, "emotion: -2}", "emotion: 1}")
    gitrepo.edit(JOURNEY, "action: Opens the box, emotion: 2}", "action: Opens the box}")
    obj = find_object(diff_json(run_cli), "journey", "repeat-order")
    before, after = obj["figures"]["before"], obj["figures"]["after"]
    assert (before["average_emotion"], after["average_emotion"]) == (0.0, 0.25)
    assert before["curve"][2]["stage"] == ref("receive", "Receive")
    assert before["curve"][2]["emotions"] == [-2, 2]
    assert after["curve"][2]["emotions"] == [1, None]
    assert after["curve"][2]["steps"][0] == ref("waits", "Waits at home")
    out = diff_markdown(run_cli)
    assert "**Average emotion** 0 → +0.3 (improved) · **Pain points** 0 · **Open actions** 2" in out
    assert "| Find | `▄▆` +0.5 | `▄▆` +0.5 |" in out
    assert "| Receive | `▁█` 0 | `▆·` +1 |" in out
    assert "- **Step “Opens the box”** · Receive — Emotion: +2 → not scored" in out


# --- actions -------------------------------------------------------------------


def test_actions_new_removed_owner_and_status(gitrepo: GitRepo, run_cli: Run) -> None:
    with_repeat_order(gitrepo)
    gitrepo.edit(
        JOURNEY,
        "  - {id: windows, title: Delivery windows, owner: logistics, status: planned}\n",
        "  - {id: push, title: Push when shipped, owner: cx, status: doing, addresses: [waits]}\n",
    )
    gitrepo.edit(JOURNEY, "owner: ecommerce, status: idea", "owner: erp, status: done")
    gitrepo.edit("mkdocs.yml", "erp: ERP (system)}", "erp: ERP (system), cx: CX team}")
    obj = find_object(diff_json(run_cli), "journey", "repeat-order")
    save = field_changes(obj, "save-card")
    assert save["owner"]["before"] == ref("ecommerce", "E-commerce team")
    assert save["owner"]["after"] == ref("erp", "ERP (system)")
    assert (save["status"]["before"], save["status"]["after"]) == ("idea", "done")
    push = field_changes(obj, "push")
    assert set(push) == {"added", "owner", "status", "addresses"}
    assert push["addresses"]["added"] == [ref("waits", "Waits at home")]
    assert field_changes(obj, "windows") == {
        "removed": {**field_changes(obj, "windows")["removed"], "before": "planned"}
    }
    out = diff_markdown(run_cli)
    assert (
        "**Actions**\n\n"
        "- **Action “Save the card”**\n"
        "    - Owner: E-commerce team → ERP (system)\n"
        "    - Status: idea → done\n"
        "- **New action “Push when shipped”**\n"
        "    - Owner: CX team\n"
        "    - Status: doing\n"
        "    - Now addresses step: “Waits at home”\n"
        "- **Removed action “Delivery windows”**"
    ) in out
    assert "**Open actions** 2 → 1" in out


# --- blueprints ----------------------------------------------------------------

BLUEPRINT = "blueprints/order.yaml"


def test_blueprint_items_moved_between_lanes_and_phases(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.write(
        BLUEPRINT,
        """\
title: Order to delivery
journey: first-purchase
phases:
  - id: buy
    name: Buy
    evidence: [Confirmation e-mail]
    customer:
      - {id: pay, text: Pays, step: pays, to: [confirm, reserve], fail_point: true}
    backstage:
      - {id: confirm, text: Shows confirmation, actor: ecommerce, wait: 1 min}
  - id: deliver
    name: Deliver
    support:
      - {id: reserve, text: Reserves stock, actor: erp}
""",
    )
    obj = find_object(diff_json(run_cli), "blueprint", "order")
    assert find_changes(obj, scope="phase") == [
        {**find_changes(obj, scope="phase")[0], "id": "deliver", "field": "added", "after": 2}
    ]
    confirm = field_changes(obj, "confirm")
    assert confirm["moved"]["before"]["lane"] == "frontstage"
    assert confirm["moved"]["after"]["lane"] == "backstage"
    assert confirm["to"]["removed"] == [ref("reserve", "Reserves stock")]
    assert confirm["wait"]["after"] == "1 min"
    reserve = field_changes(obj, "reserve")
    assert reserve["moved"]["after"]["parent"] == ref("deliver", "Deliver")
    assert (reserve["wait"]["before"], reserve["wait"]["after"]) == ("2 min", None)
    pay = field_changes(obj, "pay")
    assert pay["to"]["added"] == [ref("reserve", "Reserves stock")]
    assert (pay["fail_point"]["before"], pay["fail_point"]["after"]) == (None, "")
    [evidence] = find_changes(obj, scope="item", lane="evidence")
    assert (evidence["field"], evidence["name"], evidence["id"]) == (
        "added",
        "Confirmation e-mail",
        None,
    )
    out = diff_markdown(run_cli)
    for line in (
        "- **New phase “Deliver”**",
        "- **Activity “Shows confirmation”** · Buy / Back stage\n"
        "    - Moved from Buy / Front stage to Buy / Back stage\n"
        "    - No longer hands over to: “Reserves stock”\n"
        "    - Wait added: 1 min",
        "- **Activity “Reserves stock”** · Deliver / Support processes\n"
        "    - Moved from Buy / Support processes to Deliver / Support processes\n"
        "    - Wait removed (was 2 min)",
        "- **Activity “Pays”** · Buy / Customer actions\n"
        "    - New hand-over to: “Reserves stock”\n"
        "    - Fail point added",
        "- **New activity “Confirmation e-mail”** · Buy / Physical evidence",
    ):
        assert line in out
    assert (
        "| Order to delivery | Blueprint | 1 phase changed, 4 activities "
        "| fail points 0 → 1 · waits 1 |" in out
    )


def test_blueprint_items_removed_and_fail_points_removed(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.edit(BLUEPRINT, "wait: 2 min}", "fail_point: Stock is out of date}")
    gitrepo.commit("fail point")
    gitrepo.edit(BLUEPRINT, ", fail_point: Stock is out of date}", "}")
    gitrepo.edit(BLUEPRINT, "to: [confirm]}", "}")
    gitrepo.edit(
        BLUEPRINT,
        "      - {id: confirm, text: Shows confirmation, actor: ecommerce, to: [reserve]}\n",
        "      - Shows confirmation\n",
    )
    obj = find_object(diff_json(run_cli), "blueprint", "order")
    reserve = field_changes(obj, "reserve")
    assert reserve["fail_point"]["before"] == "Stock is out of date"
    assert reserve["fail_point"]["after"] is None
    assert field_changes(obj, "pay")["to"]["removed"] == [ref("confirm", "Shows confirmation")]
    assert field_changes(obj, "confirm")["removed"]["before"]["lane"] == "frontstage"
    [added] = [c for c in obj["changes"] if c["id"] is None]
    assert (added["field"], added["name"]) == ("added", "Shows confirmation")
    out = diff_markdown(run_cli)
    assert "— Fail point removed (was “Stock is out of date”)" in out
    assert "- **Removed activity “Shows confirmation”** · Buy / Front stage" in out
    assert "No longer hands over to: “Shows confirmation”" in out


# --- personas ------------------------------------------------------------------


def test_persona_fields_and_lists(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.write(
        "personas/ana.yaml",
        "name: Ana Souza\nrole: Busy professional\nchannels: [app]\n"
        "demographics: {Age: 34}\ntraits: [organised, impatient]\n"
        "empathy_map: {feels: [rushed]}\n",
    )
    gitrepo.commit("richer persona")
    gitrepo.write(
        "personas/ana.yaml",
        "name: Ana Lima\nrole: Busy lawyer\nchannels: [whatsapp]\n"
        "demographics: {Age: 35, City: São Paulo}\ntraits: [organised, loyal]\n"
        "empathy_map: {feels: [rushed], says: [Just tell me when]}\n",
    )
    obj = find_object(diff_json(run_cli), "persona", "ana")
    fields = {(c["field"], c["detail"]): c for c in obj["changes"]}
    assert fields["name", None]["after"] == "Ana Lima"
    assert fields["demographics", "Age"]["before"] == "34"
    assert fields["demographics", "City"]["before"] is None
    assert fields["traits", None]["added"] == ["loyal"]
    assert fields["traits", None]["removed"] == ["impatient"]
    assert fields["channels", None]["added"] == [ref("whatsapp", "WhatsApp")]
    assert fields["empathy_map.says", None]["added"] == ["Just tell me when"]
    out = diff_markdown(run_cli)
    for line in (
        "### Persona: Ana Lima",
        "- Name: “Ana Souza” → “Ana Lima”",
        "- Role: “Busy professional” → “Busy lawyer”",
        "- Demographics, “Age”: “34” → “35”",
        "- Demographics, “City”: “São Paulo”",
        "- Trait added: “loyal”",
        "- Trait removed: “impatient”",
        "- Preferred channel added: WhatsApp",
        "- Preferred channel removed: Mobile app",
        "- Empathy map, says added: “Just tell me when”",
    ):
        assert line in out
    assert "| Ana Lima | Persona | name, role, demographics, traits, preferred channels, " in out


WAITS = "      - {id: waits, action: Waits at home, channel: whatsapp, emotion: -2}\n"
# Pain points on `waits` -> (lines under its removal, the summary's note).
LOST = {
    "one high": (
        "[{text: No tracking, severity: high}]",
        ["Pain point removed: “No tracking” (high)"],
        "1 high-severity pain point lost with a removed step",
    ),
    "high and low": (
        "[{text: No tracking, severity: high}, {text: Late, severity: high}, Cold food]",
        [
            "Pain point removed: “No tracking” (high)",
            "Pain point removed: “Late” (high)",
            "Pain point removed: “Cold food” (medium)",
        ],
        "2 high-severity pain points lost with removed steps",
    ),
    "low only": (
        "[{text: Cold food, severity: low}]",
        ["Pain point removed: “Cold food” (low)"],
        None,
    ),
    "none": ("[]", [], None),
}


@pytest.mark.parametrize("case", LOST)
def test_removing_a_step_names_the_pain_points_lost_with_it(
    gitrepo: GitRepo, run_cli: Run, case: str
) -> None:
    pains, lines, note = LOST[case]
    with_repeat_order(
        gitrepo, REPEAT_ORDER.replace(WAITS, WAITS[:-2] + f", pain_points: {pains}}}\n")
    )
    gitrepo.edit(JOURNEY, WAITS[:-2] + f", pain_points: {pains}}}\n", "")
    out = diff_markdown(run_cli)
    header = "- **Removed step “Waits at home”** · Receive"
    if len(lines) == 1:
        assert f"{header} — {lines[0]}\n" in out
    else:
        assert header + "".join(f"\n    - {line}" for line in lines) in out
    summary = next(line for line in out.splitlines() if line.startswith("| Repeat order |"))
    assert (note in summary) if note else ("lost" not in summary), summary


def test_a_pain_point_removed_from_a_kept_step_is_not_lost(gitrepo: GitRepo, run_cli: Run) -> None:
    with_pain = WAITS[:-2] + ", pain_points: [{text: No tracking, severity: high}]}\n"
    with_repeat_order(gitrepo, REPEAT_ORDER.replace(WAITS, with_pain))
    gitrepo.edit(JOURNEY, with_pain, WAITS)  # fixed, presumably: no "lost" note
    out = diff_markdown(run_cli)
    assert "Pain point removed: “No tracking” (high)" in out
    assert "lost" not in out
