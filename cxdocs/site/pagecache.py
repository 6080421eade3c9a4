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
cxdocs.yamlscalars), each model digested once per build however many pages
show it. Anything that cannot be pickled
makes the page uncacheable, never stale. Entries are never updated in place:
a stale cache folder can simply be deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import pickle
from collections.abc import Callable, Iterable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from cxdocs import cache as store
from cxdocs.cache import digest as digest_parts

Url = Callable[[str], str]
# Packages whose behaviour decides the HTML (besides cxdocs itself).
RENDERING_PACKAGES = ("jinja2", "markupsafe", "markdown", "pymdown-extensions", "pydantic")
FORMAT = "page.json"


def _model(*parts: object) -> None:
    """Stands for a pydantic model in digests (never unpickled)."""


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
    """Each model's digest, computed once per build however often it is shown."""

    def __init__(self) -> None:
        # Keyed by id(); the model is kept so that its id cannot be reused.
        self._known: dict[int, tuple[BaseModel, str]] = {}

    def of(self, model: BaseModel) -> str:
        found = self._known.get(id(model))
        if found is None:
            found = (model, digest((_model, _model_parts(model)), self))
            self._known[id(model)] = found
        return found[1]


def _files(folder: Path, skip: tuple[str, ...] = ()) -> list[str | bytes]:
    """Every file below `folder` (none in a part of the path named in `skip`),
    as its relative path and its bytes."""
    parts: list[str | bytes] = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_file() and not set(relative.split("/")) & set(skip):
            parts += [relative, path.read_bytes()]
    return parts


@cache
def _code_fingerprint() -> str:
    """Changes whenever cxdocs' code, templates or labels change (not its fonts)."""
    parts = _files(Path(__file__).resolve().parent.parent, skip=("__pycache__", "fonts"))
    for name in RENDERING_PACKAGES:
        try:
            parts.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name} absent")
    return digest_parts(parts)


def _folder_fingerprint(folder: Path | None) -> str:
    """The files of a theme's template overrides (they replace cxdocs' own)."""
    if folder is None or not folder.is_dir():
        return "none"
    return digest_parts(_files(folder))


class Recorder:
    """Wraps a link function and remembers every answer it gave; asked again
    (a register links each journey once per row), it answers from memory."""

    def __init__(self, name: str, function: Url, calls: dict[str, str]) -> None:
        self.name, self.function, self.calls = name, function, calls

    def __call__(self, target: str) -> str:
        call = f"{self.name}\0{target}"
        answer = self.calls.get(call)
        if answer is None:
            answer = self.calls[call] = self.function(target)
        return answer


class PageCache:
    """Rendered page bodies of one build, in `folder` (None: no caching)."""

    def __init__(self, folder: Path | None, shared: Iterable[object], override_dir: Path | None):
        self.folder = folder
        self.models = ModelDigests()
        try:
            shared_digest = digest(list(shared), self.models)
        except Exception:  # anything unpicklable only turns caching off
            self.folder = None
            shared_digest = ""
        self.base = digest_parts(
            [_code_fingerprint(), _folder_fingerprint(override_dir), shared_digest]
        )

    def key(self, *page: object) -> str | None:
        """The entry key for a page made from `page` (template, title, context...)."""
        if self.folder is None:
            return None
        try:
            return digest_parts([self.base, digest(page, self.models)])
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
            for call, answer in entry["links"].items():
                name, target = call.split("\0", 1)
                if links[name](target) != answer:
                    return None
            html = entry["html"]
        except Exception:  # a damaged entry or a link that fails now: render
            return None
        return html if isinstance(html, str) else None

    def save(self, key: str | None, html: str, calls: dict[str, str]) -> None:
        if key is None or self.folder is None:
            return
        entry = {"links": dict(sorted(calls.items())), "html": html}
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
            store.store(self.folder, key, FORMAT, json.dumps(entry).encode("utf-8"))
