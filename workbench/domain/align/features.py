"""What two units in different languages can share: anchor keys, one set per token.

A unit (paragraph or sentence) becomes a list of tokens; each token carries the keys it can
be matched by in the other language:

- numbers (`n:2015`), month names as numbers (`m:5`, "May" = "мая");
- words written in Latin script inside Russian text and every English word (`l:kicad`);
- a transliteration skeleton for names and cognates (`t:mftkv`: Мифтахов = Miftakhov);
- punctuation and markup that survive translation (`p:?`, `p:%`, `p:[`);
- glossary terms in any word form (`g:<entry id>`), found by the glossary matcher;
- keys the caller adds (pairs from the translation memory);
- on the second pass, translations from a dictionary learned on the first (`d:<lemma>`).

A token matches a unit of the other language when one of its keys is among that unit's keys.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from workbench.domain.align.translit import translit_keys
from workbench.domain.glossary.model import Glossary
from workbench.domain.glossary.normalise import is_cyrillic, normalise_word
from workbench.domain.glossary.russian import lemmas
from workbench.domain.langtags import primary_subtag

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
PUNCTUATION_ANCHORS = "?!%[]()#@&*+=<>/|§№$€£"
MONTHS = {
    "en": ("january february march april may june july august september october november "
           "december").split(),
    "ru": ("январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр").split(),
}  # fmt: skip
_RU_MONTH = re.compile(
    r"^(январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
)
_EN_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly")

Keys = frozenset[str]


@dataclass(slots=True)
class UnitFeatures:
    length: int  # characters
    tokens: list[Keys]  # one set of keys per token (distinct words only)
    keys: set[str]  # every key of every token
    stems: list[str]  # per word token (the first len(stems) tokens): stem or lemma, or ""
    masks: dict[str, int] = field(default_factory=dict)  # key -> bit set of its tokens

    def __post_init__(self) -> None:
        if not self.masks:
            for index, token in enumerate(self.tokens):
                bit = 1 << index
                for key in token:
                    self.masks[key] = self.masks.get(key, 0) | bit

    def matched_tokens(self, other_keys: set[str]) -> int:
        """How many of this unit's tokens have a key among `other_keys`."""
        common = (
            self.keys & other_keys if len(self.keys) < len(other_keys) else other_keys & self.keys
        )
        if not common:
            return 0
        bits = 0
        masks = self.masks
        for key in common:
            bits |= masks[key]
        return bits.bit_count()


def is_russian(lang: str) -> bool:
    return primary_subtag(lang) in {"ru", "uk", "be"}


@lru_cache(maxsize=262_144)
def english_stem(word: str) -> str:
    word = normalise_word(word).removesuffix("'s")
    for suffix in _EN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=262_144)
def russian_lemma(word: str) -> str:
    folded = normalise_word(word)
    found = lemmas(folded)
    return min(found) if found else folded


@lru_cache(maxsize=262_144)
def _word_keys(word: str, russian: bool) -> tuple[Keys, str]:
    """Keys of one word of a unit in a given language, and its dictionary stem."""
    if word.isdigit():
        return frozenset({"n:" + (word.lstrip("0") or "0")}), ""
    lower = normalise_word(word)
    keys = set()
    cyrillic = is_cyrillic(lower)
    if not cyrillic:
        keys.add("l:" + lower)
    keys.update("t:" + key for key in translit_keys(lower))
    month = _month(lower, russian)
    if month:
        keys.add(month)
    if cyrillic:
        stem = russian_lemma(lower) if russian else lower
    else:
        stem = english_stem(lower) if not russian else lower
    return frozenset(keys), stem


def _month(lower: str, russian: bool) -> str | None:
    if russian:
        match = _RU_MONTH.match(lower)
        if not match or len(lower) > len(match.group()) + 3:
            return None
        prefix = match.group()[:2] if match.group().startswith("ма") else match.group()
        return f"m:{MONTHS['ru'].index(prefix) + 1}"
    if lower in MONTHS["en"]:
        return f"m:{MONTHS['en'].index(lower) + 1}"
    return None


def unit_features(
    text: str,
    lang: str,
    glossary: Glossary | None = None,
    extra_keys: Iterable[str] = (),
) -> UnitFeatures:
    russian = is_russian(lang)
    tokens: list[Keys] = []
    stems: list[str] = []
    seen: set[str] = set()
    for match in WORD.finditer(text):
        word = match.group()
        if word in seen:
            continue
        seen.add(word)
        found, stem = _word_keys(word, russian)
        tokens.append(found)
        stems.append(stem)
    for char in set(text) & set(PUNCTUATION_ANCHORS):
        tokens.append(frozenset({"p:" + char}))
    if glossary is not None:
        for hit in glossary.find(text, lang):
            tokens.append(frozenset({"g:" + hit.entry.id}))
    for key in extra_keys:
        tokens.append(frozenset({key}))
    keys: set[str] = set()
    for token in tokens:
        keys |= token
    return UnitFeatures(len(text), tokens, keys, stems)


def with_dictionary(features: UnitFeatures, dictionary: Dictionary, target: bool) -> UnitFeatures:
    """The unit's features with learned translations (`d:` keys) added to its words.

    Target-language stems are the keys on both sides: a source word gets the stems it
    translates to, a target word its own stem when the dictionary knows it.
    """
    tokens = list(features.tokens)
    for index, stem in enumerate(features.stems):
        if not stem:
            continue
        if target:
            if stem in dictionary.known_targets:
                tokens[index] = tokens[index] | {"d:" + stem}
        else:
            translations = dictionary.translations.get(stem)
            if translations:
                tokens[index] = tokens[index] | {"d:" + found for found in translations}
    keys: set[str] = set()
    for token in tokens:
        keys |= token
    return UnitFeatures(features.length, tokens, keys, features.stems)


@dataclass(frozen=True, slots=True)
class Dictionary:
    translations: dict[str, frozenset[str]]  # source stem -> target stems
    known_targets: frozenset[str]  # every target stem in it


def sequence_features(
    texts: Sequence[str], lang: str, glossary: Glossary | None = None
) -> list[UnitFeatures]:
    return [unit_features(text, lang, glossary) for text in texts]
