"""Concordance: find words in memory units, any word form (Russian through pymorphy3).

Every word of the query must occur in the searched field; a text word matches a query
word when they share a form: the same case-folded spelling (ё = е) or, for Cyrillic
words, one of the lemmas of any of their pymorphy3 parses (the first parse alone is
often wrong: "сизо" parses first as "сизый").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Protocol

_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


class Texts(Protocol):
    """Anything with a source and a target text (a unit of a catalog or of the memory)."""

    @property
    def source(self) -> str: ...

    @property
    def target(self) -> str: ...


class Concordance:
    def __init__(self, words: str, lang: str) -> None:
        self.lang = lang
        self.query = [forms(word) for word in _WORD.findall(words)]
        # cheap prefilter: a text can only match if it holds a prefix of some form of each word
        self.prefixes = [{form[:3] for form in group} for group in self.query]

    @property
    def empty(self) -> bool:
        return not self.query

    def spans(self, unit: Texts, fields: list[str]) -> tuple[tuple[str, int, int], ...]:
        found: list[tuple[str, int, int]] = []
        for field in fields:
            text = unit.source if field == "source" else unit.target
            found.extend((field, start, end) for start, end in self.find(text))
        return tuple(found)

    def find(self, text: str) -> list[tuple[int, int]]:
        """Spans of the query words in `text`, or [] unless every word is there."""
        folded = fold(text)
        if not all(any(p in folded for p in prefixes) for prefixes in self.prefixes):
            return []
        spans: list[tuple[int, int]] = []
        seen = [False] * len(self.query)
        for match in _WORD.finditer(text):
            word_forms = forms(match.group())
            for number, group in enumerate(self.query):
                if group & word_forms:
                    seen[number] = True
                    spans.append(match.span())
                    break
        return spans if all(seen) else []


def fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


@lru_cache(maxsize=65536)
def forms(word: str) -> frozenset[str]:
    folded = fold(word)
    if not _CYRILLIC.search(folded):
        return frozenset({folded})
    return frozenset({folded} | {fold(parse.normal_form) for parse in _morph().parse(folded)})


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")
