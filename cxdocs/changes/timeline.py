"""Commits -> each journey's and blueprint's story: what each commit changed, figures after.

Each touched file version is read like `cxdocs check` reads a file (same
loader, same validation), then two versions are compared with the diff
engine's own functions, so `cxdocs history` says exactly what `cxdocs diff`
would have said about that commit. Results are cached per commit and file
version in the diagram cache folder (`.cache/cxdocs/history`): a commit never
changes, so a second run only reads what is new.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from cxdocs import __version__, cache
from cxdocs.changes.blueprints import blueprint_changes, blueprint_figures
from cxdocs.changes.fields import Names, norm
from cxdocs.changes.journeys import journey_changes, journey_figures
from cxdocs.changes.log import Commit, Touch, read_blobs
from cxdocs.changes.model import (
    BlueprintFigures,
    Change,
    Figures,
    JourneyFigures,
    MetricValue,
    PainPointValue,
    Place,
    Ref,
    StageCurve,
    Value,
)
from cxdocs.content.checks.phases import named
from cxdocs.content.kinds import KINDS
from cxdocs.content.load import SUFFIXES, load_document
from cxdocs.content.model import Blueprint, Journey
from cxdocs.content.repository import Repository
from cxdocs.content.validation.validate import validate

HISTORY_KINDS = {"journeys": "journey", "blueprints": "blueprint"}
_CACHE_FORMAT = "history.json"


@dataclass
class Entry:
    """What one commit did to one journey or blueprint."""

    commit: str
    date: str
    author: str
    message: str
    status: str  # added | changed | moved | removed | invalid
    path: str
    changes: list[Change] = field(default_factory=list)
    figures: Figures | None = None  # after the commit (None: removed or unreadable)
    high_open: int | None = None  # journeys: open high-severity pain points after it
    id: str | None = None  # the object's id and title after the commit
    title: str | None = None


@dataclass
class Timeline:
    kind: str
    id: str
    name: str
    path: str  # where the file is now (or was last)
    entries: list[Entry] = field(default_factory=list)  # newest first


def open_high_pains(journey: Journey) -> int:
    """High-severity pain points on steps that no done action addresses yet."""
    fixed = {s for a in journey.actions if a.status == "done" for s in a.addresses}
    return sum(
        1
        for step in journey.steps
        if step.id not in fixed
        for pain in step.pain_points
        if pain.severity == "high"
    )


def _kind(path: str, prefix: PurePosixPath) -> str | None:
    """The kind of content file at `path`; None for anything else (a .gitkeep,
    notes, pictures), as `cxdocs check` reads only these suffixes."""
    if PurePosixPath(path).suffix.lower() not in SUFFIXES:
        return None
    try:
        top = PurePosixPath(path).relative_to(prefix).parts[0]
    except (ValueError, IndexError):
        return None
    return HISTORY_KINDS.get(top)


class Reader:
    """File versions -> models, each blob parsed once (same loader as `cxdocs check`)."""

    def __init__(self, root: Path, blobs: dict[str, bytes], names: Names | None = None) -> None:
        self.root = root
        self.blobs = blobs
        self.names = names or Names()
        self.models: dict[tuple[str, str], Journey | Blueprint | None] = {}
        self._tmp = tempfile.TemporaryDirectory(prefix="cxdocs-history-")

    def close(self) -> None:
        self._tmp.cleanup()

    def model(self, blob: str | None, path: str | None, kind: str) -> Journey | Blueprint | None:
        if blob is None or path is None or blob not in self.blobs:
            return None
        key = (blob, PurePosixPath(path).name)
        if key not in self.models:
            folder = Path(self._tmp.name, kind, blob)
            folder.mkdir(parents=True, exist_ok=True)
            file = folder / PurePosixPath(path).name
            file.write_bytes(self.blobs[blob])
            doc = load_document(file, folder, kind)
            found = validate(doc, KINDS[kind])[0] if doc.data is not None else None
            if isinstance(found, Blueprint):  # unnamed phases: today's stage names
                stages = self.names.stages.get(found.journey or "", ({}, {}))
                found = named(found, *stages)
            self.models[key] = found if isinstance(found, Journey | Blueprint) else None
        return self.models[key]


def build(
    root: Path,
    prefix: PurePosixPath,
    commits: list[Commit],
    repo: Repository,
    cache_dir: Path | None,
) -> list[Timeline]:
    """Every journey and blueprint the commits touched, each with its entries newest first."""
    tracked: dict[str, Timeline] = {}  # path at this point of the walk -> its timeline
    timelines: list[Timeline] = []
    work: list[tuple[Timeline, Commit, Touch]] = []
    for commit in commits:  # newest first
        for touch in commit.touches:
            path = touch.path_after or touch.path_before or ""
            kind = _kind(path, prefix)
            if kind is None:
                continue
            if touch.status == "C":
                # A copy (`git log --follow` finds one in a file started from
                # another) is a new object: its source's story is not its own.
                touch = Touch("A", None, touch.path_after, None, touch.blob_after)
            timeline = tracked.get(path)
            if timeline is None:
                timeline = Timeline(kind, PurePosixPath(path).stem, PurePosixPath(path).stem, path)
                tracked[path] = timeline
                timelines.append(timeline)
            work.append((timeline, commit, touch))
            if touch.status == "R" and touch.path_before and _kind(touch.path_before, prefix):
                del tracked[path]
                tracked[touch.path_before] = timeline  # older commits knew it by this name
    names = Names.of(repo)
    results = _results(root, work, names, cache_dir)
    # A version that did not parse hides nothing: the next good one is compared
    # with the last good one before it, not reported as created.
    rebased = _past_invalid(work, results)
    if rebased:
        later = _results(root, [w for _, w in rebased], names, cache_dir)
        for (index, item), found in zip(rebased, later, strict=True):
            work[index], results[index] = item, found
    for (timeline, commit, touch), found in zip(work, results, strict=True):
        timeline.entries.append(_entry(commit, touch, found))
    for timeline in timelines:
        _name(timeline, repo)
    order = list(HISTORY_KINDS.values())
    return sorted(timelines, key=lambda t: (order.index(t.kind), t.path))


Work = tuple[Timeline, Commit, Touch]


def _results(
    root: Path, work: list[Work], names: Names, cache_dir: Path | None
) -> list[dict[str, Any]]:
    """What each commit did to each file, from the cache where it is there."""
    digest = _names_digest(names)
    results: dict[int, dict[str, Any]] = {}
    missing: list[int] = []
    for index, (_, commit, touch) in enumerate(work):
        found = _cached(cache_dir, _key(commit, touch, digest))
        if found is None:
            missing.append(index)
        else:
            results[index] = found
    if missing:
        wanted = [b for i in missing for b in (work[i][2].blob_before, work[i][2].blob_after) if b]
        reader = Reader(root, read_blobs(root, wanted), names)
        try:
            for index in missing:
                timeline, commit, touch = work[index]
                results[index] = _entry_data(reader, timeline.kind, touch, names)
                if cache_dir is not None:
                    data = json.dumps(results[index]).encode("utf-8")
                    cache.store(cache_dir, _key(commit, touch, digest), _CACHE_FORMAT, data)
        finally:
            reader.close()
    return [results[index] for index in range(len(work))]


def _past_invalid(work: list[Work], results: list[dict[str, Any]]) -> list[tuple[int, Work]]:
    """Entries "added" over a version that did not parse, each with a touch
    comparing it to the last version that did (walking oldest first)."""
    last_good: dict[int, tuple[str, str]] = {}  # timeline -> (path, blob) last readable
    rebased: list[tuple[int, Work]] = []
    for index in reversed(range(len(work))):
        timeline, commit, touch = work[index]
        status, good = results[index]["status"], last_good.get(id(timeline))
        if status == "added" and touch.blob_before is not None and good is not None:
            before = Touch(touch.status, good[0], touch.path_after, good[1], touch.blob_after)
            rebased.append((index, (timeline, commit, before)))
        if status == "removed":
            last_good.pop(id(timeline), None)
        elif status != "invalid" and touch.path_after and touch.blob_after:
            last_good[id(timeline)] = (touch.path_after, touch.blob_after)
    return rebased


def _name(timeline: Timeline, repo: Repository) -> None:
    """Its id and title as they are now, from the checked repository when it is there."""
    table = repo.journeys if timeline.kind == "journey" else repo.blueprints
    for ident, entry in table.items():
        if entry.doc.rel == timeline.path:
            timeline.id, timeline.name = ident, norm(entry.item.title) or ident
            return
    for item in timeline.entries:  # gone now: its newest readable version names it
        if item.title is not None and item.id is not None:
            timeline.id, timeline.name = item.id, item.title
            return


def _names_digest(names: Names) -> str:
    text = json.dumps(
        [
            names.channels,
            names.actors,
            names.personas,
            names.journeys,
            sorted(names.steps.items()),
            names.stages,
        ],
        sort_keys=True,
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _key(commit: Commit, touch: Touch, digest: str) -> str:
    parts = (__version__, digest, commit.id, touch.path_after, touch.blob_before, touch.blob_after)
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _cached(cache_dir: Path | None, key: str) -> dict[str, Any] | None:
    if cache_dir is None:
        return None
    raw = cache.load(cache_dir, key, _CACHE_FORMAT)
    try:
        found = json.loads(raw) if raw else None
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


def _entry_data(reader: Reader, kind: str, touch: Touch, names: Names) -> dict[str, Any]:
    """One commit's effect on one file, as plain data (what the cache keeps)."""
    old = reader.model(touch.blob_before, touch.path_before, kind)
    new = reader.model(touch.blob_after, touch.path_after, kind)
    for model in (old, new):
        if isinstance(model, Journey):
            for step in model.steps:
                names.steps.setdefault((model.id, step.id), norm(step.action) or step.id)
    changes: list[Change] = []
    if touch.blob_after is None:
        status = "removed"
    elif new is None:
        status = "invalid"
    elif touch.blob_before is None or old is None:
        status = "added"
    else:
        status = "moved" if touch.path_before != touch.path_after else "changed"
        if isinstance(old, Journey) and isinstance(new, Journey):
            changes = journey_changes(old, new, names)
        elif isinstance(old, Blueprint) and isinstance(new, Blueprint):
            changes = blueprint_changes(old, new, names)
    figures: Figures | None = None
    high: int | None = None
    if isinstance(new, Journey):
        figures, high = journey_figures(new), open_high_pains(new)
    elif isinstance(new, Blueprint):
        figures = blueprint_figures(new)
    return {
        "status": status,
        "changes": [asdict(c) for c in changes],
        "figures": asdict(figures) if figures else None,
        "figures_kind": type(figures).__name__ if figures else None,
        "high_open": high,
        "id": new.id if new else None,
        "title": norm(new.title) if new else None,
    }


def _entry(commit: Commit, touch: Touch, data: dict[str, Any]) -> Entry:
    return Entry(
        commit.id,
        commit.date,
        commit.author,
        commit.message,
        data["status"],
        touch.path_after or touch.path_before or "",
        [_change(c) for c in data["changes"]],
        _figures(data["figures"], data["figures_kind"]),
        data["high_open"],
        data.get("id"),
        data.get("title"),
    )


# --- plain data -> the change model (what the cache stored) -----------------


def _value(raw: Any) -> Value:
    if not isinstance(raw, dict):
        return raw  # type: ignore[no-any-return]
    keys = set(raw)
    if keys == {"id", "name"}:
        return Ref(raw["id"], raw["name"])
    if keys == {"parent", "lane", "position"}:
        return Place(Ref(**raw["parent"]), raw["lane"], raw["position"])
    if keys == {"text", "severity"}:
        return PainPointValue(raw["text"], raw["severity"])
    return MetricValue(raw["name"], raw["value"], raw["target"], raw["unit"])


def _change(raw: dict[str, Any]) -> Change:
    parent = raw["parent"]
    return Change(
        raw["scope"],
        raw["field"],
        raw["id"],
        raw["name"],
        Ref(**parent) if parent else None,
        raw["lane"],
        raw["detail"],
        _value(raw["before"]),
        _value(raw["after"]),
        tuple(_value(v) for v in raw["added"]),
        tuple(_value(v) for v in raw["removed"]),
        raw["direction"],
    )


def _figures(raw: dict[str, Any] | None, kind: str | None) -> Figures | None:
    if raw is None:
        return None
    if kind == "BlueprintFigures":
        return BlueprintFigures(**raw)
    curve = tuple(
        StageCurve(
            Ref(**c["stage"]), tuple(c["emotions"]), tuple(Ref(**s) for s in c.get("steps", ()))
        )
        for c in raw["curve"]
    )
    return JourneyFigures(
        raw["average_emotion"], raw["pain_points"], raw["steps"], raw["open_actions"], curve
    )
