"""The glossary in memory: entries, hits, and the `Glossary` that finds them in text."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workbench.domain.glossary.entry import POS_VALUES, Entry, TermHit
from workbench.domain.glossary.matcher import Matcher
from workbench.domain.glossary.normalise import normalise_word

__all__ = ["POS_VALUES", "Entry", "Glossary", "TermHit"]


@dataclass(eq=False)
class Glossary:
    entries: list[Entry] = field(default_factory=list)
    path: Path | None = None
    _matchers: dict[tuple[str, bool], Matcher] = field(default_factory=dict, repr=False)

    def entry(self, entry_id: str) -> Entry | None:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        return None

    def languages(self) -> list[str]:
        langs: list[str] = []
        for entry in self.entries:
            langs.extend(lang for lang in entry.terms if lang not in langs)
        return langs

    def find(self, text: str, lang: str) -> list[TermHit]:
        """Glossary terms in `text` (written in `lang`): longest first, no overlaps, by start."""
        return self._matcher(lang, forbidden=False).find(text)

    def find_forbidden(self, text: str, lang: str) -> list[TermHit]:
        """Forbidden variants in `text`."""
        return self._matcher(lang, forbidden=True).find(text)

    def search(self, query: str) -> list[Entry]:
        """Entries whose id, terms, gloss, note or tags contain `query` (case-insensitive)."""
        needle = normalise_word(query.strip())
        if not needle:
            return list(self.entries)
        found = []
        for entry in self.entries:
            haystack = [entry.id, entry.note, *entry.tags, *entry.gloss.values()]
            haystack += [term for _lang, term in entry.all_terms()]
            if any(needle in normalise_word(text) for text in haystack):
                found.append(entry)
        return found

    def _matcher(self, lang: str, forbidden: bool) -> Matcher:
        key = (lang, forbidden)
        matcher = self._matchers.get(key)
        if matcher is None:
            pairs: list[tuple[Entry, str]] = []
            for entry in self.entries:
                terms = entry.forbidden.get(lang, []) if forbidden else entry.terms_for(lang)
                pairs.extend((entry, term) for term in terms)
            matcher = Matcher(lang, pairs, forbidden=forbidden)
            self._matchers[key] = matcher
        return matcher
