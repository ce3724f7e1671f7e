"""Terminology against the project's real glossary.yml: names with a spelling of their own."""

from __future__ import annotations

from tests.conftest import REPO
from tests.qa.conftest import run_check
from workbench.storage.glossary import load_glossary


def test_a_name_transliterated_as_the_glossary_says_is_not_an_error() -> None:
    glossary = load_glossary(REPO / "glossary.yml")
    source = "Security officials suspect Azat Miftakhov of trying to undermine a gas pipeline."
    good = "Силовики подозревают Азата Мифтахова в попытке подорвать газопровод."
    assert run_check("terminology", source, good, glossary=glossary) == []
    bad = "Силовики подозревают Азата Мифтахавова в попытке подорвать газопровод."
    findings = run_check("terminology", source, bad, glossary=glossary)
    assert any(f.severity == "error" and "forbidden" in f.message for f in findings)


def test_an_acronym_kept_as_it_is_passes_and_a_missing_one_is_flagged() -> None:
    glossary = load_glossary(REPO / "glossary.yml")
    source = "The FSB storms anarchists across Moscow."
    assert (
        run_check(
            "terminology", source, "ФСБ штурмует анархистов по всей Москве.", glossary=glossary
        )
        == []
    )
    assert run_check(
        "terminology", source, "Спецслужбы штурмуют анархистов по всей Москве.", glossary=glossary
    )
