"""Mistakes in YAML text, said in plain language at the line where they are.

libyaml reports where parsing *stopped*, in parser terms ("while parsing a block
mapping ... did not find expected key"). The real mistake is often earlier: a
quote that never closes swallows the following lines, a `[` that never closes
runs into the next key. These rules look at the text and libyaml's tokens to
find the place a person has to edit and say what to do there. They only run on
text that failed (or on the rare text a cheap search flags), never on the
happy path.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import yaml

from cxdocs.content.yaml.base import Position, YamlIssue, too_deep
from cxdocs.content.yaml.escapes import bad_escape

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

# Characters YAML does not allow in a file (libyaml: "special characters are not
# allowed"); tabs, line breaks and NEL are fine.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_CONFLICT = re.compile(r"^(?:<{7}|>{7}|\|{7})(?: |$)", re.MULTILINE)
# Characters that look like a space but are not one to YAML.
_INVISIBLE_CHARS = "\u00a0\u1680\u180e\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff"
# Any character that needs a closer look: invisible spaces and line separators.
UNUSUAL = re.compile(f"[{_INVISIBLE_CHARS}\u2028\u2029\x85]")
_INVISIBLE = re.compile(
    rf"^[ \t]*(?:-[ \t]*)*([{_INVISIBLE_CHARS}])"
    rf"|^[ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*:([{_INVISIBLE_CHARS}])",
    re.MULTILINE,
)
_CONTROL_NAMES = {
    0x00: "NUL",
    0x07: "BEL",
    0x08: "BACKSPACE",
    0x0B: "VERTICAL TAB",
    0x0C: "FORM FEED",
    0x1B: "ESC",
    0x7F: "DELETE",
}
_QUOTES = ('"', "'")


def position_of(text: str, index: int, line_offset: int = 0) -> Position:
    """The 1-based line and column of character `index`, counting lines by '\\n'."""
    line_start = text.rfind("\n", 0, index) + 1
    return Position(text.count("\n", 0, index) + 1 + line_offset, index - line_start + 1)


def char_name(char: str) -> str:
    """'NUL (U+0000)', 'NO-BREAK SPACE (U+00A0)': a character a reader can search for."""
    code = ord(char)
    name = _CONTROL_NAMES.get(code) or unicodedata.name(char, "")
    return f"{name} (U+{code:04X})" if name else f"U+{code:04X}"


def a_char(char: str) -> str:
    """char_name with its article: 'an IDEOGRAPHIC SPACE', 'a NO-BREAK SPACE'."""
    name = char_name(char)
    # By sound: names starting A/E/I/O take 'an'; U ('UNIT ...') and 'U+' take 'a'.
    return f"{'an' if name[0] in 'AEIO' else 'a'} {name}"


def control_character(text: str, line_offset: int = 0) -> YamlIssue | None:
    """An invisible control character (NUL, ESC...) anywhere in the text."""
    found = CONTROL.search(text)
    if found is None:
        return None
    return YamlIssue(
        "control-character",
        f"the text contains an invisible control character, {char_name(found.group())}",
        "delete it (editors show it as a box or as <0x..>); it often comes from a crashed "
        "editor, a bad copy from a PDF or spreadsheet, or a broken merge",
        position_of(text, found.start(), line_offset),
    )


def merge_conflict(text: str, line_offset: int = 0) -> YamlIssue | None:
    """Git's conflict markers (`<<<<<<<`, `>>>>>>>`) left in the text."""
    if "<<<<<<<" not in text and ">>>>>>>" not in text and "|||||||" not in text:
        return None  # a plain substring search is far quicker than the regex
    found = _CONFLICT.search(text)
    if found is None:
        return None
    return YamlIssue(
        "merge-conflict",
        f"unresolved merge conflict: the file still holds git's marker '{found.group().strip()}'",
        "keep the version you want between '<<<<<<<' and '>>>>>>>', delete the marker lines "
        "('<<<<<<<', '=======', '>>>>>>>'), then commit",
        position_of(text, found.start(), line_offset),
    )


def prescan(text: str, line_offset: int = 0) -> YamlIssue | None:
    """Mistakes that stop reading before YAML is even parsed."""
    return merge_conflict(text, line_offset) or control_character(text, line_offset)


def invisible_indent(text: str) -> tuple[int, YamlIssue] | None:
    """A no-break space (or similar) where YAML needs a real space: (index, issue)."""
    found = _INVISIBLE.search(text)
    if found is None:
        return None
    group = 1 if found.group(1) else 2
    index = found.start(group)
    where = "used as indentation" if group == 1 else "after the ':'"
    return index, YamlIssue(
        "invisible-character",
        f"{a_char(found.group(group))} is {where}; YAML does not count it as a space",
        "replace it with an ordinary space (it often comes from copying text from a web page, "
        "Word or a chat app)",
        position_of(text, index),
    )


def inside_multiline_scalar(text: str, index: int) -> bool:
    """Whether character `index` lies inside a scalar that spans several lines."""
    line = text.count("\n", 0, index)
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if isinstance(token, yaml.ScalarToken):
                if token.start_mark.line < line <= token.end_mark.line:
                    return True
                if token.start_mark.line > line:
                    return False
    except yaml.YAMLError:
        return False
    return False


def _tokens_before(text: str, index: int) -> list[Any]:
    """libyaml's scalar tokens that start before character `index`."""
    tokens: list[Any] = []
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if token.start_mark.index >= index:
                break
            if isinstance(token, yaml.ScalarToken):
                tokens.append(token)
    except yaml.YAMLError:
        pass
    return tokens


def _unclosed_bracket(text: str, start: int, end: int) -> bool:
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


def _quote_issue(text: str, mark: Any, position: Any) -> YamlIssue | None:
    """A quote that closed too late (it swallowed lines) or too early (text after it)."""
    tokens = [t for t in _tokens_before(text, mark.index) if t.style in _QUOTES]
    if not tokens:
        return None
    last = tokens[-1]
    quote = last.style
    if last.start_mark.line < last.end_mark.line <= mark.line <= last.end_mark.line + 1:
        return YamlIssue(
            "yaml-syntax",
            "the quoted text that starts here is never closed",
            f"add the closing {quote} at the end of this line; as written, the text runs on "
            f"to the {quote} on line {last.end_mark.line + 1}",
            position(last.start_mark),
        )
    between = text[last.end_mark.index : mark.index]
    same_line = last.end_mark.line == mark.line and not between.strip(" ")
    if same_line and mark.index < len(text) and text[mark.index] not in ",]}#:\n":
        inner = (
            "write an apostrophe inside '...' as two: 'Customer''s order'"
            if quote == "'"
            else 'write a quote inside "..." as \\": "Say \\"hi\\""'
        )
        return YamlIssue(
            "yaml-syntax",
            f"text continues after the closing {quote}",
            f"{inner}; or use the other kind of quotes around the text",
            position(last.start_mark),
        )
    return None


_KEY_LINE = re.compile(r"( *)(?:- +)?([A-Za-z_][\w-]*):(.*)")


def _line_issue(text: str, line: int, problem: str, line_offset: int) -> YamlIssue | None:
    """A missing space after `key:`, or a `key:` line indented under a text value."""
    if not any(p in problem for p in ("mapping values", "expected key", "expected ':'")):
        return None
    lines = text.split("\n", line + 1)
    for number in range(line, max(-1, line - 3), -1):  # this line, then the two above
        if number >= len(lines):
            continue
        found = _KEY_LINE.fullmatch(lines[number].rstrip("\r"))
        if found and found.group(3)[:1] not in ("", " ", "\t", "/", ":"):
            key, rest = found.group(2), found.group(3)
            return YamlIssue(
                "yaml-syntax",
                f"'{key}:{rest[:20]}' needs a space after the ':'",
                f"write '{key}: {rest[:20]}': YAML reads 'key: value' only with a space",
                Position(number + 1 + line_offset, found.start(2) + len(key) + 2),
            )
    if "mapping values" not in problem or line >= len(lines) or line == 0:
        return None
    here = _KEY_LINE.fullmatch(lines[line].rstrip("\r"))
    above = _KEY_LINE.fullmatch(lines[line - 1].rstrip("\r"))
    if here and above and len(here.group(1)) > len(above.group(1)) and above.group(3).strip():
        return YamlIssue(
            "yaml-syntax",
            f"'{here.group(2)}:' is indented more than the line above it",
            f"YAML reads it as more of the text of '{above.group(2)}'; "
            f"indent '{here.group(2)}:' like '{above.group(2)}:'",
            Position(line + 1 + line_offset, len(here.group(1)) + 1),
        )
    return None


def _indicator_hint(char: str) -> str | None:
    if char in "*&":
        return f"text starting with '{char}' (Markdown emphasis?) must be quoted: \"{char}...\""
    if char in "@`%!|>":
        return f"text starting with '{char}' must be quoted"
    return None


def _hint(problem: str, culprit: str) -> str:
    if culprit == "\t":
        return "indent with spaces: YAML does not allow tab characters for indentation"
    if "mapping values are not allowed" in problem:
        return 'a value containing ": " needs quotes, e.g. action: "Pays: by Pix"'
    if "expected <block end>" in problem or "did not find expected key" in problem:
        return "check the indentation of this line against the lines above it"
    if "expected '-' indicator" in problem:
        return "this line is not a list item ('- ...') like the lines above; indent it or add '- '"
    if "could not find expected ':'" in problem:
        return "write 'key: value' here, or indent the line to continue the text above it"
    return "fix the YAML syntax here; the real mistake may be on the line above"


def _flow_issue(text: str, error: Any, position: Any) -> YamlIssue | None:
    context = error.context or ""
    if "flow" not in context or error.context_mark is None:
        return None
    opened = error.context_mark
    if opened.index >= len(text) or text[opened.index] not in "[{":
        return None
    bracket = text[opened.index]
    if not _unclosed_bracket(text, opened.index, error.problem_mark.index):
        return None
    closing, what = ("]", "list") if bracket == "[" else ("}", "mapping")
    return YamlIssue(
        "yaml-syntax",
        f"the {what} opened with '{bracket}' here is never closed",
        f"add the closing '{closing}' at the end of the {what}; "
        f"quote any text that contains '{closing}' or ','",
        position(opened),
    )


def syntax_issue(text: str, error: yaml.YAMLError, line_offset: int = 0) -> YamlIssue:
    """The plain-language issue for a libyaml error on `text`."""

    def position(mark: Any) -> Position:
        return Position(mark.line + 1 + line_offset, mark.column + 1)

    start = Position(1 + line_offset, 1)
    if isinstance(error, yaml.reader.ReaderError):
        index = error.position
        char = chr(error.character) if isinstance(error.character, int) else "?"
        return YamlIssue(
            "control-character",
            f"the text contains a character YAML does not allow, {char_name(char)}",
            "delete it; the file may have been damaged or saved in another format",
            position_of(text, index, line_offset) if index is not None else start,
        )
    if not isinstance(error, yaml.MarkedYAMLError) or error.problem_mark is None:
        message = str(error).splitlines()[0]
        return YamlIssue("yaml-syntax", message, _hint(message, ""), start)
    mark = error.problem_mark
    problem = error.problem or "invalid YAML"
    context = error.context or ""
    if "nesting depth" in problem:  # libyaml's own limit, met before ours
        return too_deep(position(mark))
    if "expected a single document" in context:
        return YamlIssue(
            "multiple-documents",
            "the file holds more than one YAML document",
            "keep one object per file; remove the extra '---' line",
            position(mark),
        )
    if "found undefined alias" in problem:
        alias = re.match(r"\*([^\s,\]}]+)", text[mark.index :])
        name = alias.group(1) if alias else ""
        return YamlIssue(
            "yaml-syntax",
            f"alias *{name} refers to an anchor that is not defined above",
            "text starting with '*' (Markdown emphasis?) must be quoted: \"*important* step\"",
            position(mark),
        )
    if "quoted scalar" in context and error.context_mark is not None:
        escape = bad_escape(text, error.context_mark.index)
        if escape is not None:
            index, message, hint = escape
            return YamlIssue("yaml-syntax", message, hint, position_of(text, index, line_offset))
        return YamlIssue(
            "yaml-syntax",
            "the quoted text that starts here is never closed",
            "close the quote that starts here (or escape quotes inside the text)",
            position(error.context_mark),
        )
    culprit = text[mark.index] if mark.index < len(text) else ""
    if culprit == "\t":
        return YamlIssue(
            "yaml-syntax", "a tab character cannot be used here", _hint("", "\t"), position(mark)
        )
    found = (
        _flow_issue(text, error, position)
        or _quote_issue(text, mark, position)
        or _line_issue(text, mark.line, problem, line_offset)
    )
    if found is not None:
        return found
    if ("alias" in context or "anchor" in context) and error.context_mark is not None:
        char = text[error.context_mark.index]
        return YamlIssue(
            "yaml-syntax",
            f"text starting with '{char}' is read as a YAML {'alias' if char == '*' else 'anchor'}",
            _indicator_hint(char) or _hint(problem, culprit),
            position(error.context_mark),
        )
    if culprit in "]}" and culprit and "expected" in problem:
        return YamlIssue(
            "yaml-syntax",
            f"there is a '{culprit}' too many here",
            f"remove it, or quote the text if '{culprit}' belongs to it",
            position(mark),
        )
    if "cannot start any token" in problem:
        hint = _indicator_hint(culprit) or _hint(problem, culprit)
        return YamlIssue("yaml-syntax", problem, hint, position(mark))
    if "simple key" in context and error.context_mark is not None:
        return YamlIssue(
            "yaml-syntax",
            "this line has text but no ':' after a key",
            _hint(problem, culprit),
            position(error.context_mark),
        )
    if context and "mapping values" not in problem:
        problem = f"{context}: {problem}"
    return YamlIssue("yaml-syntax", problem, _hint(problem, culprit), position(mark))
