"""libyaml's syntax errors in plain language, as a table of named rules.

libyaml reports where parsing *stopped*, in parser terms ("while parsing a block
mapping ... did not find expected key"). The real mistake is often earlier: a
quote that never closes swallows the following lines, a `[` that never closes
runs into the next key. As markdown-it-py runs its parsing rules,
`syntax_issue` asks the rules of `SYNTAX_RULES` in order; the first that
recognises the error finds the place a person has to edit and says what to do
there. The last rule takes every error. Each rule has a fixture repository under
tests/fixtures/invalid/ whose golden output it writes (tests/test_problem_fixtures.py).
These rules only run on text that failed, never on the happy path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import yaml

from cxdocs.content.ruletable import Rule, first_answer
from cxdocs.content.yaml.base import Position, YamlIssue, too_deep
from cxdocs.content.yaml.errors import char_name, position_of, tokens_before
from cxdocs.content.yaml.escapes import bad_escape
from cxdocs.i18n.say import Say, Text, say

_QUOTES = ('"', "'")
_KEY_LINE = re.compile(r"( *)(?:- +)?([A-Za-z_][\w-]*):(.*)")
_COMMENT = re.compile(r"\s#.*")


@dataclass(frozen=True)
class Syntax:
    """One libyaml error (with a mark) on `text`, with what the rules ask of it."""

    text: str
    error: yaml.MarkedYAMLError
    line_offset: int

    @property
    def mark(self) -> Any:
        return self.error.problem_mark

    @property
    def problem(self) -> str:
        return self.error.problem or "invalid YAML"

    @property
    def context(self) -> str:
        return self.error.context or ""

    @property
    def culprit(self) -> str:
        """The character libyaml stopped at ('' at the end of the text)."""
        return self.text[self.mark.index] if self.mark.index < len(self.text) else ""

    def position(self, mark: Any) -> Position:
        return Position(mark.line + 1 + self.line_offset, mark.column + 1)

    def issue(self, message: Text, hint: Text, mark: Any = None) -> YamlIssue:
        """A yaml-syntax issue at `mark` (default: where libyaml stopped)."""
        return YamlIssue(
            "yaml-syntax", message, hint, self.position(self.mark if mark is None else mark)
        )

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n", self.mark.line + 1)

    @cached_property
    def last_quoted(self) -> Any:
        """libyaml's last quoted scalar token before the error, if any."""
        tokens = [t for t in tokens_before(self.text, self.mark.index) if t.style in _QUOTES]
        return tokens[-1] if tokens else None


def _nesting_depth(s: Syntax) -> YamlIssue | None:
    # libyaml's own limit, met before ours
    return too_deep(s.position(s.mark)) if "nesting depth" in s.problem else None


def _multiple_documents(s: Syntax) -> YamlIssue | None:
    if "expected a single document" not in s.context:
        return None
    return YamlIssue(
        "multiple-documents",
        say("problem.yaml.documents"),
        say("problem.yaml.documents.hint"),
        s.position(s.mark),
    )


def _undefined_alias(s: Syntax) -> YamlIssue | None:
    if "found undefined alias" not in s.problem:
        return None
    alias = re.match(r"\*([^\s,\]}]+)", s.text[s.mark.index :])
    name = alias.group(1) if alias else ""
    return s.issue(say("problem.yaml.alias", name=name), say("problem.yaml.alias.emphasis"))


def _bad_escape(s: Syntax) -> YamlIssue | None:
    if "quoted scalar" not in s.context or s.error.context_mark is None:
        return None
    escape = bad_escape(s.text, s.error.context_mark.index)
    if escape is None:
        return None
    index, message, hint = escape
    return YamlIssue("yaml-syntax", message, hint, position_of(s.text, index, s.line_offset))


def _quote_never_closed(s: Syntax) -> YamlIssue | None:
    if "quoted scalar" not in s.context or s.error.context_mark is None:
        return None
    return s.issue(
        say("problem.yaml.quote_open"), say("problem.yaml.quote_open.hint"), s.error.context_mark
    )


def _tab(s: Syntax) -> YamlIssue | None:
    if s.culprit != "\t":
        return None
    return s.issue(say("problem.yaml.tab"), _hint("", "\t"))


def _colon_on_next_line(s: Syntax) -> YamlIssue | None:
    """`{"foo"\n: "bar"}`: YAML 1.2 allows it, libyaml does not; it is closed."""
    if "flow" not in s.context or s.culprit != ":":
        return None
    if s.text[s.mark.index - s.mark.column : s.mark.index].strip():
        return None  # something before the ':' on its line: not this mistake
    return s.issue(say("problem.yaml.colon_next_line"), say("problem.yaml.colon_next_line.hint"))


def _unclosed_bracket(s: Syntax) -> YamlIssue | None:
    opened = s.error.context_mark
    if "flow" not in s.context or opened is None:
        return None
    if opened.index >= len(s.text) or s.text[opened.index] not in "[{":
        return None
    bracket = s.text[opened.index]
    if not _still_open(s.text, opened.index, s.mark.index):
        return None
    closing, what = ("]", "list") if bracket == "[" else ("}", "mapping")
    return s.issue(
        say(f"problem.yaml.{what}_open", bracket=bracket),
        say(f"problem.yaml.{what}_open.hint", closing=closing),
        opened,
    )


def _quote_runs_on(s: Syntax) -> YamlIssue | None:
    """A quote that closed too late: it swallowed the lines after it."""
    last = s.last_quoted
    if last is None or not (
        last.start_mark.line < last.end_mark.line <= s.mark.line <= last.end_mark.line + 1
    ):
        return None
    quote = last.style
    return s.issue(
        say("problem.yaml.quote_open"),
        say("problem.yaml.quote_runs_on", quote=quote, line=last.end_mark.line + 1),
        last.start_mark,
    )


def _text_after_quote(s: Syntax) -> YamlIssue | None:
    """A quote that closed too early: text goes on after it."""
    last = s.last_quoted
    if last is None:
        return None
    between = s.text[last.end_mark.index : s.mark.index]
    same_line = last.end_mark.line == s.mark.line and not between.strip(" ")
    if not same_line or s.mark.index >= len(s.text) or s.text[s.mark.index] in ",]}#:\n":
        return None
    quote = last.style
    inner = say("problem.yaml.apostrophe" if quote == "'" else "problem.yaml.double_quote")
    return s.issue(
        say("problem.yaml.after_quote", quote=quote),
        say("problem.yaml.after_quote.hint", inner=inner),
        last.start_mark,
    )


def _no_space_after_colon(s: Syntax) -> YamlIssue | None:
    """`key:value` on this line or one of the two above."""
    if not any(p in s.problem for p in ("mapping values", "expected key", "expected ':'")):
        return None
    line = s.mark.line
    for number in range(line, max(-1, line - 3), -1):
        if number >= len(s.lines):
            continue
        found = _KEY_LINE.fullmatch(s.lines[number].rstrip("\r"))
        if found and found.group(3)[:1] not in ("", " ", "\t", "/", ":"):
            key, rest = found.group(2), found.group(3)
            return YamlIssue(
                "yaml-syntax",
                say("problem.yaml.no_space", key=key, rest=rest[:20]),
                say("problem.yaml.no_space.hint", key=key, rest=rest[:20]),
                Position(number + 1 + s.line_offset, found.start(2) + len(key) + 2),
            )
    return None


def _colon_in_text(s: Syntax) -> YamlIssue | None:
    """`action: Recebe e-mail: pedido confirmado`: a ': ' inside unquoted text."""
    line = s.mark.line
    if "mapping values" not in s.problem or line >= len(s.lines):
        return None
    found = _KEY_LINE.fullmatch(s.lines[line].rstrip("\r"))
    if found is None or s.mark.column <= found.end(2):  # at the key's own ':'
        return None
    value = _COMMENT.sub("", found.group(3)).strip()
    if not value or value[0] in "\"'[{|>&*!":
        return None
    key = found.group(2)
    start = found.start(3) + len(found.group(3)) - len(found.group(3).lstrip())
    line_start = s.mark.index - s.mark.column
    return YamlIssue(
        "yaml-syntax",
        say("problem.yaml.colon_in_text", key=key),
        say("problem.yaml.colon_in_text.hint", key=key, quoted=_quoted(value)),
        Position(line + 1 + s.line_offset, start + 1),
        fix=(line_start + start, line_start + start + len(value)),
    )


def _quoted(text: str) -> str:
    """`text` in double quotes, as YAML reads it back (shortened if long)."""
    shown = text if len(text) <= 60 else text[:57] + "..."
    return '"' + shown.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _indented_under_text(s: Syntax) -> YamlIssue | None:
    """A `key:` line indented under a line whose value is text."""
    line = s.mark.line
    if "mapping values" not in s.problem or line >= len(s.lines) or line == 0:
        return None
    here = _KEY_LINE.fullmatch(s.lines[line].rstrip("\r"))
    above = _KEY_LINE.fullmatch(s.lines[line - 1].rstrip("\r"))
    # Keys' columns, not leading spaces: `- action:` puts its key two further in.
    if not (here and above and here.start(2) > above.start(2)):
        return None
    if not above.group(3).strip():
        return None
    return YamlIssue(
        "yaml-syntax",
        say("problem.yaml.indented", key=here.group(2)),
        say("problem.yaml.indented.hint", key=here.group(2), above=above.group(2)),
        Position(line + 1 + s.line_offset, len(here.group(1)) + 1),
    )


def _alias_or_anchor(s: Syntax) -> YamlIssue | None:
    if not ("alias" in s.context or "anchor" in s.context) or s.error.context_mark is None:
        return None
    char = s.text[s.error.context_mark.index]
    return s.issue(
        say(f"problem.yaml.read_as_{'alias' if char == '*' else 'anchor'}", char=char),
        _indicator_hint(char) or _hint(s.problem, s.culprit),
        s.error.context_mark,
    )


def _bracket_too_many(s: Syntax) -> YamlIssue | None:
    if not s.culprit or s.culprit not in "]}" or "expected" not in s.problem:
        return None
    return s.issue(
        say("problem.yaml.too_many", char=s.culprit),
        say("problem.yaml.too_many.hint", char=s.culprit),
    )


def _indicator(s: Syntax) -> YamlIssue | None:
    if "cannot start any token" not in s.problem:
        return None
    return s.issue(
        libyaml_words(s.problem), _indicator_hint(s.culprit) or _hint(s.problem, s.culprit)
    )


def _key_without_colon(s: Syntax) -> YamlIssue | None:
    if "simple key" not in s.context or s.error.context_mark is None:
        return None
    return s.issue(
        say("problem.yaml.no_colon"),
        _hint(s.problem, s.culprit),
        s.error.context_mark,
    )


def _libyaml_words(s: Syntax) -> YamlIssue:
    problem = s.problem
    words = libyaml_words(problem)
    if s.context and "mapping values" not in problem:
        problem = f"{s.context}: {problem}"
        words = say("problem.yaml.context", context=libyaml_words(s.context), problem=words)
    return s.issue(words, _hint(problem, s.culprit))


SYNTAX_RULES: tuple[Rule[Syntax, YamlIssue], ...] = (
    Rule("nesting-depth", _nesting_depth),
    Rule("multiple-documents", _multiple_documents),
    Rule("undefined-alias", _undefined_alias),
    Rule("bad-escape", _bad_escape),
    Rule("quote-never-closed", _quote_never_closed),
    Rule("tab", _tab),
    Rule("colon-on-next-line", _colon_on_next_line),
    Rule("unclosed-bracket", _unclosed_bracket),
    Rule("quote-runs-on", _quote_runs_on),
    Rule("text-after-quote", _text_after_quote),
    Rule("no-space-after-colon", _no_space_after_colon),
    Rule("colon-in-text", _colon_in_text),
    Rule("indented-under-text", _indented_under_text),
    Rule("alias-or-anchor", _alias_or_anchor),
    Rule("bracket-too-many", _bracket_too_many),
    Rule("indicator", _indicator),
    Rule("key-without-colon", _key_without_colon),
    Rule("libyaml-words", _libyaml_words),
)


def syntax_issue(text: str, error: yaml.YAMLError, line_offset: int = 0) -> YamlIssue:
    """The plain-language issue for a libyaml error on `text`."""
    start = Position(1 + line_offset, 1)
    if isinstance(error, yaml.reader.ReaderError):  # a character libyaml refuses to read
        index = error.position
        char = chr(error.character) if isinstance(error.character, int) else "?"
        return YamlIssue(
            "control-character",
            say("problem.yaml.not_allowed", char=char_name(char)),
            say("problem.yaml.not_allowed.hint"),
            position_of(text, index, line_offset) if index is not None else start,
        )
    if not isinstance(error, yaml.MarkedYAMLError) or error.problem_mark is None:
        message = str(error).splitlines()[0]  # nowhere to point at: the start
        return YamlIssue("yaml-syntax", libyaml_words(message), _hint(message, ""), start)
    return first_answer(SYNTAX_RULES, Syntax(text, error, line_offset))


def _still_open(text: str, start: int, end: int) -> bool:
    """Whether the `[` or `{` at `start` is still open at `end` (quotes skipped)."""
    depth = 0
    quote = ""
    for char in text[start:end]:
        if quote:
            if char == quote:
                quote = ""
        elif char in _QUOTES:
            quote = char
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth == 0:
                return False
    return True


def _indicator_hint(char: str) -> Say | None:
    if char in "*&":
        return say("problem.yaml.emphasis", char=char)
    if char in "@`%!|>":
        return say("problem.yaml.quote_it", char=char)
    return None


def _hint(problem: str, culprit: str) -> Say:
    if culprit == "\t":
        return say("problem.yaml.tab.hint")
    if "mapping values are not allowed" in problem:
        return say("problem.yaml.colon.hint")
    if "expected <block end>" in problem or "did not find expected key" in problem:
        return say("problem.yaml.indentation.hint")
    if "expected '-' indicator" in problem:
        return say("problem.yaml.list_item.hint")
    if "could not find expected ':'" in problem:
        return say("problem.yaml.key_value.hint")
    return say("problem.yaml.hint")


# libyaml's own words for what stopped it, as catalog keys; others stay as libyaml says.
_LIBYAML = {
    "found character that cannot start any token": "indicator",
    "mapping values are not allowed in this context": "mapping_values",
    "mapping values are not allowed here": "mapping_values_here",
    "did not find expected key": "expected_key",
    "could not find expected ':'": "expected_colon",
    "did not find expected '-' indicator": "expected_dash",
    "found unexpected end of stream": "end_of_stream",
    "found unknown escape character": "unknown_escape",
    "while parsing a block mapping": "block_mapping",
    "while parsing a block collection": "block_collection",
    "while parsing a flow mapping": "flow_mapping",
    "while parsing a flow sequence": "flow_sequence",
    "while parsing a flow node": "flow_node",
    "while parsing a block node": "block_node",
    "while scanning a simple key": "simple_key",
    "while scanning a quoted scalar": "quoted_scalar",
    "while scanning a plain scalar": "plain_scalar",
    "while scanning a block scalar": "block_scalar",
    "while scanning an alias": "alias",
    "while scanning an anchor": "anchor",
    "while scanning a tag": "tag",
    "while scanning a directive": "directive",
    "while parsing a node": "node",
    "expected a single document in the stream": "single_document",
}
_EXPECTED_BUT_FOUND = re.compile(r"expected (<[^>]+>|'[^']*'), but found (.+)")


def libyaml_words(words: str) -> Text:
    """libyaml's message in the catalog's words where it is one it knows."""
    key = _LIBYAML.get(words)
    if key is not None:
        return say(f"problem.libyaml.{key}")
    found = _EXPECTED_BUT_FOUND.fullmatch(words)
    if found:
        return say("problem.libyaml.expected_but_found", expected=found[1], found=found[2])
    return words
