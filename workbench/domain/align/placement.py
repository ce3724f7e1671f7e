"""Where a null link goes, decided by the words once the path is found.

The dynamic program places a dropped (1-0) or inserted (0-1) unit where the whole bead cost
is least, and length often decides it: two neighbouring paragraphs of similar length give
nearly the same cost whichever of them is left unlinked. Here each null link is moved, among
the places a few 1-1 links around it allow, to where the paired units share the most words
(lexicon, numbers, names: the anchors of the bead cost), and a piece that the paragraph next
to it covers through the lexicon is joined to that paragraph's link (a split paragraph read as
an inserted one).
"""

from __future__ import annotations

import math
from collections import Counter

from workbench.domain.align.dp import Path
from workbench.domain.align.features import UnitFeatures

Link = tuple[tuple[int, ...], tuple[int, ...]]


def _is_one_to_one(link: Link) -> bool:
    return len(link[0]) == len(link[1]) == 1


class Contrast:
    """Which of two neighbouring units a unit is the translation of, by the words that set
    them apart: the words the two candidates share (near-identical template paragraphs share
    most) count for neither; each word is weighted by how rare it is in its document."""

    def __init__(self, source: list[UnitFeatures], target: list[UnitFeatures]) -> None:
        self.units = (source, target)
        self._weights = (_inverse_frequencies(source), _inverse_frequencies(target))

    def preference(self, side: int, unit: int, old: int, new: int) -> float:
        """How much more the unit `unit` of `side` (0 source, 1 target) is a translation of
        `new` than of `old` (units of the other side); positive: `new`."""
        return self._distinct(side, unit, new, old) - self._distinct(side, unit, old, new)

    def _distinct(self, side: int, unit: int, candidate: int, rival: int) -> float:
        other = 1 - side
        here = self.units[side][unit]
        mine, theirs = self.units[other][candidate], self.units[other][rival]
        found = 0.0
        for token in here.tokens:  # the unit's words only the candidate translates
            if token & mine.keys and not token & theirs.keys:
                found += self._weight(side, token)
        for token in mine.tokens:  # the candidate's words its rival lacks, found in the unit
            if token & here.keys and not token & theirs.keys:
                found += self._weight(other, token)
        return found

    def covered(self, side: int, unit: int, other: int) -> float:
        """The rarity-weighted share of the words of `unit` (of `side`) found in `other`."""
        here, there = self.units[side][unit], self.units[1 - side][other]
        weights = [self._weight(side, token) for token in here.tokens]
        total = sum(weights)
        found = sum(w for w, token in zip(weights, here.tokens, strict=True) if token & there.keys)
        return found / total if total else 0.0

    def _weight(self, side: int, token: frozenset[str]) -> float:
        weights = self._weights[side]
        return max((weights[key] for key in token), default=0.0)


def _inverse_frequencies(units: list[UnitFeatures]) -> dict[str, float]:
    counts = Counter(key for unit in units for key in unit.keys)
    return {key: math.log((len(units) + 1) / count) for key, count in counts.items()}


def placed_nulls(path: Path, contrast: Contrast, reach: int, margin: float) -> Path:
    """The path with each null link moved within `reach` 1-1 links of where it was, to the
    place whose 1-1 pairs share the most words, when that beats its place by `margin`."""
    if reach <= 0:
        return path
    result = list(path)
    index = 0
    while index < len(result):
        source, target = result[index]
        if source and target:
            index += 1
            continue
        low = index
        while low > 0 and index - low < reach and _is_one_to_one(result[low - 1]):
            low -= 1
        high = index
        while high + 1 < len(result) and high - index < reach and _is_one_to_one(result[high + 1]):
            high += 1
        window = result[low : high + 1]
        # the side that lost a unit, and the side whose units keep their place
        moving = (
            [i for s, _t in window for i in s] if source else [j for _s, t in window for j in t]
        )
        fixed = [j for _s, t in window for j in t] if source else [i for s, _t in window for i in s]
        partners = dict((t[0], s[0]) if source else (s[0], t[0]) for s, t in window if s and t)
        best, best_gain = window, margin
        for place in range(len(moving)):
            kept = moving[:place] + moving[place + 1 :]
            gain = sum(
                contrast.preference(1 if source else 0, unit, partners[unit], new)
                for unit, new in zip(fixed, kept, strict=True)
                if partners[unit] != new
            )
            if gain > best_gain:
                null: Link = ((moving[place],), ()) if source else ((), (moving[place],))
                links: list[Link] = [
                    ((new,), (unit,)) if source else ((unit,), (new,))
                    for unit, new in zip(fixed, kept, strict=True)
                ]
                links.insert(place, null)
                best, best_gain = links, gain
        result[low : high + 1] = best
        index = high + 1
    return result


def joined_pieces(path: Path, contrast: Contrast, coverage: float) -> Path:
    """The path with each inserted target unit (0-1) joined to the 1-1 link next to it (a 1-2
    link) when that link's source unit covers at least `coverage` of the piece's words,
    weighted by rarity: a paragraph split in two is not an inserted paragraph beside a 1-1
    link. A paragraph inserted from elsewhere shares only common words with its neighbours.

    Target pieces only: a dropped source unit (1-0) beside its near-identical twin is covered
    by the twin's translation as well as a merged one is, so coverage cannot tell them apart.
    """
    if coverage >= 1.0:
        return path
    result = list(path)
    index = 0
    while index < len(result):
        source, target = result[index]
        if source or not target:
            index += 1
            continue
        piece = target[0]
        best: tuple[float, int] | None = None
        for other in (index - 1, index + 1):
            if not 0 <= other < len(result) or not _is_one_to_one(result[other]):
                continue
            (i,), (j,) = result[other]
            if abs(j - piece) == 1:
                share = contrast.covered(1, piece, i)
                if share >= coverage and (best is None or share > best[0]):
                    best = (share, other)
        if best is None:
            index += 1
            continue
        (i,), (j,) = result[best[1]]
        first, last = min(index, best[1]), max(index, best[1])
        result[first : last + 1] = [((i,), (min(j, piece), max(j, piece)))]
        index = first + 1
    return result
