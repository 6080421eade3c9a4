"""The careful YAML reader: libyaml's event stream, driven with an explicit stack.

`yaml.source` composes documents in C and walks the tree, which is fast but
cannot tell an alias (`*name`) from the anchor it repeats. Documents that use
aliases or merge keys (`<<`) come here instead: every alias is expanded within a
size budget (an alias bomb gives one clear problem, never a hang) and is
positioned where it is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

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
from cxdocs.content.yaml.scalars import TagError, plain, tagged
from cxdocs.i18n.say import say

_MERGE = object()  # stands for the key `<<` until its mapping value arrives


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


class Builder:
    """Feed it libyaml events; it builds the data and its source map."""

    def __init__(self, source: SourceMap, tolerate_tags: bool, restore: dict[int, str]) -> None:
        self.tolerate_tags = tolerate_tags
        self.restore = restore  # stand-in characters -> the line separators they replaced
        self.source = source
        self.values = source.values
        self.keys = source.keys
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
        return Position(mark.line + 1 + self.source.line_offset, mark.column + 1)

    def _budget(self, added: int, mark: Any) -> None:
        self.count += added
        if self.count > MAX_VALUES:
            raise Stop(too_complex(self.position(mark)))

    def _scalar(self, event: yaml.ScalarEvent, is_key: bool) -> Any:
        text = event.value.translate(self.restore) if self.restore else event.value
        tag = event.tag
        if is_key:  # keys are names and labels: always the text as written, tagged
            # or not (`!!int 7:` is the key "7"), as `yaml.source` reads them too
            return _MERGE if text == "<<" and not event.style and tag is None else text
        if tag is None or tag == "!":
            return text if event.style else plain(text)
        try:
            return tagged(tag, text, self.tolerate_tags)
        except TagError as error:
            raise Stop(bad_tag(str(error), self.position(event.start_mark))) from None

    def _child_path(self) -> Path:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if top.is_list:
            return (*top.path, len(top.container))
        return (*top.path, top.pending_key)

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
        merge = key is _MERGE
        if merge:
            key = "<<"
        elif not isinstance(key, str):  # a list, a mapping, or an aliased value
            raise Stop(complex_key(self.position(mark)))
        path = (*top.path, key)
        if key in top.container:
            first = self.keys.get(path)
            line = self.source.key(path).line if first else None
            raise Stop(duplicate_key(key, line, self.position(mark)))
        top.pending_key = key
        top.has_key = True
        top.merge_pending = merge
        self.keys[path] = mark

    def feed(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise Stop(
                    YamlIssue(
                        "multiple-documents",
                        say("problem.yaml.documents"),
                        say("problem.yaml.documents.hint"),
                        self.position(event.start_mark),
                    )
                )
            return
        handler = self.handlers.get(type(event))
        if handler is not None:
            handler(event)

    def _is_key(self) -> bool:
        top = self.stack[-1] if self.stack else None
        return top is not None and not top.is_list and not top.has_key

    def _record_tag(self, tag: str | None) -> None:
        # Tags kept as text under `tolerate_tags` (e.g. `!ENV`), by path, so the
        # settings reader can resolve them the way MkDocs does.
        if self.tolerate_tags and tag not in (None, "!"):
            self.source.tags[self._child_path()] = str(tag)

    def _on_scalar(self, event: yaml.ScalarEvent) -> None:
        self._budget(1, event.start_mark)
        is_key = self._is_key()
        value = self._scalar(event, is_key)
        if not is_key:
            self.values[self._child_path()] = event.start_mark
            self._record_tag(event.tag)
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)
        self._attach(value, event.start_mark)

    def _on_start(self, event: yaml.MappingStartEvent | yaml.SequenceStartEvent) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise Stop(too_deep(self.position(event.start_mark)))
        self._budget(1, event.start_mark)
        if self._is_key():
            raise Stop(complex_key(self.position(event.start_mark)))
        self.values[self._child_path()] = event.start_mark
        self._record_tag(event.tag)
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
            raise Stop(
                YamlIssue(
                    "yaml-syntax",
                    say("problem.yaml.alias", name=event.anchor or ""),
                    say("problem.yaml.alias.hint", name=event.anchor or ""),
                    self.position(event.start_mark),
                )
            )
        value, size = anchored
        self._budget(size, event.start_mark)
        if not self._is_key():
            self.values[self._child_path()] = event.start_mark
        self._attach(value, event.start_mark)


def build(
    text: str, loader: Any, source: SourceMap, tolerate_tags: bool, restore: dict[int, str]
) -> Any:
    """The document's data, built from events; raises Stop or a yaml error."""
    builder = Builder(source, tolerate_tags, restore)
    for event in yaml.parse(text, Loader=loader):
        builder.feed(event)
    return builder.root
