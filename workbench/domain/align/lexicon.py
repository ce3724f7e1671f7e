"""The built-in English-Russian lexicon (learned from Debian's translations), as a Dictionary
for either direction, and the union of two dictionaries."""

from __future__ import annotations

from functools import lru_cache

from workbench.domain.align.features import Dictionary
from workbench.domain.langtags import primary_subtag


@lru_cache(maxsize=2)
def _dictionary(reverse: bool) -> Dictionary:
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
    entries = {word: frozenset(translations) for word, translations in found.items()}
    return Dictionary(entries, frozenset(t for targets in entries.values() for t in targets))


def builtin_lexicon(source_lang: str, target_lang: str) -> Dictionary | None:
    """The lexicon for English -> Russian or Russian -> English; None for other pairs."""
    source, target = primary_subtag(source_lang), primary_subtag(target_lang)
    if source == "en" and target == "ru":
        return _dictionary(False)
    if source == "ru" and target == "en":
        return _dictionary(True)
    return None


def merged(first: Dictionary | None, second: Dictionary) -> Dictionary:
    """Both dictionaries' translations of every word."""
    if first is None or not first.translations:
        return second
    translations = dict(first.translations)
    for word, found in second.translations.items():
        translations[word] = translations.get(word, frozenset()) | found
    return Dictionary(translations, first.known_targets | second.known_targets)
