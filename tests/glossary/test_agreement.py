"""QA: a glossary term in a Russian translation whose words disagree is a finding."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tests.glossary.conftest import SAMPLE_GLOSSARY
from tests.qa.conftest import run_check
from workbench.domain.glossary import Entry, Glossary
from workbench.domain.glossary.agreement import agreement_problem
from workbench.storage.glossary import load_glossary

KICAD_RU = REPO.parent / "shared" / "align-dev" / "kicad-getting-started.ru.txt"


@pytest.fixture(scope="module")
def sample() -> Glossary:
    return load_glossary(SAMPLE_GLOSSARY)


def terminology(sample: Glossary, source: str, target: str) -> list[str]:
    found = run_check("terminology", source, target, "en", "ru", glossary=sample)
    return [finding.message for finding in found]


def test_a_name_in_two_cases_is_a_terminology_finding(sample: Glossary) -> None:
    messages = terminology(
        sample, "Azat Miftakhov's case went to court.", "Дело Азата Мифтахов передали в суд."
    )
    assert len(messages) == 1 and "Азата Мифтахов" in messages[0]
    assert "'Азата Мифтахова'" in messages[0]  # the form to use
    assert (
        terminology(
            sample, "Azat Miftakhov's case went to court.", "Дело Азата Мифтахова передали в суд."
        )
        == []
    )


def test_a_noun_phrase_in_two_cases_or_numbers_is_a_finding(sample: Glossary) -> None:
    source = "He was sent to a penal colony."
    assert terminology(sample, source, "Его отправили в исправительную колонию.") == []
    assert terminology(sample, source, "Его отправили в исправительной колонию.")
    assert terminology(sample, "in SIZO", "в следственных изолятора")
    source = "Center for Combating Extremism"
    assert terminology(sample, source, "сотрудники Центра по противодействию экстремизму") == []
    assert terminology(sample, source, "сотрудники Центра по противодействию экстремизма")


@pytest.mark.parametrize(
    ("found", "term", "agrees"),
    [
        ("Марии Петровой", "Мария Петрова", True),
        ("Марию Петровой", "Мария Петрова", False),
        ("Мария Петров", "Мария Петрова", False),  # mixed gender
        ("Юлии Навальной", "Юлия Навальная", True),
        ("Юлии Навального", "Юлия Навальная", False),
        ("Анны Козак", "Анна Козак", True),  # a woman's Козак does not decline
        ("Дениса Козак", "Денис Козак", False),  # a man's does
        ("Тараса Шевченко", "Тарас Шевченко", True),
        ("А. С. Пушкина", "А. С. Пушкин", True),
        ("главном окне", "главное окно", True),  # главное is not the head noun
        ("файлы проектов", "файл проекта", True),  # a complement may change its number
        ("политического заключённого", "политический заключённый", True),
        ("исправительн&ой колонию", "исправительная колония", False),  # an accelerator mark
        ("исправительн&ой колонии", "исправительная колония", True),
    ],
)
def test_agreement_of_names_and_phrases(found: str, term: str, agrees: bool) -> None:
    assert (agreement_problem(found, term) is None) is agrees


def test_no_false_alarms_on_real_russian_text() -> None:
    """The Russian KiCad guide (translated by people outside this project): every hit of
    these common noun phrases is grammatical, so none may be flagged."""
    if not KICAD_RU.exists():
        pytest.skip(f"{KICAD_RU} not found")
    terms = [
        "печатная плата",
        "принципиальная схема",
        "контактная площадка",
        "файл проекта",
        "редактор схем",
        "рабочий каталог",
        "главное окно",
        "панель инструментов",
        "менеджер проектов",
        "посадочное место",
    ]
    glossary = Glossary([Entry(f"t{i}", {"ru": [term]}) for i, term in enumerate(terms)])
    hits = [
        hit
        for paragraph in KICAD_RU.read_text(encoding="utf-8").split("\n\n")
        for hit in glossary.find(paragraph, "ru")
    ]
    assert len(hits) >= 100
    flagged = [hit.text for hit in hits if agreement_problem(hit.text, hit.term)]
    assert flagged == []
