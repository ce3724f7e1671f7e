"""Whether a glossary term found in a Russian text is grammatically whole.

The matcher finds a term by its lemmas, so "Азата Мифтахов" and "исправительной колонию"
are hits too: their words are in different cases (or numbers, or a name's words in
different genders). This module says so, and proposes the form the first word asks for.
"""

from __future__ import annotations

from workbench.domain.glossary import russian
from workbench.domain.glossary.inflect import inflect_russian
from workbench.domain.glossary.normalise import is_acronym, is_cyrillic, normalise_word, tokenize
from workbench.domain.glossary.person import (
    PERSON_TAGS,
    decline_person,
    gender_of,
    is_initial,
    is_person_name,
)

Form = tuple[str, str, str]  # case, number, gender ("" when it does not matter)
NOMINAL = frozenset({"NOUN", "ADJF", "PRTF"})
CASE_ALIASES = {"gen1": "gent", "gen2": "gent", "loc1": "loct", "loc2": "loct", "acc2": "accs"}


def _words(text: str) -> list[str]:
    """The words of a hit as the matcher reads them (an accelerator mark inside one kept
    out: учётн&ой)."""
    return [token.text for token in tokenize(text)]


def _person_forms(word: str, gender: str) -> set[Form] | None:
    """The cases a word of a name of a person of `gender` can be in (singular); None: any
    (an initial, an indeclinable surname such as a woman's Козак)."""
    if is_initial(word):
        return None
    forms: set[Form] = set()
    for parse in russian.parses(word.lower()):
        tag = parse.tag
        if not PERSON_TAGS & tag.grammemes and tag.POS != "ADJF":
            continue
        if tag.number == "plur" or not {gender, "ms-f"} & tag.grammemes:
            continue
        if "Fixd" in tag.grammemes:
            return None
        forms.add((CASE_ALIASES.get(str(tag.case), str(tag.case)), "sing", gender))
    return forms


def _phrase_forms(word: str) -> set[Form]:
    forms: set[Form] = set()
    for parse in russian.parses(word.lower()):
        tag = parse.tag
        if tag.POS not in NOMINAL or tag.case is None:
            continue
        case = CASE_ALIASES.get(str(tag.case), str(tag.case))
        number = str(tag.number or "sing")
        if "Fixd" in tag.grammemes:
            continue
        gender = str(tag.gender) if number == "sing" and tag.gender else ""
        if gender == "ms-f":
            gender = ""
        forms.add((case, number, gender))
    return forms


def _same_complement(found: str, written: str) -> bool:
    """A word after the head noun keeps its case (its number may change: файлы проектов)."""
    if normalise_word(found) == normalise_word(written):
        return True
    written_cases = russian.cases_of(written)
    if not written_cases or not is_cyrillic(written) or is_acronym(written):
        return False
    return bool(written_cases & russian.cases_of(found))


def _agree(sets: list[set[Form]]) -> bool:
    """True when one (case, number, gender) fits every word (an empty gender fits any)."""
    if len(sets) < 2:
        return True
    for case, number, gender in sets[0]:
        if all(
            any(
                c == case and n == number and (not gender or not g or g == gender)
                for c, n, g in others
            )
            for others in sets[1:]
        ):
            return True
    return False


def agreement_problem(hit_text: str, term: str) -> str | None:
    """What is wrong with a Russian term as found (`hit_text`), or None when its words
    agree. `term` is the glossary term it matched."""
    words, term_words = _words(hit_text), _words(term)
    if len(words) < 2 or len(words) != len(term_words):
        return None
    if not all(is_cyrillic(word) or not word.isalpha() for word in words):
        return None
    if is_person_name(term):
        gender = gender_of(term)
        person_sets = [_person_forms(w, gender) for w in words]
        if _agree([s for s in person_sets if s is not None]):
            return None
        return _with_advice(hit_text, term, "the words of the name disagree in case or gender")
    head = russian.head_index(term_words)
    if head is None:
        return None
    for index in range(head + 1, len(words)):
        if not _same_complement(words[index], term_words[index]):
            return (
                f"glossary term {hit_text!r}: the words after {words[head]!r} "
                f"should stay as in {term!r}"
            )
    agreeing = [
        forms
        for word in words[: head + 1]
        if is_cyrillic(word) and not is_acronym(word) and (forms := _phrase_forms(word))
    ]
    if _agree(agreeing):
        return None
    return _with_advice(hit_text, term, "its words disagree in case or number")


def _with_advice(hit_text: str, term: str, what: str) -> str:
    first = next((w for w in _words(hit_text) if not is_initial(w)), "")
    cases = [case for case, _number in russian.grammemes_of(first)] if first else []
    advice = ""
    if cases and is_person_name(term):
        advice = f" (e.g. {decline_person(term, cases[0])!r})"
    elif cases:
        number = russian.grammemes_of(first)[0][1]
        suggestion = inflect_russian(term, cases[0], number)
        advice = f" (e.g. {suggestion!r})" if suggestion else ""
    return f"glossary term {hit_text!r}: {what}{advice}"
