"""Russian personal names: recognising one in a term, its gender, and declining it whole.

A person's name (first name, patronymic, surname, in any order, with initials) declines in
all its words, and every word agrees with the person's gender: Мария Петрова -> Марии
Петровой, Азат Мифтахов -> Азата Мифтахова. A name has no plural. The grammemes come from
pymorphy3's `Name`, `Patr` and `Surn` tags (surnames it does not know are predicted from
their endings).
"""

from __future__ import annotations

from typing import Any

from workbench.domain.glossary import russian
from workbench.domain.glossary.normalise import TOKEN, is_cyrillic

PERSON_TAGS = frozenset({"Name", "Patr", "Surn"})
FEMININE_SURNAME_ENDINGS = ("ова", "ева", "ёва", "ина", "ына", "ая", "яя")


def is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _person_parses(word: str) -> list[Any]:
    return [p for p in russian.parses(word.lower()) if PERSON_TAGS & p.tag.grammemes]


def _nominative_person_parses(word: str) -> list[Any]:
    return [p for p in _person_parses(word) if p.tag.case == "nomn" and p.tag.number != "plur"]


def is_person_name(term: str) -> bool:
    """True for a Russian name of a person: capitalised words, each an initial or a word
    pymorphy3 knows (or predicts) as a first name, patronymic or surname."""
    words = [m.group() for m in TOKEN.finditer(term)]
    if not words or not all(is_cyrillic(word) for word in words):
        return False
    named = 0
    for word in words:
        if is_initial(word):
            continue
        if not word[:1].isupper() or word.isupper():
            return False
        if not _nominative_person_parses(word) and not _adjectival_surname(word):
            return False
        named += 1
    return named > 0


def _adjectival_surname(word: str) -> Any:
    """Навальный, Навальная: surnames that decline like adjectives."""
    for parse in russian.parses(word.lower()):
        if parse.tag.POS == "ADJF" and parse.tag.case == "nomn" and parse.tag.number == "sing":
            return parse
    return None


def gender_of(term: str) -> str:
    """The person's gender ("masc" or "femn"): from the first name, else the patronymic,
    else the surname's nominative form."""
    words = [m.group() for m in TOKEN.finditer(term) if not is_initial(m.group())]
    for tag in ("Name", "Patr", "Surn"):
        for word in words:
            for parse in _nominative_person_parses(word):
                if tag in parse.tag.grammemes and {"masc", "femn"} & parse.tag.grammemes:
                    return "femn" if "femn" in parse.tag.grammemes else "masc"
    for word in words:
        adjective = _adjectival_surname(word)
        if adjective is not None and {"masc", "femn"} & adjective.tag.grammemes:
            return "femn" if "femn" in adjective.tag.grammemes else "masc"
    for word in words:
        if word.lower().endswith(FEMININE_SURNAME_ENDINGS):
            return "femn"
    return "masc"


def _decline_word(word: str, case: str, gender: str) -> str:
    """One word of a name in `case` (singular), agreeing with `gender`; unchanged when it
    does not decline (Шевченко, a woman's Козак) or is an initial."""
    if is_initial(word):
        return word
    parses = _nominative_person_parses(word)
    fitting = [p for p in parses if {gender, "ms-f"} & p.tag.grammemes]
    for parse in fitting or parses:
        if "Fixd" in parse.tag.grammemes:
            return word
        form = parse.inflect({case, "sing"})
        if form is not None:
            return _like(word, form.word)
    adjective = _adjectival_surname(word)
    if adjective is not None:
        wanted = {case, "sing", gender}
        if case == "accs" and gender == "masc":
            wanted.add("anim")
        form = adjective.inflect(wanted)
        if form is not None:
            return _like(word, form.word)
    return word


def _like(model: str, word: str) -> str:
    if "ё" not in model.lower():
        word = word.replace("ё", "е")
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def decline_person(term: str, case: str) -> str:
    """The whole name in `case` (singular): every word, agreeing in gender."""
    gender = gender_of(term)
    pieces: list[str] = []
    cursor = 0
    for match in TOKEN.finditer(term):
        pieces.append(term[cursor : match.start()])
        pieces.append(_decline_word(match.group(), case, gender))
        cursor = match.end()
    pieces.append(term[cursor:])
    return "".join(pieces)


def cases_of_name(hit_text: str) -> list[str]:
    """The cases a name found in a Russian text can be in, most likely first: those every
    declinable word of it allows (Азата Мифтахова: gent, accs)."""
    common: list[str] | None = None
    for match in TOKEN.finditer(hit_text):
        word = match.group()
        if is_initial(word) or not is_cyrillic(word):
            continue
        cases = [case for case, _number in russian.grammemes_of(word)]
        if not cases:
            continue
        if common is None:
            common = list(dict.fromkeys(cases))
        else:
            narrowed = [case for case in common if case in cases]
            common = narrowed or common
    return common or []
