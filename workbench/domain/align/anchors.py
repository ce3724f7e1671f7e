"""A rough path from rare shared keys, so the first pass searches a narrow band.

A key found in exactly one unit on each side (a number, a name, a Latin word that occurs
once) pairs those two units. The longest chain of such pairs that goes forward on both
sides is a skeleton of the alignment; between two of its points the path runs roughly
straight. The band follows that line, wider where points are far apart.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from workbench.domain.align.dp import Band, monotone
from workbench.domain.align.features import UnitFeatures

MIN_ANCHORS_PER_100 = 5  # fewer anchors than this per 100 units: fall back to the diagonal


def anchor_points(
    source: Sequence[UnitFeatures], target: Sequence[UnitFeatures]
) -> list[tuple[int, int]]:
    """(i, j) pairs linked by a key unique on both sides, as a chain increasing in i and j."""
    where_source = _unique_keys(source)
    where_target = _unique_keys(target)
    pairs = sorted((i, where_target[key]) for key, i in where_source.items() if key in where_target)
    return _longest_chain(pairs)


def _unique_keys(units: Sequence[UnitFeatures]) -> dict[str, int]:
    seen: dict[str, int] = {}
    repeated: set[str] = set()
    for index, unit in enumerate(units):
        for key in unit.keys:
            if key.startswith("p:"):
                continue
            if key in seen and seen[key] != index:
                repeated.add(key)
            seen[key] = index
    return {key: index for key, index in seen.items() if key not in repeated}


def _longest_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence strictly increasing in both coordinates (patience sorting)."""
    tails: list[int] = []  # smallest j ending a chain of each length
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(pairs)
    last_i = -1
    group: list[tuple[int, int, int]] = []  # pairs of one i are placed after the group

    def flush() -> None:
        for position, index, j in group:
            if position == len(tails):
                tails.append(j)
                tail_index.append(index)
            elif j < tails[position]:
                tails[position] = j
                tail_index[position] = index
        group.clear()

    for index, (i, j) in enumerate(pairs):
        if i != last_i:
            flush()
            last_i = i
        position = bisect_left(tails, j)
        previous[index] = tail_index[position - 1] if position else -1
        group.append((position, index, j))
    flush()
    chain: list[tuple[int, int]] = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        chain.append(pairs[index])
        index = previous[index]
    chain.reverse()
    return chain


def anchored_band(n: int, m: int, anchors: list[tuple[int, int]], width: int) -> Band | None:
    """A band along the straight lines between anchors, or None when there are too few."""
    if len(anchors) * 100 < MIN_ANCHORS_PER_100 * max(n, m):
        return None
    points = [(0, 0), *anchors, (n, m)]
    band: Band = []
    segment = 0
    for i in range(n + 1):
        while segment + 1 < len(points) - 1 and points[segment + 1][0] <= i:
            segment += 1
        (i0, j0), (i1, j1) = points[segment], points[segment + 1]
        centre = j0 + (j1 - j0) * (i - i0) / (i1 - i0) if i1 > i0 else j0
        slack = width + abs((j1 - j0) - (i1 - i0)) // 2
        band.append((max(0, int(centre) - slack), min(m, int(centre) + slack + 1)))
    band[0] = (0, band[0][1])
    band[n] = (band[n][0], m)
    return monotone(band)
