from __future__ import annotations

import pytest

from tests.qa.conftest import run_check, seed_text


def test_cyrillic_left_in_english_target_is_an_error():
    source = "Но недавно президент Киргизии вместе с ГКНБ ликвидировал вора в законе."
    target = "Но recently, the President of Kyrgyzstan, along with the GKNB, liquidated a thief."
    findings = run_check("script", source, target, "ru", "en")
    assert [(f.severity, f.side, target[f.start : f.end]) for f in findings] == [
        ("error", "target", "Но")
    ]


def test_seed_source_with_cyrillic_leftover_is_reported_on_the_source_side():
    source = seed_text("Но recently")
    findings = run_check("script", source, "", "en", "ru")
    assert findings and all(f.side == "source" and f.severity == "warning" for f in findings)
    assert {source[f.start : f.end] for f in findings} == {"Но"}


def test_clean_english_target_and_source():
    source = "Но недавно президент Киргизии ликвидировал вора в законе."
    target = "But recently, the President of Kyrgyzstan liquidated a thief-in-law."
    assert run_check("script", source, target, "ru", "en") == []


def test_latin_word_in_russian_target_is_a_warning():
    source = "The FSB storms anarchists across Moscow."
    target = "ФСБ штурмует anarchists по всей Москве."
    findings = run_check("script", source, target, "en", "ru")
    assert [(f.severity, target[f.start : f.end]) for f in findings] == [("warning", "anarchists")]


@pytest.mark.parametrize(
    "target",
    [
        "Сервис rosuznik.org даёт возможность написать ему письмо.",  # URL
        "ФСБ (FSB) штурмует анархистов.",  # acronym
        "Он администрировал Anarchonews и другие сообщества.",  # name kept as in the source
        "Смотрите https://example.com/path?x=1 подробнее.",
    ],
)
def test_latin_allowed_in_russian_target(target):
    source = "He administered Anarchonews, see rosuznik.org and https://example.com/path?x=1."
    assert run_check("script", source, target, "en", "ru") == []


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "word"),
    [
        ("The court ruled.", "The \u0421ourt ruled.", "ru", "en", "\u0421ourt"),
        ("The court ruled.", "Су\u0434 решил, что \u0441oд ошибся.", "en", "ru", "\u0441oд"),
    ],
)
def test_mixed_script_word_is_a_homoglyph_error(source, target, source_lang, target_lang, word):
    findings = run_check("script", source, target, source_lang, target_lang)
    homoglyphs = [f for f in findings if "mixes" in f.message]
    assert [(f.severity, target[f.start : f.end]) for f in homoglyphs] == [("error", word)]


def test_homoglyph_in_source_is_a_warning():
    findings = run_check("script", "The \u0421ourt ruled.", "Суд постановил.", "en", "ru")
    assert [(f.side, f.severity) for f in findings] == [("source", "warning")]


def test_russian_source_with_latin_names_is_fine():
    source = "Я администрировал Anarchonews и писал на revdia.org."
    target = "I administered Anarchonews and wrote for revdia.org."
    assert run_check("script", source, target, "ru", "en") == []


def test_english_target_in_wrong_script_entirely():
    findings = run_check("script", "Hello there.", "Привет всем.", "en", "en-GB")
    assert len(findings) == 1 and findings[0].severity == "error"
