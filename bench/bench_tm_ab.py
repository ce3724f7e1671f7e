"""Full TM lookup on the 200k bench memory, for comparing two checkouts of the project.

    cd OTHER-CHECKOUT && ../main/.venv/bin/python ../main/bench/bench_tm_ab.py

Run it from the root of the checkout to measure: it imports that checkout's `workbench` and
its bench/tm_corpus.py. It prints the median and p95 of 1,000 full lookups and, as the baseline
measured in the same process, the exhaustive rapidfuzz scan on 100 of the queries. The import
falls back to the layout before the layers redesign (workbench.core), so the same script
measures both sides of it.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
sys.path.insert(0, str(Path.cwd() / "bench"))

import bench_tm  # noqa: E402
import tm_corpus  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

try:
    from workbench.domain.tm.text import normalise
    from workbench.storage.tm.memory import TranslationMemory
    from workbench.storage.tm.shard import Shard
except ImportError:  # the layout before the layers redesign
    from workbench.core.tm.memory import TranslationMemory  # type: ignore[no-redef]
    from workbench.core.tm.shard import Shard  # type: ignore[no-redef]
    from workbench.core.tm.text import normalise  # type: ignore[no-redef]


def main() -> None:
    rows = tm_corpus.corpus(200_000)
    queries = tm_corpus.queries()[:1000]
    units = [bench_tm.tm_unit(row) for row in rows]
    memory = TranslationMemory([Shard.build(("en", "ru"), units)])
    lookups = []
    for query in queries:
        started = time.perf_counter()
        memory.lookup(
            query["en"], "en", "ru", limit=5, min_score=70, exclude_segment_id=query["id"]
        )
        lookups.append(time.perf_counter() - started)
    texts = [normalise(unit.source) for unit in units]
    scans = []
    for query in queries[:100]:
        started = time.perf_counter()
        process.extract(normalise(query["en"]), texts, scorer=fuzz.ratio, score_cutoff=70, limit=6)
        scans.append(time.perf_counter() - started)
    median = statistics.median(lookups) * 1000
    p95 = sorted(lookups)[int(len(lookups) * 0.95)] * 1000
    scan = statistics.median(scans) * 1000
    print(
        f"lookup median {median:.2f} ms, p95 {p95:.2f} ms; exhaustive scan median {scan:.1f} ms; "
        f"lookup/scan {median / scan:.4f}"
    )


if __name__ == "__main__":
    main()
