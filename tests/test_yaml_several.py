"""The reader names the real mistake, and every one of a kind in one run.

A ': ' inside unquoted text is said to be one (not a key "indented more"),
wherever the key sits (first in a list item, after another key, in Markdown
front matter, with a comment after it); a ':' on the line after its key
inside { } is not a bracket "never closed"; `[?x]` is not "inside { }"; and a
file with several colons in text or commas splitting text inside { } gets
them all reported, each at its own line and column, in one run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdocs.content.load import load_document
from cxdocs.content.yaml.source import MAX_MORE, parse_yaml


def _problems(tmp_path: Path, text: str, markdown: bool = False) -> list[tuple[int, int, str]]:
    path = tmp_path / ("x.md" if markdown else "x.yaml")
    path.write_text(f"---\n{text}---\nBody.\n" if markdown else text, encoding="utf-8")
    doc = load_document(path, tmp_path, "journey")
    return [(p.line, p.col, f"{p.message} | {p.hint}") for p in doc.problems]


STEPS = "title: T\npersona: ana\nstages:\n  - name: S\n    steps:\n"

# name: (text, [(line, column, key)]): every colon in text, where its text starts.
COLONS = {
    "top-level key": ("title: Recebe e-mail: pedido\n", [(1, 8, "title")]),
    "first key of a list item": (
        STEPS + "      - action: Recebe e-mail: pedido confirmado\n",
        [(6, 17, "action")],
    ),
    "key after another in a step": (
        STEPS + "      - action: Opens\n        thinks: Where is it: now\n",
        [(7, 17, "thinks")],
    ),
    "with a comment": (
        STEPS + "      - action: Opens\n        thinks: Where: now  # soon\n",
        [(7, 17, "thinks")],
    ),
    "quotes inside the text": (
        STEPS + '      - action: Diz: "chegou"\n',
        [(6, 17, "action")],
    ),
    "three in one file": (
        STEPS
        + "      - action: Recebe e-mail: pedido\n"
        + "        feels: Calma: por ora\n"
        + "      - action: Paga: com Pix\n",
        [(6, 17, "action"), (7, 16, "feels"), (8, 17, "action")],
    ),
    "under a list key": ("tags:\n  - a: b: c\n", [(2, 8, "a")]),
}


@pytest.mark.parametrize("markdown", [False, True], ids=["yaml", "md"])
@pytest.mark.parametrize("name", COLONS)
def test_a_colon_in_text_is_named_as_one(tmp_path: Path, name: str, markdown: bool) -> None:
    text, expected = COLONS[name]
    found = _problems(tmp_path, text, markdown)
    shift = 1 if markdown else 0
    assert [(line, col) for line, col, _ in found] == [(ln + shift, c) for ln, c, _ in expected]
    for (_, _, words), (_, _, key) in zip(found, expected, strict=True):
        assert f"the text of '{key}' holds ': '" in words and "in quotes" in words


@pytest.mark.parametrize(
    "text",
    [
        "title: x\n  persona: ana\n",  # really indented under text
        STEPS + "      - action: Opens\n        thinks: Where\n          now: soon\n",
    ],
)
def test_a_key_indented_under_text_is_still_said_so(tmp_path: Path, text: str) -> None:
    (found,) = _problems(tmp_path, text)
    assert "is indented more than the line above it" in found[2]


# name: (text, line, column): `{"foo"\n: "bar"}` is closed; its ':' is the mistake.
FLOW_COLONS = {
    "json-like key": ('{"foo"\n: "bar"}\n', 2, 1),
    "plain key, indented": ("focus: {who\n  : buyers}\n", 2, 3),
    "in a list": ('tags: ["a"\n  : b]\n', 2, 3),
}


@pytest.mark.parametrize("name", FLOW_COLONS)
def test_a_colon_on_the_line_after_its_key_is_not_an_unclosed_bracket(
    name: str,
) -> None:
    text, line, col = FLOW_COLONS[name]
    issue = parse_yaml(text).issue
    assert issue is not None
    assert (issue.position.line, issue.position.col) == (line, col)
    assert "must be on the key's line" in issue.message and "never closed" not in issue.message


@pytest.mark.parametrize(
    ("text", "inside"),
    [("tags: [?x]\n", "[ ]"), ("tags: [a, ?x]\n", "[ ]"), ("focus: {who, x: y}\n", "{ }")],
)
def test_an_entry_without_a_value_names_its_brackets(text: str, inside: str) -> None:
    issue = parse_yaml(text).issue
    assert issue is not None and f"inside {inside}" in issue.message


# name: (text, [(line, column)]): commas splitting text inside { }.
COMMAS = {
    "one per line": (
        "- {action: Pays, by card}\n- {action: Waits, a lot}\n- {action: Gets it, finally}\n",
        [(1, 12), (2, 12), (3, 12)],
    ),
    "two on one line": ("- {action: Waits, a lot, feels: Sad, really}\n", [(1, 12), (1, 33)]),
    "a decimal comma then text": (
        "- {name: CSAT, value: 4,5}\n- {text: Red, green}\n",
        [(1, 23), (2, 10)],
    ),
    "colons and commas mixed": (
        "- action: Recebe e-mail: pedido\n- {action: Pays, by card}\n",
        [(1, 11), (2, 12)],
    ),
}


@pytest.mark.parametrize("name", COMMAS)
def test_every_mistake_of_a_kind_is_reported_in_one_run(name: str) -> None:
    text, expected = COMMAS[name]
    parsed = parse_yaml(text)
    assert parsed.issue is not None
    found = [(i.position.line, i.position.col) for i in (parsed.issue, *parsed.more)]
    assert found == expected


def test_a_file_of_mistakes_reports_a_bounded_number() -> None:
    text = "".join(f"- {{action: Step {i}, really}}\n" for i in range(MAX_MORE + 10))
    parsed = parse_yaml(text)
    assert parsed.issue is not None and len(parsed.more) == MAX_MORE


def test_another_kind_of_mistake_after_stops_the_list() -> None:
    """After the last repairable one, a different mistake is left for the next run
    (it may only follow from the first)."""
    parsed = parse_yaml("- {action: Pays, by card}\n- action: 'never closed\n")
    assert parsed.issue is not None and parsed.more == []
