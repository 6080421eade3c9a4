"""Cell text -> values: emotions, severities, yes/no, metrics, several items in a cell.

Each parser returns the value or raises `BadValue` with a message and a hint;
`build.py` turns that into a problem at the cell's row and column.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import Any

from cxdocs.content.model import slugify
from cxdocs.i18n import catalog
from cxdocs.interop.headers import normalize

SCALE_1_5 = "1-5"
SCALE_2_2 = "-2..2"  # said in a header: the default scale, but chosen on purpose


class BadValue(Exception):
    """A cell whose text is not a valid value; `code` is the problem code."""

    def __init__(self, code: str, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.code, self.message, self.hint = code, message, hint


# --- several items in one cell -----------------------------------------------

_LINES = re.compile(r"\r\n|\r|\n")
_BULLET = re.compile(r"^(?:[-*•·▪◦\u2013]\s+|\d+[.)]\s+)")


def split_items(text: str) -> list[str]:
    """Several items in one cell -> a list.

    One item per line, or `a; b` on one line. A cell with line breaks, or
    written as a bulleted list (`- `, `• `, `1. `), is split on line breaks
    only, so an item may itself contain `;`. Bullets are dropped.
    """
    text = text.strip()
    lines = _LINES.split(text)
    parts = lines if len(lines) > 1 or _BULLET.match(text) else text.split(";")
    items = (_BULLET.sub("", part.strip(), count=1).strip() for part in parts)
    return [item for item in items if item]


def join_items(items: list[str]) -> str:
    """The reverse of split_items: one item per line, bulleted when an item
    needs it. The bullet is "•", not "-": a cell starting with "-" is a
    formula to a spreadsheet (see cxdocs.interop.csvio)."""
    if any(";" in item or _BULLET.match(item) for item in items):
        return "\n".join(f"• {item}" for item in items)
    return "\n".join(items)


# --- emotions ----------------------------------------------------------------

EMOTION_WORDS: dict[str, int] = {
    normalize(word): value
    for words, value in (
        (("very negative", "muito negativa", "muito negativo"), -2),
        (("negative", "negativa", "negativo"), -1),
        (("neutral", "neutra", "neutro"), 0),
        (("positive", "positiva", "positivo"), 1),
        (("very positive", "muito positiva", "muito positivo"), 2),
    )
    for word in words
}
_WORDS_HINT = "or a word: very negative, negative, neutral, positive, very positive"
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def read_number(text: str) -> float | None:
    # Spreadsheets and word processors write a real minus sign (U+2212).
    cleaned = text.replace("\u2212", "-").replace("\u2013", "-").replace(" ", "")
    if not _NUMBER.fullmatch(cleaned):
        return None
    return float(cleaned.replace(",", "."))


# Faces people put in an emotion row, from very negative to very positive.
FACES: dict[str, int] = {
    **dict.fromkeys("😞😢😭😡😠😫😩☹", -2),
    **dict.fromkeys("🙁😕😟😒👎", -1),
    **dict.fromkeys("😐😶😑", 0),
    **dict.fromkeys("🙂😊😌👍", 1),
    **dict.fromkeys("😀😃😄😁😍🤩🥰", 2),
}


def parse_emotion(text: str, scale: str | None, *, score: str = "emotion") -> int:
    """-2..+2 (or 1..5 with scale '1-5'), a word in English or Portuguese, or a face."""
    face = FACES.get(text.strip().replace("\ufe0f", ""))  # ☹️ is ☹ and a variation selector
    if face is not None:
        return face
    word = EMOTION_WORDS.get(normalize(text))
    if word is not None:
        return word
    number = read_number(text)
    low, high = (1, 5) if scale == SCALE_1_5 else (-2, 2)
    hint = (
        f"use 1..5 (1 very negative, 3 neutral, 5 very positive) {_WORDS_HINT}"
        if scale == SCALE_1_5
        else f"use -2..+2 (-2 very negative, 0 neutral, +2 very positive), "
        f"pass --scale 1-5 for scores from 1 to 5, {_WORDS_HINT}"
    )
    if number is None:
        raise BadValue("wrong-type", f"{score} '{text}' is not a number", hint)
    if number != int(number):
        raise BadValue("wrong-type", f"{score} {text} is not a whole number", hint)
    if not low <= number <= high:
        shown = f"{low}..{high}" if low > 0 else "-2..+2"
        raise BadValue("out-of-range", f"{score} {text} is outside {shown}", hint)
    return int(number) - 3 if scale == SCALE_1_5 else int(number)


def emotion_to_score(emotion: int | None) -> int:
    """-2..+2 -> Mermaid's 1..5 (a step without an emotion is drawn neutral)."""
    return 3 if emotion is None else emotion + 3


# --- severities and pain points ----------------------------------------------

SEVERITY_WORDS: dict[str, str] = {
    "low": "low",
    "baixa": "low",
    "medium": "medium",
    "media": "medium",
    "high": "high",
    "alta": "high",
}
_SEVERITY = re.compile(r"^(?P<text>.*?)\s*\((?P<word>[^()]*)\)$", re.DOTALL)


# `Slow site (high) [interviews#q3, analytics]`: the pain point's citations, in
# square brackets at the end; only when every item is an id (`source` or
# `source#quote`), so free text ending in brackets (`Fee [sic]`... with spaces)
# stays text. A mistyped id is reported by `cxdocs check` like any citation.
_CITATIONS = re.compile(
    r"^(?P<text>.*?)\s*\[(?P<ids>[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?"
    r"(?:\s*,\s*[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?)*)\]$",
    re.DOTALL,
)


def _split_citations(text: str) -> tuple[str, list[str]]:
    """`Text [src#q1, src2]` -> (`Text`, [src#q1, src2]); other text as it is."""
    cited = _CITATIONS.match(text)
    if cited and cited["text"]:
        return cited["text"], [i.strip() for i in cited["ids"].split(",")]
    return text, []


def parse_cited(text: str) -> str | dict[str, object]:
    """An opportunity: `Show the date [src#q1]` -> {text, evidence}; plain text alone."""
    text, evidence = _split_citations(text)
    return {"text": text, "evidence": evidence} if evidence else text


def cited_text(text: str, evidence: Sequence[str] = ()) -> str:
    """The reverse of parse_cited: `Show the date [src#q1]`, plain text alone."""
    return f"{text} [{', '.join(evidence)}]" if evidence else text


def parse_pain_point(text: str) -> str | dict[str, object]:
    """`Slow site (high) [src#q1]` -> {text, severity, evidence}; plain text alone."""
    text, evidence = _split_citations(text)
    found = _SEVERITY.match(text)
    severity = "medium"
    if found:
        word = SEVERITY_WORDS.get(normalize(found["word"]))
        if word is not None and found["text"]:
            text, severity = found["text"], word
    if not evidence and severity == "medium":
        return text  # medium is the default: keep the file short
    point: dict[str, object] = {"text": text}
    if severity != "medium":
        point["severity"] = severity
    if evidence:
        point["evidence"] = evidence
    return point


def pain_point_text(
    text: str, severity: str, evidence: Sequence[str] = (), lang: str = "en"
) -> str:
    """The reverse of parse_pain_point: `Slow site (high) [src#q1]`, `Site lento
    (alta)` in pt-BR; medium is left unsaid, unless the text itself ends like a
    severity (`Delivery fee (high)`)."""
    word = catalog.label(lang, f"severity.{severity}")
    if evidence:  # the severity written out, so the text may end in anything
        return f"{text} ({word}) [{', '.join(evidence)}]"
    if severity == "medium" and parse_pain_point(text) == text:
        return text
    return f"{text} ({word})"


# --- yes / no ----------------------------------------------------------------

_TRUE = {"yes", "y", "true", "x", "1", "sim", "s", "verdadeiro"}
_FALSE = {"no", "n", "false", "0", "nao", "falso", "-"}


def parse_flag(text: str) -> bool:
    word = normalize(text) or text.strip()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise BadValue("invalid-value", f"'{text}' is not yes or no", "write yes or no (sim or não)")


# --- metrics -----------------------------------------------------------------

_METRIC = re.compile(
    r"^(?P<name>.+)\s*:\s*(?P<value>[^\s()]+)\s*(?P<unit>[^()]*?)\s*(?:\((?P<extra>[^()]*)\))?$"
)
_COUNTS = re.compile(r"^(\d+)/(\d+)/(\d+)$")
_TARGET = re.compile(r"^(?:target|meta)\s*:?\s*(?P<value>\S+)\s*(?P<unit>.*)$")
_LOWER = {"lower is better", "menor e melhor", "lower", "menor"}
METRIC_HINT = (
    "write 'name: value unit (target N)', e.g. 'Conversion: 3.4 % (target 5)'; "
    "'(target 15, lower is better)' when lower wins; NPS counts as "
    "'NPS: promoters/passives/detractors', e.g. 'NPS: 412/268/320'"
)


def parse_metric(text: str) -> dict[str, Any]:
    found = _METRIC.match(text)
    if not found:
        raise BadValue("invalid-value", f"metric '{text}' has no value", METRIC_HINT)
    metric: dict[str, Any] = {"name": found["name"].strip()}
    counts = _COUNTS.match(found["value"])
    value = read_number(found["value"])
    if counts:
        promoters, passives, detractors = (int(c) for c in counts.groups())
        metric.update(promoters=promoters, passives=passives, detractors=detractors)
    elif value is None:
        raise BadValue(
            "wrong-type", f"metric '{found['name']}' has no number: '{found['value']}'", METRIC_HINT
        )
    else:
        metric["value"] = _plain_number(value)
    if found["unit"]:
        metric["unit"] = found["unit"]
    for part in (found["extra"] or "").split(","):
        if not part.strip():
            continue
        target = _TARGET.match(part.strip())
        if target and read_number(target["value"]) is not None:
            metric["target"] = _plain_number(read_number(target["value"]) or 0.0)
        elif normalize(part) in _LOWER:
            metric["better"] = "lower"
        else:
            raise BadValue(
                "invalid-value",
                f"metric '{found['name']}': cannot read '({found['extra']})'",
                METRIC_HINT,
            )
    return metric


def _plain_number(value: float) -> int | float:
    return int(value) if value == int(value) else value


def _show_number(value: float) -> str:
    return str(_plain_number(value))


def metric_text(metric: Any, lang: str = "en") -> str:
    """A metric as one cell, in the sheet's language: the format parse_metric reads."""
    if metric.promoters is not None:
        value = f"{metric.promoters}/{metric.passives}/{metric.detractors}"
    else:
        value = _show_number(metric.value)
    text = f"{metric.name}: {value}"
    if metric.unit:
        text += f" {metric.unit}"
    extra = []
    if metric.target is not None:
        extra.append(catalog.label(lang, "report.target", value=_show_number(metric.target)))
    if metric.better == "lower":
        extra.append(catalog.label(lang, "export.lower_is_better"))
    return f"{text} ({', '.join(extra)})" if extra else text


# --- channels and actors -----------------------------------------------------


class Names:
    """Declared channels (or actors): matched by id or label, ignoring case and accents.

    A close variant of a declared one (`Whatsapp Business` for `WhatsApp`,
    `E-mails` for `E-mail`) is matched to it, remembered so the command can say
    so. A name that matches nothing becomes a new id (its slug), remembered with
    its label so the command can print the lines to declare it.
    """

    def __init__(self, declared: dict[str, str]) -> None:
        self.declared = declared
        self._index: dict[str, str] = {}
        for ident, label in declared.items():  # labels first: an id wins a clash
            self._index.setdefault(slugify(label), ident)
        for ident in declared:
            self._index[slugify(ident)] = ident
        self.unknown: dict[str, str] = {}  # new id -> label, in first-seen order
        self.matched: dict[str, str] = {}  # name as written -> the declared id it was read as

    def known(self, name: str) -> str | None:
        return self._index.get(slugify(name))

    def _close(self, name: str) -> str | None:
        """The declared id `name` is a variant of: its first words, or a near spelling."""
        slug = slugify(name)
        for known, ident in self._index.items():
            if slug.startswith(f"{known}-"):  # `whatsapp-business` -> whatsapp
                return ident
        close = difflib.get_close_matches(slug, list(self._index), n=1, cutoff=0.8)
        return self._index[close[0]] if close else None

    def resolve(self, name: str) -> str:
        """The id for `name`; raises BadValue when it has no letters or digits at all."""
        found = self.known(name)
        if found is not None:
            return found
        found = self._close(name)
        if found is not None:
            self.matched.setdefault(name, found)
            return found
        ident = slugify(name)
        if not ident:
            raise BadValue(
                "bad-id",
                f"'{name}' has no letters or digits to make an id from",
                "write its id or label as declared in mkdocs.yml",
            )
        self.unknown.setdefault(ident, name)
        return ident
