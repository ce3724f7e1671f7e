from __future__ import annotations

import pytest

from tests.qa.conftest import run_check


def messages(findings):
    return [finding.message for finding in findings]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        ("It cost 5.5 million.", "Это стоило 5,5 миллиона.", "en", "ru"),
        ("Это стоило 5,5 миллиона.", "It cost 5.5 million.", "ru", "en"),
        ("About 1,000 people came.", "Пришли около 1 000 человек.", "en", "ru"),
        ("Пришли около 1\u00a0000 человек.", "About 1,000 people came.", "ru", "en"),
        ("Пришли 12 000 человек.", "12,000 people came.", "ru", "en"),
        ("Rev Dia, 17 February 2019", "Рев Диа, 17 февраля 2019", "en", "ru"),
        ("17 февраля 2019 года", "17 February 2019", "ru", "en"),
        ("17.02.2019", "17 February 2019", "ru", "en"),
        ("Retrieved on 26<sup>th</sup> January 2022", "Получено 26 января 2022 года", "en", "ru"),
        (
            "In 2019 100 people were detained.",
            "В 2019 году были задержаны 100 человек.",
            "en",
            "ru",
        ),
        ("I was held for about 6-7 hours.", "Меня держали около 6-7 часов.", "en", "ru"),
        ("Before COVID-19.", "До COVID-19.", "en", "ru"),
        ("Мне дали 5 лет.", "I got 5 years.", "ru", "en"),
    ],
)
def test_numbers_in_locale_forms_match(source, target, source_lang, target_lang):
    assert run_check("numbers", source, target, source_lang, target_lang) == []


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "missing"),
    [
        ("I was held for 72 hours.", "Меня держали 27 часов.", "en", "ru", "72"),
        ("Меня держали 72 часа.", "I was held for 27 hours.", "ru", "en", "72"),
        ("It cost 5.5 million.", "Это стоило 55 миллионов.", "en", "ru", "5.5"),
        ("In 2019 they came.", "В 2018 году они пришли.", "en", "ru", "2019"),
        ("В 2019 году они пришли.", "They came.", "ru", "en", "2019"),
    ],
)
def test_missing_number_is_an_error(source, target, source_lang, target_lang, missing):
    findings = run_check("numbers", source, target, source_lang, target_lang)
    errors = [f for f in findings if f.severity == "error"]
    assert any(f"number {missing} is missing" in f.message for f in errors)
    error = next(f for f in errors if missing in f.message)
    assert error.side == "source"
    assert source[error.start : error.end] == missing


def test_extra_number_in_target_is_a_warning():
    findings = run_check("numbers", "They came.", "Они пришли в 2019 году.")
    assert [(f.severity, f.side) for f in findings] == [("warning", "target")]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        ("He was held for 2 months.", "Его держали два месяца.", "en", "ru"),
        ("Его держали 2 месяца.", "He was held for two months.", "ru", "en"),
        ("More than 10 people were detained.", "Задержали более десяти человек.", "en", "ru"),
    ],
)
def test_small_number_as_word_is_a_warning(source, target, source_lang, target_lang):
    findings = run_check("numbers", source, target, source_lang, target_lang)
    assert [f.severity for f in findings] == ["warning"]
    assert "as a word" in findings[0].message


def test_small_word_in_source_digit_in_target_is_info():
    findings = run_check("numbers", "They kept him for two months.", "Его держали 2 месяца.")
    assert [f.severity for f in findings] == ["info"]


def test_big_number_as_word_is_an_error():
    findings = run_check("numbers", "He got 15 years.", "Ему дали пятнадцать лет.")
    assert [f.severity for f in findings] == ["error"]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        ("Rev Dia, 17 February 2019", "Рев Диа, 17 марта 2019", "en", "ru"),
        ("17 февраля 2019 года", "17 March 2019", "ru", "en"),
    ],
)
def test_wrong_month_is_an_error(source, target, source_lang, target_lang):
    findings = run_check("numbers", source, target, source_lang, target_lang)
    assert any("February is not in the translation" in m for m in messages(findings))


def test_may_as_a_verb_is_not_a_month():
    assert run_check("numbers", "They may come.", "Они могут прийти.") == []
    assert run_check("numbers", "On 5 May they came.", "5 мая они пришли.") == []


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        (
            "осуждён по ст. 205.2 УК РФ",
            "convicted under Article 205.2 of the Criminal Code",
            "ru",
            "en",
        ),
        (
            "convicted under Article 205.2 of the Criminal Code",
            "осуждён по ст. 205.2 УК РФ",
            "en",
            "ru",
        ),
        ("There is the famous Article 51.", "Есть знаменитая статья 51.", "en", "ru"),
        ("There is the famous Article 51.", "Есть знаменитая 51-я статья.", "en", "ru"),
        (
            "Есть знаменитая 51-я статья Конституции.",
            "There is the famous Article 51 of the Constitution.",
            "ru",
            "en",
        ),
    ],
)
def test_legal_references_match(source, target, source_lang, target_lang):
    assert run_check("numbers", source, target, source_lang, target_lang) == []


def test_article_number_changed_is_an_error():
    findings = run_check(
        "numbers",
        "осуждён по ст. 205.2 УК РФ",
        "convicted under Article 205.3 of the Criminal Code",
        "ru",
        "en",
    )
    assert any("legal reference 'ст. 205.2'" in m for m in messages(findings))
    assert any("205.2 is missing" in m for m in messages(findings))


def test_article_not_rendered_as_article():
    findings = run_check("numbers", "under Article 51", "в соответствии с пунктом 51")
    assert any("should be 'статья 51'" in m for m in messages(findings))


def test_legal_code_missing_is_a_warning():
    findings = run_check(
        "numbers", "осуждён по ст. 205.2 УК РФ", "convicted under Article 205.2", "ru", "en"
    )
    assert [(f.severity, "Criminal Code" in f.message) for f in findings] == [("warning", True)]


def test_numbers_inside_tags_and_urls_are_ignored():
    assert run_check("numbers", "See <h2>site1.org</h2>.", "См. <h2>site1.org</h2>.") == []


def test_narrow_no_break_space_thousands():
    assert run_check("numbers", "About 12,000 people.", "Около 12\u202f000 человек.") == []
