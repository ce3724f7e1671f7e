"""Spell checking for a project: the language's Hunspell dictionary, the project
dictionary (`dictionary/<lang>.txt`) and the glossary, whose terms are never flagged."""

from __future__ import annotations

from workbench.domain.errors import WorkbenchError
from workbench.domain.glossary.model import Glossary
from workbench.domain.spelling import KnownWords, Misspelling, find_misspellings
from workbench.storage.project import Project
from workbench.storage.spelling import Speller, add_project_word, load_speller


def project_speller(project: Project, lang: str, glossary: Glossary | None = None) -> Speller:
    """The speller for `lang` with the project's words and its glossary's words exempt.
    Raises WorkbenchError when no dictionary for `lang` is installed."""
    speller = load_speller(project.root, lang)
    if glossary is None and project.glossary_path.is_file():
        from workbench.storage.glossary import load_glossary

        glossary = load_glossary(project.glossary_path)
    speller.glossary = glossary
    speller.glossary_words = (
        KnownWords.of_glossary(glossary, lang) if glossary is not None else None
    )
    return speller


def speller_or_none(
    project: Project, lang: str, glossary: Glossary | None = None
) -> Speller | None:
    """For QA: the speller, or None when no dictionary is installed for `lang`."""
    try:
        return project_speller(project, lang, glossary)
    except (WorkbenchError, ImportError):
        return None


def misspellings(speller: Speller, text: str, suggestions: bool = False) -> list[Misspelling]:
    """The misspelled words of `text`, glossary terms in any form left out."""
    glossary = getattr(speller, "glossary", None)
    skip = []
    if glossary is not None:
        skip = [(hit.start, hit.end) for hit in glossary.find(text, speller.lang)]
    return find_misspellings(
        text,
        speller.lang,
        speller,
        glossary_words=speller.glossary_words,
        skip=skip,
        suggestions=suggestions,
    )


def spell_check(
    project: Project, text: str, lang: str, suggestions: bool = True
) -> list[Misspelling]:
    return misspellings(project_speller(project, lang), text, suggestions)


def add_to_dictionary(project: Project, word: str, lang: str) -> bool:
    """Add `word` to the project dictionary; False when it was already there."""
    return add_project_word(project.root, lang, word)
