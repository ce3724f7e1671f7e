"""Load a saved shard in a fresh process and look up queries: load time and resident memory
of the product's side alone (the benchmark process also holds the corpus).

    python bench/tm_load_probe.py SHARD_FOLDER QUERIES_JSON
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.storage.tm.memory import TranslationMemory  # noqa: E402
from workbench.storage.tm.shard import Shard  # noqa: E402


def main() -> None:
    started = time.perf_counter()
    memory = TranslationMemory([Shard.load(Path(sys.argv[1]))])
    load = time.perf_counter() - started
    queries = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    timings = []
    for text, own in queries:
        started = time.perf_counter()
        memory.lookup(text, "en", "ru", limit=5, min_score=70, exclude_segment_id=own)
        timings.append(time.perf_counter() - started)
    timings.sort()
    rss = peak_rss_mb()
    print(
        json.dumps(
            {
                "load": load,
                "rss_mb": rss,
                "median_ms": statistics.median(timings) * 1e3,
                "p95_ms": timings[int(0.95 * (len(timings) - 1))] * 1e3,
            }
        )
    )


def peak_rss_mb() -> float:
    """VmHWM: unlike ru_maxrss, it is not inherited from the parent across fork + exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
