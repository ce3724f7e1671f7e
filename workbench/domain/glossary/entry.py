"""A glossary entry (a concept with its terms per language) and a hit of one in a text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

POS_VALUES = ("noun", "verb", "adjective", "adverb", "name", "phrase", "other")


@dataclass(eq=False, slots=True)
class Entry:
    """One concept: its terms per language (the first is preferred) and what goes with it."""

    id: str
    terms: dict[str, list[str]]
    forbidden: dict[str, list[str]] = field(default_factory=dict)
    gloss: dict[str, str] = field(default_factory=dict)
    note: str = ""
    pos: str = ""
    dnt: bool = False  # do not translate: names, acronyms kept as they are
    case_sensitive: bool = False
    tags: list[str] = field(default_factory=list)
    line: int = 0  # where the entry starts in glossary.yml (0 when not from a file)

    def preferred(self, lang: str) -> str | None:
        terms = self.terms.get(lang)
        return terms[0] if terms else None

    def terms_for(self, lang: str) -> list[str]:
        """Terms to look for in `lang`; a do-not-translate entry's terms count everywhere."""
        own = self.terms.get(lang, [])
        if own or not self.dnt:
            return list(own)
        seen: list[str] = []
        for terms in self.terms.values():
            seen.extend(term for term in terms if term not in seen)
        return seen

    def label(self, lang: str) -> str:
        """The entry's name for people: its preferred term in `lang`, else any term."""
        preferred = self.preferred(lang)
        if preferred:
            return preferred
        for terms in self.terms.values():
            if terms:
                return terms[0]
        return self.id

    def all_terms(self) -> Iterable[tuple[str, str]]:
        for lang, terms in self.terms.items():
            for term in terms:
                yield lang, term

    def to_dict(self) -> dict[str, object]:
        """The entry as plain data in glossary.yml key order (empty fields left out)."""
        data: dict[str, object] = {
            "id": self.id,
            "terms": {k: list(v) for k, v in self.terms.items()},
        }
        if self.forbidden:
            data["forbidden"] = {k: list(v) for k, v in self.forbidden.items()}
        if self.gloss:
            data["gloss"] = dict(self.gloss)
        if self.note:
            data["note"] = self.note
        if self.pos:
            data["pos"] = self.pos
        if self.dnt:
            data["dnt"] = True
        if self.case_sensitive:
            data["case_sensitive"] = True
        if self.tags:
            data["tags"] = list(self.tags)
        return data


@dataclass(frozen=True, slots=True)
class TermHit:
    start: int  # character offsets into the searched text
    end: int
    text: str  # as it appears in the text
    entry: Entry
    term: str  # the glossary term that matched
    lang: str
    forbidden: bool = False  # True for hits of a forbidden variant
