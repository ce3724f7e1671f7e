"""Russian morphology through pymorphy3: lemmas of ALL parses, and inflection.

The first parse is often wrong for our words ("сизо" is first "сизый"), so matching keeps
the normal forms of every parse. pymorphy3 is loaded once, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def analyzer() -> Any:
    """For inflection: parses sorted by probability (the likeliest case first)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=1)
def lemma_analyzer() -> Any:
    """For matching: the set of normal forms does not depend on the parses' order, and
    skipping the probability estimate halves the cost of a word (measured: 120 -> 62 us)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(probability_estimator_cls=None)


def _fold(word: str) -> str:
    return word.replace("ё", "е")


@lru_cache(maxsize=262_144)
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3 parses of a (lower-case) word, cached."""
    return tuple(analyzer().parse(word))


@lru_cache(maxsize=262_144)
def lemmas(word: str) -> frozenset[str]:
    """Normal forms of every parse of `word` (normalised: lower case, ё -> е)."""
    return frozenset(_fold(form) for form in lemma_analyzer().normal_forms(word))


@lru_cache(maxsize=65_536)
def term_lemmas(word: str) -> frozenset[str]:
    """The lemmas a glossary word stands for.

    A glossary word is usually written in its dictionary form: when it is the normal form
    of one of its parses, it stands for that lemma alone ("колония", not also some other
    word that happens to inflect to it). Otherwise (an inflected word inside a term, such
    as "Сети" in «дело Сети») every parse's lemma counts.
    """
    all_lemmas = lemmas(word)
    if word in all_lemmas:
        return frozenset((word,))
    return all_lemmas or frozenset((word,))


CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
NUMBERS = ("sing", "plur")


def grammemes_of(word: str) -> list[tuple[str, str]]:
    """(case, number) pairs a word form can have, most likely first (nouns preferred)."""
    found: list[tuple[str, str]] = []
    candidates = sorted(parses(word.lower()), key=lambda p: p.tag.POS not in ("NOUN", "ADJF"))
    for parse in candidates:
        case = parse.tag.case
        number = parse.tag.number or "sing"
        if case in ("loc2", "loc1"):
            case = "loct"
        elif case in ("gen2", "gen1"):
            case = "gent"
        if case in CASES and (case, number) not in found:
            found.append((case, number))
    return found


def inflect_word(word: str, case: str, number: str, animacy: str | None = None) -> str | None:
    """`word` (a nominative noun or adjective) in another case/number, or None.

    `animacy` (of the head noun) picks the accusative of an adjective: следственный
    изолятор -> следственный изолятор, but политический заключённый -> политического.
    """
    lowered = word.lower()
    for parse in parses(lowered):
        if parse.tag.POS not in ("NOUN", "ADJF", "PRTF") or parse.tag.case != "nomn":
            continue
        if "Fixd" in parse.tag.grammemes and not word.isupper():
            continue  # Бутырка is not the abbreviation that pymorphy3 lists first
        wanted = {case, number} if number == "plur" else {case}
        agrees = number == "plur" or parse.tag.gender == "masc"
        if animacy and case == "accs" and parse.tag.POS != "NOUN" and agrees:
            wanted.add(animacy)
        if number == "sing" and parse.tag.number == "plur":
            continue
        form = parse.inflect(wanted)
        if form is not None:
            return str(form.word)
    return None


def animacy(word: str) -> str | None:
    for parse in parses(word.lower()):
        if parse.tag.POS == "NOUN":
            animate: str | None = parse.tag.animacy
            return animate
    return None


def is_noun(word: str) -> bool:
    candidates = parses(word.lower())
    return bool(candidates) and candidates[0].tag.POS == "NOUN"


def could_be_adjective(word: str) -> bool:
    """главное, рабочий: adjectives that pymorphy3 first reads as nouns."""
    return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" for p in parses(word.lower()))


def head_index(words: list[str]) -> int | None:
    """The head noun of a noun phrase written in the nominative: the first noun that is not
    an adjective agreeing with the noun after it ("главное окно", "рабочий каталог")."""
    for index, word in enumerate(words):
        if not is_noun(word):
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if following and could_be_adjective(word) and is_noun(following):
            continue
        return index
    return None


def cases_of(word: str) -> frozenset[str]:
    """The cases a nominal word form can be in (any number)."""
    return frozenset(case for case, _number in grammemes_of(word))


PROPER_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


@lru_cache(maxsize=65_536)
def is_known_proper_name(word: str) -> bool:
    """A first name, surname, patronymic, place or organisation in pymorphy3's dictionary."""
    lowered = word.lower()
    if not analyzer().word_is_known(lowered):
        return False
    return any(PROPER_TAGS & p.tag.grammemes for p in parses(lowered))
