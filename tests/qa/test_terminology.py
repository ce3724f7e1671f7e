from __future__ import annotations

from pathlib import Path

import pytest

from tests.qa.conftest import run_check

glossary_module = pytest.importorskip("workbench.storage.glossary")

GLOSSARY = """\
entries:
  - id: sizo
    terms:
      en: [SIZO, remand prison]
      ru: [СИЗО, следственный изолятор]
    forbidden:
      ru: [тюрьма предварительного заключения]
      en: [jail]
  - id: penal-colony
    terms:
      en: [penal colony]
      ru: [исправительная колония]
  - id: anarchonews
    dnt: true
    terms:
      en: [Anarchonews]
"""


@pytest.fixture
def glossary(tmp_path: Path):
    path = tmp_path / "glossary.yml"
    path.write_text(GLOSSARY, encoding="utf-8")
    return glossary_module.load_glossary(path)


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        (
            "I was in two Moscow SIZOs (remand prisons).",
            "Я был в двух московских СИЗО (следственных изоляторах).",
            "en",
            "ru",
        ),
        ("He was sent to a penal colony.", "Его отправили в исправительную колонию.", "en", "ru"),
        ("Его отправили в исправительную колонию.", "He was sent to a penal colony.", "ru", "en"),
        ("Он сидел в СИЗО.", "He was held in a remand prison.", "ru", "en"),
        ("I administered Anarchonews.", "Я администрировал Anarchonews.", "en", "ru"),
    ],
)
def test_terms_found_in_any_word_form(glossary, source, target, source_lang, target_lang):
    assert (
        run_check("terminology", source, target, source_lang, target_lang, glossary=glossary) == []
    )


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        ("He was sent to a penal colony.", "Его отправили в лагерь.", "en", "ru"),
        ("Его отправили в исправительную колонию.", "He was sent to a camp.", "ru", "en"),
    ],
)
def test_missing_target_term_is_a_warning(glossary, source, target, source_lang, target_lang):
    findings = run_check("terminology", source, target, source_lang, target_lang, glossary=glossary)
    assert [(f.severity, f.side) for f in findings] == [("warning", "source")]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "variant"),
    [
        (
            "He was in a SIZO.",
            "Он был в тюрьме предварительного заключения.",
            "en",
            "ru",
            "тюрьме предварительного заключения",
        ),
        ("Он был в СИЗО.", "He was in jail.", "ru", "en", "jail"),
    ],
)
def test_forbidden_variant_is_an_error(glossary, source, target, source_lang, target_lang, variant):
    findings = run_check("terminology", source, target, source_lang, target_lang, glossary=glossary)
    forbidden = [f for f in findings if "forbidden" in f.message]
    assert [(f.severity, target[f.start : f.end]) for f in forbidden] == [("error", variant)]


def test_dnt_term_changed_is_an_error(glossary):
    findings = run_check(
        "terminology",
        "I administered Anarchonews.",
        "Я администрировал Анархоньюс.",
        glossary=glossary,
    )
    assert [(f.severity, "do-not-translate" in f.message) for f in findings] == [("error", True)]


def test_no_glossary_no_findings():
    assert run_check("terminology", "He was in a SIZO.", "Он был в тюрьме.") == []


def test_dnt_terms_may_stay_unchanged(glossary):
    assert run_check("unchanged", "Anarchonews", "Anarchonews", glossary=glossary) == []
    assert run_check("script", "Anarchonews", "anarchonews", glossary=glossary) == []
