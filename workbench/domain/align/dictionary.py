"""A bilingual dictionary learned from a first alignment, as hunalign does without one.

Words that keep turning up together in linked units are taken as translations of each
other: for each (source stem, target stem) pair, the Dice coefficient of the links that
hold them, 2 * both / (source + target). Pairs seen together at least twice with a high
Dice make the dictionary; only the best few translations of a stem are kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from workbench.domain.align.features import Dictionary, UnitFeatures

MIN_TOGETHER = 2
MIN_DICE = 0.5
MAX_TRANSLATIONS = 3
MIN_STEM = 3
PAIR_BUDGET = 1_000_000  # stem pairs counted at most (long documents: the shortest links)


def learn_dictionary(
    links: Sequence[tuple[Sequence[int], Sequence[int]]],
    source: Sequence[UnitFeatures],
    target: Sequence[UnitFeatures],
) -> Dictionary:
    bags = []
    for source_ids, target_ids in links:
        if not source_ids or not target_ids:
            continue
        source_stems = {s for i in source_ids for s in source[i].stems if len(s) >= MIN_STEM}
        target_stems = {t for j in target_ids for t in target[j].stems if len(t) >= MIN_STEM}
        if source_stems and target_stems:
            bags.append((source_stems, target_stems))
    bags.sort(key=lambda bag: len(bag[0]) * len(bag[1]))
    source_count: Counter[str] = Counter()
    target_count: Counter[str] = Counter()
    together: Counter[tuple[str, str]] = Counter()
    budget = PAIR_BUDGET
    for source_stems, target_stems in bags:
        cost = len(source_stems) * len(target_stems)
        if cost > budget:
            break
        budget -= cost
        source_count.update(source_stems)
        target_count.update(target_stems)
        together.update((s, t) for s in source_stems for t in target_stems)
    candidates = dice_pairs(together, source_count, target_count, MIN_TOGETHER, MIN_DICE)
    translations = {
        s: frozenset(t for _dice, t in sorted(found, reverse=True)[:MAX_TRANSLATIONS])
        for s, found in candidates.items()
    }
    known = frozenset(t for found in translations.values() for t in found)
    return Dictionary(translations, known)


def dice_pairs(
    together: Counter[tuple[str, str]],
    source_count: Counter[str],
    target_count: Counter[str],
    min_together: int,
    min_dice: float,
) -> dict[str, list[tuple[float, str]]]:
    """Per source stem, the target stems seen with it at least `min_together` times whose
    Dice coefficient reaches `min_dice`, with that coefficient (unordered)."""
    candidates: dict[str, list[tuple[float, str]]] = {}
    for (s, t), both in together.items():
        if both < min_together:
            continue
        dice = 2 * both / (source_count[s] + target_count[t])
        if dice >= min_dice:
            candidates.setdefault(s, []).append((dice, t))
    return candidates
