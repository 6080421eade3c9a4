"""Every numeric field takes YAML 1.2 core numbers, and nothing else.

Python's bool is an int, and its float()/int() take `1_000`, ` 5 `, `١٢`,
`Infinity` and `nan`: none of that may turn into a number. Each field (emotion,
metric value and target, NPS counts, the plugin's limits) is fed the same
variants; each must be reported at the value, as not-a-number, quoting what was
written, with a hint that fits, and never as a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdocs.content.load import load_document
from cxdocs.content.model import Journey
from cxdocs.content.settings.reader import ConfigError, read_config
from cxdocs.content.validation.validate import validate

HEAD = "title: A\npersona: ana\nstages:\n  - name: B\n    steps:\n      - action: C\n"
# Field -> the line that holds it (inside a step); `@` marks where the value goes.
FIELDS = {
    "emotion": "        emotion: @",
    "value": "        metrics: [{name: M, value: @}]",
    "target": "        metrics: [{name: M, value: 1, target: @}]",
    "promoters": "        metrics: [{name: N, promoters: @, passives: 1, detractors: 1}]",
    "passives": "        metrics: [{name: N, promoters: 1, passives: @, detractors: 1}]",
    "detractors": "        metrics: [{name: N, promoters: 1, passives: 1, detractors: @}]",
}
SETTINGS = {"nav_limit": "      nav_limit: @", "cell_limit": "      cell_limit: @"}
# (written, what the message quotes, words of the hint)
NOT_NUMBERS = [
    ("true", "true", "true is a yes/no value"),
    ("false", "false", "false is a yes/no value"),
    ("1_0", "'1_0'", "write 10 without the underscore"),
    ("1_000", "'1_000'", "write 1000 without the underscore"),
    ("١٢", "'١٢'", "with the digits 0-9"),
    ("\uff11", "'\uff11'", "with the digits 0-9"),  # a full-width 1
    ("0X1", "'0X1'", "lower case"),
    ("0b1", "'0b1'", "no binary numbers: write 1"),
    ("\u22121", "'\u22121'", "with a plain '-' for minus"),  # a typographic minus sign
    ("+0x1", "'+0x1'", "takes no sign in YAML 1.2"),
    ("Infinity", "'Infinity'", "not measurements"),
    ("-inf", "'-inf'", "not measurements"),
    ("nan", "'nan'", "not measurements"),
    ('"1"', "'1'", "without quotes"),
    ("' 1 '", "' 1 '", "without quotes"),
    ("!!str 1", "'1'", "without quotes"),
]
IDS = [n[0] for n in NOT_NUMBERS]


def _assert_one_not_a_number(
    found: list[tuple[int, int, str, str]], at: tuple[int, int], field: str, quoted: str, hint: str
) -> None:
    assert len(found) == 1, found
    line, col, code, text = found[0]
    assert (line, col, code) == (*at, "not-a-number")
    message, said = text.split(" | ")
    assert f"'{field}'" in message and message.endswith(quoted)
    assert hint in said


def _content_problems(tmp_path: Path, field: str, written: str) -> list[tuple[int, int, str, str]]:
    line = FIELDS[field]
    path = tmp_path / "x.yaml"
    path.write_text(HEAD + line.replace("@", written) + "\n", encoding="utf-8")
    doc = load_document(path, tmp_path, "journey")
    assert doc.problems == []
    return [
        (p.line, p.col, p.code, f"{p.message} | {p.hint}") for p in validate(doc, Journey).problems
    ]


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize(("written", "quoted", "hint"), NOT_NUMBERS, ids=IDS)
def test_content_numbers_refuse_what_yaml_12_does_not_call_a_number(
    tmp_path: Path, field: str, written: str, quoted: str, hint: str
) -> None:
    found = _content_problems(tmp_path, field, written)
    _assert_one_not_a_number(found, (7, FIELDS[field].index("@") + 1), field, quoted, hint)


@pytest.mark.parametrize("field", ["value", "target"])
@pytest.mark.parametrize("written", ["0x1F", "0o17", "+.5", "-1e3", "!!float 5", "!!int 5", "017"])
def test_yaml_12_numbers_are_numbers(tmp_path: Path, field: str, written: str) -> None:
    assert _content_problems(tmp_path, field, written) == []


@pytest.mark.parametrize("field", ["emotion", "promoters"])
@pytest.mark.parametrize("written", ["0x1", "0o1", "+1", "!!int 1", "01"])
def test_yaml_12_whole_numbers_are_whole_numbers(tmp_path: Path, field: str, written: str) -> None:
    assert _content_problems(tmp_path, field, written) == []


def _settings_problems(tmp_path: Path, field: str, written: str) -> list[tuple[int, int, str, str]]:
    text = "site_name: X\nplugins:\n  - cxdocs:\n" + SETTINGS[field].replace("@", written) + "\n"
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    try:
        read_config(tmp_path / "mkdocs.yml")
    except ConfigError as error:
        return [(p.line, p.col, p.code, f"{p.message} | {p.hint}") for p in error.problems]
    return []


@pytest.mark.parametrize("field", SETTINGS)
@pytest.mark.parametrize(("written", "quoted", "hint"), NOT_NUMBERS, ids=IDS)
def test_plugin_limits_refuse_what_yaml_12_does_not_call_a_number(
    tmp_path: Path, field: str, written: str, quoted: str, hint: str
) -> None:
    found = _settings_problems(tmp_path, field, written)
    _assert_one_not_a_number(found, (4, SETTINGS[field].index("@") + 1), field, quoted, hint)


@pytest.mark.parametrize("written", ["0x10", "0o7", "+3", "!!int 5"])
def test_plugin_limits_take_yaml_12_whole_numbers(tmp_path: Path, written: str) -> None:
    assert _settings_problems(tmp_path, "cell_limit", written) == []


@pytest.mark.parametrize("field", ["emotion", "value"])
@pytest.mark.parametrize("block", ["|", "|-", "|+", ">"])
def test_a_number_in_a_block_is_text_shown_on_one_line(
    tmp_path: Path, field: str, block: str
) -> None:
    path = tmp_path / "x.yaml"
    indent = "        " if field == "emotion" else "            "
    where = "" if field == "emotion" else "        metrics:\n          - name: M\n"
    path.write_text(f"{HEAD}{where}{indent}{field}: {block}\n{indent}  1\n", encoding="utf-8")
    doc = load_document(path, tmp_path, "journey")
    [problem] = validate(doc, Journey).problems
    line = 7 if field == "emotion" else 9
    assert (problem.line, problem.col, problem.code) == (
        line,
        len(indent) + len(field) + 3,
        "not-a-number",
    )
    assert "\n" not in problem.message and "\n" not in problem.hint
    assert problem.hint.endswith(f"{field}: 1")
