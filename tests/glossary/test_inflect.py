"""inflect_like: the target term in the form its source hit asks for."""

from __future__ import annotations

from workbench.domain.glossary import inflect_like


def test_russian_source_case_is_copied() -> None:
    forms = inflect_like("следственный изолятор", "следственном изоляторе", "ru", "ru")
    assert forms[0] == "следственном изоляторе"
    assert "следственный изолятор" in forms


def test_adjective_agrees_in_the_accusative_with_animacy() -> None:
    forms = inflect_like("исправительная колония", "колонию", "ru", "ru")
    assert forms[0] == "исправительную колонию"


def test_words_after_the_head_noun_keep_their_form() -> None:
    assert inflect_like("подписка о невыезде", "подписку", "ru", "ru")[0] == "подписку о невыезде"
    assert inflect_like("Центр «Э»", "Центре «Э»", "ru", "ru")[0] == "Центре «Э»"


def test_english_source_gives_the_nominative_or_its_plural() -> None:
    assert inflect_like("исправительная колония", "penal colony", "en", "ru")[0] == (
        "исправительная колония"
    )
    assert inflect_like("исправительная колония", "penal colonies", "en", "ru")[0] == (
        "исправительные колонии"
    )


def test_acronyms_stay_and_english_targets_get_plurals() -> None:
    assert inflect_like("СИЗО", "SIZO", "en", "ru")[0] == "СИЗО"
    assert inflect_like("SIZO", "в СИЗО", "ru", "en")[0] == "SIZO"
    assert inflect_like("penal colony", "колониях", "ru", "en")[0] == "penal colonies"


def test_other_languages_get_the_term_as_it_is() -> None:
    assert inflect_like("SIZO", "СИЗО", "ru", "de") == ["SIZO"]
