"""Review over a large catalog: queue, filters, per-person stats, re-anchoring, exports.

    python bench/bench_review.py [--units 50000]

Synthetic units with review data (edits, approvals, rejections, comments, one annotation on
every fourth unit, a third of them edited around the quote). The baseline, measured in the
same run, is reading every unit's state once: the ratios say what each review operation costs
on top of the cheapest pass over the catalog a UI makes anyway.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from workbench.app.exchange.anonymise import anonymise_catalog
from workbench.domain.annotations import add_annotation, anchored_annotations
from workbench.domain.comments import add_comment
from workbench.domain.model import Unit
from workbench.domain.review import ReviewFilter, person_stats, review_queue
from workbench.domain.web_annotation import unit_annotations
from workbench.domain.workflow import approve, confirm, reject
from workbench.storage.catalog import Catalog

PEOPLE = ("lev", "vera", "ira", "kolya")


def make_units(count: int) -> list[Unit]:
    units = []
    for n in range(count):
        unit = Unit(id=f"s-{n:08x}", source=f"Azat Miftakhov was held in SIZO number {n}.")
        confirm(
            unit,
            f"Азата Мифтахова держали в СИЗО номер {n}.",
            PEOPLE[n % 4],
            at=f"2026-11-0{1 + n % 5}T10:00:00Z",
        )
        if n % 3 == 0:
            approve(unit, "vera", at="2026-11-03T10:00:00Z")
        elif n % 7 == 0:
            reject(unit, "kolya", at="2026-11-04T10:00:00Z")
        if n % 5 == 0:
            add_comment(unit, PEOPLE[n % 3], "Check the number.")
        if n % 4 == 0:
            add_annotation(unit, "target", 7, 16, "person", "", "ira")
            if n % 12 == 0:
                unit.target = "Известно, что " + unit.target  # the quote moves
        units.append(unit)
    return units


def timed(func: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=50_000)
    count = parser.parse_args().units
    units = make_units(count)
    catalog = Catalog(Path("bench.po"), {"Language": "ru"}, units)
    baseline = timed(lambda: [unit.state for unit in units])
    steps: dict[str, Callable[[], object]] = {
        "review_queue": lambda: review_queue(units),
        "review_queue(handle)": lambda: review_queue(units, "vera"),
        "filter: changed since my review": lambda: ReviewFilter(
            changed_since_review_of="vera"
        ).select(units),
        "filter: translator + open threads": lambda: ReviewFilter(
            translator="lev", open_threads=True
        ).select(units),
        "person_stats": lambda: person_stats(units),
        "annotations (re-anchor all)": lambda: [anchored_annotations(u) for u in units],
        "web annotation export": lambda: unit_annotations(units, "doc", "ru"),
        "anonymise_catalog": lambda: anonymise_catalog(catalog),
    }
    print(f"{count} units; baseline (read every state): {baseline * 1000:.1f} ms")
    for name, step in steps.items():
        seconds = timed(step)
        print(f"{name:36} {seconds * 1000:8.1f} ms  {seconds / baseline:6.1f}x baseline")


if __name__ == "__main__":
    main()
