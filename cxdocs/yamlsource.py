"""YAML text -> plain Python data plus the source position of every key and value.

PyYAML's loaders throw positions away, and its composer recurses and expands
aliases without limit. So we drive the libyaml event stream ourselves, with an
explicit stack: positions are recorded per path, nesting depth and the size of
the expanded document are bounded (an alias bomb or a 10,000-deep list gives one
clear problem, never a hang or a RecursionError), and duplicate keys, which YAML
silently lets the last one win, are reported.

Anchors and aliases are supported within the size budget; merge keys (`<<`) too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver

try:  # libyaml is much faster; the pure-Python parser is the fallback.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 50
MAX_VALUES = 200_000

Path = tuple[str | int, ...]


class Position(NamedTuple):
    # A tuple, not a dataclass: one is made per value, and tuples are cheap.
    line: int  # 1-based
    col: int  # 1-based


_ORIGIN = Position(1, 1)


@dataclass
class SourceMap:
    """Where each value (and each mapping key) of a document was written."""

    # Values are libyaml marks (0-based line/column), turned into Positions
    # only when asked: a file has thousands of values and few problems.
    values: dict[Path, Any] = field(default_factory=dict)
    keys: dict[Path, Any] = field(default_factory=dict)
    start: Position = _ORIGIN
    line_offset: int = 0
    # Tags kept as text under `tolerate_tags` (e.g. `!ENV`), by path, so the
    # settings reader can resolve them the way MkDocs does.
    tags: dict[Path, str] = field(default_factory=dict)

    def _position(self, mark: Any) -> Position:
        if isinstance(mark, Position):
            return mark
        return Position(mark.line + 1 + self.line_offset, mark.column + 1)

    def value(self, path: Path) -> Position:
        """The value's position, or the nearest enclosing one that was written."""
        for end in range(len(path), -1, -1):
            found = self.values.get(path[:end])
            if found is not None:
                return self._position(found)
        return self.start

    def key(self, path: Path) -> Position:
        """The position of the key naming `path`, falling back to its value."""
        found = self.keys.get(path)
        return self._position(found) if found is not None else self.value(path)


@dataclass(frozen=True)
class YamlIssue:
    """A problem found while reading YAML; `load` turns it into a Problem."""

    code: str
    message: str
    hint: str
    position: Position


class _Stop(Exception):
    def __init__(self, issue: YamlIssue) -> None:
        super().__init__(issue.message)
        self.issue = issue


_resolver = Resolver()
_constructor = SafeConstructor()
_MERGE_TAG = "tag:yaml.org,2002:merge"
_MERGE = object()  # stands for the key `<<` until its mapping value arrives
_MISSING = object()
_PLAIN: dict[str, Any] = {}  # plain scalar text -> its value, shared by all parses
_PLAIN_LIMIT = 50_000
# First characters of plain scalars that may resolve to something other than text.
_IMPLICIT_FIRST = frozenset(k for k in Resolver.yaml_implicit_resolvers if k is not None)


def _syntax_hint(problem: str, culprit: str) -> str:
    if culprit == "\t":
        return "indent with spaces: YAML does not allow tab characters for indentation"
    if "mapping values are not allowed" in problem:
        return 'a value containing ": " needs quotes, e.g. action: "Pays: by Pix"'
    if "quoted" in problem:
        return "close the quote that starts here (or escape quotes inside the text)"
    if "expected <block end>" in problem or "expected ',' or" in problem:
        return "check the indentation of this line against the lines above it"
    if "special characters" in problem:
        return "remove the control character; the file may not be text"
    return "fix the YAML syntax here; the real mistake may be on the line above"


@dataclass(slots=True)
class _Frame:
    container: dict[Any, Any] | list[Any]
    path: Path
    anchor: str | None
    start_count: int
    is_list: bool
    pending_key: Any = None
    has_key: bool = False
    merges: list[dict[Any, Any]] = field(default_factory=list)
    merge_pending: bool = False  # the pending key is YAML's merge key `<<`


class _Builder:
    def __init__(self, line_offset: int, tolerate_tags: bool) -> None:
        self.line_offset = line_offset
        self.tolerate_tags = tolerate_tags
        self.source = SourceMap(start=Position(1 + line_offset, 1), line_offset=line_offset)
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.count = 0
        self.documents = 0
        self.root: Any = None
        # Dispatch on the event's exact class: libyaml makes only these.
        self.handlers: dict[type, Any] = {
            yaml.ScalarEvent: self._on_scalar,
            yaml.MappingStartEvent: self._on_start,
            yaml.SequenceStartEvent: self._on_start,
            yaml.MappingEndEvent: self._on_end,
            yaml.SequenceEndEvent: self._on_end,
            yaml.AliasEvent: self._on_alias,
        }

    def position(self, mark: Any) -> Position:
        return Position(mark.line + 1 + self.line_offset, mark.column + 1)

    def _budget(self, added: int, mark: Any) -> None:
        self.count += added
        if self.count > MAX_VALUES:
            raise _Stop(
                YamlIssue(
                    "too-complex",
                    f"the document expands to more than {MAX_VALUES:,} values",
                    "aliases (*name) that repeat large anchors multiply the document's size; "
                    "write the content out or split the file",
                    self.position(mark),
                )
            )

    def _scalar(self, event: yaml.ScalarEvent) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            if event.style:  # quoted or block scalars are always text
                return event.value
            text = event.value
            if text and text[0] not in _IMPLICIT_FIRST:  # no implicit type starts so
                return text
            # Plain scalars repeat a lot (keys, severities, small numbers), and
            # resolving them is regex work; their values are immutable, so cache.
            cached = _PLAIN.get(event.value, _MISSING)
            if cached is not _MISSING:
                return cached
            tag = _resolver.resolve(  # type: ignore[no-untyped-call]
                yaml.ScalarNode, event.value, event.implicit
            )
            value = self._construct(tag, event)
            if len(_PLAIN) < _PLAIN_LIMIT:
                _PLAIN[event.value] = value
            return value
        return self._construct(tag, event)

    def _construct(self, tag: str, event: yaml.ScalarEvent) -> Any:
        if tag == _MERGE_TAG:
            return _MERGE
        build = SafeConstructor.yaml_constructors.get(tag)
        if build is None:
            if self.tolerate_tags:
                return event.value  # e.g. `!ENV HOME` in mkdocs.yml: keep the text, run nothing
            raise _Stop(
                YamlIssue(
                    "yaml-syntax",
                    f"unsupported YAML tag {tag}",
                    "content files use plain YAML; remove the tag",
                    self.position(event.start_mark),
                )
            )
        node = yaml.ScalarNode(tag, event.value, style=event.style)
        try:
            return build(_constructor, node)
        except (ConstructorError, ValueError) as error:
            raise _Stop(
                YamlIssue(
                    "yaml-syntax",
                    f"cannot read value {event.value!r}: {error}",
                    "quote the value to keep it as text",
                    self.position(event.start_mark),
                )
            ) from None

    def _child_path(self) -> Path:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if top.is_list:
            return (*top.path, len(top.container))
        return (*top.path, _path_key(top.pending_key))

    def _attach(self, value: Any, mark: Any) -> None:
        """Put a finished value into its parent (or make it the root)."""
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        container = top.container
        if type(container) is list:
            container.append(value)
            return
        if not top.has_key:
            self._take_key(top, value, mark)
            return
        if top.merge_pending:
            sources = value if isinstance(value, list) else [value]
            top.merges.extend(s for s in sources if isinstance(s, dict))
        else:
            top.container[top.pending_key] = value
        top.has_key = False
        top.pending_key = None

    def _take_key(self, top: _Frame, key: Any, mark: Any) -> None:
        if isinstance(key, dict | list):
            raise _Stop(
                YamlIssue(
                    "yaml-syntax",
                    "a mapping key must be plain text, not a list or mapping",
                    "write the key as text followed by ':'",
                    self.position(mark),
                )
            )
        assert not top.is_list
        path = (*top.path, _path_key(key))
        if key in top.container:
            first = self.source.keys.get(path)
            where = f" (first at line {self.source.key(path).line})" if first else ""
            raise _Stop(
                YamlIssue(
                    "duplicate-key",
                    f"key '{key}' appears twice in the same mapping{where}",
                    "YAML keeps only the last one; remove or merge the duplicate",
                    self.position(mark),
                )
            )
        top.pending_key = key
        top.has_key = True
        top.merge_pending = False
        self.source.keys[path] = mark

    def feed(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise _Stop(
                    YamlIssue(
                        "multiple-documents",
                        "the file holds more than one YAML document",
                        "keep one object per file; remove the extra '---' line",
                        self.position(event.start_mark),
                    )
                )
            return
        handler = self.handlers.get(type(event))
        if handler is not None:
            handler(event)

    def _record_value(self, mark: Any) -> None:
        top = self.stack[-1] if self.stack else None
        if top is None or top.is_list or top.has_key:
            self.source.values[self._child_path()] = mark

    def _on_scalar(self, event: yaml.ScalarEvent) -> None:
        self._budget(1, event.start_mark)
        value = self._scalar(event)
        top = self.stack[-1] if self.stack else None
        is_key = top is not None and not top.is_list and not top.has_key
        if not is_key:
            self._record_value(event.start_mark)
            if self.tolerate_tags and event.tag not in (None, "!"):
                self.source.tags[self._child_path()] = str(event.tag)
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)
        merge = value is _MERGE
        self._attach("<<" if merge else value, event.start_mark)
        if merge and is_key and top is not None:
            top.merge_pending = True

    def _on_start(self, event: yaml.MappingStartEvent | yaml.SequenceStartEvent) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise _Stop(_too_deep(self.position(event.start_mark)))
        self._budget(1, event.start_mark)
        top = self.stack[-1] if self.stack else None
        if top is not None and not top.is_list and not top.has_key:
            self._take_key(top, [], event.start_mark)  # raises: complex key
        self._record_value(event.start_mark)
        if self.tolerate_tags and event.tag is not None:
            self.source.tags[self._child_path()] = str(event.tag)
        container: dict[Any, Any] | list[Any] = (
            {} if isinstance(event, yaml.MappingStartEvent) else []
        )
        self.stack.append(
            _Frame(
                container,
                self._child_path(),
                event.anchor,
                self.count,
                isinstance(container, list),
            )
        )

    def _on_end(self, event: yaml.Event) -> None:
        frame = self.stack.pop()
        value = frame.container
        if isinstance(value, dict) and frame.merges:
            for source in frame.merges:
                for key, item in source.items():
                    value.setdefault(key, item)
        if frame.anchor:
            self.anchors[frame.anchor] = (value, self.count - frame.start_count + 1)
        self._attach(value, event.start_mark)

    def _on_alias(self, event: yaml.AliasEvent) -> None:
        anchored = self.anchors.get(event.anchor or "")
        if anchored is None:
            raise _Stop(
                YamlIssue(
                    "yaml-syntax",
                    f"alias *{event.anchor} refers to an anchor that is not defined above",
                    f"define &{event.anchor} before using *{event.anchor}",
                    self.position(event.start_mark),
                )
            )
        value, size = anchored
        self._budget(size, event.start_mark)
        top = self.stack[-1] if self.stack else None
        if not (top is not None and not top.is_list and not top.has_key):
            self._record_value(event.start_mark)
        self._attach(value, event.start_mark)


def _path_key(key: Any) -> str | int:
    if type(key) is str:
        return key
    return key if isinstance(key, str | int) and not isinstance(key, bool) else str(key)


def _too_deep(position: Position) -> YamlIssue:
    return YamlIssue(
        "too-deep",
        f"the document nests more than {MAX_DEPTH} levels deep",
        "content files need a few levels; flatten the structure",
        position,
    )


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n", line + 1)
    if line >= len(lines) or column >= len(lines[line]):
        return ""
    return lines[line][column]


@dataclass
class Parsed:
    data: Any
    source: SourceMap
    issue: YamlIssue | None = None


def parse_yaml(text: str, line_offset: int = 0, tolerate_tags: bool = False) -> Parsed:
    """Parse one YAML document, keeping positions; problems are returned, not raised.

    `line_offset` shifts reported lines (front matter starts below the `---`).
    `tolerate_tags` keeps unknown tags' text instead of refusing them: mkdocs.yml
    uses `!ENV` and `!!python/name:` tags, which must be read but never executed.
    """
    builder = _Builder(line_offset, tolerate_tags)
    try:
        for event in yaml.parse(text, Loader=_Loader):
            builder.feed(event)
    except _Stop as stop:
        return Parsed(None, builder.source, stop.issue)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        if error.context and "quoted scalar" in error.context and error.context_mark:
            mark = error.context_mark  # point at the opening quote, not the end of file
        problem = error.problem or "invalid YAML"
        if error.context and "quoted scalar" in error.context:
            problem = "the quoted text that starts here is never closed"
        elif error.context and "mapping values" not in problem:
            problem = f"{error.context}: {problem}"
        position = builder.position(mark) if mark else builder.source.start
        if "nesting depth" in problem:  # libyaml's own limit, met before ours
            return Parsed(None, builder.source, _too_deep(position))
        culprit = _char_at(text, mark.line, mark.column) if mark else ""
        if culprit == "\t":
            problem = "a tab character cannot be used here"
        issue = YamlIssue("yaml-syntax", problem, _syntax_hint(problem, culprit), position)
        return Parsed(None, builder.source, issue)
    except yaml.YAMLError as error:  # reader errors: bad characters
        message = str(error).splitlines()[0]
        issue = YamlIssue("yaml-syntax", message, _syntax_hint(message, ""), builder.source.start)
        return Parsed(None, builder.source, issue)
    return Parsed(builder.root, builder.source)
