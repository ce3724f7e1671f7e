"""Kinds of term occurrence that text written by others uses: derived forms, feminine forms,
British and American spellings, any quotation marks around a letter (Центр «Э», Center 'E')."""

from __future__ import annotations

import pytest

from workbench.domain.glossary import Glossary


def found(glossary: Glossary, text: str, lang: str) -> list[tuple[str, str]]:
    return [(hit.text, hit.entry.id) for hit in glossary.find(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Его заключили под стражу в среду.", ("заключили под стражу", "custody")),
        ("Заключённые под стражу активисты молчат.", ("Заключённые под стражу", "custody")),
        ("Он содержался под стражей год.", ("содержался под стражей", "custody")),
        ("Его обвинили в том, что он оправдывал терроризм.", ("оправдывал терроризм", "justification-of-terrorism")),
        ("Он нарушил режим и попал в ШИЗО.", ("нарушил режим", "regime-violation")),
        ("Она стала политзаключённой в 2021 году.", ("политзаключённой", "political-prisoner")),
        ("Политзаключенная провела год в СИЗО.", ("Политзаключенная", "political-prisoner")),
        ("Политическая заключённая голодает.", ("Политическая заключённая", "political-prisoner")),
        ("Иноагентка Мария уехала.", ("Иноагентка", "foreign-agent")),
        ("Статус иноагентки получила журналистка.", ("иноагентки", "foreign-agent")),
        ("Суд заключил его под стражу.", ("заключил его под стражу", "custody")),
        ("Их сразу же заключили под стражу.", ("заключили под стражу", "custody")),
        ("Её заключили же под стражу.", ("заключили же под стражу", "custody")),
    ],
)  # fmt: skip
def test_russian_derived_and_feminine_forms(sample: Glossary, text: str, expected) -> None:
    assert expected in found(sample, text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Мы заключили договор.",
        "Контракты были заключены на сумму $25 млрд.",
        "Она нарушила правила.",
        "Заключил его, под стражу не брали.",
        "Заключил его брата под стражу.",
        "Заключил с ним договор под стражей.",
        "Агентка и агент пришли.",
    ],
)
def test_the_verb_alone_is_not_the_term(sample: Glossary, text: str) -> None:
    assert found(sample, text, "ru") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was remanded in custody.", ("remanded in custody", "custody")),
        ("He was detained in custody.", ("detained in custody", "custody")),
        ("He justified terrorism online.", ("justified terrorism", "justification-of-terrorism")),
        ("He violated the regime twice.", ("violated the regime", "regime-violation")),
        ("the Centre for Combating Extremism", ("Centre for Combating Extremism", "center-e")),
        ("the Center for Combatting Extremism", ("Center for Combatting Extremism", "center-e")),
        ("a defense lawyer", ("defense lawyer", "lawyer")),
        ("the pre-trial detention center", ("pre-trial detention center", "sizo")),
        ("The court remanded him in custody.", ("remanded him in custody", "custody")),
        ("They detained her in custody.", ("detained her in custody", "custody")),
    ],
)
def test_english_derived_forms_and_spellings(sample: Glossary, text: str, expected) -> None:
    assert expected in found(sample, text, "en")


def test_a_verb_of_a_term_needs_the_rest_of_the_term(sample: Glossary) -> None:
    assert found(sample, "He justified his actions.", "en") == []
    assert found(sample, "They detained his friend in custody.", "en") == []
    assert found(sample, "He justified it, terrorism aside.", "en") == []


QUOTES = ["«»", '""', "„“", "“”", "‘’", "''", "‹›", "‚‘", "``", "″″", "＂＂", "””", "»«"]


@pytest.mark.parametrize("quotes", QUOTES)
def test_every_kind_of_quotation_mark_around_the_letter(sample: Glossary, quotes: str) -> None:
    opening, closing = quotes
    ru = f"Сотрудники Центра {opening}Э{closing} пришли."
    assert found(sample, ru, "ru") == [(f"Центра {opening}Э{closing}", "center-e")]
    en = f"Officers of Center {opening}E{closing} came."
    assert found(sample, en, "en") == [(f"Center {opening}E{closing}", "center-e")]


def test_an_apostrophe_inside_a_word_does_not_take_a_closing_quote(sample: Glossary) -> None:
    assert found(sample, "the “People’s Self-Defense” group", "en") == [
        ("People’s Self-Defense", "peoples-self-defense")
    ]
