"""Paragraph alignment in two passes, and the confidence of each link.

Pass one aligns with the anchors both languages give for free (numbers, names, cognates,
Latin words, punctuation, glossary terms, memory pairs) plus length, inside a band around
the diagonal that widens until the path keeps clear of its edges. A dictionary is learned
from that alignment; pass two aligns again with it, in a narrow band around the first path.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.domain.align.anchors import anchor_points, anchored_band
from workbench.domain.align.cost import BeadCost, CostParams
from workbench.domain.align.dictionary import learn_dictionary
from workbench.domain.align.dp import (
    Band,
    CostFn,
    Path,
    band_around,
    best_path,
    diagonal_band,
    full_band,
    touches_edge,
)
from workbench.domain.align.features import Dictionary, UnitFeatures, with_dictionary
from workbench.domain.align.lexicon import merged
from workbench.domain.align.placement import Contrast, joined_pieces, placed_nulls

BEADS = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2))
MIN_BAND = 12
ANCHORED_BAND = 8
SECOND_PASS_BAND = 6
EDGE_MARGIN = 3
TYPICAL_SIMILARITY_FLOOR = 0.15
RANDOM_SAMPLE = 200
# Linked units of a translation share this much more of their anchors than random pairs
# (measured: 0.22-0.45 for real pairs, 0.09 for an unrelated text aligned as well as it can be)
PARALLEL_MARGIN = 0.15
MIN_EVIDENCE_LINKS = 5
WEAK_LINK_QUANTILE = 0.1  # "weak true links": this quantile of a first path's 1-1 overlaps
MAX_SHIFT_RUN = 3  # 1-1 links between a merge and the opposite merge that undoes it


@dataclass(frozen=True, slots=True)
class Link:
    source: tuple[int, ...]  # 0-based unit indices; empty for a 0-1 link
    target: tuple[int, ...]  # empty for a 1-0 link
    score: float  # confidence, 0..1
    similarity: float = 0.0  # lexical overlap of the two sides, 0..1

    @property
    def shape(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"


@dataclass(frozen=True, slots=True)
class Evidence:
    """How much the texts look like translations of each other."""

    linked_similarity: float  # mean lexical overlap of the non-null links
    random_similarity: float  # the same for units paired at random (what chance gives)
    null_share: float  # share of units left without a counterpart
    links: int = 0  # non-null links the figures come from

    @property
    def looks_parallel(self) -> bool:
        if self.links < MIN_EVIDENCE_LINKS:  # too little text to tell
            return True
        return (
            self.linked_similarity >= self.random_similarity + PARALLEL_MARGIN
            and self.null_share <= 0.5
        )


@dataclass(frozen=True, slots=True)
class UnitAlignment:
    links: list[Link]
    dictionary: Dictionary
    evidence: Evidence
    ratio: float  # target/source length ratio


def align_features(
    source: list[UnitFeatures],
    target: list[UnitFeatures],
    params: CostParams | None = None,
    second_pass: bool = True,
    lexicon: Dictionary | None = None,
) -> UnitAlignment:
    """`lexicon`: known translations of words (source stem -> target stems), used from the
    first pass on; the dictionary learned from the first pass is added to it."""
    params = params or CostParams()
    n, m = len(source), len(target)
    plain_source, plain_target = source, target
    if lexicon is not None and lexicon.translations:
        source = [with_dictionary(unit, lexicon, target=False) for unit in source]
        target = [with_dictionary(unit, lexicon, target=True) for unit in target]
    cost = BeadCost(source, target, params)
    path = widening_path(n, m, cost, anchor_points(plain_source, plain_target))
    variance = cost.estimated_variance(path)
    dictionary = merged(lexicon, learn_dictionary(path, plain_source, plain_target))
    if second_pass and dictionary.translations:
        source = [with_dictionary(unit, dictionary, target=False) for unit in plain_source]
        target = [with_dictionary(unit, dictionary, target=True) for unit in plain_target]
        cost = BeadCost(source, target, params, cost.ratio, variance, calibration(path, cost, n, m))
        path = best_path(n, m, BEADS, cost, band_around(path, n, m, SECOND_PASS_BAND))
    path = straightened(path, cost, params.shift_tolerance)
    contrast = Contrast(cost.source, cost.target)
    path = placed_nulls(path, contrast, params.null_reach, params.null_margin)
    path = joined_pieces(path, contrast, params.piece_coverage)
    links = scored_links(path, cost)
    return UnitAlignment(links, dictionary, evidence(links, cost, n, m), cost.ratio)


def straightened(path: Path, cost: CostFn, tolerance: float) -> Path:
    """The path with every shifted run put back on the diagonal when that costs little more.

    A 1-2 link followed, after a few 1-1 links, by a 2-1 link (or a 2-1 by a 1-2) spans as
    many units on both sides as the 1-1 links of the same units would: the pair of merges
    shifts the links between them by one. Near-identical neighbours (template paragraphs
    whose translations were shortened alike) make both readings cost nearly the same; a
    real split and a real merge so close together are rarer than such a tie, so the 1-1
    links win unless they cost `tolerance` more.
    """
    if tolerance <= 0:
        return path
    result: Path = []
    index = 0
    while index < len(path):
        end = _shift_end(path, index)
        if end is not None:
            segment = path[index : end + 1]
            i0, j0 = segment[0][0][0], segment[0][1][0]
            width = sum(len(s) for s, _t in segment)
            diagonal: Path = [((i0 + k,), (j0 + k,)) for k in range(width)]
            if _path_cost(diagonal, cost) - _path_cost(segment, cost) < tolerance:
                result.extend(diagonal)
                index = end + 1
                continue
        result.append(path[index])
        index += 1
    return result


def _path_cost(links: Path, cost: CostFn) -> float:
    """The cost of links that all have units on both sides."""
    return sum(cost(s[0], s[-1] + 1, t[0], t[-1] + 1) for s, t in links)


def _shift_end(path: Path, start: int) -> int | None:
    """Where the run of 1-1 links after a merge at `start` meets the opposite merge."""
    first = (len(path[start][0]), len(path[start][1]))
    if first not in ((1, 2), (2, 1)):
        return None
    opposite = (first[1], first[0])
    for index in range(start + 1, min(len(path), start + 2 + MAX_SHIFT_RUN)):
        shape = (len(path[index][0]), len(path[index][1]))
        if shape == opposite:
            return index
        if shape != (1, 1):
            return None
    return None


def calibration(path: Path, cost: BeadCost, n: int, m: int) -> tuple[float, float] | None:
    """What overlap weak true links show (a low quantile of the 1-1 links of a path) and
    what chance gives (units paired far from their place), both smoothed as beads are."""
    linked = sorted(
        cost.similarity(s[0], s[0] + 1, t[0], t[0] + 1) for s, t in path if len(s) == len(t) == 1
    )
    if len(linked) < MIN_EVIDENCE_LINKS or n < 2 or m < 2:
        return None
    chance = statistics.fmean(cost.similarity(i, i + 1, j, j + 1) for i, j in far_pairs(n, m))
    return linked[int(len(linked) * WEAK_LINK_QUANTILE)], chance


def widening_path(n: int, m: int, cost: BeadCost, anchors: list[tuple[int, int]]) -> Path:
    """The best path in a band along the anchors (or the diagonal), widened until the path
    keeps clear of the band's edges."""
    width = ANCHORED_BAND if anchors else max(MIN_BAND, abs(n - m) + max(n, m) // 20)
    while True:
        anchored = anchored_band(n, m, anchors, width) if width < max(n, m) else None
        if anchored is not None:
            band: Band = anchored
        elif width < max(n, m):
            band = diagonal_band(n, m, max(width, MIN_BAND, abs(n - m) + max(n, m) // 20))
        else:
            band = full_band(n, m)
        path = best_path(n, m, BEADS, cost, band)
        if width >= max(n, m) or not touches_edge(path, band, n, m, EDGE_MARGIN):
            return path
        width *= 2


def scored_links(path: Path, cost: BeadCost) -> list[Link]:
    similarities = [
        cost.similarity(s[0], s[-1] + 1, t[0], t[-1] + 1) if s and t else 0.0 for s, t in path
    ]
    typical = statistics.median(
        [sim for (s, t), sim in zip(path, similarities, strict=True) if len(s) == len(t) == 1]
        or [TYPICAL_SIMILARITY_FLOOR]
    )
    typical = max(typical, TYPICAL_SIMILARITY_FLOOR)
    links = []
    for index, ((s, t), sim) in enumerate(zip(path, similarities, strict=True)):
        if s and t:
            lexical = min(1.0, sim / typical)
            fit = 1.0 / (1.0 + cost.length_cost(s[0], s[-1] + 1, t[0], t[-1] + 1) / 4.0)
            score = 0.7 * lexical + 0.3 * fit
        else:
            score = 1.0 - min(1.0, _best_neighbour_similarity(path, index, cost) / typical)
        links.append(Link(s, t, round(score, 3), round(sim, 3)))
    return links


def _best_neighbour_similarity(path: Path, index: int, cost: BeadCost) -> float:
    """For a null link: how well its unit would fit the opposite side of nearby links."""
    s, t = path[index]
    best = 0.0
    for other in (index - 1, index + 1):
        if not 0 <= other < len(path):
            continue
        os, ot = path[other]
        if s and ot:
            best = max(best, cost.similarity(s[0], s[-1] + 1, ot[0], ot[-1] + 1))
        if t and os:
            best = max(best, cost.similarity(os[0], os[-1] + 1, t[0], t[-1] + 1))
    return best


def far_pairs(n: int, m: int) -> list[tuple[int, int]]:
    """Up to RANDOM_SAMPLE units paired with a unit far from where their counterpart
    should be: what chance gives."""
    step = max(1, n // RANDOM_SAMPLE)
    return [(i, (i * m // n + m // 2) % m) for i in range(0, n, step)]


def evidence(links: Sequence[Link], cost: BeadCost, n: int, m: int) -> Evidence:
    linked = [
        cost.similarity(
            link.source[0], link.source[-1] + 1, link.target[0], link.target[-1] + 1, False
        )
        for link in links
        if link.source and link.target
    ]
    nulls = sum(
        len(link.source) + len(link.target) for link in links if not link.target or not link.source
    )
    randoms = []
    if n > 1 and m > 1:
        randoms = [cost.similarity(i, i + 1, j, j + 1, smoothed=False) for i, j in far_pairs(n, m)]
    return Evidence(
        statistics.fmean(linked) if linked else 0.0,
        statistics.fmean(randoms) if randoms else 0.0,
        nulls / (n + m) if n + m else 1.0,
        len(linked),
    )
