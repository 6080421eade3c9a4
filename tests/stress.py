"""A stress set for diagrams: 40 steps, 200-character texts, accents and emoji.

Shared by the tests that assert Graphviz draws it without a single warning and
that every text stays inside its card.
"""

from __future__ import annotations

from typing import Any

from cxdocs.content.model import Blueprint, Journey, Settings

SETTINGS = Settings(
    channels={"app": "Aplicativo móvel 📱", "whatsapp": "WhatsApp"},
    actors={"cx": "Equipe de experiência do cliente (CX) — São Paulo", "erp": "ERP (sistema) 🧾"},
)

# Accented Latin, curly quotes, dashes, emoji (single, joined, flags), a long
# unbroken word and a long URL: everything the width estimate has to get right.
PIECES = (
    "Ação rápida à noite, já não é «fácil» — ninguém sabe o preço até pagar; ",
    "Ünïcödé ÀÉÎÕÇ ñ ß ø å “quoted” \u2018single\u2019 … ",
    "emoji 😀 🎉 👍🏽 👨‍👩‍👧 🇧🇷 ❤️ ⭐ ",
    "Donaudampfschifffahrtsgesellschaftskapitänswitwe ",
    "https://example.com/a/very/long/path?with=query&and=more ",
    "WWWWWWWWWW MMMMMMMMMM @@@@@ %%%% ",
)


def long_text(seed: int, length: int = 200) -> str:
    """About `length` characters, different for every seed."""
    text = ""
    index = seed
    while len(text) < length:
        text += PIECES[index % len(PIECES)]
        index += 1
    return text[:length].strip()


def stress_journey(steps: int = 40) -> Journey:
    stage_size = 5
    stages: list[dict[str, Any]] = []
    for s in range(0, steps, stage_size):
        stage_steps = []
        for i in range(s, min(s + stage_size, steps)):
            stage_steps.append(
                {
                    "id": f"step-{i}",
                    "action": long_text(i),
                    "channel": "app" if i % 2 else "whatsapp",
                    "touchpoint": long_text(i + 1),
                    "actors": ["cx", "erp"],
                    "thinks": long_text(i + 2),
                    "feels": long_text(i + 3, 60),
                    "emotion": (i % 5) - 2,
                    "moment_of_truth": i % 7 == 0,
                    "pain_points": [
                        {"text": long_text(i + 4), "severity": "high"},
                        {"text": long_text(i + 5, 80), "severity": "low"},
                    ],
                    "opportunities": [long_text(i + 6)],
                }
            )
        stages.append({"id": f"stage-{s}", "name": long_text(s, 60), "steps": stage_steps})
    data = {
        "id": "stress",
        "title": long_text(0),
        "persona": "ana",
        "scenario": long_text(3),
        "expectations": [long_text(4, 80), long_text(5, 80)],
        "stages": stages,
    }
    return Journey.model_validate(data)


def stress_blueprint(phases: int = 8) -> Blueprint:
    data: dict[str, Any] = {"id": "stress", "title": long_text(1), "phases": []}
    for p in range(phases):
        nxt = f"p{p + 1}" if p + 1 < phases else f"p{p}"
        data["phases"].append(
            {
                "id": f"phase-{p}",
                "name": long_text(p, 80),
                "evidence": [long_text(p + 1, 120)],
                "customer": [{"id": f"p{p}-c", "text": long_text(p), "to": [f"p{p}-f"]}],
                "frontstage": [
                    {
                        "id": f"p{p}-f",
                        "text": long_text(p + 2),
                        "actor": "cx",
                        "fail_point": long_text(p + 3, 120),
                        "wait": long_text(p + 4, 40),
                        "to": [f"p{p}-b", f"{nxt}-c"],
                    }
                ],
                "backstage": [{"id": f"p{p}-b", "text": long_text(p + 5), "to": [f"p{p}-s"]}],
                "support": [{"id": f"p{p}-s", "text": long_text(p + 6), "actor": "erp"}],
            }
        )
    return Blueprint.model_validate(data)
