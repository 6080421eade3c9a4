"""One catalog of words: every locale complete, one word per thing, plurals right."""

from __future__ import annotations

import re
import string
from collections import defaultdict
from pathlib import Path

import pytest

from cxdocs.i18n import catalog as i18n
from cxdocs.site.render import environment

TEMPLATES = Path(i18n.__file__).parents[1] / "templates"

# Keys whose English text is the same word as another key's while, in some
# locale, the word must differ; anything else reading the same in English must
# read the same in every locale.
AGREES_WITH_ITS_NOUN = re.compile(r"all\.")  # "Todos"/"Todas" by the filter's noun


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_locale_has_every_key_with_the_same_placeholders() -> None:
    english = i18n.LABELS["en"]
    for locale in i18n.locales():
        words = i18n.LABELS[locale]
        assert sorted(set(english) - set(words)) == [], f"{locale} lacks these keys"
        assert sorted(set(words) - set(english)) == [], f"{locale} has keys English lacks"
        for key, text in words.items():
            assert text.strip(), (locale, key)
            assert placeholders(text) == placeholders(english[key]), (locale, key)


def test_every_plural_has_both_forms() -> None:
    # `.other` alone may be a word of its own (the research method "other").
    for key in i18n.LABELS["en"]:
        stem, _, form = key.rpartition(".")
        if form == "one":
            assert f"{stem}.other" in i18n.LABELS["en"], key


def test_one_thing_has_one_word_in_every_locale() -> None:
    """Two keys with the same English word (a lane on the diagram and on the page)
    read the same in every locale: "Processos de apoio" both places, never two words."""
    by_english: dict[str, list[str]] = defaultdict(list)
    for key, text in i18n.LABELS["en"].items():
        if not AGREES_WITH_ITS_NOUN.match(key):
            by_english[text.casefold()].append(key)
    for locale in i18n.locales():
        words = i18n.LABELS[locale]
        for text, keys in by_english.items():
            found = {words[key].casefold() for key in keys}
            assert len(found) == 1, f"{locale}: {text!r} is {sorted(found)} ({keys})"


def test_the_inconsistent_portuguese_words_are_one_word_now() -> None:
    pt = i18n.LABELS["pt-BR"]
    assert pt["blueprint.lane.support"] == pt["lane_support"] == "Processos de apoio"
    assert pt["blueprint.lane.frontstage"] == pt["lane_frontstage"] == "Linha de frente"


@pytest.mark.parametrize(
    ("locale", "counts", "expected"),
    [
        ("en", (0, 1, 2, 12), ["0 steps", "1 step", "2 steps", "12 steps"]),
        ("pt-BR", (0, 1, 2, 12), ["0 passos", "1 passo", "2 passos", "12 passos"]),
    ],
)
def test_plural_forms_for_zero_one_and_many(
    locale: str, counts: tuple[int, ...], expected: list[str]
) -> None:
    assert [i18n.plural(locale, "count.steps", n) for n in counts] == expected


def test_counts_on_pages_agree_with_their_number() -> None:
    env = environment(None, "pt-BR", ["svg"])
    page = env.from_string(
        "{{ tn('metrics_on_target', 1, on=0) }} | {{ tn('metrics_on_target', 3, on=2) }}"
        " | {{ tn('heat_cell', 1, emotion='+1') }} | {{ tn('heat_cell', 0, emotion='') }}"
        " | {{ t('all.severity') }} | {{ t('all.channel') }}"
    )
    assert page.render() == (
        "0 de 1 métrica na meta | 2 de 3 métricas na meta | 1 passo, emoção média +1"
        " | 0 passos, emoção média  | Todas | Todos"
    )


def test_every_filter_has_its_word_for_all() -> None:
    """A register's filter offers "All" in the noun's gender: one key per filter."""
    source = "".join(p.read_text() for p in (TEMPLATES.parent / "site").glob("*.py"))
    names = set(re.findall(r'\bfacet\(\s*"([a-z_]+)"', source))
    assert {"severity", "status", "method"} <= names
    assert sorted(n for n in names if f"all.{n}" not in i18n.LABELS["en"]) == []


def test_templates_ask_only_for_keys_the_catalog_has() -> None:
    asked = set()
    plurals = set()
    for template in TEMPLATES.glob("*.html"):
        text = template.read_text()
        asked |= set(re.findall(r"\bt\('([a-z_.]+)'(?!\s*~)", text))  # not 'lane_' ~ lane
        plurals |= set(re.findall(r"\btn\('([a-z_.]+)'", text))
        plurals |= set(re.findall(r"m\.filters\([^)]*'(shown_[a-z_]+)'\)", text))
    assert asked and plurals
    english = i18n.LABELS["en"]
    assert sorted(k for k in asked if k not in english) == []
    assert sorted(k for k in plurals if f"{k}.one" not in english) == []
