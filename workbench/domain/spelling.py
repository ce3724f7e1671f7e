"""Which words of a text are misspelled: the rules, apart from the dictionary engine.

A `WordChecker` (Hunspell with the project dictionary, in `workbench.storage.spelling`)
says whether one word is correct. This module decides which words to ask about:

- words of letters (with inner hyphens and apostrophes); not words with digits, single
  letters, acronyms (ФСБ, SIZO), mixed-case words (CvPcb), words in another script (a Latin
  word in Russian text is the script check's business), URLs, e-mail addresses, placeholders
  and markup (`protected` spans);
- never a glossary term in any form (the matcher's hits, and any word whose form or lemma is
  a word of a glossary term), so names and do-not-translate entries are never flagged;
- never a name: a capitalised word inside a sentence (Miftakhov, Бутырка), or opening one
  and followed by another capitalised word (Egor Kozlov), or one pymorphy3 knows as a first
  name, surname or place (Азат, Пенза);
- a capitalised word opening a sentence is correct when its lower-case form is, when it is
  a name used inside a sentence elsewhere in the text, and (with its possessive dropped:
  Navalny's) when it is a glossary or project-dictionary word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from workbench.domain.glossary.normalise import is_cyrillic, normalise_word

if TYPE_CHECKING:
    from workbench.domain.glossary.model import Glossary

WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
URL_OR_EMAIL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
SENTENCE_END = ".!?…"
OPENERS = " \t\n\u00a0\"'«»“”„‘’()[]—–-*_"
Span = tuple[int, int]


class WordChecker(Protocol):
    def is_correct(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


@dataclass(frozen=True, slots=True)
class Misspelling:
    word: str
    start: int
    end: int
    suggestions: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "word": self.word,
            "start": self.start,
            "end": self.end,
            "suggestions": list(self.suggestions),
        }


@dataclass(slots=True)
class KnownWords:
    """Words never flagged (a glossary's, the project dictionary's), and for Russian their
    lemmas: a word that is one of them, or a form of one, is known."""

    lang: str
    words: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of_words(cls, words: Iterable[str], lang: str) -> KnownWords:
        """The project dictionary's words. One is often added as it stood in a text (ctrl+o on
        "электрошокером"): every parse's lemma counts, so its other forms are known too."""
        from workbench.domain.glossary import russian

        found: set[str] = set()
        for word in words:
            normal = normalise_word(word)
            found.add(normal)
            if lang == "ru" and is_cyrillic(normal):
                found.update(russian.lemmas(normal))
        return cls(lang, frozenset(found))

    @classmethod
    def of_glossary(cls, glossary: Glossary | None, lang: str) -> KnownWords:
        from workbench.domain.glossary import russian
        from workbench.domain.glossary.normalise import term_words

        found: set[str] = set()
        for entry in glossary.entries if glossary is not None else []:
            terms = list(entry.terms_for(lang))
            if entry.dnt:
                terms += [term for _lang, term in entry.all_terms()]
            for term in terms:
                for word in term_words(term):
                    normal = normalise_word(word)
                    found.add(normal)
                    if is_cyrillic(normal):
                        found.update(russian.term_lemmas(normal))
        return cls(lang, frozenset(found))

    def __contains__(self, word: str) -> bool:
        if not self.words:
            return False
        normal = normalise_word(word).replace("'", "")
        if normal in self.words or normalise_word(word) in self.words:
            return True
        if is_cyrillic(normal):
            from workbench.domain.glossary import russian

            return not self.words.isdisjoint(russian.lemmas(normal))
        return False


def _is_sentence_start(text: str, start: int) -> bool:
    index = start - 1
    while index >= 0 and text[index] in OPENERS:
        index -= 1
    return index < 0 or text[index] in SENTENCE_END or text[index] == ":"


NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_])")


def _looks_like_name(text: str, start: int, end: int, lang: str) -> bool:
    """A capitalised word inside a sentence, or opening one but followed by another
    capitalised word (Азат Мифтахов), or a first name, surname or place pymorphy3 knows."""
    if not _is_sentence_start(text, start):
        return True
    following = NEXT_WORD.match(text, end)
    if following and following.group(1).isupper():
        return True
    if lang.split("-")[0] == "ru":
        from workbench.domain.glossary import russian

        return russian.is_known_proper_name(text[start:end])
    return False


def _wrong_script(word: str, lang: str) -> bool:
    cyrillic = is_cyrillic(word)
    return cyrillic != (lang.split("-")[0] in CYRILLIC_LANGS)


def _mixed_script(word: str) -> bool:
    return is_cyrillic(word) and any("a" <= char.lower() <= "z" for char in word)


CYRILLIC_LANGS = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"})


def candidate_words(text: str, lang: str, skip: Iterable[Span] = ()) -> Iterator[tuple[int, int]]:
    """Spans of the words of `text` worth checking (see the module docstring)."""
    blocked = sorted([*skip, *((m.start(), m.end()) for m in URL_OR_EMAIL.finditer(text))])
    for match in WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        if len(word) < 2 or _wrong_script(word, lang):
            continue
        if _mixed_script(word):
            continue  # Gerber-файлы: the script check's business
        letters = word.replace("-", "").replace("'", "").replace("’", "")
        if letters.isupper() or (not letters.islower() and not letters[1:].islower()):
            continue  # an acronym, or mixed case (CvPcb, iPhone)
        if word[:1].isupper() and _looks_like_name(text, start, end, lang):
            continue
        if any(a < end and start < b for a, b in blocked):
            continue
        yield start, end


POSSESSIVE = re.compile(r"(?:['’ʼ]s|s['’ʼ])$")


def without_possessive(word: str) -> str:
    """Kozlov's -> Kozlov, James' -> James; other words unchanged."""
    if not POSSESSIVE.search(word) or len(word) < 4:
        return word
    return word[:-2] if word[-2] in "'’ʼ" else word[:-1]


def _name_keys(word: str) -> set[str]:
    """A name's word as written (possessive dropped) and, in Cyrillic, its lemmas:
    Жлобицкий and Жлобицком are one name."""
    normal = normalise_word(without_possessive(word))
    keys = {normal}
    if is_cyrillic(normal):
        from workbench.domain.glossary import russian

        keys |= {"~" + lemma for lemma in russian.lemmas(normal)}
    return keys


def names_inside_sentences(text: str) -> frozenset[str]:
    """Capitalised words that do not open a sentence (names), normalised, possessives
    dropped, Russian ones also by lemma: a sentence-initial word that is one of them is a
    name, not a misspelling."""
    names: set[str] = set()
    for match in WORD.finditer(text):
        if match.group()[:1].isupper() and not _is_sentence_start(text, match.start()):
            names |= _name_keys(match.group())
    return frozenset(names)


def find_misspellings(
    text: str,
    lang: str,
    checker: WordChecker,
    *,
    glossary_words: KnownWords | None = None,
    skip: Iterable[Span] = (),
    suggestions: bool = False,
) -> list[Misspelling]:
    """The misspelled words of `text`, by position. `skip`: spans never to check (glossary
    hits, placeholders). Suggestions are slow (0.1-0.3 s a word): only on request."""
    found = []
    names: frozenset[str] | None = None
    for start, end in candidate_words(text, lang, skip):
        word = text[start:end]
        if checker.is_correct(word):
            continue
        if glossary_words is not None and word in glossary_words:
            continue
        base = without_possessive(word)
        if base != word and (
            checker.is_correct(base) or (glossary_words is not None and base in glossary_words)
        ):
            continue  # Navalny's, when Navalny is in the project dictionary
        if word[:1].isupper() and _is_sentence_start(text, start):
            if checker.is_correct(word.lower()):
                continue
            if names is None:
                names = names_inside_sentences(text)
            if not names.isdisjoint(_name_keys(word)):
                continue  # "Kozlov was arrested. His lawyer met Kozlov."
        proposals = tuple(checker.suggest(word)) if suggestions else ()
        found.append(Misspelling(word, start, end, proposals))
    return found


VOWELS = frozenset("аеёиоуыэюяєіїaeiouy")


def quick_suggestions(
    word: str, is_correct: Callable[[str], bool], alphabet: str, limit: int = 8
) -> list[str]:
    """Known words one edit away from `word`, likeliest slip first (Hunspell's own order):
    two letters swapped, a doubled letter dropped or added, a vowel for a vowel, a letter
    dropped, a letter added, any other letter replaced, a missing space. A few thousand dictionary look-ups: milliseconds, where
    Hunspell's own suggestions take up to a second in Russian."""
    lower = word.lower()
    pairs = [(lower[:i], lower[i:]) for i in range(len(lower) + 1)]
    ranked: list[tuple[int, str]] = []
    ranked += [(0, a + b[1] + b[0] + b[2:]) for a, b in pairs if len(b) > 1 and b[0] != b[1]]
    for a, b in pairs:
        if not b:
            continue
        for c in alphabet:
            if c != b[0]:
                ranked.append((2 if {c, b[0]} <= VOWELS else 5, a + c + b[1:]))
        doubled = (a and a[-1] == b[0]) or (len(b) > 1 and b[1] == b[0])
        ranked.append((1 if doubled else 3, a + b[1:]))
    for a, b in pairs:
        for c in alphabet:
            doubling = (a and a[-1] == c) or (b and b[0] == c)
            ranked.append((1 if doubling else 4, a + c + b))
    ranked += [(6, f"{a} {b}") for a, b in pairs[1:-1]]
    ranked.sort(key=lambda item: item[0])
    found: list[str] = []
    for _rank, candidate in ranked:
        if candidate in found or candidate == lower:
            continue
        if all(is_correct(part) for part in candidate.split(" ")):
            found.append(candidate[:1].upper() + candidate[1:] if word[:1].isupper() else candidate)
            if len(found) >= limit:
                break
    return found
