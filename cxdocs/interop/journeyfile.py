"""Journey data -> the YAML file `cxdocs import` writes, and the settings it still needs.

The file reads like a hand-written one: the schema modeline first (editors
complete and check fields), keys in the order of the format reference, lists
indented under their key, free text quoted only where YAML needs it, so it
reads back exactly as written.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml

from cxdocs import GUIDE_URL
from cxdocs.content.editor_schema import SCHEMA_DIR, file_name, modeline

# YAML 1.2 (how cxdocs reads) takes `0o17` as a number; PyYAML (YAML 1.1) would
# leave it unquoted, so such text is quoted here.
_OCTAL_1_2 = re.compile(r"[-+]?0o[0-7]+")


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Lists indented under their key, as in the format reference.
        super().increase_indent(flow, False)


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value.strip("\n"):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    if _OCTAL_1_2.fullmatch(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


class Flow(list[str]):
    """A list written on one line: `actors: [marketing, cx]`."""


class FlowMap(dict[str, object]):
    """A mapping written on one line: `- {text: Slow site, severity: high}`."""


def _flow(dumper: yaml.SafeDumper, value: Flow) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


def _flow_map(dumper: yaml.SafeDumper, value: FlowMap) -> yaml.MappingNode:
    node = dumper.represent_mapping("tag:yaml.org,2002:map", value.items(), flow_style=True)
    return node


_Dumper.add_representer(str, _text)
_Dumper.add_representer(Flow, _flow)
_Dumper.add_representer(FlowMap, _flow_map)


def schema_line(path: Path, root: Path, kind: str = "journey") -> str:
    """The modeline for a content file at `path`, also outside the repository."""
    try:
        return modeline(kind, path, root)
    except ValueError:  # written elsewhere (-o): point at the repository's schema
        target = os.path.relpath(root.resolve() / SCHEMA_DIR, path.resolve().parent)
        return f"# yaml-language-server: $schema={Path(target).as_posix()}/{file_name(kind)}"


def journey_yaml(data: dict[str, Any], path: Path, root: Path, source: str) -> str:
    return content_yaml("journey", data, path, root, source)


# The format guide's section on each kind `cxdocs import` writes.
_ANCHORS = {"journey": "journey", "source": "research-sources"}


def content_yaml(kind: str, data: dict[str, Any], path: Path, root: Path, source: str) -> str:
    body = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=4096,  # no folding: one value per line diffs cleanly
    )
    note = (
        f"# Imported from {source} by `cxdocs import`. "
        f"Reference: {GUIDE_URL}format/#{_ANCHORS[kind]}\n"
    )
    if path.suffix.lower() == ".md":  # front matter; the narrative goes below it
        return f"---\n{note}{body}---\n"
    return f"{schema_line(path, root, kind)}\n{note}{body}"


def declarations(channels: dict[str, str], actors: dict[str, str]) -> str:
    """The lines to add under `plugins: - cxdocs:` in mkdocs.yml for new names."""
    lines = []
    for key, names in (("channels", channels), ("actors", actors)):
        if not names:
            continue
        lines.append(f"      {key}:")
        for ident, label in names.items():
            entry = yaml.dump({ident: label}, Dumper=_Dumper, allow_unicode=True, width=4096)
            lines.append(f"        {entry.strip()}")
    return "\n".join(lines)
