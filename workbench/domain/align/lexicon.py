"""The built-in English-Russian lexicon (learned from Debian's translations), as a Dictionary
for either direction, and the union of two dictionaries."""

from __future__ import annotations

from functools import lru_cache

from workbench.domain.align.features import Dictionary, is_russian
from workbench.domain.langtags import primary_subtag


@lru_cache(maxsize=2)
def _entries(reverse: bool) -> dict[str, frozenset[str]]:
    from workbench.domain.align.lexicon_en_ru import LEXICON

    found: dict[str, set[str]] = {}
    for line in LEXICON.splitlines():
        words = line.split()
        if len(words) < 2:
            continue
        english, russian = words[0], words[1:]
        if reverse:
            for lemma in russian:
                found.setdefault(lemma, set()).add(english)
        else:
            found.setdefault(english, set()).update(russian)
    return {word: frozenset(translations) for word, translations in found.items()}


def builtin_lexicon(source_lang: str, target_lang: str) -> Dictionary | None:
    """The lexicon for English -> Russian or Russian -> English; None for other pairs."""
    source, target = primary_subtag(source_lang), primary_subtag(target_lang)
    if source == "en" and target == "ru":
        entries = _entries(False)
    elif source == "ru" and target == "en" and is_russian(source_lang):
        entries = _entries(True)
    else:
        return None
    return Dictionary(entries, frozenset(t for found in entries.values() for t in found))


def merged(first: Dictionary | None, second: Dictionary) -> Dictionary:
    """Both dictionaries' translations of every word."""
    if first is None or not first.translations:
        return second
    translations = dict(first.translations)
    for word, found in second.translations.items():
        translations[word] = translations.get(word, frozenset()) | found
    return Dictionary(translations, first.known_targets | second.known_targets)
