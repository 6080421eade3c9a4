"""JSON Schemas for persona, journey and blueprint files, generated from the model.

Editors (VS Code's YAML extension) use them to complete and flag fields while
typing. Generated, never hand-written, so they cannot drift from `cxdocs check`;
a test compares the committed files with fresh ones.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cxdocs.model import KINDS

SCHEMA_DIR = "schemas"
BASE_URI = "https://cxdocs.dev/schemas/v1"


def schema_for(kind: str) -> dict[str, Any]:
    model = KINDS[kind]
    schema = model.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{BASE_URI}/{kind}.schema.json",
        **schema,
        "title": f"cxdocs {kind}",
        "description": (model.__doc__ or "").strip().splitlines()[0],
    }


def schema_text(kind: str) -> str:
    # Sorted keys and a trailing newline: byte-stable output that diffs cleanly.
    return json.dumps(schema_for(kind), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def file_name(kind: str) -> str:
    return f"{kind}.schema.json"


def stale_schemas(out_dir: Path) -> list[Path]:
    """Committed schema files that differ from freshly generated ones."""
    stale = []
    for kind in KINDS:
        path = out_dir / file_name(kind)
        if not path.is_file() or path.read_text(encoding="utf-8") != schema_text(kind):
            stale.append(path)
    return stale


def modeline(kind: str, content_file: Path, root: Path) -> str:
    """The `# yaml-language-server: $schema=...` line for a file, as a relative path."""
    depth = len(content_file.resolve().relative_to(root.resolve()).parts) - 1
    return f"# yaml-language-server: $schema={'../' * depth}{SCHEMA_DIR}/{file_name(kind)}"
