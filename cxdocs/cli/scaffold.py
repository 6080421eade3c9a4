"""`cxdocs new`: a valid, commented starting file for a persona, journey, blueprint
or research source.

The scaffolds pass `cxdocs check` as written (a new persona is only warned
about until a journey uses it) and carry the schema modeline for editors.
"""

from __future__ import annotations

from pathlib import Path

from cxdocs import GUIDE_URL
from cxdocs.cli.init import template
from cxdocs.content.editor_schema import modeline
from cxdocs.content.research import METHODS
from cxdocs.files import FOLDERS, Outputs

# Templates per locale (init/files/new/<locale>/<kind>.yaml, str.format fields):
# the comments and the placeholder text speak the repository's language.
_JOURNEY_LINE = {
    "en": (
        "journey: {journey}           # the journey this blueprint serves",
        "# journey: first-purchase   # the journey this blueprint serves",
    ),
    "pt-BR": (
        "journey: {journey}           # a jornada que este blueprint atende",
        "# journey: primeira-compra  # a jornada que este blueprint atende",
    ),
}


def _text(kind: str, locale: str) -> str:
    folder = locale if locale in _JOURNEY_LINE else "en"
    return template(f"new/{folder}/{kind}.yaml")


class ScaffoldError(Exception):
    """The file cannot be created; the message says why."""


def title_from_id(ident: str) -> str:
    return ident.replace("-", " ").capitalize()


def scaffold(
    out: Outputs,
    root: Path,
    kind: str,
    ident: str,
    persona: str | None = None,
    journey: str | None = None,
    first_step: str | None = None,
    subfolder: str = "",
    today: str | None = None,
    locale: str = "en",
) -> Path:
    """Write `<folder>/[<subfolder>/]<ident>.yaml`; refuse to overwrite anything."""
    folder = root / FOLDERS[kind] / subfolder
    existing = [p for p in (folder / f"{ident}{s}" for s in (".yaml", ".yml", ".md")) if p.exists()]
    if existing:
        raise ScaffoldError(f"{existing[0].relative_to(root)} already exists; not overwriting it")
    path = folder / f"{ident}.yaml"
    values = {
        "modeline": modeline(kind, path, root),
        "title": title_from_id(ident),
        "guide": GUIDE_URL,
    }
    if kind == "persona":
        text = _text(kind, locale).format(**values)
    elif kind == "source":
        text = _text(kind, locale).format(
            **values,
            ident=ident,
            methods=" | ".join(METHODS),
            date=today or "2025-01",
            personas=persona or "",
        )
    elif kind == "journey":
        if persona is None:
            raise ScaffoldError("a journey needs a persona: pass --persona ID")
        text = _text(kind, locale).format(**values, persona=persona)
    else:
        named, unnamed = _JOURNEY_LINE.get(locale, _JOURNEY_LINE["en"])
        journey_line = named.format(journey=journey) if journey else unnamed
        step_part = f", step: {first_step}" if journey and first_step else ""
        text = _text(kind, locale).format(**values, journey_line=journey_line, step_part=step_part)
    return out.create(path, text)  # never clobbers a file, even one made meanwhile
