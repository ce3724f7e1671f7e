"""Gale & Church (1993): alignment by character length alone, the baseline we measure against.

Beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2 with the paper's priors and variance, the expected length
ratio estimated from the two documents' totals. No lexical information at all.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from workbench.domain.align.cost import GC_VARIANCE, neg_log_two_tail
from workbench.domain.align.dp import Path, best_path, full_band

PRIORS = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.089, (1, 2): 0.089, (2, 2): 0.011}


def gale_church(source_lengths: Sequence[int], target_lengths: Sequence[int]) -> Path:
    n, m = len(source_lengths), len(target_lengths)
    total_source, total_target = sum(source_lengths), sum(target_lengths)
    ratio = total_target / total_source if total_source and total_target else 1.0
    source_prefix = [0]
    for length in source_lengths:
        source_prefix.append(source_prefix[-1] + length)
    target_prefix = [0]
    for length in target_lengths:
        target_prefix.append(target_prefix[-1] + length)
    log_prior = {bead: -math.log(p) for bead, p in PRIORS.items()}

    def cost(i0: int, i1: int, j0: int, j1: int) -> float:
        ls = source_prefix[i1] - source_prefix[i0]
        lt = target_prefix[j1] - target_prefix[j0]
        prior = log_prior[(i1 - i0, j1 - j0)]
        mean = (ls + lt / ratio) / 2.0
        if mean <= 0:
            return prior
        return neg_log_two_tail((ratio * ls - lt) / math.sqrt(mean * GC_VARIANCE)) + prior

    return best_path(n, m, list(PRIORS), cost, full_band(n, m))
