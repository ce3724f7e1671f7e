"""The cost of a bead: how unlike a translation of each other two runs of units look.

Two signals, as in hunalign: length (Gale-Church: the target's length is the source's
times a ratio, with a variance growing with the length) and lexical overlap (the share of
tokens on both sides that find one of their keys on the other side). Null beads (1-0, 0-1)
cost a fixed amount per unit: a unit is dropped when every link would cost more.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from workbench.domain.align.features import UnitFeatures

GC_VARIANCE = 6.8


@dataclass(frozen=True, slots=True)
class CostParams:
    length_weight: float = 1.0
    lexical_weight: float = 3.0
    null_cost: float = 7.0  # per unit left without a counterpart
    merge_cost: float = 2.3  # a 1-2 or 2-1 link
    double_merge_cost: float = 8.0  # a 2-2 link (rare between paragraphs)
    # a unit with few tokens says little: its overlap is pulled towards a neutral value
    smoothing_tokens: float = 3.0
    neutral_similarity: float = 0.4

    def prior(self, shape: tuple[int, int]) -> float:
        if shape == (1, 1) or 0 in shape:
            return 0.0
        if shape == (2, 2):
            return self.double_merge_cost
        return self.merge_cost


def neg_log_two_tail(z: float) -> float:
    """-log P(|Z| >= z) for a standard normal Z."""
    z = abs(z)
    tail = math.erfc(z / math.sqrt(2.0))
    if tail > 1e-300:
        return -math.log(tail)
    return z * z / 2.0 + math.log(z) - 0.5 * math.log(2.0 / math.pi)


class BeadCost:
    """Cost of aligning source units [i0, i1) with target units [j0, j1)."""

    def __init__(
        self,
        source: list[UnitFeatures],
        target: list[UnitFeatures],
        params: CostParams,
        ratio: float | None = None,
    ) -> None:
        self.source = source
        self.target = target
        self.params = params
        total_source = sum(unit.length for unit in source)
        total_target = sum(unit.length for unit in target)
        self.ratio = ratio or (
            total_target / total_source if total_source and total_target else 1.0
        )
        self._source_prefix = _prefix([unit.length for unit in source])
        self._target_prefix = _prefix([unit.length for unit in target])
        self._matched: dict[tuple[int, int, int, int], int] = {}
        self._unions: dict[tuple[int, int, int], set[str]] = {}

    def __call__(self, i0: int, i1: int, j0: int, j1: int) -> float:
        ns, nt = i1 - i0, j1 - j0
        params = self.params
        prior = params.prior((ns, nt))
        if ns == 0 or nt == 0:
            return params.null_cost * (ns + nt) + prior
        length = self.length_cost(i0, i1, j0, j1)
        lexical = (1.0 - self.similarity(i0, i1, j0, j1)) * (ns + nt)
        return params.length_weight * length + params.lexical_weight * lexical + prior

    def length_cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        ls = self._source_prefix[i1] - self._source_prefix[i0]
        lt = self._target_prefix[j1] - self._target_prefix[j0]
        mean = (ls + lt / self.ratio) / 2.0
        if mean <= 0:
            return 0.0
        return neg_log_two_tail((self.ratio * ls - lt) / math.sqrt(mean * GC_VARIANCE))

    def similarity(self, i0: int, i1: int, j0: int, j1: int, smoothed: bool = True) -> float:
        """Share of the tokens of both runs that find a key on the other side (0..1)."""
        matched = total = 0
        for i in range(i0, i1):
            matched += self._matched_tokens(0, i, j0, j1)
            total += len(self.source[i].tokens)
        for j in range(j0, j1):
            matched += self._matched_tokens(1, j, i0, i1)
            total += len(self.target[j].tokens)
        smoothing = self.params.smoothing_tokens if smoothed else 0.0
        if total + smoothing <= 0:
            return 0.0
        return (matched + smoothing * self.params.neutral_similarity) / (total + smoothing)

    def _matched_tokens(self, side: int, index: int, start: int, stop: int) -> int:
        cache_key = (side, index, start, stop)
        found = self._matched.get(cache_key)
        if found is None:
            keys = self._union(1 - side, start, stop)
            unit = self.source[index] if side == 0 else self.target[index]
            found = sum(1 for token in unit.tokens if not keys.isdisjoint(token))
            self._matched[cache_key] = found
        return found

    def _union(self, side: int, start: int, stop: int) -> set[str]:
        units = self.source if side == 0 else self.target
        if stop - start == 1:
            return units[start].keys
        cache_key = (side, start, stop)
        union = self._unions.get(cache_key)
        if union is None:
            union = set().union(*(units[k].keys for k in range(start, stop)))
            self._unions[cache_key] = union
        return union


def _prefix(values: list[int]) -> list[int]:
    sums = [0]
    for value in values:
        sums.append(sums[-1] + value)
    return sums
