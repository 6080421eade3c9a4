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
from cxdocs.content.model import LANES, Blueprint, Journey, Persona, Phase
from cxdocs.content.problems import Problem
from cxdocs.content.repository import Repository
from cxdocs.content.validation.repair import PLACEHOLDER_ID
from cxdocs.content.validation.suggest import known_list, suggest_id
from cxdocs.content.yaml.source import Path as DataPath
from cxdocs.i18n.say import Say, Text, say


def settings_hint(section: str) -> Say:
    """'declare it in mkdocs.yml under plugins > cxdocs > channels'."""
    return say("problem.ref.declare.mkdocs", section=section)


def in_settings_file(problems: list[Problem], settings: Path) -> list[Problem]:
    """Hints that name the settings file name the one the repository uses."""
    if settings.suffix.lower() != ".toml":
        return problems
    out = []
    for problem in problems:
        message, hint = problem.words
        if hint is None:
            out.append(problem)
            continue
        toml = _in_toml(hint)
        changed = toml != hint
        out.append(
            replace(problem, hint=toml.text(), words=(message, toml)) if changed else problem
        )
    return out


def _in_toml(words: Say) -> Say:
    """`words` with the mkdocs.yml place of a section as zensical.toml's."""
    if words.key == "problem.ref.declare.mkdocs":
        return replace(words, key="problem.ref.declare.toml")
    values = tuple((k, _in_toml(v) if isinstance(v, Say) else v) for k, v in words.values)
    return replace(words, values=values)


def unknown_reference(
    doc: Document,
    path: DataPath,
    what: str,
    value: str,
    known: Mapping[str, str],
    hint: Text,
    label_word: str = "label",
) -> Problem:
    """`known` maps each id that exists to its label, name or title ('' if none)."""
    known = {k: v for k, v in known.items() if not k.startswith(PLACEHOLDER_ID)}
    choices = (
        say("problem.known", known=known_list(known)) if known else say("problem.ref.none_yet")
    )
    return doc.problem(
        "unknown-reference",
        say(
            "problem.not_defined",
            thing=say(f"problem.thing.{what}"),
            id=value,
            suggestion=suggest_id(value, known, label_word),
        ),
        say("problem.ref.hint", hint=hint, choices=choices),
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
        origin = say("problem.duplicate_id.from_name") if derived else ""
        return doc.problem(
            "duplicate-id",
            say(
                "problem.duplicate_id",
                thing=say(f"problem.thing.{self.what}"),
                id=ident,
                origin=origin,
            ),
            say("problem.duplicate_id.hint", place=f"{first_doc.rel}:{at.line}:{at.col}"),
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
                    settings_hint("channels"),
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
                say("problem.image.url", image=image),
                say("problem.image.url.hint"),
                at,
            )
        ]
    if _ABSOLUTE.match(image):
        return [
            doc.problem(
                "bad-image",
                say("problem.image.absolute", image=image),
                say("problem.image.absolute.hint", file=doc.rel),
                at,
            )
        ]
    target = (doc.path.parent / image).resolve()
    root = repo.root.resolve()
    if root not in target.parents:
        return [
            doc.problem(
                "bad-image",
                say("problem.image.outside", image=image),
                say("problem.image.outside.hint"),
                at,
            )
        ]
    if not target.is_file():
        return [
            doc.problem(
                "missing-file",
                say("problem.image.missing", image=image),
                say("problem.image.missing.hint", file=doc.rel),
                at,
            )
        ]
    return []


def check_journey(repo: Repository, journey: Journey, doc: Document) -> list[Problem]:
    problems: list[Problem] = []
    channels, actors = repo.settings.channel_labels, repo.settings.actors
    actor_hint = settings_hint("actors")

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
                say("problem.ref.persona.hint"),
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
                        settings_hint("channels"),
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
                        say("problem.ref.addresses.hint"),
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
                say("problem.improves.on_current"),
                say("problem.improves.on_current.hint"),
                doc.source.value(("improves",)),
            )
        ]
    if journey.improves is None:
        return [
            doc.problem(
                "missing-improves",
                say("problem.improves.missing"),
                say("problem.improves.missing.hint"),
                doc.source.value(("state",)),
            )
        ]
    if journey.improves == journey.id:
        return [
            doc.problem(
                "improves-itself",
                say("problem.improves.itself", id=journey.id),
                say("problem.improves.itself.hint"),
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
                say("problem.ref.improves.hint"),
                "title",
            )
        ]
    if target.item.state != "current":
        return [
            doc.problem(
                "improves-not-current",
                say("problem.improves.not_current", id=journey.improves),
                say("problem.improves.not_current.hint", id=journey.improves),
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
                say("problem.ref.journey.hint"),
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

    phase_ids, item_ids = IdRegistry("phase"), IdRegistry("lane_item_any")
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
                            settings_hint("actors"),
                        )
                    )
                arrows.extend((t, (*path, "to", n, "id")) for n, t in enumerate(item.targets))
                if item.step is not None:
                    problems.extend(
                        _check_item_step(doc, blueprint, lane, item.step, path, step_ids)
                    )
                if item.serves is not None:
                    problems.extend(_check_serves(doc, blueprint, phase, lane, item.serves, path))
    for target, path in arrows:
        if target not in item_ids.first:
            problems.append(
                unknown_reference(
                    doc,
                    path,
                    "lane_item_any",
                    target,
                    item_texts,
                    say("problem.ref.to.hint"),
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
                say("problem.item_step.lane", lane=lane),
                say("problem.item_step.lane.hint"),
                doc.source.key(at),
            )
        ]
    if blueprint.journey is None:
        return [
            doc.problem(
                "step-without-journey",
                say("problem.item_step.no_journey", step=step),
                say("problem.item_step.no_journey.hint"),
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
                say("problem.ref.step.hint", journey=blueprint.journey),
                "action",
            )
        ]
    return []


def _check_serves(
    doc: Document, blueprint: Blueprint, phase: Phase, lane: str, serves: str, path: DataPath
) -> list[Problem]:
    """`serves` names a customer action of the same phase: the column it is drawn in."""
    at = (*path, "serves")
    if lane == "customer":
        return [
            doc.problem(
                "serves-in-customer-lane",
                say("problem.serves.customer"),
                say("problem.serves.customer.hint"),
                doc.source.key(at),
            )
        ]
    actions = {item.id: item.text for item in phase.customer if item.id is not None}
    elsewhere = next((p for p in blueprint.phases if any(i.id == serves for i in p.customer)), None)
    if serves not in actions and elsewhere is not None:
        return [
            doc.problem(
                "serves-other-phase",
                say("problem.serves.other_phase", id=serves, there=elsewhere.name, here=phase.name),
                say(
                    "problem.serves.other_phase.hint",
                    known=known_list(actions) if actions else say("problem.serves.none"),
                ),
                doc.source.value(at),
            )
        ]
    if serves not in actions:
        return [
            unknown_reference(
                doc,
                at,
                "customer_action",
                serves,
                actions,
                say("problem.ref.serves.hint", phase=phase.name),
                "text",
            )
        ]
    return []
