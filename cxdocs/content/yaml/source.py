"""YAML text -> plain Python data plus the source position of every key and value.

PyYAML's loaders throw positions away and type values by YAML 1.1. So libyaml
composes the document in C (no Python per event) and we walk its node tree:
positions are kept per path (as libyaml marks, turned into lines only when a
problem needs one), scalars are typed by the YAML 1.2 core schema
(`yaml.scalars`), mapping keys are always the text written, duplicate keys are
reported, and nesting depth and document size are bounded.

A tree cannot show where an alias (`*name`) was written, so documents that use
aliases or merge keys are read again by the event reader (`yaml.events`), which
expands them within a size budget. Files rarely use them.

Unicode line separators (U+2028, U+2029, U+0085) are ordinary characters to
editors and git but line breaks to libyaml: they are swapped for private-use
stand-ins while parsing, so positions and text stay as the user sees them.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

import yaml
from yaml.nodes import ScalarNode, SequenceNode

from cxdocs.content.yaml import events as yamlevents
from cxdocs.content.yaml.base import (
    MAX_DEPTH,
    MAX_VALUES,
    Path,
    Position,
    SourceMap,
    Stop,
    YamlIssue,
    bad_tag,
    complex_key,
    duplicate_key,
    too_complex,
    too_deep,
)
from cxdocs.content.yaml.errors import (
    UNUSUAL,
    inside_multiline_scalar,
    invisible_indent,
    prescan,
)
from cxdocs.content.yaml.scalars import (
    MAP_TAG,
    SEQ_TAG,
    TYPED_FIRST,
    TagError,
    plain,
    tagged,
)
from cxdocs.content.yaml.syntax import syntax_issue
from cxdocs.i18n.say import say

try:  # libyaml is much faster; the pure-Python parser is the fallback.
    from yaml import CSafeLoader as _Loader
    from yaml._yaml import CParser as _Parser

    _COMPOSE = True
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

    _Parser = object  # type: ignore[assignment,misc]
    _COMPOSE = False  # the Python composer recurses: use the event reader only

__all__ = ["MAX_DEPTH", "MAX_VALUES", "Parsed", "Path", "Position", "SourceMap", "parse_yaml"]

_UNTAGGED = "?"  # what our resolver gives every untagged node: we type scalars ourselves
_SEPARATORS = re.compile("[\u2028\u2029\x85]")


class _Composer(_Parser):
    """libyaml's composer with a resolver that does nothing (typing is ours).

    The composer calls these three for every node; C callables that ignore
    their arguments cost a fraction of Python methods. `"?".format(...)` gives
    back the (interned) `_UNTAGGED`, `slice(...)` and `tuple()` are discarded.
    """

    resolve = _UNTAGGED.format
    descend_resolver = slice
    ascend_resolver = tuple


class _Fallback(Exception):
    """The document needs the event reader (an alias or a merge key)."""


class _Walker:
    """Node tree -> data, checking limits and keys; positions are left for later."""

    def __init__(
        self, text: str, source: SourceMap, tolerate_tags: bool, restore: dict[int, str]
    ) -> None:
        self.text = text
        self.source = source
        self.tolerate_tags = tolerate_tags
        self.restore = restore
        self.count = 0
        self.seen: set[int] = set()  # collections walked: meeting one again means an alias

    def position(self, mark: Any) -> Position:
        return Position(mark.line + 1 + self.source.line_offset, mark.column + 1)

    def scalar(self, node: Any, path: Path) -> Any:
        text = node.value.translate(self.restore) if self.restore else node.value
        if node.tag is _UNTAGGED:
            return plain(text) if node.style == "" else text
        try:
            value = tagged(node.tag, text, self.tolerate_tags)
        except TagError as error:
            raise Stop(bad_tag(str(error), self.position(node.start_mark))) from None
        if type(value) is str and node.tag.startswith("!"):
            self.source.tags[path] = node.tag
        return value

    def walk(self, node: Any, path: Path, depth: int) -> Any:
        """The value of `node`, found at `path`."""
        if type(node) is ScalarNode:
            return self.scalar(node, path)
        if depth >= MAX_DEPTH:
            raise Stop(too_deep(self.position(node.start_mark)))
        if id(node) in self.seen:
            raise _Fallback
        self.seen.add(id(node))
        items = node.value
        self.count += len(items)
        if self.count > MAX_VALUES:
            raise Stop(too_complex(self.position(node.start_mark)))
        if node.tag is not _UNTAGGED and node.tag not in (MAP_TAG, SEQ_TAG):
            if not self.tolerate_tags:
                raise Stop(
                    bad_tag(f"unsupported YAML tag {node.tag}", self.position(node.start_mark))
                )
            self.source.tags[path] = node.tag
        depth += 1
        simple = not self.restore  # no stand-ins to translate back: the quick way
        if type(node) is SequenceNode:
            result: list[Any] = []
            for index, item in enumerate(items):
                # Most values are untagged scalars: typed here, without a call.
                if simple and type(item) is ScalarNode and item.tag is _UNTAGGED:
                    text = item.value
                    if item.style or (text and text[0] not in TYPED_FIRST):
                        result.append(text)
                    else:
                        result.append(plain(text))
                else:
                    result.append(self.walk(item, (*path, index), depth))
            return result
        mapping: dict[str, Any] = {}
        for key_node, value_node in items:
            if type(key_node) is not ScalarNode:
                raise Stop(complex_key(self.position(key_node.start_mark)))
            key = key_node.value if simple else key_node.value.translate(self.restore)
            if key in mapping or key == "<<":
                self._odd_key(key, key_node, items)
            if simple and type(value_node) is ScalarNode and value_node.tag is _UNTAGGED:
                text = value_node.value
                if value_node.style or (text and text[0] not in TYPED_FIRST):
                    mapping[key] = text
                    continue
                mapping[key] = plain(text)
            else:
                mapping[key] = self.walk(value_node, (*path, key), depth)
            if node.flow_style and type(value_node) is ScalarNode and not value_node.value:
                self._bare_entry(node, key_node)
        return mapping

    def _odd_key(self, key: str, key_node: Any, items: list[tuple[Any, Any]]) -> None:
        if key == "<<" and key_node.style == "":
            raise _Fallback  # a merge key: the event reader merges
        if key == "<<" and not any(k.value == key for k, _ in items if k is not key_node):
            return
        first = next(k for k, _ in items if k.value == key_node.value)
        raise Stop(
            duplicate_key(
                key,
                first.start_mark.line + 1 + self.source.line_offset,
                self.position(key_node.start_mark),
            )
        )

    def _bare_entry(self, node: Any, key_node: Any) -> None:
        """`{text: Address, employer and income}`: a comma split the text in two."""
        rest = self.text[key_node.end_mark.index :].lstrip(" ")
        if rest.startswith(":") or key_node.style != "":
            return  # `{key: }` says "nothing" on purpose
        pairs = node.value
        index = next(i for i, (k, _) in enumerate(pairs) if k is key_node)
        before = pairs[index - 1][1] if index else None
        if before is not None and type(before) is ScalarNode and before.style == "":
            start, end = before.start_mark.index, key_node.end_mark.index
            whole = self.text[start:end]
            if re.fullmatch(r"[-+]?\d+,\d+", whole):
                hint = say("problem.yaml.comma.decimal", point=whole.replace(",", "."), whole=whole)
            else:
                hint = say("problem.yaml.comma.quote", whole=whole)
            raise Stop(
                YamlIssue(
                    "unquoted-comma",
                    say("problem.yaml.comma.splits", whole=whole),
                    hint,
                    self.position(before.start_mark),
                    fix=(start, end),
                )
            )
        if self.text[node.start_mark.index] != "{":  # `[?x]`: a pair inside [ ]
            raise Stop(
                YamlIssue(
                    "unquoted-comma",
                    say("problem.yaml.pair_no_value", key=key_node.value),
                    say("problem.yaml.pair_no_value.hint", key=key_node.value),
                    self.position(node.start_mark),
                )
            )
        raise Stop(
            YamlIssue(
                "unquoted-comma",
                say("problem.yaml.comma.no_value", key=key_node.value),
                say("problem.yaml.comma.no_value.hint"),
                self.position(key_node.start_mark),
            )
        )


def _compose(text: str, source: SourceMap, tolerate_tags: bool, restore: dict[int, str]) -> Any:
    parser = _Composer(text)
    try:
        node = parser.get_single_node()
    except yaml.composer.ComposerError as error:
        if "duplicate anchor" not in str(error):
            raise
        # YAML lets a later anchor of the same name replace the first (spec
        # example 7.1); PyYAML's composer refuses it, the event reader follows it.
        return yamlevents.build(text, _Loader, source, tolerate_tags, restore)
    finally:
        parser.dispose()
    if node is None:
        return None
    try:
        data = _Walker(text, source, tolerate_tags, restore).walk(node, (), 0)
    except _Fallback:
        source.tags.clear()
        return yamlevents.build(text, _Loader, source, tolerate_tags, restore)

    source.set_locate(_Locator(text, tolerate_tags, restore))
    return data


@dataclass(frozen=True)
class _Locator:
    """Finds every position when a problem first needs one: the same text read
    by the event reader, which records them all. (A class, not a closure, so
    a document can be kept in the cache of unchanged files.)"""

    text: str
    tolerate_tags: bool
    restore: dict[int, str]

    def __call__(self, source: SourceMap) -> None:
        # The text was read once already, so the event reader agrees with it
        # (tests/test_yaml_suite.py holds them to that); should it ever stop
        # early, the positions found so far stand and the others fall back to
        # the enclosing value's: a problem a line off, never a traceback.
        with contextlib.suppress(Stop, yaml.YAMLError):
            yamlevents.build(self.text, _Loader, source, self.tolerate_tags, self.restore)


def _stand_ins(text: str) -> tuple[str, dict[int, str]]:
    """`text` with line separators swapped for unused private-use characters."""
    swap: dict[int, str] = {}
    restore: dict[int, str] = {}
    candidate = 0xF8FF
    for separator in sorted(set(_SEPARATORS.findall(text))):
        while chr(candidate) in text:
            candidate -= 1
        swap[ord(separator)] = chr(candidate)
        restore[candidate] = separator
        candidate -= 1
    return text.translate(swap), restore


@dataclass
class Parsed:
    data: Any
    source: SourceMap
    issue: YamlIssue | None = None
    # More mistakes of a kind that comes again (see `YamlIssue.fix`), after `issue`.
    more: list[YamlIssue] = field(default_factory=list)


def parse_yaml(
    text: str, line_offset: int = 0, tolerate_tags: bool = False, prescanned: bool = False
) -> Parsed:
    """Parse one YAML document, keeping positions; problems are returned, not raised.

    `line_offset` shifts reported lines (front matter starts below the `---`).
    `tolerate_tags` keeps unknown tags' text instead of refusing them: mkdocs.yml
    uses `!ENV` and `!!python/name:` tags, which must be read but never executed.
    `prescanned`: the caller already ran `yaml.errors.prescan` on the text.
    """
    source = SourceMap(start=Position(1 + line_offset, 1), line_offset=line_offset)
    found = None if prescanned else prescan(text, line_offset)
    if found is not None:
        return Parsed(None, source, found)
    invisible = None
    restore: dict[int, str] = {}
    if UNUSUAL.search(text):  # one quick search; most files have none of these
        invisible = invisible_indent(text)
        if _SEPARATORS.search(text):
            text, restore = _stand_ins(text)
    data, issue = _read(text, source, tolerate_tags, restore, line_offset)
    if issue is not None:
        first = _earlier(_shifted(invisible, line_offset), issue)
        more = _read_on(text, issue, tolerate_tags, restore, line_offset) if first is issue else []
        return Parsed(None, source, first, more)
    if invisible is not None and not inside_multiline_scalar(text, invisible[0]):
        return Parsed(None, source, _shifted(invisible, line_offset))
    return Parsed(data, source)


def _read(
    text: str, source: SourceMap, tolerate_tags: bool, restore: dict[int, str], line_offset: int
) -> tuple[Any, YamlIssue | None]:
    """The data of `text`, or the issue that stopped the reading."""
    try:
        if _COMPOSE:
            return _compose(text, source, tolerate_tags, restore), None
        return yamlevents.build(
            text, _Loader, source, tolerate_tags, restore
        ), None  # pragma: no cover
    except Stop as stop:
        return None, stop.issue
    except yaml.YAMLError as error:
        return None, syntax_issue(text, error, line_offset)


MAX_MORE = 20  # mistakes of one kind reported per file: enough to see the pattern


def _read_on(
    text: str, issue: YamlIssue, tolerate_tags: bool, restore: dict[int, str], line_offset: int
) -> list[YamlIssue]:
    """Every later mistake of a kind that comes again (a ': ' or a ',' in
    unquoted text): each found is quoted in a copy of the text, which is read
    again, so one run reports them all. Quoting keeps every line where it was;
    columns after a quote on its line are shifted back."""
    more: list[YamlIssue] = []
    shifts: list[tuple[int, int, int]] = []  # (line, column after which, by how much)
    while issue.fix is not None and len(more) < MAX_MORE:
        start, end = issue.fix
        quoted = json.dumps(text[start:end], ensure_ascii=False)
        line = text.count("\n", 0, start) + 1 + line_offset
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        text = text[:start] + quoted + text[end:]
        shifts.append((line, column, len(quoted) - (end - start)))
        _, found = _read(
            text, SourceMap(line_offset=line_offset), tolerate_tags, restore, line_offset
        )
        if found is None or found.fix is None:
            break  # the rest is another kind of mistake, or none: the first one tells
        at = found.position
        col = at.col - sum(d for ln, c, d in shifts if ln == at.line and c < at.col)
        issue = found
        more.append(replace(found, position=Position(at.line, col)))
    return more


def _earlier(invisible: YamlIssue | None, issue: YamlIssue) -> YamlIssue:
    """The invisible space, if it comes first: it is then the likely cause."""
    if invisible is not None and invisible.position.line <= issue.position.line:
        return invisible
    return issue


def _shifted(found: tuple[int, YamlIssue] | None, line_offset: int) -> YamlIssue | None:
    if found is None:
        return None
    issue = found[1]
    at = Position(issue.position.line + line_offset, issue.position.col)
    return YamlIssue(issue.code, issue.words, issue.hint_words, at)
