from __future__ import annotations

import pytest

from tests.qa.conftest import run_check


def test_untranslated():
    findings = run_check("untranslated", "The FSB storms anarchists.", "")
    assert [(f.check, f.severity) for f in findings] == [("untranslated", "warning")]
    assert run_check("untranslated", "The FSB storms anarchists.", "ФСБ штурмует анархистов.") == []
    assert run_check("untranslated", "ФСБ штурмует анархистов.", "", "ru", "en") != []


@pytest.mark.parametrize(
    ("source", "source_lang", "target_lang"),
    [
        ("The FSB storms anarchists across Moscow.", "en", "ru"),
        ("ФСБ штурмует анархистов по всей Москве.", "ru", "en"),
    ],
)
def test_unchanged_copy_is_a_warning(source, source_lang, target_lang):
    findings = run_check("unchanged", source, source, source_lang, target_lang)
    assert [f.severity for f in findings] == ["warning"]


@pytest.mark.parametrize(
    ("text", "source_lang", "target_lang"),
    [
        ("FSB", "en", "ru"),
        ("ФСБ", "ru", "en"),
        ("2019", "en", "ru"),
        ("17.02.2019", "ru", "en"),
        ("usa.anarchistlibraries.net", "en", "ru"),
        ("FCK FSB (A) /// NETWORK", "en", "ru"),
    ],
)
def test_unchanged_allowed_for_text_that_stays(text, source_lang, target_lang):
    assert run_check("unchanged", text, text, source_lang, target_lang) == []


def test_unchanged_when_translated():
    assert run_check("unchanged", "Rev Dia", "Рев Диа") == []


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        (
            "The FSB is trying to torture detainees to confess, but they have failed.",
            "ФСБ пытается пытками заставить задержанных признаться, но у них не получилось.",
            "en",
            "ru",
        ),
        (
            "ФСБ пытается пытками заставить задержанных признаться, но у них не получилось.",
            "The FSB is trying to torture detainees to confess, but they have failed.",
            "ru",
            "en",
        ),
        ("Short one.", "Коротко.", "en", "ru"),  # too short to judge
    ],
)
def test_length_normal(source, target, source_lang, target_lang):
    assert run_check("length", source, target, source_lang, target_lang) == []


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "word"),
    [
        (
            "The FSB is trying to torture detainees to confess, but they have failed.",
            "ФСБ.",
            "en",
            "ru",
            "shorter",
        ),
        ("ФСБ пытается.", "The FSB is trying.", "ru", "en", None),
        (
            "The FSB is trying to torture detainees to confess, but they have failed.",
            "ФСБ пытается пытками заставить задержанных признаться, но у них не получилось, "
            "и это было очень долго, долго, долго, долго, долго, долго, долго, долго и "
            "ещё раз долго, долго, долго, долго, долго, долго.",
            "en",
            "ru",
            "longer",
        ),
    ],
)
def test_length_outliers(source, target, source_lang, target_lang, word):
    findings = run_check("length", source, target, source_lang, target_lang)
    if word is None:
        assert findings == []
    else:
        assert [(f.severity, word in f.message) for f in findings] == [("warning", True)]


RU = (
    "Россия является хорошим примером того, что произойдёт, если мы будем постоянно "
    "затягивать пояса и не протестовать."
)
UK = (
    "Росія є добрим прикладом того, що станеться, якщо ми постійно затягуватимемо пояси "
    "і не протестуватимемо."
)
EN = (
    "Russia is a good example of what will happen if we constantly tighten our belts and "
    "do not protest."
)


def test_language_right():
    assert run_check("language", EN, RU, "en", "ru") == []
    assert run_check("language", RU, EN, "ru", "en") == []


def test_language_wrong_within_the_same_script():
    findings = run_check("language", EN, UK, "en", "ru")
    assert len(findings) == 1 and "uk" in findings[0].message


def test_language_wrong_script():
    findings = run_check("language", RU, RU, "ru", "en")
    assert [f.severity for f in findings] == ["error"]


def test_language_short_segments_left_to_script_check():
    assert run_check("language", "Who is he?", "Хто він?", "en", "ru") == []
