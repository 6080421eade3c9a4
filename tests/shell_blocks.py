"""The `sh` code blocks of a Markdown document, as one script: user-facing
docs whose commands are run literally, so they cannot rot. `console` blocks
(installing, pushing) are shown to readers but never run.

    python -m tests.shell_blocks docs/guide/getting-started.md [SECTION]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

FENCE = re.compile(r"^```sh\n(.*?)^```", re.M | re.S)


def section(text: str, heading: str) -> str:
    """The part of `text` under `## heading`, up to the next `## `."""
    start = text.index(f"## {heading}\n")
    rest = text[start + 3 :]
    end = rest.find("\n## ")
    return rest if end < 0 else rest[:end]


def commands(path: Path, heading: str | None = None) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if heading is not None:
        text = section(text, heading)
    return [block.strip() for block in FENCE.findall(text)]


if __name__ == "__main__":
    print("\n".join(commands(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else None)))
