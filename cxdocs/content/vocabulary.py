"""The closed vocabularies of the format, and the words other locales write for them.

`severity: alta`, `status: planejada`, `moment_of_truth: sim`: a Brazilian team
writes the values in its own language. Each closed value has one canonical
(English) word, which the model holds, so exports, diffs and the site see one
form whatever was written. Synonyms are accepted in every repository, whatever
its `locale`: a content file means the same thing wherever it is built.

Synonyms are matched without regard to case or accents (`Média`, `media`);
the canonical English words stay exact, as before, and a close miss of either
gets a did-you-mean naming the English word.
"""

from __future__ import annotations

import difflib
import unicodedata
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, WithJsonSchema

# vocabulary -> locale -> word as people write it -> the canonical value.
SYNONYMS: dict[str, dict[str, dict[str, Any]]] = {
    "severity": {"pt-BR": {"alta": "high", "média": "medium", "baixa": "low"}},
    "status": {
        "pt-BR": {
            "ideia": "idea",
            "planejada": "planned",
            "planejado": "planned",
            "em andamento": "doing",
            "fazendo": "doing",
            "feita": "done",
            "feito": "done",
            "concluída": "done",
            "concluído": "done",
            "descartada": "dropped",
            "descartado": "dropped",
        }
    },
    "state": {"pt-BR": {"atual": "current", "futuro": "future", "futura": "future"}},
    "better": {"pt-BR": {"maior": "higher", "menor": "lower"}},
    "yes_no": {"pt-BR": {"sim": True, "não": False}},
}
CANONICAL: dict[str, tuple[Any, ...]] = {
    "severity": ("low", "medium", "high"),
    "status": ("idea", "planned", "doing", "done", "dropped"),
    "state": ("current", "future"),
    "better": ("higher", "lower"),
    "yes_no": (True, False),
}
# Field names of the format -> their vocabulary (for did-you-mean).
FIELDS: dict[str, str] = {
    "severity": "severity",
    "status": "status",
    "state": "state",
    "better": "better",
    "moment_of_truth": "yes_no",
    "fail_point": "yes_no",
}


def fold(text: str) -> str:
    """`Média ` -> `media`: how synonyms are compared."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(plain.casefold().split())


_FOLDED: dict[str, dict[str, Any]] = {
    vocabulary: {fold(w): v for words in by_locale.values() for w, v in words.items()}
    for vocabulary, by_locale in SYNONYMS.items()
}


def canonical(vocabulary: str, value: Any) -> Any:
    """The canonical value for a synonym (`alta` -> `high`); anything else unchanged."""
    if isinstance(value, str):
        found = _FOLDED[vocabulary].get(fold(value))
        if found is not None:
            return found
    return value


def closest(field: str, value: str) -> str | None:
    """The accepted synonym a misspelt one stands for (`planejda` -> `planejada`,
    `alto` -> `alta`): the nearest word the writer can use, in their language."""
    written = {
        fold(w): w for words in SYNONYMS.get(FIELDS.get(field, ""), {}).values() for w in words
    }
    close = difflib.get_close_matches(fold(value), list(written), n=1, cutoff=0.75)
    return written[close[0]] if close else None


def synonyms_hint(field: str) -> str:
    """` (pt-BR: baixa, média, alta)` after the English choices in a hint."""
    vocabulary = FIELDS.get(field)
    if vocabulary is None:
        return ""
    shown = []
    for locale, words in SYNONYMS[vocabulary].items():
        first = {str(value): word for word, value in reversed(words.items())}  # one per value
        shown.append(f" ({locale}: {', '.join(first[str(v)] for v in CANONICAL[vocabulary])})")
    return "".join(shown)


def synonyms_shown(vocabulary: str) -> dict[str, Any]:
    """Every synonym as written in the documentation, with its canonical value."""
    return {w: v for words in SYNONYMS[vocabulary].values() for w, v in words.items()}


# What `fold` makes of an accented letter: an editor's pattern takes them all.
_ACCENTED = {"a": "àáâãäå", "e": "èéêë", "i": "ìíîï", "o": "òóôõö", "u": "ùúûü", "c": "ç", "n": "ñ"}


def _letter(char: str) -> str:
    if char == " ":
        return r"\s+"
    accented = _ACCENTED.get(char, "")
    # Any case, any accent, precomposed or followed by combining marks.
    return f"[{char}{char.upper()}{accented}{accented.upper()}]" + r"[\u0300-\u036f]*"


def folded_pattern(vocabulary: str) -> str:
    """A JSON Schema pattern matching what `canonical` takes as a synonym: the
    words in any case, with or without accents, spaces around them ignored."""
    words = sorted({fold(w) for w in synonyms_shown(vocabulary)})
    alternatives = "|".join("".join(_letter(c) for c in word) for word in words)
    return rf"^\s*(?:{alternatives})\s*$"


def _with_synonyms(vocabulary: str) -> BeforeValidator:
    return BeforeValidator(lambda value: canonical(vocabulary, value))


def _schema(vocabulary: str) -> WithJsonSchema:
    """Editors accept (and describe) the synonyms too, as `cxdocs check` does:
    the listed words for completion, and a pattern for the same words in any
    case or accents (`Alta`, `NAO`), which check takes too."""
    words = synonyms_shown(vocabulary)
    loose = {"type": "string", "pattern": folded_pattern(vocabulary)}
    if vocabulary == "yes_no":
        text = ", ".join(f"{w} = {str(v).lower()}" for w, v in words.items())
        return WithJsonSchema(
            {
                "anyOf": [
                    {"type": "boolean"},
                    {"type": "string", "enum": list(words), "description": text},
                    loose,
                ]
            }
        )
    return WithJsonSchema(
        {
            "anyOf": [
                {
                    "type": "string",
                    "enum": [*CANONICAL[vocabulary], *words],
                    "enumDescriptions": [""] * len(CANONICAL[vocabulary])
                    + [f"pt-BR for {v}" for v in words.values()],
                },
                loose,
            ]
        }
    )


Severity = Annotated[
    Literal["low", "medium", "high"], _with_synonyms("severity"), _schema("severity")
]
ActionStatus = Annotated[
    Literal["idea", "planned", "doing", "done", "dropped"],
    _with_synonyms("status"),
    _schema("status"),
]
JourneyState = Annotated[Literal["current", "future"], _with_synonyms("state"), _schema("state")]
Better = Annotated[Literal["higher", "lower"], _with_synonyms("better"), _schema("better")]
# `moment_of_truth: sim`; strict otherwise (`1` or "yes" are refused with a hint).
YesNo = Annotated[bool, Field(strict=True), _with_synonyms("yes_no"), _schema("yes_no")]
