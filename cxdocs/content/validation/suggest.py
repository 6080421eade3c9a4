""" "Did you mean" and "known: ..." for problems: only ever names what exists.

A suggestion is always one of the candidates passed in. For references, people
often write what they see instead of the id: the channel's label (`E-mail` for
`email`), the persona's name (`Ana Ribeiro` for `ana`), the journey's title;
those lead to the id too.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping

from cxdocs.content.model import slugify
from cxdocs.i18n.say import Say, Text, say

SHOWN = 20  # ids listed in a hint before "and N more"
# Key names are short, common English words: at difflib's default 0.6, unrelated
# keys pass (`bogus` -> `focus`, `traits` -> `tags`), while real typos (`titel`,
# `chanels`, `emoton`) score 0.8 and up. A wrong suggestion misleads more than none.
KEY_CUTOFF = 0.75


def did_you_mean(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> Text:
    """'; did you mean 'x'?' for the closest candidate, or '' when none is close."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=cutoff)
    return meant(close[0]) if close else ""


def meant(candidate: str) -> Say:
    return say("problem.did_you_mean", id=candidate)


def known_list(names: Iterable[str], limit: int = SHOWN) -> Text:
    """'a, b, c' or 'a, b, ... and 12 more', sorted, without repeats."""
    ordered = sorted(set(names))
    shown = ", ".join(ordered[:limit])
    rest = len(ordered) - limit
    return say("problem.and_more", rest, shown=shown) if rest > 0 else shown


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def suggest_id(value: str, known: Mapping[str, str], label_word: str = "label") -> Text:
    """'; did you mean 'id'?' (naming the label that led there), or ''.

    `known` maps each existing id to its label, name or title ('' if none).
    """
    if not known:
        return ""
    lowered = value.strip().casefold()
    for candidate in (lowered, slugify(value)):
        if candidate in known:
            return meant(candidate)
    labels = {_plain(label): ident for ident, label in sorted(known.items()) if label}
    wanted = _plain(value)
    word = say(f"problem.word.{label_word}")
    if wanted in labels:  # the label itself: don't repeat it back
        return say("problem.did_you_mean.its", id=labels[wanted], what=word)
    close = difflib.get_close_matches(lowered, list(known), n=1, cutoff=0.6)
    if close:
        return meant(close[0])
    close = difflib.get_close_matches(wanted, list(labels), n=1, cutoff=0.75)
    if close:
        ident = labels[close[0]]
        return say("problem.did_you_mean.labelled", id=ident, what=word, label=known[ident])
    return ""
