"""Reading a catalog whose records another tool wrapped (polib at width 78) vs as we write it.

    .venv/bin/python bench/bench_records.py [--entries 100000] [--repeat 3]

The catalog of bench_po.py is saved by `Catalog.save` (one line a record: the baseline) and
re-saved by polib at its default width of 78, which breaks most `# wb ...` records over two or
three lines; both files are read by `Catalog.load` in the same run. CPU seconds, best of
--repeat; the ratio is what matters. The records read back are checked to be the same.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import polib

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_po import best_cpu, make_catalog  # noqa: E402
from workbench.storage.catalog import Catalog  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ours = Path(tmp) / "ours.po"
        make_catalog(ours, args.entries).save("bench")
        wrapped = Path(tmp) / "wrapped.po"
        po = polib.pofile(str(ours))
        po.wrapwidth = 78
        po.save(str(wrapped))
        broken = sum(
            1
            for line in wrapped.read_text(encoding="utf-8").splitlines()
            if line.startswith("# wb ") and not line.endswith("}")
        )
        first, second = Catalog.load(ours), Catalog.load(wrapped)
        same = [[(r.kind, r.data) for r in u.records] for u in first.units] == [
            [(r.kind, r.data) for r in u.records] for u in second.units
        ]
        baseline = best_cpu(lambda: Catalog.load(ours), args.repeat)
        measured = best_cpu(lambda: Catalog.load(wrapped), args.repeat)
    print(f"{args.entries} entries, {broken} records wrapped by polib, best of {args.repeat}")
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    print(f"records the same: {same}")
    print(f"read as we write it (baseline)  {baseline:6.2f} s")
    print(f"read after polib wrapped it     {measured:6.2f} s   ratio {measured / baseline:.2f}")


if __name__ == "__main__":
    main()
