"""Checks that span objects: duplicate ids and references that name nothing.

Every lookup goes through a dict or set built once, so checking stays linear in
the size of the repository.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from cxdocs.content.load import Document
from cxdocs.content.model import LANES, Blueprint, Journey, Persona
from cxdocs.content.problems import Problem
from cxdocs.content.repository import Repository
from cxdocs.content.validation.repair import PLACEHOLDER_ID
from cxdocs.content.validation.suggest import known_list, suggest_id
from cxdocs.content.yaml.source import Path as DataPath

SETTINGS_HINT = "declare it in mkdocs.yml under plugins > cxdocs > {section}"
# The same place in zensical.toml (see cxdocs.content.settings.toml_file).
_TOML_HINT = "declare it in zensical.toml under [project.extra.cxdocs.{section}]"
_SECTIONS = ("channels", "actors")


def in_settings_file(problems: list[Problem], settings: Path) -> list[Problem]:
    """Hints that name the settings file name the one the repository uses."""
    if settings.suffix.lower() != ".toml":
        return problems
    out = []
    for problem in problems:
        hint = problem.hint
        for section in _SECTIONS:
            hint = hint.replace(
                SETTINGS_HINT.format(section=section), _TOML_HINT.format(section=section)
            )
        out.append(problem if hint == problem.hint else replace(problem, hint=hint))
    return out


def unknown_reference(
    doc: Document,
    path: DataPath,
    what: str,
    value: str,
    known: Mapping[str, str],
    hint: str,
    label_word: str = "label",
) -> Problem:
    """`known` maps each id that exists to its label, name or title ('' if none)."""
    known = {k: v for k, v in known.items() if not k.startswith(PLACEHOLDER_ID)}
    choices = f"known: {known_list(known)}" if known else "none are defined yet"
    return doc.problem(
        "unknown-reference",
        f"{what} '{value}' is not defined{suggest_id(value, known, label_word)}",
        f"{hint} ({choices})",
        doc.source.value(path),
    )


class IdRegistry:
    """Spots the second use of an id and names where the first one was."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.first: dict[str, tuple[Document, DataPath]] = {}

    def add(self, ident: str, doc: Document, path: DataPath) -> Problem | None:
        seen = self.first.get(ident)
        if seen is None:
            self.first[ident] = (doc, path)
            return None
        first_doc, first_path = seen
        at = first_doc.source.value(first_path)
        derived = path == ("id",) and path not in doc.source.values
        origin = " (from the file name)" if derived else ""
        return doc.problem(
            "duplicate-id",
            f"{self.what} id '{ident}'{origin} is already used",
            f"first defined at {first_doc.rel}:{at.line}:{at.col}; ids must be unique",
            doc.source.value(path),
        )


def check_persona(repo: Repository, persona: Persona, doc: Document) -> list[Problem]:
    problems = []
    channels = repo.settings.channel_labels
    for index, channel in enumerate(persona.channels):
        if channel not in channels:
            problems.append(
                unknown_reference(
                    doc,
                    ("channels", index),
                    "channel",
                    channel,
                    channels,
                    SETTINGS_HINT.format(section="channels"),
                )
            )
    if persona.image:
        problems.extend(_check_image(repo, persona.image, doc))
    return problems


_URL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]+:|//)")
_ABSOLUTE = re.compile(r"^(?:[/\\]|[a-zA-Z]:)")


def _check_image(repo: Repository, image: str, doc: Document) -> list[Problem]:
    """A persona picture is a file inside the repository, relative to the persona.

    URLs are refused: the site would depend on another server (and leak its
    readers' visits to it), and the picture would escape review in git. A path
    outside the repository (absolute, `../..`, or a link leading out) would
    copy a file from the machine that builds into the published site.
    """
    at = doc.source.value(("image",))
    if _URL.match(image):
        return [
            doc.problem(
                "bad-image",
                f"image '{image}' is a URL; a persona picture is a file in the repository",
                "download the picture next to the persona (e.g. personas/images/) and "
                "give its path relative to this file",
                at,
            )
        ]
    if _ABSOLUTE.match(image):
        return [
            doc.problem(
                "bad-image",
                f"image '{image}' is an absolute path",
                f"give the path relative to {doc.rel}, inside the repository",
                at,
            )
        ]
    target = (doc.path.parent / image).resolve()
    root = repo.root.resolve()
    if root not in target.parents:
        return [
            doc.problem(
                "bad-image",
                f"image '{image}' leads outside the repository",
                "keep persona pictures inside the repository (e.g. personas/images/)",
                at,
            )
        ]
    if not target.is_file():
        return [
            doc.problem(
                "missing-file",
                f"image '{image}' does not exist",
                f"the path is relative to {doc.rel}; add the file or fix the path",
                at,
            )
        ]
    return []


def check_journey(repo: Repository, journey: Journey, doc: Document) -> list[Problem]:
    problems: list[Problem] = []
    channels, actors = repo.settings.channel_labels, repo.settings.actors
    actor_hint = SETTINGS_HINT.format(section="actors")

    def actor(value: str | None, path: DataPath) -> None:
        if value is not None and value not in actors:
            problems.append(unknown_reference(doc, path, "actor", value, actors, actor_hint))

    if journey.persona not in repo.personas and not repo.is_unreadable("persona", journey.persona):
        problems.append(
            unknown_reference(
                doc,
                ("persona",),
                "persona",
                journey.persona,
                {pid: entry.item.name for pid, entry in repo.personas.items()},
                "add a file under personas/ with this id, or fix the id",
                "name",
            )
        )
    actor(journey.owner, ("owner",))
    problems.extend(_check_state(repo, journey, doc))

    stage_ids, step_ids = IdRegistry("stage"), IdRegistry("step")
    for s_index, stage in enumerate(journey.stages):
        if found := stage_ids.add(stage.id, doc, ("stages", s_index, "id")):
            problems.append(found)
        for t_index, step in enumerate(stage.steps):
            path: DataPath = ("stages", s_index, "steps", t_index)
            if found := step_ids.add(step.id, doc, (*path, "id")):
                problems.append(found)
            if step.channel is not None and step.channel not in channels:
                problems.append(
                    unknown_reference(
                        doc,
                        (*path, "channel"),
                        "channel",
                        step.channel,
                        channels,
                        SETTINGS_HINT.format(section="channels"),
                    )
                )
            for a_index, name in enumerate(step.actors):
                actor(name, (*path, "actors", a_index))

    action_ids = IdRegistry("action")
    for index, action in enumerate(journey.actions):
        if found := action_ids.add(action.id, doc, ("actions", index, "id")):
            problems.append(found)
        actor(action.owner, ("actions", index, "owner"))
        for a_index, step_id in enumerate(action.addresses):
            if step_id not in step_ids.first:
                problems.append(
                    unknown_reference(
                        doc,
                        ("actions", index, "addresses", a_index),
                        "step",
                        step_id,
                        {step.id: step.action for step in journey.steps},
                        "'addresses' lists step ids of this journey",
                        "action",
                    )
                )
    return problems


def _check_state(repo: Repository, journey: Journey, doc: Document) -> list[Problem]:
    if journey.state == "current":
        if journey.improves is None:
            return []
        return [
            doc.problem(
                "improves-on-current",
                "only a future-state journey can improve another journey",
                "add 'state: future', or remove 'improves'",
                doc.source.value(("improves",)),
            )
        ]
    if journey.improves is None:
        return [
            doc.problem(
                "missing-improves",
                "a future-state journey must name the current-state journey it improves",
                "add 'improves: <id of the current-state journey>'",
                doc.source.value(("state",)),
            )
        ]
    if journey.improves == journey.id:
        return [
            doc.problem(
                "improves-itself",
                f"journey '{journey.id}' names itself in 'improves'",
                "'improves' names the current-state journey this future state replaces",
                doc.source.value(("improves",)),
            )
        ]
    target = repo.journeys.get(journey.improves)
    if target is None and repo.is_unreadable("journey", journey.improves):
        return []
    if target is None:
        # Only current-state journeys can be improved: suggest and list only those.
        current = {
            jid: entry.item.title
            for jid, entry in repo.journeys.items()
            if entry.item.state == "current" and jid != journey.id
        }
        return [
            unknown_reference(
                doc,
                ("improves",),
                "journey",
                journey.improves,
                current,
                "'improves' names a current-state journey id",
                "title",
            )
        ]
    if target.item.state != "current":
        return [
            doc.problem(
                "improves-not-current",
                f"journey '{journey.improves}' is a future-state journey; "
                "'improves' must name a current-state one",
                f"point at the journey that '{journey.improves}' improves instead",
                doc.source.value(("improves",)),
            )
        ]
    return []


def check_blueprint(repo: Repository, blueprint: Blueprint, doc: Document) -> list[Problem]:
    problems: list[Problem] = []
    actors = repo.settings.actors
    journey = repo.journeys.get(blueprint.journey) if blueprint.journey else None
    if (
        blueprint.journey
        and journey is None
        and not repo.is_unreadable("journey", blueprint.journey)
    ):
        problems.append(
            unknown_reference(
                doc,
                ("journey",),
                "journey",
                blueprint.journey,
                {jid: entry.item.title for jid, entry in repo.journeys.items()},
                "'journey' names a journey id",
                "title",
            )
        )
    step_ids = {s.id: s.action for s in journey.item.steps} if journey else {}
    item_texts = {
        item.id: item.text
        for phase in blueprint.phases
        for lane in LANES
        for item in phase.lane(lane)
        if item.id is not None
    }

    phase_ids, item_ids = IdRegistry("phase"), IdRegistry("lane item")
    arrows: list[tuple[str, DataPath]] = []
    for p_index, phase in enumerate(blueprint.phases):
        if found := phase_ids.add(phase.id, doc, ("phases", p_index, "id")):
            problems.append(found)
        for lane in LANES:
            for i_index, item in enumerate(phase.lane(lane)):
                path: DataPath = ("phases", p_index, lane, i_index)
                if item.id is not None and (found := item_ids.add(item.id, doc, (*path, "id"))):
                    problems.append(found)
                if item.actor is not None and item.actor not in actors:
                    problems.append(
                        unknown_reference(
                            doc,
                            (*path, "actor"),
                            "actor",
                            item.actor,
                            actors,
                            SETTINGS_HINT.format(section="actors"),
                        )
                    )
                arrows.extend((t, (*path, "to", n)) for n, t in enumerate(item.to))
                if item.step is not None:
                    problems.extend(
                        _check_item_step(doc, blueprint, lane, item.step, path, step_ids)
                    )
    for target, path in arrows:
        if target not in item_ids.first:
            problems.append(
                unknown_reference(
                    doc,
                    path,
                    "lane item",
                    target,
                    item_texts,
                    "'to' lists ids of items in this blueprint",
                    "text",
                )
            )
    return problems


def _check_item_step(
    doc: Document,
    blueprint: Blueprint,
    lane: str,
    step: str,
    path: DataPath,
    step_ids: dict[str, str],
) -> list[Problem]:
    at = (*path, "step")
    if lane != "customer":
        return [
            doc.problem(
                "step-outside-customer-lane",
                f"only customer-lane items link to journey steps; this one is in '{lane}'",
                "move 'step' to the customer action it belongs to",
                doc.source.key(at),
            )
        ]
    if blueprint.journey is None:
        return [
            doc.problem(
                "step-without-journey",
                f"item links to step '{step}' but the blueprint names no journey",
                "add 'journey: <journey id>' at the top of the blueprint",
                doc.source.value(at),
            )
        ]
    if step_ids and step not in step_ids:
        return [
            unknown_reference(
                doc,
                at,
                "step",
                step,
                step_ids,
                f"'step' names a step of journey '{blueprint.journey}'",
                "action",
            )
        ]
    return []
