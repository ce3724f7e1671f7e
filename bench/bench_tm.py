"""Translation memory benchmark: build, load, lookup speed and recall on a big memory.

    .venv/bin/python bench/bench_tm.py --size 1000000 [--recall-queries 200]

Memory: the real English-Russian units of ../shared/bench (200k) plus generated
variants up to --size (see bench/tm_corpus.py; cached in bench/.cache/). Queries: the 2,000
queries shipped with it, each looked up with its own unit left out. Baselines measured in
the same run: an exhaustive rapidfuzz `process.extract` scan (also the reference for
recall) and, if installed in $TTK_VENV (.ci/ttk-venv), the Translate Toolkit's matcher.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import tm_corpus  # noqa: E402
from paths import TTK_VENV  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

from workbench.domain.tm.text import normalise  # noqa: E402
from workbench.storage.tm.memory import TranslationMemory  # noqa: E402
from workbench.storage.tm.shard import Shard  # noqa: E402
from workbench.storage.tm.units import TMUnit  # noqa: E402

TTK_PYTHON = TTK_VENV / "bin" / "python"
CUTOFF = 70
LIMIT = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=2000, help="timed lookups")
    parser.add_argument("--recall-queries", type=int, default=200, help="exhaustive scans")
    parser.add_argument("--ttk-size", type=int, default=20_000)
    parser.add_argument("--ttk-queries", type=int, default=100)
    parser.add_argument("--pretranslate-sample", type=int, default=5000)
    args = parser.parse_args()

    rows = tm_corpus.corpus(args.size)
    queries = tm_corpus.queries()[: args.queries]
    row_of = {row["id"]: number for number, row in enumerate(rows)}
    queries = [q for q in queries if q["id"] in row_of]
    print(f"memory: {len(rows):,} units; queries: {len(queries):,}")
    units = [tm_unit(row) for row in rows]
    del rows
    gc.collect()
    gc.freeze()  # the corpus is the benchmark's, not the product's: keep it out of GC passes

    started = time.perf_counter()
    shard = Shard.build(("en", "ru"), units)
    build_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory(dir=tm_corpus.CACHE) as folder:
        shard.save(Path(folder) / "shard")
        del shard
        gc.collect()
        started = time.perf_counter()
        shard = Shard.load(Path(folder) / "shard")
        load_seconds = time.perf_counter() - started
        memory = TranslationMemory([shard])
        report_index(shard, queries, row_of, units, args, build_seconds, load_seconds)
        report_lookup(memory, queries)
        report_pretranslate(memory, units, args.pretranslate_sample)
        report_fresh_process(Path(folder), queries)
    report_ttk(units, queries, args)


def tm_unit(row: dict) -> TMUnit:
    # origin "bench" (not *.tmx): no external penalty, so min_score 70 means ratio 70
    return TMUnit(row["en"], row["ru"], "en", "ru", "bench", "translated", segment_id=row["id"])


def report_index(shard, queries, row_of, units, args, build_seconds, load_seconds) -> None:
    texts = shard.index.texts  # distinct normalised sources, index order
    key_of_doc = shard.index.doc_key
    own_keys = {}
    for query in queries:
        own_keys[query["qid"]] = shard.exact_key(normalise(units[row_of[query["id"]]].source))
    timings = []
    for query in queries:
        text = normalise(query["en"])
        started = time.perf_counter()
        shard.index.search(text, LIMIT + 1, CUTOFF)
        timings.append(time.perf_counter() - started)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"build: {build_seconds:.1f} s   load: {load_seconds:.2f} s   peak RSS: {rss:.0f} MB")
    print(f"index search (top {LIMIT}, cutoff {CUTOFF}): {describe(timings)}")

    by_key = [""] * len(texts)
    for doc, key in enumerate(key_of_doc.tolist()):
        by_key[key] = texts[doc]
    same, same_ids, exhaustive_times, index_times = 0, 0, [], []
    sample = queries[: args.recall_queries]
    for query in sample:
        text, own = normalise(query["en"]), own_keys[query["qid"]]
        started = time.perf_counter()
        found = shard.index.search(text, LIMIT + 1, CUTOFF)
        index_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        expected = process.extract(
            text, by_key, scorer=fuzz.ratio, score_cutoff=CUTOFF, limit=LIMIT + 1
        )
        exhaustive_times.append(time.perf_counter() - started)
        got = [(hit.key, round(hit.score, 6)) for hit in found if hit.key != own][:LIMIT]
        want = [(key, round(score, 6)) for _, score, key in expected if key != own][:LIMIT]
        same += [s for _, s in got] == [s for _, s in want]
        same_ids += {k for k, _ in got} == {k for k, _ in want}
    ratio = statistics.median(exhaustive_times) / statistics.median(index_times)
    print(
        f"recall on {len(sample)} queries: same top-{LIMIT} scores {same / len(sample):.1%}, "
        f"same top-{LIMIT} units {same_ids / len(sample):.1%}"
    )
    print(
        f"exhaustive process.extract: {describe(exhaustive_times)}  (index is {ratio:.0f}x faster)"
    )


def report_lookup(memory: TranslationMemory, queries) -> None:
    timings, found = [], 0
    for query in queries:
        started = time.perf_counter()
        matches = memory.lookup(
            query["en"], "en", "ru", limit=LIMIT, min_score=CUTOFF, exclude_segment_id=query["id"]
        )
        timings.append(time.perf_counter() - started)
        found += bool(matches)
    print(
        f"full lookup (word scores, diffs, min_score {CUTOFF}): {describe(timings)}; "
        f"{found / len(queries):.0%} of queries get a match"
    )


def report_pretranslate(memory: TranslationMemory, units, sample_size: int) -> None:
    """A 100k-segment document: exact pass measured in full, fuzzy pass from a sample."""
    document = [unit.source for unit in units[:: max(1, len(units) // 100_000)]][:100_000]
    started = time.perf_counter()
    exact = sum(bool(memory.lookup(text, "en", "ru", limit=1, min_score=100)) for text in document)
    exact_seconds = time.perf_counter() - started
    sample = document[:: max(1, len(document) // sample_size)][:sample_size]
    started = time.perf_counter()
    filled = sum(bool(memory.lookup(text, "en", "ru", limit=1, min_score=75)) for text in sample)
    fuzzy_seconds = (time.perf_counter() - started) * len(document) / len(sample)
    print(
        f"pretranslate {len(document):,} segments, --min-score 100: {exact_seconds:.0f} s "
        f"({exact:,} filled); --min-score 75: about {fuzzy_seconds:.0f} s "
        f"(estimated from {len(sample):,}; {filled / len(sample):.0%} filled)"
    )


def report_fresh_process(folder: Path, queries) -> None:
    probe = Path(__file__).resolve().parent / "tm_load_probe.py"
    query_file = folder / "queries.json"
    query_file.write_text(json.dumps([[q["en"], q["id"]] for q in queries]), encoding="utf-8")
    output = subprocess.run(
        [sys.executable, str(probe), str(folder / "shard"), str(query_file)],
        capture_output=True,
        text=True,
    )
    if output.returncode != 0:
        print(f"fresh process: failed: {output.stderr.strip()[-300:]}")
        return
    probe_result = json.loads(output.stdout)
    print(
        f"fresh process (load + {len(queries):,} lookups): load {probe_result['load']:.2f} s, "
        f"peak RSS {probe_result['rss_mb']:.0f} MB, lookup median "
        f"{probe_result['median_ms']:.2f} ms, p95 {probe_result['p95_ms']:.2f} ms"
    )


def report_ttk(units, queries, args) -> None:
    if not TTK_PYTHON.exists():
        print("translate-toolkit: not installed in $TTK_VENV; skipped")
        return
    memory = [[u.source, u.target] for u in units[: args.ttk_size]]
    texts = [q["en"] for q in queries[: args.ttk_queries]]
    script = Path(__file__).resolve().parent / "tm_ttk_runner.py"
    with tempfile.NamedTemporaryFile("w", suffix=".json", dir=tm_corpus.CACHE) as handle:
        json.dump({"memory": memory, "queries": texts, "cutoff": CUTOFF}, handle)
        handle.flush()
        output = subprocess.run(
            [str(TTK_PYTHON), str(script), handle.name], capture_output=True, text=True
        )
    if output.returncode != 0:
        print(f"translate-toolkit: failed: {output.stderr.strip()[-300:]}")
        return
    ttk = json.loads(output.stdout)
    shard = Shard.build(("en", "ru"), units[: args.ttk_size])
    ours = []
    for text in texts:
        started = time.perf_counter()
        shard.index.search(normalise(text), LIMIT, CUTOFF)
        ours.append(time.perf_counter() - started)
    ratio = ttk["median"] / statistics.median(ours)
    print(
        f"translate-toolkit matcher on {args.ttk_size:,} units: median {ttk['median'] * 1e3:.1f} ms"
        f" (build {ttk['build']:.1f} s); our index on the same: median "
        f"{statistics.median(ours) * 1e3:.2f} ms ({ratio:.0f}x faster)"
    )


def describe(timings: list[float]) -> str:
    ordered = sorted(timings)
    median = statistics.median(ordered) * 1e3
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1e3
    return f"median {median:.2f} ms, p95 {p95:.2f} ms"


if __name__ == "__main__":
    main()
