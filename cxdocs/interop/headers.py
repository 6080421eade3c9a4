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
        ("Actions", "Ações", "Step", "Passo", "Customer action", "Ação do cliente", "Task"),
    ),
    Header("channel", "Channel", "Canal", ("Channels", "Canais")),
    Header(
        "touchpoint",
        "Touchpoint",
        "Ponto de contato",
        ("Touchpoints", "Touch point", "Pontos de contato", "Ponto de contacto"),
    ),
    Header("actors", "Actors", "Atores", ("Actor", "Ator")),
    Header("thinks", "Thinks", "Pensa", ("Thoughts", "Pensamentos", "Thinking")),
    Header("feels", "Feels", "Sente", ("Feelings", "Sentimentos", "Feeling")),
    Header("emotion", "Emotion", "Emoção", ("Emotions", "Emoções", "Score")),
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
        ("Opportunity", "Oportunidade", "Ideas", "Ideias"),
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


def recognise(text: str) -> Header | None:
    """The header `text` names, or None."""
    return _KNOWN.get(normalize(text))


def suggestion(text: str) -> str | None:
    """The closest known header, as people write it, for a "did you mean"."""
    close = difflib.get_close_matches(normalize(text), list(_SHOWN), n=1, cutoff=0.75)
    return _SHOWN[close[0]] if close else None


def title(header: Header, lang: str) -> str:
    return header.pt if lang.startswith("pt") else header.en


def listing(lang: str = "en") -> str:
    """`Stage, Step id, Action, ...`: every header, for hints."""
    return ", ".join(title(h, lang) for h in HEADERS)
