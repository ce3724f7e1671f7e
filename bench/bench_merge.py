"""Merging two 10,000-segment PO files with 1,000 edits on each side (target: at most 5 s).

Baseline, measured in the same run on the same three files: `git merge-file` (a plain
line-based three-way merge, which leaves conflict markers where both sides edited).

    .venv/bin/python bench/bench_merge.py [--segments 10000] [--edits 1000]
"""

from __future__ import annotations

import argparse
import copy
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from workbench.domain.comments import add_comment
from workbench.domain.model import Unit
from workbench.domain.workflow import approve, confirm
from workbench.storage.catalog import Catalog, new_header
from workbench.storage.merge import merge_po_files


def make_sides(folder: Path, segments: int, edits: int) -> tuple[Path, Path, Path]:
    rng = random.Random(9)
    base = Catalog(
        folder / "base.po", header=new_header("d", "d.txt", "en", "ru", "utf-8", "text", "a")
    )
    for index in range(segments):
        unit = Unit(id=f"s-{index:08x}", source=f"Sentence number {index} about the SIZO.")
        unit.references = [("sources/d.txt", str(index + 1))]
        if index % 2:
            confirm(unit, f"Предложение номер {index} о СИЗО.", "alice", at="2026-01-01T00:00:00Z")
        base.units.append(unit)
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    for side, who, hour in ((ours, "lev", "10"), (theirs, "vera", "11")):
        for step, index in enumerate(rng.sample(range(segments), edits)):
            unit = side.units[index]
            if step % 4 == 3 and unit.target:
                approve(unit, who, at=f"2026-01-02T{hour}:00:00Z")
            elif step % 4 == 2:
                add_comment(unit, who, f"comment {step}", at=f"2026-01-02T{hour}:00:00Z")
            else:
                confirm(unit, f"{who} правка {step}", who, at=f"2026-01-02T{hour}:00:00Z")
    paths = []
    for name, catalog in (("base", base), ("ours", ours), ("theirs", theirs)):
        path = folder / f"{name}.po"
        path.write_text(catalog.to_text(), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1], paths[2]


def timed(action, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--segments", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=1_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base, ours, theirs = make_sides(folder, args.segments, args.edits)
        work = folder / "work.po"

        def fresh() -> Path:
            shutil.copyfile(ours, work)
            return work

        def git_merge_file() -> None:
            out = subprocess.run(
                ["git", "merge-file", "-p", str(fresh()), str(base), str(theirs)],
                capture_output=True,
            )
            assert out.returncode >= 0

        def in_process() -> None:
            merge_po_files(base, fresh(), theirs, "bench")

        def driver() -> None:
            command = [sys.executable, "-m", "workbench.cli", "merge-po"]
            subprocess.run(
                [*command, str(base), str(fresh()), str(theirs)], check=True, capture_output=True
            )

        baseline = timed(git_merge_file)
        core = timed(in_process)
        whole = timed(driver)
        markers = subprocess.run(
            ["git", "merge-file", "-p", str(fresh()), str(base), str(theirs)], capture_output=True
        ).stdout.count(b"<<<<<<<")
        merge_po_files(base, fresh(), theirs, "bench")
        conflicts = sum(1 for u in Catalog.load(work).units if u.records_of("conflict"))
    print(f"{args.segments} segments, {args.edits} edits per side")
    print(f"git merge-file (baseline):      {baseline:7.3f} s  ({markers} conflict blocks)")
    print(f"merge_po_files (in process):    {core:7.3f} s  x{core / baseline:6.1f} baseline")
    print(f"workbench merge-po (as git):    {whole:7.3f} s  x{whole / baseline:6.1f} baseline")
    print(f"segments flagged as conflicts:  {conflicts} (no markers)")
    print(f"target <= 5 s: {'met' if whole <= 5 else 'NOT met'}")


if __name__ == "__main__":
    main()
