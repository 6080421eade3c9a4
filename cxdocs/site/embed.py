"""Diagrams in hand-written pages: a fenced block naming what to draw.

    ```cxdocs
    journey: first-purchase
    ```

`journey`, `blueprint` or `persona` (empathy map), one per block. A cxdocs
fence shown inside another code block (documentation about the syntax) is left
alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)")
_LINE = re.compile(r"^\s*(journey|blueprint|persona)\s*:\s*([a-z0-9-]+)\s*$")
KINDS = ("journey", "blueprint", "persona")
# Markdown leaves this text alone; on_page_content swaps it for the diagram.
EMBED_PLACEHOLDER = "CXDOCS-EMBED-{}-CXDOCS"
# ...and Markdown wraps it in a paragraph, which goes too.
EMBED_IN_HTML = re.compile(r"(?:<p>\s*)?CXDOCS-EMBED-(\d+)-CXDOCS(?:\s*</p>)?")


def _fences(markdown: str) -> list[tuple[int, int, str, str]]:
    """Top-level fenced blocks: (start offset, end offset, info word, body)."""
    blocks = []
    lines = markdown.splitlines(keepends=True)
    offset = index = 0
    while index < len(lines):
        opening = _OPEN.match(lines[index])
        if opening is None:
            offset += len(lines[index])
            index += 1
            continue
        fence, info = opening.group(1), opening.group(2)
        start, body, end = offset, [], None
        offset += len(lines[index])
        index += 1
        while index < len(lines):
            line = lines[index]
            offset += len(line)
            index += 1
            stripped = line.strip()
            if stripped.startswith(fence[0] * len(fence)) and set(stripped) == {fence[0]}:
                end = offset
                break
            body.append(line)
        blocks.append((start, end if end is not None else offset, info, "".join(body)))
    return blocks


def find_embeds(
    markdown: str, available: Collection[str]
) -> tuple[list[tuple[int, int, str]], list[tuple[int, str]]]:
    """(start, end, diagram key) of each valid block, and (line, message) problems."""
    embeds: list[tuple[int, int, str]] = []
    problems: list[tuple[int, str]] = []
    for start, end, info, body in _fences(markdown):
        if info != "cxdocs":
            continue
        line = markdown.count("\n", 0, start) + 1
        found = _LINE.match(body.strip())
        if found is None:
            problems.append(
                (
                    line,
                    "a cxdocs block holds one line 'journey: <id>', 'blueprint: <id>' "
                    "or 'persona: <id>'",
                )
            )
            continue
        key = f"{found.group(1)}:{found.group(2)}"
        if key not in available:
            problems.append((line, f"cxdocs block: no {found.group(1)} '{found.group(2)}' to draw"))
            continue
        embeds.append((start, end, key))
    return embeds, problems
