"""Putting a target term in the grammatical form its source hit has.

Russian targets are inflected with pymorphy3 to the case and number of the Russian source
word when the source is Russian; from an English source only the number can be read (a
plural "SIZOs"), so the nominative comes first. English targets get a plural when the
source word is plural. Candidates come best first; the term as written is always among them.
"""

from __future__ import annotations

from workbench.domain.glossary import english, russian
from workbench.domain.glossary.normalise import TOKEN, is_acronym, is_cyrillic, tokenize


def _source_features(source_hit_text: str, source_lang: str) -> list[tuple[str, str]]:
    """(case, number) candidates of the source hit, most likely first."""
    words = [t.text for t in tokenize(source_hit_text)]
    if not words:
        return []
    if source_lang == "ru":
        nouns = [w for w in words if is_cyrillic(w) and not is_acronym(w) and russian.is_noun(w)]
        head = nouns[0] if nouns else words[-1]
        if is_acronym(head):
            return []  # СИЗО, ФСБ: indeclinable, no case to read
        return russian.grammemes_of(head)
    if source_lang == "en" and _looks_plural_english(words[-1]):
        return [("nomn", "plur")]
    return []


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
    """`term` with its head noun (and the adjectives before it) in `case`/`number`."""
    pieces: list[str] = []
    cursor = 0
    changing = True
    changed = False
    nouns = [w for w in (m.group() for m in TOKEN.finditer(term)) if russian.is_noun(w)]
    head_animacy = russian.animacy(nouns[0]) if nouns else None
    for match in TOKEN.finditer(term):
        word = match.group()
        pieces.append(term[cursor : match.start()])
        cursor = match.end()
        if changing and is_cyrillic(word) and not is_acronym(word):
            form = russian.inflect_word(word, case, number, head_animacy)
            if form is None:
                return None
            if "ё" not in word.lower():
                form = form.replace("ё", "е")
            pieces.append(_keep_case(word, form))
            changed = True
            if russian.is_noun(word):
                changing = False  # words after the head noun keep their form
        else:
            pieces.append(word)
            if changing and is_acronym(word):
                changing = False
    pieces.append(term[cursor:])
    return "".join(pieces) if changed else None


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


def inflect_like(
    target_term: str, source_hit_text: str, source_lang: str, target_lang: str
) -> list[str]:
    """Forms of `target_term` to insert for a source hit, best first (never empty)."""
    features = _source_features(source_hit_text, source_lang)
    candidates: list[str] = []
    if target_lang == "ru":
        for case, number in features:
            form = inflect_russian(target_term, case, number)
            if form:
                candidates.append(form)
        if not features or source_lang != "ru":
            candidates.append(target_term)
        candidates.append(target_term)
        for number in russian.NUMBERS:
            for case in russian.CASES:
                form = inflect_russian(target_term, case, number)
                if form:
                    candidates.append(form)
    elif target_lang == "en":
        if any(number == "plur" for _case, number in features[:1]):
            candidates.append(inflect_english_plural(target_term))
        candidates.append(target_term)
        candidates.append(inflect_english_plural(target_term))
    else:
        candidates.append(target_term)
    unique: list[str] = []
    for candidate in candidates:
        if candidate not in unique:
            unique.append(candidate)
    return unique
