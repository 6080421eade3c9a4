"""Mermaid `journey` diagrams <-> journeys.

```mermaid
journey
    title First purchase
    section Discover
      Sees a friend's story: 4: Ana, Marketing
```

Sections are stages, tasks are steps, a task's score (1..5) is the emotion
(-2..+2) and its actors are the step's actors, except the persona itself. A
diagram is read from a `.mmd` file or from the first ```` ```mermaid ```` block
of a Markdown file that holds a journey. Mermaid's grammar forbids `:`, `;` and
`#` in task and section names (`#` starts a comment); export writes look-alike
characters instead, and import reads them back as the originals.

Read as Mermaid reads it: YAML front matter (`---`, `title:`, `config:`) before
`journey`, `accTitle`/`accDescr` lines and `accDescr { ... }` blocks (skipped),
entity codes (`#amp;`, `#59;`) as the characters they stand for, and fields
after a task's actors ignored. Export never writes a task that Mermaid would
read as a keyword (`Title deed checked` starts with `title `): such a task
starts with an invisible zero-width space, which import drops.
"""

from __future__ import annotations

import html
import re

import yaml

from cxdocs.content.model import Journey, slugify
from cxdocs.interop.draft import Cell, Draft, DraftStage, DraftStep, Report
from cxdocs.interop.values import emotion_to_score

# What Mermaid cannot hold in a name -> what export writes instead.
LOOKALIKES = {":": "\ua789", ";": "\u204f", "#": "\u266f"}
_ORIGINALS = {v: k for k, v in LOOKALIKES.items()}
_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`\n]*)$")
_SKIPPED = re.compile(r"^(?:accTitle|accDescr)\b", re.IGNORECASE)
_BLOCK = re.compile(r"^accDescr\s*\{", re.IGNORECASE)  # `accDescr {` ... `}`
# Mermaid's lexer (case-insensitive) reads these at a line's start as keywords.
_KEYWORD = re.compile(r"^(?:journey\b|title\s|section\s|acc(?:Title|Descr)\b)", re.IGNORECASE)
_GUARD = "\u200b"  # zero-width space: keeps a task from reading as a keyword
_ENTITY = re.compile(r"#(\w+);")
_COMMA = "\ue02c"  # a comma from an entity code, kept out of the actors' split
_ORIGINALS[_COMMA] = ","


def _restore(text: str) -> str:
    return "".join(_ORIGINALS.get(ch, ch) for ch in text).removeprefix(_GUARD)


def _escape(text: str) -> str:
    flat = " ".join(text.split())  # a task is one line
    return "".join(LOOKALIKES.get(ch, ch) for ch in flat)


def _entity(found: re.Match[str]) -> str:
    """`#59;` -> `;` and `#amp;` -> `&`, as Mermaid decodes them; characters the
    grammar splits on are held as look-alikes until the name is read."""
    code = found[1]
    char = chr(int(code)) if code.isdigit() else html.unescape(f"&{code};")
    if len(char) != 1 or char == f"&{code};":
        return found[0]  # not an entity: left as written
    return LOOKALIKES.get(char, _COMMA if char == "," else char)


def _front_matter(lines: list[str]) -> tuple[int, str | None]:
    """How many lines a `---` front matter block takes, and its `title`."""
    if not lines or lines[0].strip() != "---":
        return 0, None
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            try:
                data = yaml.safe_load("\n".join(lines[1:end]))
            except yaml.YAMLError:
                data = None
            title = data.get("title") if isinstance(data, dict) else None
            return end + 1, str(title) if title is not None else None
    return 0, None


def find_block(text: str, markdown: bool) -> tuple[list[str], int] | None:
    """The journey diagram's lines and the file line of the first, or None."""
    lines = text.splitlines()
    if not markdown:
        return lines, 1
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        fence = opening["fence"]
        end = index + 1
        while end < len(lines) and not lines[end].strip().startswith(fence):
            end += 1
        body = lines[index + 1 : end]
        if opening["info"].strip().lower().startswith("mermaid") and _is_journey(body):
            return body, index + 2
        index = end + 1
    return None


def _meaningful(line: str) -> str:
    return "" if line.strip().startswith("%%") else line.split("#", 1)[0].strip()


def _is_journey(lines: list[str]) -> bool:
    skip, _ = _front_matter(lines)
    first = next((m for m in map(_meaningful, lines[skip:]) if m), "")
    return first.lower() == "journey"


def read_mermaid(text: str, markdown: bool, report: Report) -> Draft:
    found = find_block(text, markdown)
    if found is None or not _is_journey(found[0]):
        what = "a ```mermaid block with a journey diagram" if markdown else "a journey diagram"
        report.error(
            Cell("", 1, 1),
            "no-journey",
            f"no Mermaid journey found: expected {what}",
            "the diagram starts with the line 'journey', then 'title', 'section' and task lines",
        )
        return Draft()
    lines, first_line = found
    draft = Draft(scale="1-5")
    skip, draft.title = _front_matter(lines)
    started = False
    in_block = False
    for offset, written in enumerate(lines[skip:], start=skip):
        line_no = first_line + offset
        raw = _ENTITY.sub(_entity, written)
        line = _meaningful(raw)
        if in_block:  # an `accDescr { ... }` block ends at its `}`
            in_block = "}" not in raw
            continue
        if _BLOCK.match(line):
            in_block = "}" not in line
            continue
        if not line or _SKIPPED.match(line) or line.startswith("}"):
            continue
        col = len(raw) - len(raw.lstrip()) + 1
        if not started:
            started = True  # the 'journey' keyword, checked by _is_journey
            continue
        keyword = line.split(None, 1)
        if keyword[0].lower() == "title" and len(keyword) == 2:
            draft.title = _restore(keyword[1].strip())
        elif keyword[0].lower() == "section" and len(keyword) == 2:
            name = _restore(keyword[1].strip())
            draft.stages.append(DraftStage(Cell(name, line_no, col)))
        else:
            _task(raw, line, line_no, col, draft, report)
    draft.drop_empty_stages(
        report,
        "section '{name}' has no tasks",
        "add its tasks ('Task name: 3: Actor') below it, or delete it",
    )
    return draft


def _task(raw: str, line: str, line_no: int, col: int, draft: Draft, report: Report) -> None:
    parts = line.split(":")[:3]  # Mermaid ignores fields after the actors
    if len(parts) < 2:
        report.error(
            Cell(line, line_no, col),
            "mermaid-syntax",
            f"cannot read '{line}': expected 'section NAME' or 'TASK: SCORE: ACTORS'",
            "a task is its name, a colon, a score from 1 to 5 and optionally a colon "
            "and actors separated by commas",
        )
        return
    if not draft.stages:
        report.error(
            Cell(line, line_no, col),
            "mermaid-syntax",
            "a task before the first section",
            "add a 'section NAME' line above it: sections become the journey's stages",
        )
        draft.stages.append(DraftStage(Cell("", line_no, col)))
    name = parts[0].strip()
    score_col = raw.index(":", col - 1) + 2
    step = DraftStep(Cell("", line_no, col))
    if name:
        step.cells["action"] = Cell(_restore(name), line_no, col)
    score = parts[1].strip()
    if score:
        lead = len(parts[1]) - len(parts[1].lstrip())
        step.cells["emotion"] = Cell(score, line_no, score_col + lead)
    else:
        report.error(
            Cell("", line_no, score_col),
            "mermaid-syntax",
            f"task '{name}' has no score" if name else "this task has no score",
            "write a score from 1 (very negative) to 5 (very positive) after the colon",
        )
    if len(parts) == 3 and parts[2].strip():
        actors = [a.strip() for a in parts[2].split(",") if a.strip()]
        actors_col = raw.index(":", score_col - 1) + 2
        step.cells["actors"] = Cell("; ".join(map(_restore, actors)), line_no, actors_col)
    draft.stages[-1].steps.append(step)


def journey_mermaid(
    journey: Journey, persona: str, actors: dict[str, str], markdown: bool = False
) -> str:
    """A Mermaid journey diagram of `journey`; `persona` is shown first on every task."""
    lines = ["journey", f"    title {_escape(journey.title)}"]
    for stage in journey.stages:
        lines.append(f"    section {_escape(stage.name)}")
        for step in stage.steps:
            people = [_actor(persona, {})] + [_actor(a, actors) for a in step.actors]
            score = emotion_to_score(step.emotion)
            task = _escape(step.action)
            guard = _GUARD if _KEYWORD.match(task) else ""
            lines.append(f"      {guard}{task}: {score}: {', '.join(people)}")
    text = "\n".join(lines) + "\n"
    return f"```mermaid\n{text}```\n" if markdown else text


def _actor(ident: str, labels: dict[str, str]) -> str:
    """The label, when Mermaid can hold it and it reads back as the same actor."""
    label = labels.get(ident, ident)
    if any(ch in label for ch in ",:;#\n") or not slugify(label):
        return ident
    return label
