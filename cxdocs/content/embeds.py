"""Diagrams in hand-written pages: a fenced block naming what to draw.

    ```cxdocs
    journey: first-purchase
    ```

`journey`, `blueprint` or `persona` (empathy map), one per block. A cxdocs
fence shown inside another code block (documentation about the syntax) is left
alone.

The home page's blocks embed the same way, named on the fence or inside it:

    ```cxdocs dashboard
    ```

`dashboard` (the counts), `high-pain-points`, `worst-moments`, `insights`
(links to the insight pages). They need the plugin (pages built by MkDocs).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)[ \t]*([^`\n]*)")
# Blocks of the generated home page that a hand-written page can show.
PAGE_BLOCKS = ("dashboard", "high-pain-points", "worst-moments", "insights")
# Any text after the kind: a title written instead of the id is reported
# (with the id it belongs to), not taken for a malformed block.
_LINE = re.compile(r"^\s*(journey|blueprint|persona)\s*:\s*(\S[^\n]*?)\s*$")
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
        start, end = offset, None
        # Words after the info word (```cxdocs dashboard) read as the first line.
        body = [opening.group(3).strip() + "\n"] if opening.group(3).strip() else []
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


@dataclass(frozen=True)
class Block:
    """One ```cxdocs block: where it is, and what it names (kind None: malformed)."""

    start: int  # offsets in the Markdown text
    end: int
    line: int  # 1-based line of the opening fence
    kind: str | None
    ident: str | None
    id_line: int = 0  # where the id is written, for problems
    id_col: int = 0

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.ident}"


def cxdocs_blocks(markdown: str) -> list[Block]:
    """Every top-level ```cxdocs block of a page, valid or not."""
    found = []
    for start, end, info, body in _fences(markdown):
        if info != "cxdocs":
            continue
        line = markdown.count("\n", 0, start) + 1
        if body.strip() in PAGE_BLOCKS:
            found.append(Block(start, end, line, "block", body.strip()))
            continue
        match = _LINE.match(body.strip())
        if match is None:
            found.append(Block(start, end, line, None, None))
            continue
        lines = body.split("\n")
        offset = next((n for n, text in enumerate(lines) if text.strip()), 0)
        col = lines[offset].index(match.group(2), lines[offset].index(":")) + 1
        found.append(
            Block(start, end, line, match.group(1), match.group(2), line + 1 + offset, col)
        )
    return found


MALFORMED = "a cxdocs block holds one line 'journey: <id>', 'blueprint: <id>' or 'persona: <id>'"


def find_embeds(
    markdown: str, available: Collection[str], page_blocks: bool = False
) -> tuple[list[tuple[int, int, str]], list[tuple[int, str]]]:
    """(start, end, key) of each valid block, and (line, message) problems.

    Keys are diagram keys ('journey:<id>') or, with `page_blocks`, 'block:<name>'."""
    embeds: list[tuple[int, int, str]] = []
    problems: list[tuple[int, str]] = []
    for block in cxdocs_blocks(markdown):
        if block.kind is None:
            problems.append((block.line, MALFORMED))
        elif block.kind == "block":
            if page_blocks:
                embeds.append((block.start, block.end, block.key))
            else:
                problems.append((block.line, f"cxdocs {block.ident}: needs the cxdocs plugin"))
        elif block.key not in available:
            problems.append((block.line, f"cxdocs block: no {block.kind} '{block.ident}' to draw"))
        else:
            embeds.append((block.start, block.end, block.key))
    return embeds, problems
