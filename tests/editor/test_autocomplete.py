"""The autocomplete engine on the project's real glossary and inflection (no Textual)."""

from __future__ import annotations

from pathlib import Path

from workbench.app.editing.autocomplete import (
    GLOSSARY,
    MEMORY,
    TERM,
    SegmentCompletions,
    TermIndex,
    accept,
    memory_fragments,
)
from workbench.domain.glossary import forms_for_hit
from workbench.storage.glossary import load_glossary

REPO = Path(__file__).resolve().parents[2]


def completions_for(source: str, matches: list[str]) -> SegmentCompletions:
    glossary = load_glossary(REPO / "glossary.yml")
    completions = SegmentCompletions(TermIndex.from_glossary(glossary, "ru"))
    forms = [forms_for_hit(hit.entry, hit.text, "en", "ru") for hit in glossary.find(source, "en")]
    completions.prepare(forms, matches)
    return completions


def test_glossary_forms_of_the_segment_come_first_in_every_case() -> None:
    completions = completions_for("He was sent to a penal colony in Mordovia.", [])
    found = completions.suggest("Его отправили в испр")
    assert found and all(s.kind == GLOSSARY for s in found)
    texts = [s.text for s in found]
    assert texts[0] == "исправительная колония"
    assert "исправительную колонию" in texts  # the accusative "в ..." needs is offered
    assert found[0].start == len("Его отправили в ")


def test_two_letters_at_least_and_nothing_once_typed_in_full() -> None:
    completions = completions_for("He was held in SIZO.", [])
    assert completions.suggest("Его держали в С") == []
    assert [s.text for s in completions.suggest("Его держали в СИ")][0] == "СИЗО"
    assert [s.text for s in completions.suggest("Его держали в си")][0] == "СИЗО"
    assert all(s.text != "СИЗО" for s in completions.suggest("Его держали в СИЗО"))


def test_memory_fragments_shared_by_more_matches_first() -> None:
    matches = ["Его держали в СИЗО год до суда.", "Его держали в СИЗО два года."]
    assert memory_fragments(matches)[0] == "Его держали в СИЗО"
    completions = completions_for("They kept him in a cell for a year.", matches)
    found = completions.suggest("ег")
    assert (found[0].text, found[0].kind) == ("Его держали в СИЗО", MEMORY)  # as written


def test_a_capital_typed_is_a_capital_offered() -> None:
    completions = completions_for("The penal colony.", [])
    assert completions.suggest("Ис")[0].text == "Исправительная колония"


def test_other_glossary_terms_by_prefix_after_the_segment_s_own() -> None:
    completions = completions_for("Nothing from the glossary here.", [])
    found = completions.suggest("Он был в шт")
    assert [(s.text, s.kind) for s in found][:1] == [("штрафной изолятор", TERM)]


def test_accept_replaces_the_typed_prefix_and_keeps_the_rest() -> None:
    completions = completions_for("He was held in SIZO.", [])
    text = "Его держали в си до суда."
    cursor = len("Его держали в си")
    (first, *_) = completions.suggest(text, cursor)
    assert accept(text, cursor, first) == ("Его держали в СИЗО до суда.", cursor + 2)


def test_an_index_of_thousands_of_terms_finds_by_prefix() -> None:
    index = TermIndex(f"термин{number:05d}" for number in range(10_000))
    assert index.starting_with("ТЕРМИН0999", 3) == ["термин09990", "термин09991", "термин09992"]
    assert index.starting_with("zz", 3) == []
