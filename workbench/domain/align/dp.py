"""A monotone alignment by dynamic programming inside a band of the (source x target) grid.

Beads are the link shapes (1-1, 2-1, 1-0...). The band lists, for each source position i
(0..n), the target positions j a path may pass through; a bead may start only at a point
inside the band. A band as wide as the grid gives the exact best path.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

Bead = tuple[int, int]
Band = list[tuple[int, int]]  # per i in 0..n: inclusive range of j
CostFn = Callable[[int, int, int, int], float]  # (i0, i1, j0, j1) -> cost of the bead
Path = list[tuple[tuple[int, ...], tuple[int, ...]]]

INF = math.inf


def full_band(n: int, m: int) -> Band:
    return [(0, m)] * (n + 1)


def diagonal_band(n: int, m: int, width: int) -> Band:
    band = []
    for i in range(n + 1):
        centre = round(i * m / n) if n else m
        band.append((max(0, centre - width), min(m, centre + width)))
    band[0] = (0, band[0][1])
    band[n] = (band[n][0], m)
    return monotone(band)


def band_around(path: Path, n: int, m: int, width: int) -> Band:
    """A band `width` wide on either side of a path's points."""
    low = [m] * (n + 1)
    high = [0] * (n + 1)
    i = j = 0
    points = [(0, 0)]
    for source, target in path:
        i += len(source)
        j += len(target)
        points.append((i, j))
    for i, j in points:
        for row in range(max(0, i - width), min(n, i + width) + 1):
            low[row] = min(low[row], max(0, j - width))
            high[row] = max(high[row], min(m, j + width))
    band = [(lo, hi) if lo <= hi else (0, m) for lo, hi in zip(low, high, strict=True)]
    return monotone(band)


def monotone(band: Band) -> Band:
    """Low and high edges that never go back, so every row connects to the next."""
    lows = [lo for lo, _ in band]
    highs = [hi for _, hi in band]
    for index in range(len(band) - 2, -1, -1):
        lows[index] = min(lows[index], lows[index + 1])
    for index in range(1, len(band)):
        highs[index] = max(highs[index], highs[index - 1])
    return list(zip(lows, highs, strict=True))


def best_path(n: int, m: int, beads: Sequence[Bead], cost: CostFn, band: Band) -> Path:
    """The cheapest monotone path from (0, 0) to (n, m) through the band."""
    rows: list[list[float]] = []
    back: list[list[int]] = []
    for i in range(n + 1):
        lo, hi = band[i]
        row = [INF] * (hi - lo + 1)
        arrows = [-1] * (hi - lo + 1)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            best, arrow = INF, -1
            for index, (di, dj) in enumerate(beads):
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                plo, phi = band[pi]
                if pj < plo or pj > phi:
                    continue
                previous = rows[pi][pj - plo] if di else row[pj - lo]
                if previous == INF:
                    continue
                total = previous + cost(pi, i, pj, j)
                if total < best:
                    best, arrow = total, index
            row[j - lo] = best
            arrows[j - lo] = arrow
        rows.append(row)
        back.append(arrows)
    return _trace(n, m, beads, band, back)


def _trace(n: int, m: int, beads: Sequence[Bead], band: Band, back: list[list[int]]) -> Path:
    path: Path = []
    i, j = n, m
    while i > 0 or j > 0:
        arrow = back[i][j - band[i][0]]
        if arrow < 0:
            raise ValueError("no path through the band")
        di, dj = beads[arrow]
        path.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    path.reverse()
    return path


def touches_edge(path: Path, band: Band, n: int, m: int, margin: int) -> bool:
    """True when the path runs within `margin` of an inner edge of the band (widen it)."""
    i = j = 0
    for source, target in path:
        i += len(source)
        j += len(target)
        lo, hi = band[i]
        if (lo > 0 and j - lo < margin) or (hi < m and hi - j < margin):
            return True
    return False
