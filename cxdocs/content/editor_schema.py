"""JSON Schemas for persona, journey and blueprint files, generated from the model.

Editors (VS Code's YAML extension) use them to complete and flag fields while
typing. Generated, never hand-written, so they cannot drift from `cxdocs check`.
Given a repository's settings, the schemas also know its declared channels and
actors (an enum, with the labels as descriptions), so `channel: socail` is
flagged while typing; `cxdocs check` warns when they fall behind the settings.
"""

from __future__ import annotations

import contextlib
import copy
import json
from pathlib import Path
from typing import Any

from cxdocs import cache as store
from cxdocs.content.checks.memo import reading_fingerprint
from cxdocs.content.kinds import KINDS
from cxdocs.content.model import Settings
from cxdocs.content.problems import Problem, problem
from cxdocs.i18n.say import say

SCHEMA_DIR = "schemas"
BASE_URI = "https://cxdocs.dev/schemas/v1"

# (model, field) -> which declared ids it takes; a list field takes several.
DECLARED_FIELDS: dict[tuple[str, str], str] = {
    ("Persona", "channels"): "channels",
    ("Step", "channel"): "channels",
    ("Step", "actors"): "actors",
    ("Journey", "owner"): "actors",
    ("Action", "owner"): "actors",
    ("LaneItem", "actor"): "actors",
}


def _declared(ids: dict[str, str], what: str) -> dict[str, Any]:
    """A string that must be one of the declared ids; labels describe each one."""
    ordered = sorted(ids)
    return {
        "type": "string",
        "enum": ordered,
        # VS Code and the YAML language server show these beside each choice.
        "enumDescriptions": [ids[i] for i in ordered],
        "description": f"One of the {what} declared in mkdocs.yml (plugins > cxdocs > {what}).",
    }


def _restrict(prop: dict[str, Any], allowed: dict[str, Any]) -> None:
    """Swap the plain id pattern in `prop` (single, optional or list) for `allowed`."""
    if prop.get("type") == "array":
        prop["items"] = allowed
    elif "anyOf" in prop:
        # The id forms (text, or a whole number) become the declared ids; null stays.
        kept = [b for b in prop["anyOf"] if b.get("type") not in ("string", "integer")]
        prop["anyOf"] = [allowed, *kept]
    else:
        prop.pop("pattern", None)
        prop.update({k: v for k, v in allowed.items() if k != "description"})


def _with_settings(schema: dict[str, Any], settings: Settings) -> None:
    objects = {schema.get("title"): schema, **schema.get("$defs", {})}
    declared = {"channels": settings.channel_labels, "actors": settings.actors}
    for (model, field), what in DECLARED_FIELDS.items():
        ids = declared[what]
        prop = objects.get(model, {}).get("properties", {}).get(field)
        if prop is not None and ids:  # nothing declared: `check` says so, not the editor
            _restrict(prop, _declared(ids, what))


def schema_for(kind: str, settings: Settings | None = None) -> dict[str, Any]:
    model = KINDS[kind]
    schema = copy.deepcopy(model.model_json_schema(mode="validation"))
    if settings is not None:
        _with_settings(schema, settings)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{BASE_URI}/{kind}.schema.json",
        **schema,
        "title": f"cxdocs {kind}",
        "description": (model.__doc__ or "").strip().splitlines()[0],
    }


def schema_text(kind: str, settings: Settings | None = None) -> str:
    # Sorted keys and a trailing newline: byte-stable output that diffs cleanly.
    text = json.dumps(schema_for(kind, settings), indent=2, sort_keys=True, ensure_ascii=False)
    return text + "\n"


def file_name(kind: str) -> str:
    return f"{kind}.schema.json"


def is_schema_file(data: bytes) -> bool:
    """True if `data` is a schema cxdocs generated (any version, any settings):
    `cxdocs schema` may refresh it, even in a fresh clone."""
    try:
        found = json.loads(data)
    except ValueError:
        return False
    return isinstance(found, dict) and str(found.get("$id", "")).startswith(f"{BASE_URI}/")


def stale_schemas(out_dir: Path, settings: Settings | None = None) -> list[Path]:
    """Committed schema files that differ from freshly generated ones."""
    stale = []
    for kind in KINDS:
        path = out_dir / file_name(kind)
        if not path.is_file() or path.read_text(encoding="utf-8") != schema_text(kind, settings):
            stale.append(path)
    return stale


def modeline(kind: str, content_file: Path, root: Path) -> str:
    """The `# yaml-language-server: $schema=...` line for a file, relative to its folder."""
    depth = len(content_file.resolve().relative_to(root.resolve()).parts) - 1
    return f"# yaml-language-server: $schema={'../' * depth}{SCHEMA_DIR}/{file_name(kind)}"


def stale_schema_problems(
    root: Path, settings: Settings, cache_dir: Path | None = None
) -> list[Problem]:
    """`stale-schema` warnings for the committed schemas that no longer match the
    settings (a channel was added, cxdocs was upgraded...). A repository without
    a schemas/ folder is not nagged: editor schemas are optional.

    With `cache_dir`, the verdict is kept there, keyed by everything it depends
    on (the schema files' bytes, the settings, cxdocs and pydantic): generating
    the schemas is most of a small repository's `cxdocs check`.
    """
    folder = root / SCHEMA_DIR
    present = [folder / file_name(kind) for kind in KINDS if (folder / file_name(kind)).is_file()]
    if not present:
        return []
    return [
        problem(
            path.relative_to(root).as_posix(),
            (1, 1),
            "warning",
            "stale-schema",
            say("problem.stale_schema"),
            say("problem.stale_schema.hint"),
        )
        for path in _stale_kept(folder, settings, cache_dir)
        if path in present
    ]


VERDICTS = "schema-verdicts"  # in the cache folder


def _stale_kept(folder: Path, settings: Settings, cache_dir: Path | None) -> list[Path]:
    """`stale_schemas`, remembered in `cache_dir` (verified on use, see cxdocs.cache)."""
    if cache_dir is None:
        return stale_schemas(folder, settings)
    parts: list[str | bytes] = [reading_fingerprint(), settings.model_dump_json()]
    for kind in KINDS:
        path = folder / file_name(kind)
        try:
            parts += [kind, path.read_bytes()]
        except OSError:
            parts += [kind, "absent"]
    key, where = store.digest(parts), cache_dir / VERDICTS
    kept = store.load(where, key, "json")
    if kept is not None:
        with contextlib.suppress(ValueError):
            names = json.loads(kept)
            if isinstance(names, list) and all(isinstance(n, str) for n in names):
                return [folder / name for name in names]
    stale = stale_schemas(folder, settings)
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
        store.store(where, key, "json", json.dumps([p.name for p in stale]).encode())
    return stale
