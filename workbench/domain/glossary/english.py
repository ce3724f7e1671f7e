"""English inflection of glossary terms: a small rule-based inflector.

Terms are inflected, text is not lemmatised: a noun term matches its plural and
possessives, a verb term its -s, -ing and -ed forms. Only the last word of a noun term is
inflected ("political prisoners"); the first word of a verb term ("handed over").
"""

from __future__ import annotations

from functools import lru_cache

IRREGULAR_PLURALS = {
    "man": "men",
    "woman": "women",
    "child": "children",
    "person": "people",
    "foot": "feet",
    "thief": "thieves",
    "wife": "wives",
    "life": "lives",
    "knife": "knives",
    "leaf": "leaves",
    "half": "halves",
    "shelf": "shelves",
    "wolf": "wolves",
    "criterion": "criteria",
}
UNCHANGING = {"police", "news", "series", "species", "people", "media", "headquarters"}
VOWELS = set("aeiou")


def plural(word: str) -> str:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word in UNCHANGING or not word.isalpha():
        return word
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def possessives(word: str) -> set[str]:
    forms = {word + "'s"}
    many = plural(word)
    forms.add(many + "'" if many.endswith("s") else many + "'s")
    return forms


def noun_forms(word: str) -> set[str]:
    forms = {word, plural(word)} | possessives(word)
    if word.endswith("o"):
        forms.add(word + "es")  # heroes
    if word.endswith("f"):
        forms.add(word[:-1] + "ves")
    elif word.endswith("fe"):
        forms.add(word[:-2] + "ves")
    return forms


def _doubles_final(word: str) -> bool:
    """stop -> stopped: short consonant-vowel-consonant endings double."""
    return (
        len(word) >= 3
        and len(word) <= 4
        and word[-1] not in VOWELS | {"w", "x", "y"}
        and word[-2] in VOWELS
        and word[-3] not in VOWELS
    )


def verb_forms(word: str) -> set[str]:
    forms = {word}
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(word + "es")
    elif len(word) > 1 and word.endswith("y") and word[-2] not in VOWELS:
        forms.add(word[:-1] + "ies")
    else:
        forms.add(word + "s")
    if word.endswith("ie"):
        stem_ing = word[:-2] + "y"
    elif word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        stem_ing = word[:-1]
    else:
        stem_ing = word
    if _doubles_final(word):
        forms.update({word + word[-1] + "ing", word + word[-1] + "ed"})
    forms.add(stem_ing + "ing")
    if word.endswith("e"):
        forms.add(word + "d")
    elif len(word) > 1 and word.endswith("y") and word[-2] not in VOWELS:
        forms.add(word[:-1] + "ied")
    else:
        forms.add(word + "ed")
    return forms


def acronym_forms(word: str) -> set[str]:
    """SIZO -> SIZOs, SIZO's, SIZOs' (lower-cased by the caller): never stemmed."""
    return {word, word + "s", word + "'s", word + "s'"}


@lru_cache(maxsize=65_536)
def inflections(word: str, verb: bool) -> frozenset[str]:
    """Forms of a (normalised, lower-case) English word."""
    return frozenset(verb_forms(word) if verb else noun_forms(word))
