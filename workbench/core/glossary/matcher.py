"""Finding glossary terms in a text, in any inflected form.

Each term is compiled once into a sequence of *positions*, each a set of keys a text word
may have to match it: lemmas for Russian words (pymorphy3, all parses), generated
inflections for English words, the plain word (plus plural "s") for acronyms. Terms are
indexed by the keys of their first word. A text is tokenised once; each distinct word's
keys are computed once (cached), and only the terms indexed under them are tried.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workbench.core.glossary import english, russian
from workbench.core.glossary.model import Entry, TermHit
from workbench.core.glossary.normalise import (
    HYPHENS,
    OPENING_QUOTES,
    QUOTES,
    Token,
    is_acronym,
    is_cyrillic,
    is_joining_gap,
    normalise_word,
    term_gaps,
    term_words,
    tokenize,
)

CACHE_LIMIT = 200_000
# Lemma keys live apart from surface keys, so an acronym (matched by its surface form) is
# never reached through a lemma: "ФСБУ" may parse as a form of "ФСБ" but must not match it.
LEMMA = "~"


@dataclass(frozen=True, slots=True)
class CompiledTerm:
    entry: Entry
    term: str
    positions: tuple[frozenset[str], ...]
    extra_gap_chars: tuple[str, ...]  # punctuation the term itself has between words
    words: tuple[str, ...]  # as written in the glossary (for case-sensitive entries)
    single_letter_end: bool  # "Center E": must not run on into a name ("Center East")


def word_keys(word: str, lang: str) -> frozenset[str]:
    """The keys of a word found in a text."""
    normal = normalise_word(word)
    if lang == "ru" and is_cyrillic(normal):
        return frozenset(LEMMA + lemma for lemma in russian.lemmas(normal)) | {normal}
    return frozenset((normal,))


def _position_keys(word: str, lang: str, inflect_as: str | None) -> frozenset[str]:
    normal = normalise_word(word)
    if is_acronym(word):
        return frozenset(english.acronym_forms(normal) if not is_cyrillic(normal) else (normal,))
    if lang == "ru" and is_cyrillic(normal):
        return frozenset(LEMMA + lemma for lemma in russian.term_lemmas(normal))
    if lang == "en" and inflect_as is not None:
        return english.inflections(normal, verb=inflect_as == "verb")
    return frozenset((normal,))


def _variants(term: str) -> list[tuple[list[str], list[str]]]:
    """Word lists of a term: as written, and with hyphenated parts joined (anti-fascist)."""
    words, gaps = term_words(term), term_gaps(term)
    variants = [(words, gaps)]
    if any(gap in HYPHENS for gap in gaps if len(gap) == 1):
        joined_words, joined_gaps = [words[0]], []
        for gap, word in zip(gaps, words[1:], strict=True):
            if len(gap) == 1 and gap in HYPHENS:
                joined_words[-1] += word
            else:
                joined_words.append(word)
                joined_gaps.append(gap)
        variants.append((joined_words, joined_gaps))
    return variants


def compile_term(entry: Entry, term: str, lang: str) -> list[CompiledTerm]:
    compiled = []
    for words, gaps in _variants(term):
        if not words:
            continue
        verb = entry.pos == "verb"
        positions = []
        for index, word in enumerate(words):
            inflect_as = None
            if verb and index == 0:
                inflect_as = "verb"
            elif not verb and index == len(words) - 1:
                inflect_as = "noun"
            positions.append(_position_keys(word, lang, inflect_as))
        extra = tuple("".join(c for c in gap if not c.isspace()) for gap in gaps)
        last = words[-1]
        compiled.append(
            CompiledTerm(
                entry=entry,
                term=term,
                positions=tuple(positions),
                extra_gap_chars=extra,
                words=tuple(words),
                single_letter_end=len(words) > 1 and len(last) == 1 and last.isalpha(),
            )
        )
    return compiled


class Matcher:
    """All the terms of one language (or all its forbidden variants), ready to search."""

    def __init__(
        self, lang: str, pairs: Iterable[tuple[Entry, str]], forbidden: bool = False
    ) -> None:
        self.lang = lang
        self.forbidden = forbidden
        self.index: dict[str, list[CompiledTerm]] = {}
        for entry, term in pairs:
            for compiled in compile_term(entry, term, lang):
                for key in compiled.positions[0]:
                    self.index.setdefault(key, []).append(compiled)
        self._first: dict[str, tuple[CompiledTerm, ...]] = {}
        self._keys: dict[str, frozenset[str]] = {}

    def __len__(self) -> int:
        return len(self.index)

    def keys_of(self, word: str) -> frozenset[str]:
        keys = self._keys.get(word)
        if keys is None:
            if len(self._keys) > CACHE_LIMIT:
                self._keys.clear()
            keys = self._keys[word] = word_keys(word, self.lang)
        return keys

    def starting_with(self, word: str) -> tuple[CompiledTerm, ...]:
        """The terms whose first word may be `word` (cached per distinct word)."""
        found = self._first.get(word)
        if found is None:
            if len(self._first) > CACHE_LIMIT:
                self._first.clear()
            terms: dict[int, CompiledTerm] = {}
            for key in self.keys_of(word):
                for compiled in self.index.get(key, ()):
                    terms[id(compiled)] = compiled
            found = self._first[word] = tuple(terms.values())
        return found

    def find(self, text: str) -> list[TermHit]:
        if not self.index or not text:
            return []
        tokens = tokenize(text)
        candidates: list[tuple[int, int, CompiledTerm]] = []
        for index, token in enumerate(tokens):
            for compiled in self.starting_with(token.text):
                last = self._match_at(compiled, tokens, index, text)
                if last is not None:
                    candidates.append((index, last, compiled))
        return self._select(candidates, tokens, text)

    def _match_at(
        self, compiled: CompiledTerm, tokens: list[Token], index: int, text: str
    ) -> int | None:
        """Index of the last token when `compiled` matches at token `index`, else None."""
        size = len(compiled.positions)
        if index + size > len(tokens):
            return None
        for offset in range(1, size):
            previous, token = tokens[index + offset - 1], tokens[index + offset]
            gap = text[previous.end : token.start]
            if not is_joining_gap(gap, compiled.extra_gap_chars[offset - 1]):
                return None
            if compiled.positions[offset].isdisjoint(self.keys_of(token.text)):
                return None
        last = index + size - 1
        if compiled.entry.case_sensitive and not _same_case(
            compiled.words, tokens[index : last + 1]
        ):
            return None
        if compiled.single_letter_end and _runs_on(tokens, last, text):
            return None
        return last

    def _select(
        self, candidates: list[tuple[int, int, CompiledTerm]], tokens: list[Token], text: str
    ) -> list[TermHit]:
        """Longest match wins; no overlaps; sorted by start."""
        candidates.sort(key=lambda c: (tokens[c[0]].start - tokens[c[1]].end, tokens[c[0]].start))
        taken = [False] * len(tokens)
        hits = []
        for first, last, compiled in candidates:
            if any(taken[first : last + 1]):
                continue
            for position in range(first, last + 1):
                taken[position] = True
            start, end = (
                tokens[first].start,
                _close_quote(text, tokens[first].start, tokens[last].end),
            )
            hits.append(
                TermHit(
                    start,
                    end,
                    text[start:end],
                    compiled.entry,
                    compiled.term,
                    self.lang,
                    self.forbidden,
                )
            )
        hits.sort(key=lambda hit: hit.start)
        return hits


def _same_case(words: tuple[str, ...], tokens: list[Token]) -> bool:
    for word, token in zip(words, tokens, strict=False):
        if word.isupper() and not token.text.rstrip("sS'’").isupper():
            return False
        if word[:1].isupper() != token.text[:1].isupper():
            return False
    return True


def _runs_on(tokens: list[Token], last: int, text: str) -> bool:
    """True when a final single letter continues into more of a name (E.T., E-mail, E Street)."""
    end = tokens[last].end
    if not tokens[last].text.isascii():
        following = text[end : end + 2]
        return len(following) == 2 and following[0] in ".-" + HYPHENS and following[1].isalpha()
    following = text[end : end + 2]
    if len(following) == 2 and following[0] in "." + HYPHENS and following[1].isalpha():
        return True
    if last + 1 >= len(tokens):
        return False
    gap = text[end : tokens[last + 1].start]
    word = tokens[last + 1].text
    return gap.isspace() and word[:1].isupper() and not word.isupper()


def _close_quote(text: str, start: int, end: int) -> int:
    """Extend a hit over the closing quote of an opening quote inside it: Центр «Э»."""
    inside = text[start:end]
    opened = sum(inside.count(q) for q in OPENING_QUOTES)
    straight = inside.count('"') % 2
    if (opened or straight) and end < len(text) and text[end] in QUOTES:
        return end + 1
    return end
