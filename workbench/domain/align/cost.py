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
CHI2_MEDIAN = 0.455  # median of a chi-square variable with one degree of freedom


@dataclass(frozen=True, slots=True)
class CostParams:
    length_weight: float = 1.0
    lexical_weight: float = 3.0
    null_cost: float = 7.0  # per unit left without a counterpart
    merge_cost: float = 3.0  # a 1-2 or 2-1 link
    double_merge_cost: float = 8.0  # a 2-2 link (rare between paragraphs)
    # a unit with few tokens says little: its overlap is pulled towards a neutral value
    smoothing_tokens: float = 3.0
    neutral_similarity: float = 0.4
    merge_balance: float = 3.0  # weight of the least matched unit of a merged run
    # second pass: a bead whose overlap falls from what weak true links show towards what
    # chance gives pays up to this much more per unit (squared: weak evidence is cheap,
    # none is dear), so unrelated units are left unlinked rather than paired
    mismatch_weight: float = 8.0
    # a unit of a merged run that fits the unit just outside the run better than the run's
    # other side pays this much times the difference (template paragraphs, shifted merges)
    merge_competition: float = 15.0
    # the most a length mismatch can cost: a translation of an older, shorter text (or a
    # loose one) is still its paragraph's counterpart when the words say so
    length_cap: float = 4.0
    # a split and a merge that shift the 1-1 links between them by one place are put back on
    # the diagonal unless its 1-1 links cost this much more (near-identical neighbours)
    shift_tolerance: float = 4.0
    # a null link is moved up to this many 1-1 links away when the units paired then share
    # more words (summed overlap higher by `null_margin`): see `placement.placed_nulls`
    null_reach: int = 2
    null_margin: float = 15.0
    # a null link beside a 1-1 link is joined to it (1-2, 2-1) when the link's unit covers
    # this share of its words: see `placement.joined_pieces`
    piece_coverage: float = 0.21

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
        variance: float = GC_VARIANCE,
        calibration: tuple[float, float] | None = None,
    ) -> None:
        self.source = source
        self.target = target
        self.params = params
        total_source = sum(unit.length for unit in source)
        total_target = sum(unit.length for unit in target)
        self.ratio = ratio or (
            total_target / total_source if total_source and total_target else 1.0
        )
        self.variance = variance
        self.calibration = calibration  # (overlap of weak true links, overlap by chance)
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
        length = min(self.length_cost(i0, i1, j0, j1), params.length_cap)
        similarity = self.similarity(i0, i1, j0, j1)
        lexical = (1.0 - similarity) * (ns + nt)
        if ns > 1 or nt > 1:
            lexical += params.merge_balance * self._weakest_part(i0, i1, j0, j1, similarity)
            if params.merge_competition:
                lexical += params.merge_competition * self._outside_fit(i0, i1, j0, j1)
        if self.calibration is not None and params.mismatch_weight:
            weak, chance = self.calibration
            if similarity < weak:
                shortfall = min(1.0, (weak - similarity) / max(weak - chance, 0.05))
                lexical += params.mismatch_weight * shortfall * shortfall * (ns + nt) / 2.0
        return params.length_weight * length + params.lexical_weight * lexical + prior

    def length_cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        ls = self._source_prefix[i1] - self._source_prefix[i0]
        lt = self._target_prefix[j1] - self._target_prefix[j0]
        mean = (ls + lt / self.ratio) / 2.0
        if mean <= 0:
            return 0.0
        return neg_log_two_tail((self.ratio * ls - lt) / math.sqrt(mean * self.variance))

    def estimated_variance(self, links: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> float:
        """The length variance these 1-1 links show (robust: from the median), at least
        Gale-Church's. Translations that rewrite more than Gale-Church's corpus get a
        wider allowance, so their lengths do not outvote the words they share."""
        spreads = []
        for source, target in links:
            if len(source) == len(target) == 1:
                ls = self._source_prefix[source[0] + 1] - self._source_prefix[source[0]]
                lt = self._target_prefix[target[0] + 1] - self._target_prefix[target[0]]
                mean = (ls + lt / self.ratio) / 2.0
                if mean > 0:
                    spreads.append((self.ratio * ls - lt) ** 2 / mean)
        if not spreads:
            return self.variance
        spreads.sort()
        median = spreads[len(spreads) // 2]
        return max(GC_VARIANCE, median / CHI2_MEDIAN)

    def _weakest_part(self, i0: int, i1: int, j0: int, j1: int, similarity: float) -> float:
        """How far the least matched unit of a merged run falls below the bead's overlap:
        a paragraph from elsewhere glued to a true pair shows up here."""
        worst = 0.0
        for side, start, stop, other_start, other_stop in (
            (0, i0, i1, j0, j1),
            (1, j0, j1, i0, i1),
        ):
            if stop - start < 2:
                continue
            units = self.source if side == 0 else self.target
            for index in range(start, stop):
                total = len(units[index].tokens)
                if total:
                    share = self._matched_tokens(side, index, other_start, other_stop) / total
                    worst = max(worst, similarity - share)
        return worst

    def _outside_fit(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """How much better the units of a merged run fit the unit next to the run's other
        side than the other side itself (0 when none does)."""
        worst = 0.0
        for side, start, stop, other_start, other_stop, other_count in (
            (0, i0, i1, j0, j1, len(self.target)),
            (1, j0, j1, i0, i1, len(self.source)),
        ):
            if stop - start < 2:
                continue
            units = self.source if side == 0 else self.target
            outside = [k for k in (other_start - 1, other_stop) if 0 <= k < other_count]
            for index in range(start, stop):
                total = len(units[index].tokens)
                if not total or not outside:
                    continue
                inside = self._matched_tokens(side, index, other_start, other_stop)
                best = max(self._matched_tokens(side, index, k, k + 1) for k in outside)
                worst = max(worst, (best - inside) / total)
        return worst

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
            found = unit.matched_tokens(keys)
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
