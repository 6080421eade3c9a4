"""Column headers (and grid row labels) in English and Portuguese.

Spreadsheets arrive with headers typed by people: `Etapa`, `PONTO DE CONTATO`,
`Emoção:`, `pain_points`. They are compared without case, accents or
punctuation, so all of those are recognised; anything else gets a "did you
mean" with the closest header cxdocs knows.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Header:
    field: str  # the step field (or `stage`) the column fills
    en: str  # the header cxdocs writes in English
    pt: str  # ... and in Portuguese
    aliases: tuple[str, ...] = ()  # more names people use (plurals, template lanes)


# In the order cxdocs writes them.
HEADERS: tuple[Header, ...] = (
    Header("stage", "Stage", "Etapa", ("Stages", "Etapas", "Phase", "Fase")),
    Header("id", "Step id", "Id do passo", ("Step ID", "Id")),
    Header(
        "action",
        "Action",
        "Ação",
        (
            *("Actions", "Ações", "Step", "Passo", "Task"),
            *("Customer action", "Customer actions", "Ação do cliente", "Ações do cliente"),
            *("What they do", "What the customer does", "O que faz", "O que o cliente faz"),
        ),
    ),
    Header("channel", "Channel", "Canal", ("Channels", "Canais")),
    Header(
        "touchpoint",
        "Touchpoint",
        "Ponto de contato",
        ("Touchpoints", "Touch point", "Pontos de contato", "Ponto de contacto"),
    ),
    Header("actors", "Actors", "Atores", ("Actor", "Ator")),
    Header(
        "thinks",
        "Thinks",
        "Pensa",
        ("Thoughts", "Pensamentos", "Pensamento", "Thinking", "What they think", "O que pensa"),
    ),
    Header(
        "feels",
        "Feels",
        "Sente",
        ("Feelings", "Sentimentos", "Sentimento", "Feeling", "What they feel", "O que sente"),
    ),
    Header(
        "emotion",
        "Emotion",
        "Emoção",
        ("Emotions", "Emoções", "Score", "Emotional curve", "Curva emocional", "Curva de emoção"),
    ),
    Header(
        "pain_points",
        "Pain points",
        "Dores",
        ("Pain point", "Pains", "Dor", "Pontos de dor"),
    ),
    Header(
        "opportunities",
        "Opportunities",
        "Oportunidades",
        (
            *("Opportunity", "Oportunidade", "Ideas", "Ideias"),
            *("Improvement opportunities", "Oportunidades de melhoria", "Melhorias"),
        ),
    ),
    Header(
        "moment_of_truth",
        "Moment of truth",
        "Momento da verdade",
        ("Moments of truth", "Momentos da verdade", "MoT"),
    ),
    Header("metrics", "Metrics", "Métricas", ("Metric", "Métrica", "KPIs")),
    Header("evidence", "Evidence", "Evidências", ("Evidência",)),
)

BY_FIELD: dict[str, Header] = {h.field: h for h in HEADERS}


def normalize(text: str) -> str:
    """`Emoção:` -> `emocao`, `Pain_Points` -> `pain points`: how headers are compared."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain.casefold()).split())


def _names(header: Header) -> tuple[str, ...]:
    return (header.en, header.pt, header.field, *header.aliases)


_KNOWN: dict[str, Header] = {normalize(n): h for h in HEADERS for n in _names(h)}
# Suggestions show names as people write them, not the field names.
_SHOWN: dict[str, str] = {normalize(n): n for h in HEADERS for n in _names(h) if n != h.field}


# A scale written in a header: `Emoção (1 a 5)`, `Score 1-5`, `Emotion (-2 to +2)`.
_SCALE = re.compile(
    r"[(\[]?\s*(?P<low>[+-]?\d+)\s*(?:a|to|até|ate|-|\u2013|\u2014|\.\.)\s*(?P<high>[+-]?\d+)\s*[)\]]?\s*$",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")  # `Ponto de contato (touchpoint)`


def header_scale(text: str) -> tuple[int, int] | None:
    """The (low, high) of a scale written at the end of a header, if any."""
    found = _SCALE.search(text)
    return (int(found["low"]), int(found["high"])) if found else None


def recognise(text: str) -> Header | None:
    """The header `text` names, or None: as written, or without a scale or an
    aside in brackets at its end (`Emoção (1 a 5)`, `Ponto de contato (touchpoint)`)."""
    found = _KNOWN.get(normalize(text))
    if found is None:
        bare = _ASIDE.sub("", _SCALE.sub("", text))
        found = _KNOWN.get(normalize(bare)) if bare.strip() else None
    return found


def suggestion(text: str) -> str | None:
    """The closest known header, as people write it, for a "did you mean"."""
    close = difflib.get_close_matches(normalize(text), list(_SHOWN), n=1, cutoff=0.75)
    return _SHOWN[close[0]] if close else None


def title(header: Header, lang: str) -> str:
    return header.pt if lang.startswith("pt") else header.en


# Written after the emotion header of exports and templates: a sheet says its
# scale, since scores of only 1 and 2 would fit 1..5 as well.
_SCALE_NOTE = {"en": " (-2 to +2)", "pt": " (-2 a +2)"}


def column_title(header: Header, lang: str) -> str:
    """The header cxdocs writes: the title, with the scale for emotion."""
    note = _SCALE_NOTE["pt" if lang.startswith("pt") else "en"] if header.field == "emotion" else ""
    return title(header, lang) + note


def listing(lang: str = "en") -> str:
    """`Stage, Step id, Action, ...`: every header, for hints."""
    return ", ".join(title(h, lang) for h in HEADERS)
