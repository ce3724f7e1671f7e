"""PO reading and writing on a generated catalog: ours (Catalog.load / Catalog.save) vs polib.

    .venv/bin/python bench/bench_po.py [--entries 100000] [--repeat 3]

The catalog is written once by `Catalog.save` (the shape the workbench writes: a reference,
an `edit` record on every translated segment, a review record on some, fuzzy drafts with a
previous msgid, a few multi-line strings). Each figure is the best of --repeat runs, CPU
time of the process (the machine is shared); the baseline, polib, is measured in the same
run on the same file, so the ratio is what matters.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import polib

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.core.polib_oracle import polib_text  # noqa: E402
from workbench.domain.model import Unit  # noqa: E402
from workbench.domain.workflow import approve, confirm, mark_draft  # noqa: E402
from workbench.storage.catalog import Catalog, new_header  # noqa: E402

WORDS = (
    "the court prisoner letter colony detained trial FSB SIZO supporters gathered building "
    'sentenced years guards dispute political remand prison solidarity appeal lawyer "quoted"'
).split()
RU_WORDS = "суд заключённый письмо колония задержан ФСБ СИЗО приговор «адвокат» апелляция".split()


def make_catalog(path: Path, count: int) -> Catalog:
    rng = random.Random(7)
    header = new_header("letters", "letters.txt", "en", "ru", "utf-8", "text", "bench")
    catalog = Catalog(path, header=header)
    at = "2026-11-20T10:00:00Z"
    for n in range(count):
        source = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 40))) + f" {n}."
        if n % 97 == 0:
            source += "\nSecond line\twith a tab."
        unit = Unit(f"s-{n:08x}", source, references=[("sources/letters.txt", str(n + 1))])
        target = " ".join(rng.choice(RU_WORDS) for _ in range(rng.randint(5, 40))) + "."
        kind = n % 5
        if kind in (1, 2):
            confirm(unit, target, "lev", at=at)
        elif kind == 3:
            confirm(unit, target, "lev", at=at)
            approve(unit, "vera", at=at)
        elif kind == 4 and n % 2:
            mark_draft(unit, target, "lev", at=at)
            unit.previous_source = "Old " + source
        catalog.units.append(unit)
    return catalog


def best_cpu(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        result = action()  # kept alive: freeing it is not part of the figure
        times.append(time.process_time() - start)
        del result
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "letters.po"
        catalog = make_catalog(path, args.entries)
        catalog.save("bench")
        size = path.stat().st_size / 1e6
        print(f"{args.entries} entries, {size:.1f} MB, best of {args.repeat}, CPU seconds")
        loaded = Catalog.load(path)
        assert len(loaded.units) == args.entries
        polib_po = polib.pofile(str(path), wrapwidth=0)
        written_by_polib = polib_po.__unicode__()
        assert loaded.to_text() == written_by_polib == path.read_text(encoding="utf-8")
        rows = [
            (
                "read: Catalog.load",
                best_cpu(lambda: Catalog.load(path), args.repeat),
                "polib.pofile",
                best_cpu(lambda: polib.pofile(str(path), wrapwidth=0), args.repeat),
            ),
            (
                "write: Catalog.to_text",
                best_cpu(loaded.to_text, args.repeat),
                "polib (the same catalog, polib_text)",
                best_cpu(lambda: polib_text(loaded), args.repeat),
            ),
        ]
        print(f"load average before: {os.getloadavg()[0]:.2f}")
        print(f"{'ours':<28}{'s':>8}   {'baseline':<28}{'s':>8}  {'ours/baseline':>13}")
        for ours_name, ours, base_name, base in rows:
            print(f"{ours_name:<28}{ours:8.2f}   {base_name:<28}{base:8.2f}  {ours / base:13.2f}")


if __name__ == "__main__":
    main()
