"""consistency: the same source translated differently, different sources translated the same."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from workbench.domain.qa.base import Finding, PlacedUnit, project_check

WORDS_AND_NUMBERS = re.compile(r"[^\W_]+")
MIN_SOURCE_WORDS = 2  # "Yes." may fairly be translated in several ways
MIN_TARGET_WORDS = 3


@project_check(
    "consistency",
    "warning",
    "the same source translated in different ways; different sources with the same translation",
)
def check_consistency(units: list[PlacedUnit]) -> list[Finding]:
    by_source: dict[tuple[str, str], list[PlacedUnit]] = defaultdict(list)
    by_target: dict[tuple[str, str], list[PlacedUnit]] = defaultdict(list)
    for place in units:
        unit = place.unit
        if not unit.target.strip():
            continue
        by_source[(place.lang, _letters(unit.source))].append(place)
        by_target[(place.lang, _letters(unit.target))].append(place)
    findings: list[Finding] = []
    for (_lang, source), places in by_source.items():
        if len(places) > 1 and source.count(" ") + 1 >= MIN_SOURCE_WORDS:
            findings.extend(_differently_translated(places))
    for (_lang, target), places in by_target.items():
        if len(places) > 1 and target.count(" ") + 1 >= MIN_TARGET_WORDS:
            findings.extend(_same_translation(places))
    return findings


def _differently_translated(places: list[PlacedUnit]) -> list[Finding]:
    """One source, several translations: each place points at one that differs."""
    variants = len({_letters(place.unit.target) for place in places})
    return _disagreements(
        places,
        lambda place: _letters(place.unit.target),
        lambda other: (
            f"the same source is translated {variants} ways in the project "
            f"(also {other.document}:{other.unit.id})"
        ),
    )


def _same_translation(places: list[PlacedUnit]) -> list[Finding]:
    """One translation, several different sources."""
    return _disagreements(
        places,
        lambda place: _letters(place.unit.source),
        lambda other: (
            f"a different source has the same translation ({other.document}:{other.unit.id})"
        ),
    )


def _disagreements(
    places: list[PlacedUnit],
    key_of: Callable[[PlacedUnit], str],
    message: Callable[[PlacedUnit], str],
) -> list[Finding]:
    keyed = [(place, key_of(place)) for place in places]
    if len({key for _place, key in keyed}) < 2:
        return []
    findings = []
    for place, key in keyed:
        other = next(p for p, k in keyed if k != key)
        findings.append(
            Finding(
                "consistency",
                "warning",
                message(other),
                place.document,
                place.unit.id,
                "target",
                None,
                None,
                place.lang,
            )
        )
    return findings


def _letters(text: str) -> str:
    """Texts that differ only in punctuation, case or spacing count as the same."""
    return " ".join(WORDS_AND_NUMBERS.findall(text.casefold().replace("ё", "е")))
