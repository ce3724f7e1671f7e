"""Autocomplete as the translator types: glossary terms and fragments of the memory's matches.

The work is split by how often it happens, so a keystroke costs almost nothing whatever the
size of the project:

- once a session, `TermIndex`: every target-language term of the glossary, sorted by its
  case-folded text, for a prefix search by bisection;
- once a segment, `SegmentCompletions.prepare`: the forms of the segment's own glossary hits
  in the form the sentence needs (`inflect_like`, computed by the assist for its panel) and
  the word fragments (1-4 words) of the segment's fuzzy-match translations, counted;
- each keystroke, `suggest`: the word being typed (two letters at least) against those two
  small lists and the index.

Order: the segment's glossary forms (they fit this sentence), then fragments of the
memory's matches (the more matches share one, the earlier; longer first among equals), then
other glossary terms. A suggestion typed with a capital letter is offered with one.
No Textual here: the editor shows the list, Tab accepts, typing on filters, Esc closes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MIN_PREFIX = 2
MAX_FRAGMENT_WORDS = 4
MIN_FRAGMENT_CHARS = 4
LIMIT = 5
WORD_BEFORE_CURSOR = re.compile(r"[\w\-’']+$")
WORD = re.compile(r"\w[\w\-’']*")

GLOSSARY = "glossary"  # a form of one of the segment's glossary terms
MEMORY = "memory"  # a fragment of a fuzzy match's translation
TERM = "term"  # another glossary term (as written)


@dataclass(frozen=True, slots=True)
class Suggestion:
    text: str  # what replaces the typed prefix
    kind: str  # GLOSSARY | MEMORY | TERM
    start: int  # where the typed prefix starts in the text (the span replaced is start..cursor)


def fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


class TermIndex:
    """Every target term of a glossary, for prefix search (built once; bisect a keystroke)."""

    def __init__(self, terms: Iterable[str]) -> None:
        unique = {fold(term): term for term in terms if term.strip()}
        self.keys = sorted(unique)
        self.terms = [unique[key] for key in self.keys]

    @classmethod
    def from_glossary(cls, glossary: object, lang: str) -> TermIndex:
        entries = getattr(glossary, "entries", ()) or ()
        return cls(term for entry in entries for term in entry.terms_for(lang))

    def __len__(self) -> int:
        return len(self.keys)

    def starting_with(self, prefix: str, limit: int) -> list[str]:
        folded = fold(prefix)
        found: list[str] = []
        index = bisect_left(self.keys, folded)
        while index < len(self.keys) and len(found) < limit:
            if not self.keys[index].startswith(folded):
                break
            found.append(self.terms[index])
            index += 1
        return found


class SegmentCompletions:
    """What can be offered while translating one segment."""

    def __init__(self, index: TermIndex | None = None) -> None:
        self.index = index
        self.candidates: list[tuple[str, str, str]] = []  # (folded, text, kind), best first

    def prepare(self, term_forms: Sequence[Sequence[str]], match_targets: Sequence[str]) -> None:
        """`term_forms`: for each glossary hit of the segment, its target forms (best first);
        `match_targets`: the translations of the segment's fuzzy matches (best first)."""
        seen: set[str] = set()
        candidates: list[tuple[str, str, str]] = []
        for forms in term_forms:
            for form in forms:
                key = fold(form)
                if key not in seen:
                    seen.add(key)
                    candidates.append((key, form, GLOSSARY))
        for fragment in memory_fragments(match_targets):
            key = fold(fragment)
            if key not in seen:
                seen.add(key)
                candidates.append((key, fragment, MEMORY))
        self.candidates = candidates

    def suggest(self, text: str, cursor: int | None = None, limit: int = LIMIT) -> list[Suggestion]:
        """Completions of the word before `cursor` (default: the end of `text`)."""
        cursor = len(text) if cursor is None else cursor
        typed = WORD_BEFORE_CURSOR.search(text, 0, cursor)
        if typed is None or len(typed.group()) < MIN_PREFIX:
            return []
        prefix = typed.group()
        folded = fold(prefix)
        found: list[Suggestion] = []
        offered: set[str] = set()

        def offer(candidate: str, kind: str) -> None:
            key = fold(candidate)
            if key == folded or key in offered:
                return
            offered.add(key)
            found.append(Suggestion(matching_case(candidate, prefix), kind, typed.start()))

        for key, candidate, kind in self.candidates:
            if key.startswith(folded):
                offer(candidate, kind)
                if len(found) >= limit:
                    return found
        if self.index is not None:
            for term in self.index.starting_with(prefix, limit * 2):
                offer(term, TERM)
                if len(found) >= limit:
                    break
        return found


def memory_fragments(targets: Sequence[str]) -> list[str]:
    """Word runs (1-4 words) of the match translations: shared by more matches first, then
    longer first, then in order of appearance."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, tuple[int, int]] = {}
    for rank, target in enumerate(targets):
        words = [(m.start(), m.end()) for m in WORD.finditer(target)]
        in_this: set[str] = set()
        for first in range(len(words)):
            for last in range(first, min(first + MAX_FRAGMENT_WORDS, len(words))):
                fragment = target[words[first][0] : words[last][1]]
                if len(fragment) < MIN_FRAGMENT_CHARS or fragment in in_this:
                    continue
                in_this.add(fragment)
                counts[fragment] += 1
                first_seen.setdefault(fragment, (rank, words[first][0]))
    return sorted(counts, key=lambda f: (-counts[f], -f.count(" "), first_seen[f]))


def matching_case(candidate: str, prefix: str) -> str:
    """ "Сизо"-typed prefixes get "СИЗО" as is; a capitalised prefix capitalises a lowercase
    candidate (the start of a sentence)."""
    if prefix[:1].isupper() and candidate[:1].islower():
        return candidate[:1].upper() + candidate[1:]
    return candidate


def accept(text: str, cursor: int, suggestion: Suggestion) -> tuple[str, int]:
    """The text with the typed prefix replaced by the suggestion, and the new cursor."""
    new_text = text[: suggestion.start] + suggestion.text + text[cursor:]
    return new_text, suggestion.start + len(suggestion.text)
