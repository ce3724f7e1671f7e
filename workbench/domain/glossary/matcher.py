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

from workbench.domain.glossary import derived, english, russian
from workbench.domain.glossary.entry import Entry, TermHit
from workbench.domain.glossary.normalise import (
    HYPHENS,
    MAX_GAP,
    QUOTES,
    Token,
    is_acronym,
    is_cyrillic,
    is_joining_gap,
    non_text_spans,
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
    checked: bool  # case-sensitive or single-letter end: needs _accept
    verb_keys: frozenset[str] = frozenset()  # first-word keys of a verb: a gap may follow


def word_keys(word: str, lang: str) -> frozenset[str]:
    """The keys of a word found in a text."""
    normal = normalise_word(word)
    if lang == "ru" and is_cyrillic(normal):
        return frozenset(LEMMA + lemma for lemma in russian.lemmas(normal)) | {normal}
    return frozenset((normal,))


def _position_keys(
    word: str, lang: str, inflect_as: str | None, heads_phrase: bool = False
) -> frozenset[str]:
    """The keys a text word may have to stand for `word` of a term. `heads_phrase`: the
    first word of a multi-word noun term, whose verb counts too (заключили под стражу)."""
    normal = normalise_word(word)
    if is_acronym(word):
        return frozenset(english.acronym_forms(normal) if not is_cyrillic(normal) else (normal,))
    if lang == "ru" and is_cyrillic(normal):
        lemmas = set(russian.term_lemmas(normal))
        if derived.is_person_word(normal):
            lemmas |= derived.russian_feminine_lemmas(normal)
        if heads_phrase:
            lemmas |= derived.russian_verb_lemmas(normal)
        if inflect_as == "verb":
            lemmas |= {p for lemma in lemmas for p in derived.russian_verb_family(lemma)}
        return frozenset(LEMMA + lemma for lemma in lemmas)
    if lang == "en":
        keys: set[str] = set()
        for spelling in derived.english_spellings(normal):
            if inflect_as is None:
                keys.add(spelling)
            else:
                keys |= english.inflections(spelling, verb=inflect_as == "verb")
            if inflect_as == "noun" and spelling.isalpha():
                keys |= english.inflections(spelling, verb=True)  # bookmarked, licensed
            if heads_phrase:
                keys |= english.inflections(spelling, verb=True)
                keys |= derived.english_verb_forms(spelling)
        return frozenset(keys)
    return frozenset((normal,))


# Short words that may stand between a verb and the rest of its term: заключили его под
# стражу, remanded him in custody. At most MAX_GAP_WORDS of them.
GAP_WORDS = {
    "ru": frozenset(
        "его ее их им ему ей него нее них ним нему ней меня мне нас нам вас вам тебя тебе "
        "себя себе же бы ли уже вновь снова тоже также сразу еще".split()
    ),
    "en": frozenset("him her them it me us you himself herself themselves".split()),
}
MAX_GAP_WORDS = 2


def _verb_keys(word: str, lang: str, verb: bool, heads_phrase: bool) -> frozenset[str]:
    """The keys of the first word of a term read as a verb (pos: verb, or the verb of a
    deverbal noun heading a phrase): only after those may a pronoun or particle intervene."""
    normal = normalise_word(word)
    if not (verb or heads_phrase) or is_acronym(word):
        return frozenset()
    if lang == "ru" and is_cyrillic(normal):
        lemmas = set(derived.russian_verb_lemmas(normal))
        if verb:
            lemmas |= russian.term_lemmas(normal)
            lemmas |= {p for lemma in lemmas for p in derived.russian_verb_family(lemma)}
        return frozenset(LEMMA + lemma for lemma in lemmas)
    if lang == "en":
        keys: set[str] = set()
        for spelling in derived.english_spellings(normal):
            keys |= english.inflections(spelling, verb=True)
            keys |= derived.english_verb_forms(spelling)
        return frozenset(keys)
    return frozenset()


ENGLISH_LINKS = frozenset({"in", "under", "to", "on", "for", "from", "into", "at", "with"})


def _heads_phrase(words: list[str], index: int, lang: str, verb: bool) -> bool:
    """The first word of a noun term followed by a preposition (or, in Russian, any word)."""
    if verb or index != 0 or len(words) < 2:
        return False
    if lang == "ru":
        return True
    return normalise_word(words[1]) in ENGLISH_LINKS


def _without_of(words: list[str], gaps: list[str]) -> tuple[list[str], list[str]] | None:
    """ "justification of terrorism" -> "justification terrorism", to be read with the
    verb of its first word: "justified terrorism"."""
    if (
        len(words) >= 3
        and normalise_word(words[1]) == "of"
        and derived.english_verbs(normalise_word(words[0]))
    ):
        rest = words[2:]
        return [words[0], *rest], [" "] * len(rest)
    return None


def _closed_compound(words: list[str], gaps: list[str]) -> tuple[list[str], list[str]] | None:
    """An English noun of two or three words written as one: file system -> filesystem,
    user name -> username, time zone -> timezone."""
    if not 2 <= len(words) <= 3 or any(gap.strip() for gap in gaps):
        return None
    if not all(word.isalpha() and word.isascii() and len(word) >= 2 for word in words):
        return None
    if is_acronym(words[0]) or words[-1][:1].isupper():
        return None  # names and acronyms keep their words
    return ["".join(words)], []


def _variants(term: str, lang: str = "", verb: bool = False) -> list[tuple[list[str], list[str]]]:
    """Word lists of a term: as written, with hyphenated parts joined (anti-fascist), and an
    English noun's words written as one (filesystem)."""
    words, gaps = term_words(term), term_gaps(term)
    variants = [(words, gaps)]
    closed = _closed_compound(words, gaps) if lang == "en" and not verb else None
    if closed:
        variants.append(closed)
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
    verb = entry.pos == "verb"
    variants = [(words, gaps, False) for words, gaps in _variants(term, lang, verb)]
    dropped = _without_of(*variants[0][:2]) if lang == "en" and not verb else None
    if dropped:
        variants.append((*dropped, True))  # justified terrorism
    for words, gaps, verb_first in variants:
        if not words:
            continue
        positions = []
        for index, word in enumerate(words):
            inflect_as = None
            if verb and index == 0:
                inflect_as = "verb"
            elif not verb and index == len(words) - 1:
                inflect_as = "noun"
            if verb_first and index == 0:
                positions.append(derived.english_verb_forms(normalise_word(word)))
                continue
            heads = _heads_phrase(words, index, lang, verb)
            positions.append(_position_keys(word, lang, inflect_as, heads))
        extra = tuple("".join(c for c in gap if not c.isspace()) for gap in gaps)
        verb_keys: frozenset[str] = frozenset()
        if len(words) > 1:
            if verb_first:
                verb_keys = positions[0]
            else:
                heads = _heads_phrase(words, 0, lang, verb)
                verb_keys = _verb_keys(words[0], lang, verb, heads) & positions[0]
        last = words[-1]
        single_letter = len(words) > 1 and len(last) == 1 and last.isalpha()
        compiled.append(
            CompiledTerm(
                entry=entry,
                term=term,
                positions=tuple(positions),
                extra_gap_chars=extra,
                words=tuple(words),
                single_letter_end=single_letter,
                checked=single_letter or entry.case_sensitive,
                verb_keys=verb_keys,
            )
        )
    return compiled


class Matcher:
    """All the terms of one language (or all its forbidden variants), ready to search.

    One-word terms are indexed by their key; longer terms by the keys of their first two
    words, so a common first word ("the", "центр") does not bring up every term it starts.
    """

    def __init__(
        self, lang: str, pairs: Iterable[tuple[Entry, str]], forbidden: bool = False
    ) -> None:
        self.lang = lang
        self.forbidden = forbidden
        self.single: dict[str, list[CompiledTerm]] = {}
        self.double: dict[tuple[str, str], list[CompiledTerm]] = {}
        self.gapped: dict[str, list[CompiledTerm]] = {}  # verb phrases, by the verb's keys
        self.gap_words = GAP_WORDS.get(lang, frozenset())
        for entry, term in pairs:
            for compiled in compile_term(entry, term, lang):
                if self.gap_words:
                    for key in compiled.verb_keys:
                        self.gapped.setdefault(key, []).append(compiled)
                if len(compiled.positions) == 1:
                    for key in compiled.positions[0]:
                        self.single.setdefault(key, []).append(compiled)
                    continue
                for first in compiled.positions[0]:
                    for second in compiled.positions[1]:
                        self.double.setdefault((first, second), []).append(compiled)
        self.first_keys = frozenset(first for first, _second in self.double)
        self._keys: dict[str, frozenset[str]] = {}

    def __len__(self) -> int:
        return len(self.single) + len(self.double)

    def keys_of(self, word: str) -> frozenset[str]:
        keys = self._keys.get(word)
        if keys is None:
            if len(self._keys) > CACHE_LIMIT:
                self._keys.clear()
            keys = self._keys[word] = word_keys(word, self.lang)
        return keys

    def find(self, text: str) -> list[TermHit]:
        if not (self.single or self.double) or not text:
            return []
        tokens = tokenize(text)
        skipped = non_text_spans(text)
        if skipped:
            tokens = [t for t in tokens if not any(a <= t.start and t.end <= b for a, b in skipped)]
        cache = self._keys
        keys = [cache.get(token.text) or self.keys_of(token.text) for token in tokens]
        gaps = [text[a.end : b.start] for a, b in zip(tokens, tokens[1:], strict=False)]
        joins = [is_joining_gap(gap) for gap in gaps]
        candidates: list[tuple[int, int, CompiledTerm]] = []
        single, double, first_keys = self.single, self.double, self.first_keys
        last_index = len(tokens) - 1
        for index, token_keys in enumerate(keys):
            for key in token_keys:
                for compiled in single.get(key, ()):
                    if not compiled.checked or self._accept(compiled, tokens, index, index, text):
                        candidates.append((index, index, compiled))
            if index == last_index or len(gaps[index]) > MAX_GAP:
                continue
            if self.gapped and not self.gapped.keys().isdisjoint(token_keys):
                candidates += self._gapped_candidates(tokens, keys, gaps, joins, index, text)
            for first in token_keys:
                if first not in first_keys:
                    continue
                for second in keys[index + 1]:
                    for compiled in double.get((first, second), ()):
                        last = self._match_rest(compiled, tokens, keys, gaps, joins, index)
                        if last is None:
                            continue
                        if not compiled.checked or self._accept(
                            compiled, tokens, index, last, text
                        ):
                            candidates.append((index, last, compiled))
        return self._select(candidates, tokens, text)

    def _gapped_candidates(
        self,
        tokens: list[Token],
        keys: list[frozenset[str]],
        gaps: list[str],
        joins: list[bool],
        index: int,
        text: str,
    ) -> list[tuple[int, int, CompiledTerm]]:
        """Verb phrases with a pronoun or particle after the verb: заключил его под стражу."""
        found = []
        terms = {id(c): c for key in keys[index] for c in self.gapped.get(key, ())}
        skipped = 0
        while skipped < MAX_GAP_WORDS:
            at = index + skipped + 1
            if at >= len(tokens) - 1 or not joins[at - 1]:
                break
            if normalise_word(tokens[at].text) not in self.gap_words:
                break
            skipped += 1
            if not joins[at]:
                break
            for compiled in terms.values():
                last = self._match_rest(compiled, tokens, keys, gaps, joins, at + 1, first=1)
                if last is None:
                    continue
                if not compiled.checked or self._accept(compiled, tokens, index, last, text):
                    found.append((index, last, compiled))
        return found

    @staticmethod
    def _match_rest(
        compiled: CompiledTerm,
        tokens: list[Token],
        keys: list[frozenset[str]],
        gaps: list[str],
        joins: list[bool],
        index: int,
        first: int = 0,
    ) -> int | None:
        """Index of the last token when `compiled` matches with its word `first` at token
        `index` (the words before it, and the word after it when `first` is 0, known)."""
        size = len(compiled.positions) - first
        if index + size > len(tokens):
            return None
        for offset in range(size):
            at = index + offset
            position = first + offset
            if offset < size - 1 and not joins[at]:
                extra = compiled.extra_gap_chars[position]
                if not is_joining_gap(gaps[at], extra):
                    return None
            if (first or offset >= 2) and compiled.positions[position].isdisjoint(keys[at]):
                return None
        return index + size - 1

    @staticmethod
    def _accept(
        compiled: CompiledTerm, tokens: list[Token], first: int, last: int, text: str
    ) -> bool:
        if compiled.entry.case_sensitive and not _same_case(
            compiled.words, tokens[first : last + 1]
        ):
            return False
        return not (compiled.single_letter_end and _runs_on(tokens, last, text))

    def _select(
        self, candidates: list[tuple[int, int, CompiledTerm]], tokens: list[Token], text: str
    ) -> list[TermHit]:
        """Longest match wins; no overlaps; sorted by start."""
        if not candidates:
            return []
        candidates.sort(key=lambda c: (tokens[c[0]].start - tokens[c[1]].end, tokens[c[0]].start))
        taken = [False] * len(tokens)
        hits = []
        for first, last, compiled in candidates:
            if any(taken[first : last + 1]):
                continue
            for position in range(first, last + 1):
                taken[position] = True
            start = tokens[first].start
            end = _close_quote(text, tokens, first, last)
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


def _close_quote(text: str, tokens: list[Token], first: int, last: int) -> int:
    """Extend a hit over the closing quote of a quote opened inside it: Центр «Э», Center
    'E', Центр „Э“, Center ″E″ (any quote character: only those between the hit's words
    count, not an apostrophe inside a word)."""
    end = tokens[last].end
    if end >= len(text) or text[end] not in QUOTES:
        return end
    between = "".join(
        text[a.end : b.start]
        for a, b in zip(tokens[first:last], tokens[first + 1 : last + 1], strict=True)
    )
    quotes = sum(1 for char in between if char in QUOTES)
    return end + 1 if quotes % 2 == 1 else end
