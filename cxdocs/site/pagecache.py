"""Rendered page bodies, kept so that an unchanged page costs one file read.

Rendering every generated page from its template is most of a warm rebuild.
A page's HTML is decided by: the template and cxdocs' code, the libraries that
render it, the settings, the personas every page may name, the page's own
context (the objects it shows), and the links it asks for. The first five make
the entry's key; the links are recorded with the entry (which `url(...)` calls
the page made and what they answered) and replayed before the entry is used,
so a page whose links would now point elsewhere is rendered again.

The key is a digest of a pickle of the context: pydantic models reduced to
their field values (numbers keep the spelling they were written with, see
cxdocs.content.yaml.scalars), each model digested once per build however many pages
show it. Anything that cannot be pickled
makes the page uncacheable, never stale. Entries are never updated in place:
a stale cache folder can simply be deleted.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import pickle
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from cxdocs import cache as store
from cxdocs.cache import digest as digest_parts
from cxdocs.content.fields import holds_models

Url = Callable[[str], str]
# Packages whose behaviour decides the HTML (besides cxdocs itself).
# Models are named by the file they were read from (ModelDigests.seed), so the
# packages that read files into models count too.
RENDERING_PACKAGES = (
    "jinja2",
    "markupsafe",
    "markdown-it-py",
    "mdit-py-plugins",
    "pydantic",
    "pydantic-core",
    "pyyaml",
)
FORMAT = "page.json"


def _model(*parts: object) -> None:
    """Stands for a pydantic model in digests (never unpickled)."""


# Starts the name of a model known by its origin (see ModelDigests.seed): no
# digest of a model's contents (hexadecimal) can start the same way.
_SOURCE = "source:"


@cache
def _model_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of `model` whose type may hold models (the others hold text
    and numbers): all a walk through a model tree needs to look at."""
    return tuple(
        name for name, field in model.model_fields.items() if holds_models(field.annotation)
    )


def _seen(model_digest: str) -> None:
    """Stands for a model already digested this build (never unpickled)."""


def _model_parts(model: BaseModel) -> tuple[object, ...]:
    """What decides how a model shows: its class and field values (numbers keep
    their spelling), which fields were written, its private attributes."""
    return (
        type(model).__qualname__,
        model.__dict__,
        sorted(model.model_fields_set),
        model.__pydantic_private__ or {},
    )


class _DigestPickler(pickle.Pickler):
    """Pickles models as their parts, each model once per build.

    For speed, `reducer_override` is not called for builtins (str, list, set...):
    a set then pickles in hash order, which Python randomises per process. That
    only costs a cache miss (a different digest), never a stale page.
    """

    def __init__(self, out: io.BytesIO, models: ModelDigests) -> None:
        super().__init__(out, protocol=5)
        self.models = models

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, BaseModel):
            return _seen, (self.models.of(obj),)
        return NotImplemented


def digest(value: object, models: ModelDigests) -> str:
    """sha256 of `value`'s pickle; raises when it cannot be pickled."""
    out = io.BytesIO()
    _DigestPickler(out, models).dump(value)
    return hashlib.sha256(out.getbuffer()).hexdigest()


class ModelDigests:
    """Each model's digest, computed once however often it is shown.

    Kept across `mkdocs serve` rebuilds (see `next_build`): models of files
    that did not change are the same objects then (cxdocs.content.checks.memo), so only
    a changed file's models are digested again.
    """

    def __init__(self) -> None:
        # Keyed by id(); the model is kept so that its id cannot be reused.
        self._known: dict[int, tuple[BaseModel, str]] = {}
        self._previous: dict[int, tuple[BaseModel, str]] = {}

    def of(self, model: BaseModel) -> str:
        key = id(model)
        found = self._known.get(key) or self._previous.pop(key, None)
        if found is None:
            found = (model, digest((_model, _model_parts(model)), self))
        self._known[key] = found
        return found[1]

    def seed(self, model: BaseModel, origin: str) -> None:
        """Name `model` and every model inside it by where it came from.

        A content file's models are a pure function of the file (its path,
        kind and bytes: `origin`) and cxdocs' code (in every page key), so
        "field `stages`, item 2, of the model read from these bytes" identifies
        a model as surely as its contents do, and costs nothing to compute.
        """
        stack: list[tuple[BaseModel, str]] = [(model, f"{_SOURCE}{origin}")]
        while stack:
            item, name = stack.pop()
            key = id(item)
            if key in self._known:
                continue
            known = self._previous.pop(key, None)
            self._known[key] = known if known is not None else (item, name)
            for field in _model_fields(type(item)):
                value = getattr(item, field)
                if isinstance(value, BaseModel):
                    stack.append((value, f"{name}/{field}"))
                elif isinstance(value, list):
                    stack.extend(
                        (v, f"{name}/{field}/{i}")
                        for i, v in enumerate(value)
                        if isinstance(v, BaseModel)
                    )

    def next_build(self) -> None:
        """Keep what the last build used; forget models no build shows any more."""
        self._previous, self._known = self._known, {}


@cache
def code_fingerprint() -> str:
    """Changes whenever cxdocs' code, templates or labels change (not its fonts)."""
    return store.code_fingerprint(RENDERING_PACKAGES)


def folder_fingerprint(folder: Path | None) -> str:
    """The files of a theme's template overrides (they replace cxdocs' own)."""
    if folder is None or not folder.is_dir():
        return "none"
    return digest_parts(store.folder_parts(folder))


class Recorder:
    """Wraps a link function and remembers every answer it gave; asked again
    (a register links each journey once per row), it answers from memory.

    Every answer is also noted in the calls of each row being rendered (see
    PageRows), so a reused row can replay its own links.
    """

    def __init__(self, name: str, function: Url, calls: dict[str, str]) -> None:
        self.name, self.function, self.calls = name, function, calls
        self.fragments: list[dict[str, str]] = []

    def __call__(self, target: str) -> str:
        call = f"{self.name}\0{target}"
        answer = self.calls.get(call)
        if answer is None:
            answer = self.calls[call] = self.function(target)
        for calls in self.fragments:
            calls[call] = answer
        return answer


class _NotPlain(Exception):
    """A value `_spelled` does not know how to spell out exactly."""


_PLAIN = (str, int, bool, float, type(None))  # exactly these types: repr() is exact


def _spelled(value: object, models: ModelDigests) -> object:
    """`value` as plain tuples whose repr() tells apart whatever renders apart."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is list or kind is tuple:
        return tuple(_spelled(item, models) for item in value)  # type: ignore[attr-defined]
    if kind is dict:
        return ("\0dict", tuple((k, _spelled(v, models)) for k, v in value.items()))  # type: ignore[attr-defined]
    if isinstance(value, BaseModel):
        return ("\0model", models.of(value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = (getattr(value, f.name) for f in dataclasses.fields(value))
        return (f"\0{kind.__module__}.{kind.__qualname__}", _spelled(tuple(fields), models))
    raise _NotPlain


Row = tuple[str, dict[str, str]]  # a row's HTML and the links it asked for
ROWS_FORMAT = "rows.json"
RowMemory = dict[str, tuple[str, dict[str, Row]]]  # page -> (its rows' key, its rows)


class PageRows:
    """The rows of one page being rendered: last time's, and those used now."""

    def __init__(self, known: dict[str, Row]) -> None:
        self.known = known
        self.used: dict[str, Row] = {}

    def render(
        self, key: str | None, recorders: Sequence[Recorder], render: Callable[[], str]
    ) -> str:
        links: dict[str, Url] = {recorder.name: recorder for recorder in recorders}
        found = self.known.get(key) if key is not None else None
        if found is not None and _answers_hold(found[1], links):
            self.used[key] = found  # type: ignore[index]
            return found[0]
        calls: dict[str, str] = {}
        for recorder in recorders:
            recorder.fragments.append(calls)
        try:
            html = render()
        finally:
            for recorder in recorders:
                recorder.fragments.remove(calls)
        if key is not None:
            self.used[key] = (html, calls)
        return html


class RowCache:
    """Rendered rows of the site-wide registers, by page, kept between builds.

    One changed journey changes a few of a register's thousands of rows, yet
    the page cache can only render the whole page again. A row wrapped in
    `{% call fragment(parts...) %}` is looked up among the rows its page had
    last time, by a digest of its parts (with the page cache's base key and
    the template), and reused when its links still answer the same. Rows are
    kept on disk beside the pages, and in memory while `mkdocs serve` runs.
    """

    def __init__(self, cache: PageCache, memory: RowMemory | None = None):
        self.cache = cache
        # A preview's rows by page: one set per page (the last), whatever its key.
        self.memory = memory

    def _key(self, src_uri: str) -> str:
        return digest_parts([self.cache.base, "rows", src_uri])

    def open(self, src_uri: str) -> PageRows:
        key = self._key(src_uri)
        if self.memory is not None and src_uri in self.memory:
            kept_key, kept = self.memory[src_uri]
            if kept_key == key:
                return PageRows(kept)
        known: dict[str, Row] = {}
        raw = store.load(self.cache.folder, key, ROWS_FORMAT) if self.cache.folder else None
        if raw is not None:
            with contextlib.suppress(Exception):  # a damaged file: render every row
                known = {
                    k: (html, calls)
                    for k, (html, calls) in json.loads(raw).items()
                    if isinstance(html, str) and isinstance(calls, dict)
                }
        return PageRows(known)

    def close(self, src_uri: str, rows: PageRows) -> None:
        """Keep the rows the page used (none of a page without rows)."""
        if not rows.used or rows.used.keys() == rows.known.keys():
            return
        key = self._key(src_uri)
        if self.memory is not None:  # a preview: later processes need not wait for a write
            self.memory[src_uri] = (key, rows.used)
        elif self.cache.folder is not None:
            data = json.dumps(rows.used, sort_keys=True).encode("utf-8")
            with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
                store.store(self.cache.folder, key, ROWS_FORMAT, data)


def _answers_hold(calls: dict[str, str], links: dict[str, Url]) -> bool:
    """Do the link functions still give the recorded answers? (They are asked
    through the page's recorders, so the page's own record stays complete.)"""
    try:
        for call, answer in calls.items():
            name, target = call.split("\0", 1)
            if links[name](target) != answer:
                return False
    except Exception:  # a link that fails now: render, and let it fail there
        return False
    return True


class PageCache:
    """Rendered page bodies of one build, in `folder` (None: no caching)."""

    def __init__(
        self,
        folder: Path | None,
        shared: Iterable[object],
        override_dir: Path | None,
        models: ModelDigests | None = None,
    ):
        self.folder = folder
        self.models = models or ModelDigests()
        try:
            shared_digest = digest(list(shared), self.models)
        except Exception:  # anything unpicklable only turns caching off
            self.folder = None
            shared_digest = ""
        self.base = digest_parts(
            [code_fingerprint(), folder_fingerprint(override_dir), shared_digest]
        )

    def key(self, *page: object) -> str | None:
        """The entry key for a page made from `page` (template, title, context...)."""
        return None if self.folder is None else self.digest(*page)

    def row_key(self, *parts: object) -> str | None:
        """A key for what a register row's `parts` render to, quickly.

        A register has thousands of rows, each a small tree of dataclasses
        around models; spelling that tree out (models by their names) is a
        few times faster than pickling it. Anything else (a number keeping
        its spelling, say) takes the pickle's way.
        """
        try:
            text = repr(_spelled(parts, self.models))
        except _NotPlain:
            return self.digest(*parts)
        return digest_parts([self.base, "row", text])

    def digest(self, *parts: object) -> str | None:
        """A key for what `parts` render to (None: they cannot be pickled)."""
        try:
            return digest_parts([self.base, digest(parts, self.models)])
        except Exception:  # an unpicklable context: render every time
            return None

    def load(self, key: str | None, links: dict[str, Url]) -> str | None:
        """The cached body, if the page's links still answer as they did."""
        if key is None or self.folder is None:
            return None
        raw = store.load(self.folder, key, FORMAT)
        if raw is None:
            return None
        try:
            entry = json.loads(raw)
            html, calls = entry["html"], entry["links"]
        except Exception:  # a damaged entry: render
            return None
        if not isinstance(html, str) or not _answers_hold(calls, links):
            return None
        return html

    def save(self, key: str | None, html: str, calls: dict[str, str]) -> None:
        if key is None or self.folder is None:
            return
        entry = {"links": dict(sorted(calls.items())), "html": html}
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
            store.store(self.folder, key, FORMAT, json.dumps(entry).encode("utf-8"))
