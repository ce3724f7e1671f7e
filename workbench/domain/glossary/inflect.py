"""Putting a target term in the grammatical form its source hit has.

Russian targets are inflected with pymorphy3. From a Russian source the case and number of
the hit are read from its words; from an English source only the number (a plural "SIZOs")
and the possessive ("Miftakhov's": the genitive) can be read, so the other cases follow the
nominative. A person's name declines in all its words and agrees in gender (`person`); a
name (of a person or an organisation) has no plural; an ordinary noun phrase declines its
head noun and the words agreeing with it, and keeps its complements ("Центр по
противодействию экстремизму"). English targets get a plural when the source is plural, and
a name gets the possessive instead. Only the forms that can fit the hit are offered, best
first; the term as written is always among them.
"""

from __future__ import annotations

from workbench.domain.glossary import english, russian
from workbench.domain.glossary.entry import Entry
from workbench.domain.glossary.normalise import TOKEN, is_acronym, is_cyrillic, tokenize
from workbench.domain.glossary.person import cases_of_name, decline_person, is_person_name

Features = list[tuple[str, str]]  # (case, number) candidates, most likely first
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


def is_possessive(text: str) -> bool:
    words = [t.text for t in tokenize(text)]
    return bool(words) and words[-1].endswith(POSSESSIVE_ENDINGS) and len(words[-1]) > 2


def _source_features(source_hit_text: str, source_lang: str, person: bool) -> Features:
    words = [t.text for t in tokenize(source_hit_text)]
    if not words:
        return []
    if source_lang == "ru":
        if person:
            return [(case, "sing") for case in cases_of_name(source_hit_text)]
        nouns = [w for w in words if is_cyrillic(w) and not is_acronym(w) and russian.is_noun(w)]
        head = nouns[0] if nouns else words[-1]
        if is_acronym(head):
            return []  # СИЗО, ФСБ: indeclinable, no case to read
        return russian.grammemes_of(head)
    number = "plur" if source_lang == "en" and _looks_plural_english(words[-1]) else "sing"
    if source_lang == "en" and is_possessive(source_hit_text):
        return [("gent", number)]
    return [("nomn", number)]


def _looks_plural_english(word: str) -> bool:
    lowered = word.lower().replace("’", "'")
    if lowered.endswith("'s"):
        return False
    if is_acronym(word.rstrip("s")) and word.endswith("s") and not word.isupper():
        return True  # SIZOs
    return lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")) and len(lowered) > 3


def _keep_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def inflect_russian(term: str, case: str, number: str) -> str | None:
    """`term` with its head noun (and the words agreeing with it before it) in
    `case`/`number`; the words after the head noun keep their form."""
    pieces: list[str] = []
    cursor = 0
    changing = True
    changed = False
    words = [m.group() for m in TOKEN.finditer(term)]
    head = russian.head_index(words)
    head_animacy = russian.animacy(words[head]) if head is not None else None
    for index, match in enumerate(TOKEN.finditer(term)):
        word = match.group()
        pieces.append(term[cursor : match.start()])
        cursor = match.end()
        if changing and is_cyrillic(word) and not is_acronym(word):
            form = russian.inflect_word(word, case, number, head_animacy)
            if form is None:
                if term[match.end() : match.end() + 1] == "-":
                    pieces.append(word)  # судебно-психиатрическая: the first part stays
                    continue
                return None
            if "ё" not in word.lower():
                form = form.replace("ё", "е")
            pieces.append(_keep_case(word, form))
            changed = True
            if index == head or (head is None and russian.is_noun(word)):
                changing = False  # words after the head noun keep their form
        else:
            pieces.append(word)
            if changing and is_acronym(word):
                changing = False
    pieces.append(term[cursor:])
    return "".join(pieces) if changed else None


def _russian_form(term: str, case: str, number: str, person: bool, named: bool) -> str | None:
    if person:
        return decline_person(term, case)
    if named:
        number = "sing"
    form = inflect_russian(term, case, number)
    if form is None and number == "sing":
        form = inflect_russian(term, case, "plur")  # воровские понятия: plural only
    return form


def _russian_targets(term: str, source_hit_text: str, source_lang: str, pos: str) -> list[str]:
    person = is_person_name(term)
    named = person or pos == "name"
    features = _source_features(source_hit_text, source_lang, person)
    if named:
        features = [(case, "sing") for case, _number in features]
    fitting = [
        form
        for case, number in features
        if (form := _russian_form(term, case, number, person, named))
    ]
    if source_lang == "ru" and fitting:
        return [*fitting, term]
    # No case to read (an English source, an acronym): the term as written, then its other
    # cases in the number the source has.
    number = features[0][1] if features else "sing"
    others = [_russian_form(term, case, number, person, named) for case in russian.CASES]
    return [*fitting, term, *(form for form in others if form)]


def english_possessive(term: str) -> str:
    return term + ("'" if term.endswith("s") and not is_acronym(term[-4:]) else "'s")


def inflect_english_plural(term: str) -> str:
    matches = list(TOKEN.finditer(term))
    if not matches:
        return term
    last = matches[-1]
    word = last.group()
    if is_acronym(word):
        form = word + "s"
    else:
        form = _keep_case(word, english.plural(word.lower()))
    return term[: last.start()] + form + term[last.end() :]


def _english_targets(term: str, source_hit_text: str, source_lang: str, pos: str) -> list[str]:
    words = [t.text for t in tokenize(term)]
    capitalised = bool(words) and all(w[:1].isupper() for w in words)
    proper = pos == "name" or (capitalised and not all(is_acronym(w) for w in words))
    if proper or (source_lang == "ru" and is_person_name(source_hit_text)):
        return [term, english_possessive(term)]  # names: no plural
    features = _source_features(source_hit_text, source_lang, person=False)
    plural = inflect_english_plural(term)
    if any(number == "plur" for _case, number in features[:1]):
        return [plural, term]
    return [term, plural]


def inflect_like(
    target_term: str,
    source_hit_text: str,
    source_lang: str,
    target_lang: str,
    pos: str = "",
) -> list[str]:
    """Forms of `target_term` to insert for a source hit, best first (never empty).

    `pos` is the glossary entry's part of speech ("name": no plural)."""
    if target_lang == "ru":
        candidates = _russian_targets(target_term, source_hit_text, source_lang, pos)
    elif target_lang == "en":
        candidates = _english_targets(target_term, source_hit_text, source_lang, pos)
    else:
        candidates = [target_term]
    return list(dict.fromkeys(candidates))


def forms_for_hit(entry: Entry, hit_text: str, source_lang: str, target_lang: str) -> list[str]:
    """What to offer for a glossary hit in a translation into `target_lang`: the forms of
    the entry's target terms best first for this hit, rank by rank (the best form of each
    term, the preferred term's first; then the second best of each...), so that the forms
    that fit come before the rest of any one term's paradigm."""
    per_term = [
        inflect_like(term, hit_text, source_lang, target_lang, entry.pos)
        for term in entry.terms_for(target_lang)
    ]
    forms: list[str] = []
    for rank in range(max((len(candidates) for candidates in per_term), default=0)):
        for candidates in per_term:
            if rank < len(candidates) and candidates[rank] not in forms:
                forms.append(candidates[rank])
    return forms
