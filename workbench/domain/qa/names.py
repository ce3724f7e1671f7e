"""names: people and places spelled the same way across the whole project.

Capitalised Latin words that never occur in lower case (so: names) are grouped by a
transliteration key (kh -> h, ks -> x, y -> i, doubled letters once, ...) and, for long
names, by one differing letter. A group with more than one spelling is reported at every
occurrence of the rarer spellings, in sources (Azat Miftakhov / Azat Miftahov are both in
the seed texts) and in translations. Russian names inflect, so Cyrillic text is not grouped.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from workbench.domain.qa.base import Finding, PlacedUnit, Side, project_check
from workbench.domain.qa.text import lang_script

NAME = re.compile(r"\b([A-Z][a-z\u00e0-\u00ff]{3,})(?:['’]s)?\b")
OPENERS = " \t\n\"“«(‘'"
SENTENCE_ENDS = ".!?:;…—–-"
LOWER_WORD = re.compile(r"\b[a-z\u00e0-\u00ff]{4,}\b")
MIN_FUZZY_LENGTH = 7
# Transliteration variants folded to one key (pattern, replacement), applied in this order.
# fmt: off
KEY_RULES = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        ("^ye", "e"), ("^yu", "iu"), ("^ya", "ia"), ("kh", "h"), ("ks", "x"), ("ph", "f"),
        ("tz|ts", "c"), ("w", "v"), ("j", "i"), (r"iy\b|yi\b|ij\b", "i"), ("y", "i"),
        ("ie", "e"), (r"(.)\1+", r"\1"),
    )
)
# fmt: on


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """Miftakhov and Miftahov, Ilya and Ilia, Yevgeny and Evgeniy share a key."""
    key = word.lower()
    for pattern, replacement in KEY_RULES:
        key = pattern.sub(replacement, key)
    return key


@dataclass(slots=True)
class Occurrence:
    word: str
    place: PlacedUnit
    side: Side
    start: int
    end: int
    mid_sentence: bool  # capitalised where a common word would not be: likely a name


@project_check(
    "names",
    "warning",
    "a name spelled in more than one way across the project (sources and translations)",
)
def check_names(units: list[PlacedUnit]) -> list[Finding]:
    corpora: dict[tuple[Side, str], list[Occurrence]] = defaultdict(list)
    lowercase: dict[tuple[Side, str], set[str]] = defaultdict(set)
    seen_sources: set[tuple[str, str]] = set()
    for place in units:
        unit = place.unit
        if (place.document, unit.id) not in seen_sources:
            seen_sources.add((place.document, unit.id))
            _collect(unit.source, place, "source", place.source_lang, corpora, lowercase)
        if unit.target:
            _collect(unit.target, place, "target", place.lang, corpora, lowercase)
    findings: list[Finding] = []
    for corpus, occurrences in corpora.items():
        names = [o for o in occurrences if o.word.lower() not in lowercase[corpus]]
        findings.extend(_report(names))
    return findings


def _collect(
    text: str,
    place: PlacedUnit,
    side: Side,
    lang: str,
    corpora: dict[tuple[Side, str], list[Occurrence]],
    lowercase: dict[tuple[Side, str], set[str]],
) -> None:
    if lang_script(lang) != "latin":
        return
    corpus = (side, lang)
    for match in NAME.finditer(text):
        start = match.start(1)
        mid_sentence = _mid_sentence(text, start)
        corpora[corpus].append(
            Occurrence(match.group(1), place, side, start, match.end(1), mid_sentence)
        )
    lowercase[corpus].update(LOWER_WORD.findall(text))


def _mid_sentence(text: str, start: int) -> bool:
    index = start
    while index > 0 and text[index - 1] in OPENERS:
        index -= 1
    return index > 0 and text[index - 1] not in SENTENCE_ENDS and index == start - 1


def _report(names: list[Occurrence]) -> list[Finding]:
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    surely_names: set[str] = set()
    for occurrence in names:
        key = name_key(occurrence.word)
        spellings[key][occurrence.word] += 1
        if occurrence.mid_sentence:
            surely_names.add(key)
    groups = _merge_near_keys(sorted(surely_names)) + [
        [key] for key in spellings if key not in surely_names
    ]
    findings = []
    for keys in groups:
        counts: Counter[str] = Counter()
        for key in keys:
            counts.update(spellings[key])
        if len(counts) < 2:
            continue
        usual, usual_count = counts.most_common(1)[0]
        for occurrence in names:
            if occurrence.word in counts and occurrence.word != usual:
                findings.append(_finding(occurrence, usual, usual_count))
    return findings


def _merge_near_keys(keys: list[str]) -> list[list[str]]:
    """Group keys equal but for one letter (not the last), for keys of 7+ letters.

    Only keys seen in the middle of a sentence come here: "Present" and "Prevent" at the
    start of sentences are common words, not two spellings of a name.
    """
    parent = {key: key for key in keys}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    masks: dict[str, str] = {}
    for key in keys:
        if len(key) < MIN_FUZZY_LENGTH:
            continue
        for index in range(1, len(key) - 1):
            mask = f"{key[:index]}?{key[index + 1 :]}"
            if mask in masks:
                parent[root(key)] = root(masks[mask])
            else:
                masks[mask] = key
    groups: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        groups[root(key)].append(key)
    return list(groups.values())


def _finding(occurrence: Occurrence, usual: str, usual_count: int) -> Finding:
    place = occurrence.place
    times = "once" if usual_count == 1 else f"{usual_count} times"
    return Finding(
        "names",
        "warning",
        f"{occurrence.word!r} is spelled {usual!r} elsewhere in the project ({times})",
        place.document,
        place.unit.id,
        occurrence.side,
        occurrence.start,
        occurrence.end,
        place.lang,
    )
