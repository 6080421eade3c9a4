"""Each class of reading mistake, in many variants: the right line, code and hint.

Quote styles, separators, encodings, tags, `.yaml` or Markdown front matter:
whatever the variant, the problem is reported where a person has to edit, with
a hint that fits, and never as a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdocs.content.load import load_document
from cxdocs.content.yaml.source import parse_yaml

NBSP = "\u00a0"


def texts(data: object) -> list[str]:
    """Every string in parsed data, keys included."""
    if isinstance(data, dict):
        return [t for k, v in data.items() for t in [str(k), *texts(v)]]
    if isinstance(data, list):
        return [t for v in data for t in texts(v)]
    return [data] if isinstance(data, str) else []


def first_problem(tmp_path: Path, name: str, content: str | bytes) -> tuple[int, int, str, str]:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    doc = load_document(path, tmp_path, "journey")
    assert doc.problems, f"no problem found in {content!r}"
    problem = doc.problems[0]
    return problem.line, problem.col, problem.code, f"{problem.message} | {problem.hint}"


def as_markdown(yaml_text: str) -> str:
    return f"---\n{yaml_text}---\nThe narrative.\n"


# (name, YAML text, line, code, words in message or hint)
QUOTES = [
    ("double-never-closed", 'title: "First purchase\npersona: ana\n', 1, "never closed"),
    ("single-never-closed", "title: 'First purchase\npersona: ana\n", 1, "never closed"),
    ("double-closed-later", 'title: "Buy\npersona: ana\nx: "y"\n', 1, "runs on to the"),
    ("single-closed-later", "a: b\ntitle: 'Buy\npersona: ana\nx: 'y'\n", 2, "runs on to the"),
    ("in-list", 'tags:\n  - "one\n  - two\n  - "three"\n', 2, "never closed"),
    (
        "in-step",
        'stages:\n  - name: Buy\n    steps:\n      - action: "Pays\n        emotion: 1\n'
        '      - action: "Waits"\n',
        4,
        "never closed",
    ),
    ("apostrophe", "title: 'Customer's order'\n", 1, "as two"),
    ("inner-double", 'title: "Say "hi" now"\n', 1, '\\"'),
    ("apostrophe-nested", "a:\n  b:\n    c: 'It's'\n", 3, "as two"),
]


@pytest.mark.parametrize("markdown", [False, True], ids=["yaml", "md"])
@pytest.mark.parametrize(("name", "text", "line", "words"), QUOTES, ids=[q[0] for q in QUOTES])
def test_quote_mistakes_point_at_the_opening_quote(
    tmp_path: Path, name: str, text: str, line: int, words: str, markdown: bool
) -> None:
    content = as_markdown(text) if markdown else text
    found = first_problem(tmp_path, "x.md" if markdown else "x.yaml", content)
    assert found[0] == line + (1 if markdown else 0)
    assert found[2] == "yaml-syntax"
    assert words in found[3]


BRACKETS = [
    ("list-then-key", "tags: [a, b\nstages: []\n", 1, 7, "'['"),
    ("map-then-key", "focus: {who: a, can: b\nstages: []\n", 1, 8, "'{'"),
    ("list-at-end", "title: x\ntags: [a, b\n", 2, 7, "'['"),
    ("nested-list", "a:\n  b: [x, 'y, z'\n  c: 1\n", 2, 6, "'['"),
    ("in-item", "- {text: a, severity: high\n- b\n", 1, 3, "'{'"),
    ("list-of-lists", "x: [[1, 2], [3\ny: 1\n", 1, 13, "'['"),
]


@pytest.mark.parametrize(
    ("name", "text", "line", "col", "bracket"), BRACKETS, ids=[b[0] for b in BRACKETS]
)
def test_unclosed_brackets_are_reported_at_the_bracket(
    name: str, text: str, line: int, col: int, bracket: str
) -> None:
    issue = parse_yaml(text).issue
    assert issue is not None
    assert (issue.code, issue.position.line, issue.position.col) == ("yaml-syntax", line, col)
    assert f"opened with {bracket}" in issue.message


CONFLICTS = [
    ("yaml", "x.yaml", "title: A\n<<<<<<< HEAD\npersona: a\n=======\npersona: b\n>>>>>>> x\n", 2),
    ("crlf", "x.yaml", "title: A\r\n<<<<<<< HEAD\r\npersona: a\r\n=======\r\n>>>>>>> x\r\n", 2),
    ("diff3", "x.yaml", "title: A\n||||||| base\npersona: a\n", 2),
    ("only-end", "x.yaml", "title: A\npersona: a\n>>>>>>> feature\n", 3),
    ("front-matter", "x.md", "---\ntitle: A\n<<<<<<< HEAD\nx: 1\n=======\n>>>>>>> b\n---\n", 3),
    (
        "body",
        "x.md",
        "---\ntitle: A\n---\nText\n<<<<<<< HEAD\nmine\n=======\ntheirs\n>>>>>>> b\n",
        5,
    ),
    ("in-block-text", "x.yaml", "description: |\n  a\n<<<<<<< HEAD\n  b\n", 3),
]


@pytest.mark.parametrize(("name", "file", "text", "line"), CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_merge_conflict_markers_are_reported_at_their_line(
    tmp_path: Path, name: str, file: str, text: str, line: int
) -> None:
    found = first_problem(tmp_path, file, text)
    assert (found[0], found[1], found[2]) == (line, 1, "merge-conflict")
    assert "unresolved merge conflict" in found[3]


def test_setext_heading_underline_in_a_body_is_not_a_conflict(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text("---\ntitle: A\n---\nHeading\n=======\n\ntext\n", encoding="utf-8")
    assert load_document(path, tmp_path, "journey").problems == []


CONTROLS = [
    ("nul", "\x00", "NUL (U+0000)"),
    ("bel", "\x07", "BEL (U+0007)"),
    ("backspace", "\x08", "BACKSPACE (U+0008)"),
    ("vertical-tab", "\x0b", "VERTICAL TAB (U+000B)"),
    ("form-feed", "\x0c", "FORM FEED (U+000C)"),
    ("esc", "\x1b", "ESC (U+001B)"),
    ("delete", "\x7f", "DELETE (U+007F)"),
    ("c1", "\x9b", "U+009B"),
    ("noncharacter", "\ufffe", "U+FFFE"),
]


@pytest.mark.parametrize(("where", "file"), [("yaml", "x.yaml"), ("md", "x.md"), ("body", "x.md")])
@pytest.mark.parametrize(("name", "char", "named"), CONTROLS, ids=[c[0] for c in CONTROLS])
def test_control_characters_are_named_at_their_line_and_column(
    tmp_path: Path, name: str, char: str, named: str, where: str, file: str
) -> None:
    if where == "body":
        content, line, col = f"---\ntitle: A\n---\nSome text{char} here\n", 4, 10
    elif where == "md":
        content, line, col = f"---\ntitle: A\npersona: an{char}a\n---\n", 3, 12
    else:
        content, line, col = f"title: A\npersona: an{char}a\n", 2, 12
    found = first_problem(tmp_path, file, content)
    assert found[:3] == (line, col, "control-character")
    assert named in found[3]


def test_tabs_and_line_breaks_are_not_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(b"title: A\tB\r\npersona: ana\r\n")
    assert load_document(path, tmp_path, "journey").data == {"title": "A\tB", "persona": "ana"}


SPACES = ["\u00a0", "\u2007", "\u202f", "\u3000", "\u200b", "\u2009", "\ufeff"]
PLACES = [
    ("indent", "title: A\nstages:\n  - name: B\n{s}{s}  steps: []\n", 4, 1),
    ("indent-after-spaces", "title: A\nfocus:\n  {s}who: a\n", 3, 3),
    ("list-item", "tags:\n  -{s}a\n  - b\n", 2, 4),
    ("after-colon", "title: A\npersona:{s}ana\n", 2, 9),
    ("deep", "a:\n  b:\n    c:\n{s}{s}{s}{s}{s}{s}d: 1\n", 4, 1),
]


@pytest.mark.parametrize("space", SPACES, ids=[f"U+{ord(s):04X}" for s in SPACES])
@pytest.mark.parametrize(("name", "template", "line", "col"), PLACES, ids=[p[0] for p in PLACES])
def test_invisible_spaces_where_yaml_needs_a_space(
    name: str, template: str, line: int, col: int, space: str
) -> None:
    issue = parse_yaml(template.format(s=space)).issue
    assert issue is not None
    assert (issue.code, issue.position.line, issue.position.col) == (
        "invisible-character",
        line,
        col,
    )
    assert f"U+{ord(space):04X}" in issue.message


@pytest.mark.parametrize(
    "text",
    [
        f'quote: "Prix{NBSP}: 10 €"\n',
        f"quote: Nota{NBSP}bene\n",
        f"description: |\n  Line one\n  {NBSP}indented by the author\n",
        f"description: >\n  a\n  {NBSP}b\n",
    ],
    ids=["quoted", "inside-text", "literal-block", "folded-block"],
)
def test_no_break_spaces_inside_text_are_content(text: str) -> None:
    parsed = parse_yaml(text)
    assert parsed.issue is None
    assert any(NBSP in t for t in texts(parsed.data))


ENCODINGS = [
    ("utf-16-le-bom", "\ufeff", "utf-16-le", "UTF-16 (little-endian)"),
    ("utf-16-be-bom", "\ufeff", "utf-16-be", "UTF-16 (big-endian)"),
    ("utf-16-le", "", "utf-16-le", "UTF-16 (little-endian)"),
    ("utf-16-be", "", "utf-16-be", "UTF-16 (big-endian)"),
    ("utf-32-le-bom", "\ufeff", "utf-32-le", "UTF-32 (little-endian)"),
    ("utf-32-be-bom", "\ufeff", "utf-32-be", "UTF-32 (big-endian)"),
]


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize(
    ("name", "bom", "codec", "named"), ENCODINGS, ids=[e[0] for e in ENCODINGS]
)
def test_utf16_and_utf32_files_are_named_with_how_to_resave(
    tmp_path: Path, name: str, bom: str, codec: str, named: str, newline: str
) -> None:
    text = f"{bom}title: Primeira compra{newline}persona: joão{newline}"
    found = first_problem(tmp_path, "x.yaml", text.encode(codec))
    assert found[:3] == (1, 1, "not-utf8")
    assert named in found[3] and "UTF-8" in found[3] and "iconv" in found[3]


def test_latin1_is_reported_at_the_first_bad_byte(tmp_path: Path) -> None:
    found = first_problem(tmp_path, "x.yaml", "title: A\npersona: João\n".encode("latin-1"))
    assert found[:3] == (2, 12, "not-utf8")


SEPARATORS = ["\u2028", "\u2029", "\x85"]
STYLES = [
    ("plain", "title: one{s}two\n"),
    ("single", "title: 'one{s}two'\n"),
    ("double", 'title: "one{s}two"\n'),
    ("literal", "title: |\n  one{s}two\n"),
    ("flow", "title: [one{s}two]\n"),
    ("key", "one{s}two: x\n"),
]


@pytest.mark.parametrize("sep", SEPARATORS, ids=[f"U+{ord(s):04X}" for s in SEPARATORS])
@pytest.mark.parametrize(("name", "template"), STYLES, ids=[s[0] for s in STYLES])
def test_unicode_line_separators_never_shift_positions(name: str, template: str, sep: str) -> None:
    text = template.format(s=sep) + "a: 1\nb: [1, 2\nc: 3\n"
    issue = parse_yaml(text).issue
    assert issue is not None
    first_lines = template.count("\n")
    assert (issue.position.line, issue.position.col) == (first_lines + 2, 4)
    parsed = parse_yaml(template.format(s=sep) + "a: 1\n")
    assert parsed.issue is None
    assert any(f"one{sep}two" in t for t in texts(parsed.data))
    assert parsed.source.key(("a",)).line == first_lines + 1


COMMAS = [
    ("pain-point", "- {text: Address, employer and income, severity: high}\n", 1, 10, "quote"),
    ("two-commas", "- {text: Red, green, blue}\n", 1, 10, "quote"),
    ("decimal", "- {name: CSAT, value: 4,5}\n", 1, 23, "write 4.5"),
    ("first-entry", "- {employer, text: a}\n", 1, 4, "key: value"),
    ("indented", "a:\n  - {text: A, b and c, severity: low}\n", 2, 12, "quote"),
]


@pytest.mark.parametrize(
    ("name", "text", "line", "col", "words"), COMMAS, ids=[c[0] for c in COMMAS]
)
def test_a_comma_that_splits_text_in_braces(
    name: str, text: str, line: int, col: int, words: str
) -> None:
    issue = parse_yaml(text).issue
    assert issue is not None
    assert (issue.code, issue.position.line, issue.position.col) == ("unquoted-comma", line, col)
    assert words in issue.hint or words in issue.message


@pytest.mark.parametrize(
    "text", ["- {a: 1, b: 2}\n", "- {a: , b: 2}\n", '- {"a, b": 1}\n', "- {text: 'A, B'}\n"]
)
def test_braces_written_right_are_fine(text: str) -> None:
    assert parse_yaml(text).issue is None


TAGS = [
    ("!!str 02134", "02134"),
    ("!!str yes", "yes"),
    ("!!int 42", 42),
    ("!!float 1", 1.0),
    ("!!bool true", True),
    ("!!null ~", None),
    ('"02134"', "02134"),
    ("'1:30'", "1:30"),
]


@pytest.mark.parametrize(("written", "value"), TAGS, ids=[t[0] for t in TAGS])
def test_core_tags_and_quotes_are_honoured(written: str, value: object) -> None:
    parsed = parse_yaml(f"x: {written}\n")
    assert parsed.issue is None
    assert (parsed.data["x"] == value and type(parsed.data["x"]) is not bool) or value is True


@pytest.mark.parametrize("written", ["!!int 4:30", "!!float abc", "!!bool yes", "!!timestamp 2024"])
def test_tags_that_do_not_fit_the_value_are_reported(written: str) -> None:
    issue = parse_yaml(f"a: 1\nx: {written}\n").issue
    assert issue is not None and issue.code == "yaml-syntax" and issue.position.line == 2


# (name, YAML text, line, col of the backslash, words in the message)
ESCAPES = [
    ("lone-surrogate", 'thinks: "x\\ud800y"\n', 1, 11, "half of a UTF-16 surrogate pair"),
    ("low-surrogate", 'thinks: "\\uDC00"\n', 1, 10, "half of a UTF-16 surrogate pair"),
    ("json-pair", 'thinks: "ok \\ud83d\\ude00"\n', 1, 13, "\\U0001F600"),
    ("unknown", 'thinks: "a \\q b"\n', 1, 12, "'\\q' is not an escape"),
    ("windows-path", 'thinks: "C:\\Users\\ana"\n', 1, 12, "8 hexadecimal digits"),
    ("short-x", 'thinks: "\\x4"\n', 1, 10, "2 hexadecimal digits"),
    ("not-hex", 'thinks: "\\uZZZZ"\n', 1, 10, "4 hexadecimal digits"),
    ("too-large", 'thinks: "\\U00110000"\n', 1, 10, "not a Unicode character"),
    ("after-good", 'a: "\\t \\" \\u00e9 \\\\ \\q"\n', 1, 21, "'\\q'"),
    ("second-line", 'thinks: "one\n  two \\q"\n', 2, 7, "'\\q'"),
    ("in-flow", 'tags: [a, "b \\q"]\n', 1, 14, "'\\q'"),
    ("key", '"a\\q": 1\n', 1, 3, "'\\q'"),
    ("in-step", 'stages:\n  - steps:\n      - thinks: "\\q"\n', 3, 18, "'\\q'"),
]


@pytest.mark.parametrize("markdown", [False, True], ids=["yaml", "md"])
@pytest.mark.parametrize(
    ("name", "text", "line", "col", "words"), ESCAPES, ids=[e[0] for e in ESCAPES]
)
def test_bad_escapes_are_reported_at_the_backslash(
    tmp_path: Path, name: str, text: str, line: int, col: int, words: str, markdown: bool
) -> None:
    content = as_markdown(text) if markdown else text
    found = first_problem(tmp_path, "x.md" if markdown else "x.yaml", content)
    assert found[:3] == (line + (1 if markdown else 0), col, "yaml-syntax")
    assert words in found[3] and "never closed" not in found[3]
    assert "single quotes" in found[3] or "the character itself" in found[3]


@pytest.mark.parametrize(
    "text", ['a: "\\U0001F600 \\u00e9 \\x41 \\/ \\N \\_ \\0"\n', "a: 'C:\\Users\\q'\n"]
)
def test_escapes_yaml_knows_are_read(text: str) -> None:
    assert parse_yaml(text).issue is None


LINES = [
    ("no-space", "title:First purchase\npersona: ana\n", 1, 7, "needs a space after"),
    (
        "no-space-in-step",
        "stages:\n  - steps:\n      - action:Pays\n        emotion: 1\n",
        3,
        16,
        "space",
    ),
    ("over-indented", "title: x\n  persona: ana\n", 2, 3, "indented more"),
    ("over-indented-one", "title: x\npersona: ana\n stages: []\n", 3, 2, "indented more"),
    ("bracket-too-many", "tags: [a, b]]\n", 1, 13, "too many"),
    ("not-a-list-item", "tags:\n  - a\n  b: 1\n", 3, 3, "not a list item"),
    ("emphasis", "action: *Really* slow\n", 1, 9, "must be quoted"),
    ("undefined-alias", "a: 1\nb: *base\n", 2, 4, "*base"),
    ("at-sign", "handle: @ana\n", 1, 9, "must be quoted"),
    ("colon-in-text", "action: Pays: by Pix\n", 1, 9, 'in quotes: action: "Pays: by Pix"'),
]


@pytest.mark.parametrize("markdown", [False, True], ids=["yaml", "md"])
@pytest.mark.parametrize(("name", "text", "line", "col", "words"), LINES, ids=[x[0] for x in LINES])
def test_line_mistakes_are_explained_at_their_place(
    tmp_path: Path, name: str, text: str, line: int, col: int, words: str, markdown: bool
) -> None:
    content = as_markdown(text) if markdown else text
    found = first_problem(tmp_path, "x.md" if markdown else "x.yaml", content)
    assert found[:3] == (line + (1 if markdown else 0), col, "yaml-syntax")
    assert words in found[3]


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ('emotion: "2"', "not-a-number", "without quotes"),
        ("emotion: 2.5", "wrong-type", "whole number"),
        ("emotion: .inf", "wrong-type", "whole number"),
        ("emotion: positive", "not-a-number", "-2"),
        ("emotion: 1,5", "not-a-number", "decimal point"),
        ('moment_of_truth: "true"', "wrong-type", "without quotes"),
        ("moment_of_truth: no", "wrong-type", "YAML 1.2"),
        ("metrics: [{name: A, value: 4:30}]", "not-a-number", "4.5"),
        ('metrics: [{name: A, value: "1.234,5"}]', "not-a-number", "1234.5"),
        ("metrics: [{name: A, value: 12 min}]", "not-a-number", "unit: min"),
        ("metrics: [{name: A, value: 9, target: .nan}]", "not-a-number", "finite"),
        (
            "metrics: [{name: NPS, promoters: 1.000, passives: 1, detractors: 1}]",
            "wrong-type",
            "1000",
        ),
    ],
)
def test_numeric_fields_explain_what_was_written(
    tmp_path: Path, text: str, code: str, words: str
) -> None:
    from cxdocs.content.model import Journey
    from cxdocs.content.validation.validate import validate

    path = tmp_path / "x.yaml"
    head = "title: A\npersona: ana\nstages:\n  - name: B\n    steps:\n      - action: C\n"
    path.write_text(f"{head}        {text}\n", encoding="utf-8")
    doc = load_document(path, tmp_path, "journey")
    assert doc.problems == []
    problems = validate(doc, Journey).problems
    assert [p.line for p in problems] == [7]
    assert problems[0].code == code
    assert words in f"{problems[0].message} | {problems[0].hint}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: b\x9bc\n", "invisible control character, U+009B"),  # no name: not said twice
        ("a:\u3000b\n", "an IDEOGRAPHIC SPACE (U+3000) is after the ':'"),
        ("a:\u00a0b\n", "a NO-BREAK SPACE (U+00A0) is after the ':'"),
    ],
)
def test_invisible_characters_are_named_once_with_the_right_article(
    text: str, message: str
) -> None:
    from cxdocs.content.yaml.source import parse_yaml

    issue = parse_yaml(text).issue
    assert issue is not None and message in issue.message
