from __future__ import annotations

import pytest

from tests.qa.conftest import run_check


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        ("Who is Azat Miftakhov?", "Кто такой Азат Мифтахов?", "en", "ru"),
        ("Кто такой Азат Мифтахов?", "Who is Azat Miftakhov?", "ru", "en"),
        ("He said: “no”.", "Он сказал: «нет».", "en", "ru"),
        ("Он сказал: «нет».", "He said: “no”.", "ru", "en"),
        ("Our strength is in solidarity!", "Наша сила в солидарности!", "en", "ru"),
        ("Rev Dia", "Рев Диа", "en", "ru"),
        (
            "I was in two SIZOs (remand prisons).",
            "Я был в двух СИЗО (следственных изоляторах).",
            "en",
            "ru",
        ),
        ("He waited...", "Он ждал…", "en", "ru"),
    ],
)
def test_clean_pairs(source, target, source_lang, target_lang):
    for check in ("punctuation", "typography", "repeated-words"):
        assert run_check(check, source, target, source_lang, target_lang) == [], check


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        ("Who is Azat Miftakhov?", "Кто такой Азат Мифтахов.", "en", "ru"),
        ("Кто такой Азат Мифтахов?", "Who is Azat Miftakhov", "ru", "en"),
    ],
)
def test_end_punctuation_differs(source, target, source_lang, target_lang):
    findings = run_check("punctuation", source, target, source_lang, target_lang)
    assert len(findings) == 1 and "ends with" in findings[0].message


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        ("I was in two SIZOs (remand prisons).", "Я был в двух СИЗО (изоляторах.", "en", "ru"),
        ("Я был в двух СИЗО (изоляторах).", "I was in two SIZOs (remand prisons.", "ru", "en"),
        ("He said: “no”.", "Он сказал: «нет.", "en", "ru"),
        ("Он сказал: «нет».", "He said: “no.", "ru", "en"),
    ],
)
def test_unbalanced_brackets_and_quotes(source, target, source_lang, target_lang):
    findings = run_check("punctuation", source, target, source_lang, target_lang)
    assert any("unbalanced" in f.message for f in findings)


def test_enumeration_brackets_are_not_unbalanced():
    assert run_check("punctuation", "a) one; b) two.", "а) один; б) два.") == []


def test_quote_style_of_target_language():
    ru = run_check("typography", "He said: “no”.", "Он сказал: “нет”.")
    assert [(f.severity, "« »" in f.message) for f in ru] == [("info", True)]
    en = run_check("typography", "Он сказал: «нет».", "He said: «no».", "ru", "en")
    assert [(f.severity, "“ ”" in f.message) for f in en] == [("info", True)]


def test_russian_inner_quotes_are_fine():
    target = "Он сказал: «дело „Сети“ сфабриковано»."
    assert run_check("typography", "He said: “the ‘Network’ case is fake”.", target) == []


def test_double_space_and_whitespace():
    findings = run_check("typography", "One two.", " Один  два. ")
    assert sorted(f.message for f in findings) == [
        "double space",
        "leading whitespace differs from the source",
        "trailing whitespace differs from the source",
    ]
    assert run_check("typography", " One  two. ", " Один два. ") == []


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "word"),
    [
        ("The court ruled.", "Суд и и постановил.", "en", "ru", "и"),
        ("Суд постановил.", "The the court ruled.", "ru", "en", "The"),
    ],
)
def test_repeated_words(source, target, source_lang, target_lang, word):
    findings = run_check("repeated-words", source, target, source_lang, target_lang)
    assert len(findings) == 1 and word in findings[0].message


def test_repeated_word_present_in_source_is_fine():
    assert (
        run_check("repeated-words", "He had had enough.", "He had had enough.", "en", "en-GB") == []
    )


@pytest.mark.parametrize(
    "target",
    [
        "Мне дали 5,5 5,5 года.",
        "Это формальность, формальность, но.",
        "Наша сила — — в нас.",
        "В Куала-Лумпуре Куала-Лумпуре.",
    ],
)
def test_repeated_numbers_hyphenated_words_and_dashes(target):
    assert len(run_check("repeated-words", "Source text.", target)) == 1


@pytest.mark.parametrize("target", ["Нет, нет!", "Well, well.", "Это конец. Конец всего."])
def test_short_words_repeated_on_purpose_are_fine(target):
    assert run_check("repeated-words", "Source text.", target) == []
