"""A synthetic CX repository of any size, shaped like real content.

Deterministic (seeded), so two runs measure the same work.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

CHANNELS = {f"ch{i}": f"Channel {i}" for i in range(12)}
ACTORS = {f"team{i}": f"Team {i}" for i in range(20)}
WORDS = [
    "order",
    "delivery",
    "app",
    "payment",
    "pix",
    "checkout",
    "tracking",
    "box",
    "carrier",
    "store",
    "coupon",
    "subscription",
    "refund",
    "agent",
    "whatsapp",
    "email",
    "bag",
    "kibble",
    "vet",
    "reminder",
    "window",
]


@dataclass(frozen=True)
class Size:
    personas: int = 200
    journeys: int = 1000
    blueprints: int = 500
    stages: int = 5
    steps: int = 4


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def _journey(rng: random.Random, index: int, size: Size) -> dict[str, object]:
    stages = []
    step_ids = []
    for s in range(size.stages):
        steps = []
        for t in range(size.steps):
            step_id = f"s{s}-t{t}"
            step_ids.append(step_id)
            steps.append(
                {
                    "id": step_id,
                    "action": _sentence(rng, 6),
                    "channel": rng.choice(list(CHANNELS)),
                    "touchpoint": _sentence(rng, 3),
                    "actors": [rng.choice(list(ACTORS))],
                    "thinks": _sentence(rng, 8),
                    "feels": _sentence(rng, 2),
                    "emotion": rng.randint(-2, 2),
                    "moment_of_truth": t == 0 and s == 2,
                    "pain_points": [
                        {"text": _sentence(rng, 7), "severity": rng.choice(["low", "medium"])}
                    ],
                    "opportunities": [_sentence(rng, 6)],
                    "metrics": [{"name": "CSAT", "value": rng.randint(50, 95), "target": 80}],
                }
            )
        stages.append({"id": f"stage-{s}", "name": f"Stage {s}", "steps": steps})
    return {
        "title": f"Journey {index}",
        "persona": f"persona-{index % max(size.personas, 1)}",
        "owner": rng.choice(list(ACTORS)),
        "tags": [rng.choice(WORDS)],
        "stages": stages,
        "actions": [
            {
                "id": "fix-1",
                "title": _sentence(rng, 5),
                "owner": rng.choice(list(ACTORS)),
                "status": "planned",
                "addresses": step_ids[:2],
            }
        ],
    }


def _blueprint(rng: random.Random, index: int, size: Size) -> dict[str, object]:
    phases = []
    for p in range(4):
        lanes: dict[str, object] = {"id": f"p{p}", "name": f"Phase {p}"}
        for lane in ("evidence", "customer", "frontstage", "backstage", "support"):
            lanes[lane] = [
                {
                    "id": f"{lane}-{p}-{i}",
                    "text": _sentence(rng, 5),
                    "actor": rng.choice(list(ACTORS)),
                    **({"to": [f"{lane}-{p}-{i + 1}"]} if i == 0 else {}),
                }
                for i in range(2)
            ]
        phases.append(lanes)
    return {
        "title": f"Blueprint {index}",
        "journey": f"journey-{index % size.journeys}",
        "phases": phases,
    }


def write_repository(root: Path, size: Size, seed: int = 7) -> int:
    """Write the repository under `root`; returns the number of content files."""
    rng = random.Random(seed)
    for folder in ("personas", "journeys", "blueprints", "docs"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "docs" / "index.md").write_text("# Synthetic\n", encoding="utf-8")
    config = {
        "site_name": "Synthetic CX",
        "theme": {"name": "mkdocs"},
        "plugins": ["search", {"cxdocs": {"channels": CHANNELS, "actors": ACTORS}}],
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    for i in range(size.personas):
        persona = {
            "name": f"Persona {i}",
            "role": _sentence(rng, 5),
            "goals": [_sentence(rng, 5)],
            "channels": [rng.choice(list(CHANNELS))],
            "empathy_map": {k: [_sentence(rng, 5)] for k in ("thinks", "feels", "says", "does")},
        }
        _dump(root / "personas" / f"persona-{i}.yaml", persona)
    for i in range(size.journeys):
        _dump(root / "journeys" / f"journey-{i}.yaml", _journey(rng, i, size))
    for i in range(size.blueprints):
        _dump(root / "blueprints" / f"blueprint-{i}.yaml", _blueprint(rng, i, size))
    return size.personas + size.journeys + size.blueprints


def write_plain_pages(root: Path, pages: int) -> None:
    """The same number of plain Markdown pages: the floor a cxdocs site is held to."""
    docs = root / "docs"
    for folder in ("a", "b", "c"):
        (docs / folder).mkdir(parents=True, exist_ok=True)
    rng = random.Random(3)
    for i in range(pages):
        body = "\n\n".join(_sentence(rng, 40) for _ in range(12))
        (docs / "abc"[i % 3] / f"page-{i}.md").write_text(
            f"# Page {i}\n\n{body}\n", encoding="utf-8"
        )
    (docs / "index.md").write_text("# Plain\n", encoding="utf-8")
    config = {"site_name": "Plain", "theme": {"name": "mkdocs"}, "plugins": ["search"]}
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")


def _dump(path: Path, data: Mapping[str, object]) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
