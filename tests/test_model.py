"""Computed values the pages and diffs rely on."""

from __future__ import annotations

from cxdocs.content.model import Journey, Metric, slugify


def test_nps_is_computed_from_counts() -> None:
    metric = Metric(name="NPS", promoters=120, passives=40, detractors=60, target=30)
    assert metric.current == 100 * 60 / 220  # exact: (120 - 60) / 220 = 27.27%; shown as 27.3
    assert metric.responses == 220
    assert metric.meets_target is False


def test_lower_is_better_metrics_meet_targets_from_below() -> None:
    assert Metric(name="CES", value=3.1, target=3.5, better="lower").meets_target is True
    assert Metric(name="CES", value=4, target=3.5, better="lower").meets_target is False
    assert Metric(name="CSAT", value=82, target=80).meets_target is True
    assert Metric(name="Time", value=3).meets_target is None


def test_average_emotion_skips_unscored_steps() -> None:
    journey = Journey.model_validate(
        {
            "id": "j",
            "title": "J",
            "persona": "p",
            "stages": [
                {
                    "name": "S",
                    "steps": [
                        {"action": "A", "emotion": 2},
                        {"action": "B"},
                        {"action": "C", "emotion": -1},
                    ],
                }
            ],
        }
    )
    assert journey.average_emotion == 0.5
    assert [s.id for s in journey.steps] == ["a", "b", "c"]
    assert journey.stages[0].id == "s"


def test_strings_are_promoted_to_objects() -> None:
    journey = Journey.model_validate(
        {
            "id": "j",
            "title": "J",
            "persona": "p",
            "stages": [
                {
                    "name": "S",
                    "steps": [
                        {
                            "action": "A",
                            "pain_points": ["Slow", {"text": "Lost", "severity": "high"}],
                        },
                    ],
                }
            ],
        }
    )
    pains = journey.steps[0].pain_points
    assert [(p.text, p.severity) for p in pains] == [("Slow", "medium"), ("Lost", "high")]


def test_slugify_strips_accents_and_punctuation() -> None:
    assert slugify("Pagamento por Pix — Ção!") == "pagamento-por-pix-cao"
