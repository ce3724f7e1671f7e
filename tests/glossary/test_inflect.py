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


# ---- names decline whole, agree in gender, have no plural ------------------------------------


def test_an_english_possessive_puts_the_whole_genitive_first() -> None:
    forms = inflect_like("Азат Мифтахов", "Azat Miftakhov's", "en", "ru", "name")
    assert forms[0] == "Азата Мифтахова"
    assert "Азат Мифтахов" in forms[:2]
    for wrong in ("Азата Мифтахов", "Азатами Мифтахов", "Азаты", "Азатов", "Азатов Мифтахов"):
        assert wrong not in forms


def test_every_form_of_a_name_declines_all_its_words_in_the_singular() -> None:
    forms = inflect_like("Азат Мифтахов", "Azat Miftakhov", "en", "ru", "name")
    assert forms[0] == "Азат Мифтахов"
    assert set(forms) == {
        "Азат Мифтахов",
        "Азата Мифтахова",
        "Азату Мифтахову",
        "Азатом Мифтаховым",
        "Азате Мифтахове",
    }


def test_a_womans_name_agrees_in_the_feminine() -> None:
    forms = inflect_like("Мария Петрова", "Maria Petrova", "en", "ru")
    assert {"Марии Петровой", "Марию Петрову", "Марией Петровой"} <= set(forms)
    assert "Марии Петрова" not in forms and "Марию Петрова" not in forms
    assert inflect_like("Мария Петрова", "Марию Петрову", "ru", "ru")[0] == "Марию Петрову"
    assert inflect_like("Юлия Навальная", "Navalnaya's", "en", "ru")[0] == "Юлии Навальной"


def test_surname_first_patronymics_initials_and_indeclinable_surnames() -> None:
    forms = inflect_like("Петрова Мария Ивановна", "Petrova's", "en", "ru")
    assert forms[0] == "Петровой Марии Ивановны"
    assert inflect_like("А. С. Пушкин", "Pushkin's", "en", "ru")[0] == "А. С. Пушкина"
    assert inflect_like("Анна Козак", "Anna Kozak's", "en", "ru")[0] == "Анны Козак"
    assert inflect_like("Денис Козак", "Denis Kozak's", "en", "ru")[0] == "Дениса Козака"
    assert inflect_like("Тарас Шевченко", "Shevchenko's", "en", "ru")[0] == "Тараса Шевченко"


def test_a_russian_source_name_gives_its_cases_only() -> None:
    forms = inflect_like("Азат Мифтахов", "Азата Мифтахова", "ru", "ru", "name")
    assert forms == ["Азата Мифтахова", "Азат Мифтахов"]


def test_english_targets_of_names_get_the_possessive_never_a_plural() -> None:
    forms = inflect_like("Azat Miftakhov", "Азата Мифтахова", "ru", "en", "name")
    assert forms == ["Azat Miftakhov", "Azat Miftakhov's"]
    assert "Azat Miftakhovs" not in inflect_like("Azat Miftakhov", "Мифтаховых", "ru", "en")


def test_noun_phrases_keep_agreement_and_their_complements() -> None:
    term = "Центр по противодействию экстремизму"
    assert inflect_like(term, "Центра «Э»", "ru", "ru", "name")[0] == (
        "Центра по противодействию экстремизму"
    )
    forms = inflect_like(term, "Center for Combating Extremism", "en", "ru", "name")
    assert "Центров по противодействию экстремизму" not in forms  # a name has no plural
    assert inflect_like("Федеральная служба безопасности", "FSB's", "en", "ru", "name")[0] == (
        "Федеральной службы безопасности"
    )
    forms = inflect_like("судебно-психиатрическая экспертиза", "экспертизы", "ru", "ru")
    assert forms[0] == "судебно-психиатрической экспертизы"
    assert inflect_like("воровские понятия", "понятиям", "ru", "ru")[0] == "воровским понятиям"


def test_the_forms_fit_the_number_of_an_english_source() -> None:
    forms = inflect_like("исправительная колония", "penal colonies", "en", "ru")
    assert all("колонии" in form or "колони" in form for form in forms)
    assert "исправительной колонией" not in forms
    assert len(forms) <= 7


def test_forms_for_a_hit_put_every_terms_fitting_form_first(sample) -> None:
    from workbench.domain.glossary import forms_for_hit

    entry = sample.entry("azat-miftakhov")
    forms = forms_for_hit(entry, "Azat Miftakhov's", "en", "ru")
    assert forms[:4] == ["Азата Мифтахова", "Мифтахова", "Азат Мифтахов", "Мифтахов"]
    assert forms_for_hit(entry, "Азата Мифтахова", "ru", "en") == [
        "Azat Miftakhov",
        "Miftakhov",
        "Azat Miftakhov's",
        "Miftakhov's",
    ]
