"""Glossary term recognition speed: 10,000 entries x 100,000 segments, English and Russian.

Segments: the first 100,000 units of the real English-Russian memory in ../shared/bench
(software UI strings and sentences). Times are CPU time of this process (time.process_time),
so that other work on a shared machine does not count; the median per segment is wall time. Glossary: 10,000 generated entries, each an n-gram
(1-3 words) drawn from the same corpus (seeded), so terms really occur; the sample
glossary's terms are added too. Baseline, measured in the same run: naive lowercase
substring matching (`term in segment.lower()` for every term) on a 1,000-segment sample,
extrapolated to the whole set.

    .venv/bin/python bench/bench_glossary.py [--segments N]
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import re
import statistics
import time
from pathlib import Path

from paths import SHARED_BENCH

from workbench.domain.glossary import Entry, Glossary
from workbench.storage.glossary import load_glossary

MEMORY = SHARED_BENCH / "tm-en-ru-dev.jsonl.xz"
REPO = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[^\W\d_]{3,}")
SEED = 20261123


def segments(count: int) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"en": [], "ru": []}
    with lzma.open(MEMORY, "rt", encoding="utf-8") as handle:
        for line in handle:
            unit = json.loads(line)
            found["en"].append(unit["en"])
            found["ru"].append(unit["ru"])
            if len(found["en"]) >= count:
                break
    return found


def generated_entries(texts: dict[str, list[str]], size: int) -> list[Entry]:
    rng = random.Random(SEED)
    entries: list[Entry] = []
    seen: set[tuple[str, str]] = set()
    while len(entries) < size:
        index = rng.randrange(len(texts["en"]))
        terms: dict[str, list[str]] = {}
        for lang in ("en", "ru"):
            words = WORD.findall(texts[lang][index])
            if not words:
                break
            length = min(len(words), rng.choice((1, 2, 2, 3)))
            start = rng.randrange(len(words) - length + 1)
            term = " ".join(words[start : start + length])
            if (lang, term.lower()) in seen:
                break
            terms[lang] = [term]
        if len(terms) == 2:
            for lang, values in terms.items():
                seen.add((lang, values[0].lower()))
            entries.append(Entry(f"g{len(entries)}", terms))
    return entries


def scan(glossary: Glossary, texts: list[str], lang: str) -> tuple[float, float, int]:
    times = []
    hits = 0
    started = time.process_time()
    for text in texts:
        before = time.perf_counter()
        hits += len(glossary.find(text, lang))
        times.append(time.perf_counter() - before)
    return time.process_time() - started, statistics.median(times), hits


def naive(glossary: Glossary, texts: list[str], lang: str) -> tuple[float, int]:
    terms = [term.lower() for entry in glossary.entries for term in entry.terms.get(lang, [])]
    started = time.process_time()
    hits = 0
    for text in texts:
        lowered = text.lower()
        hits += sum(1 for term in terms if term in lowered)
    return time.process_time() - started, hits


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    texts = segments(args.segments)
    sample = load_glossary(REPO / "glossary.yml")
    entries = generated_entries(texts, args.entries - len(sample.entries)) + sample.entries
    print(f"{len(entries)} entries, {len(texts['en'])} segments per language")
    for lang in ("en", "ru"):
        glossary = Glossary(list(entries))
        started = time.perf_counter()
        glossary.find("warm up", lang)
        build = time.perf_counter() - started
        total, median, hits = scan(glossary, texts[lang], lang)
        distinct = len(glossary._matcher(lang, forbidden=False)._keys)
        warm_total, warm_median, _hits = scan(glossary, texts[lang], lang)
        sample_texts = texts[lang][:: max(1, len(texts[lang]) // 1000)][:1000]
        naive_time, _naive_hits = naive(glossary, sample_texts, lang)
        naive_total = naive_time * len(texts[lang]) / len(sample_texts)
        naive_median = naive_time / len(sample_texts)
        print(
            f"{lang}: build {build:.2f} s; scan {total:.2f} s total, median {median * 1000:.3f} ms "
            f"per segment, {hits} hits | naive substring: {naive_total:.1f} s total (extrapolated "
            f"from {len(sample_texts)}), {naive_median * 1000:.2f} ms per segment | "
            f"speed-up x{naive_total / total:.1f}"
        )
        print(
            f"{lang}: {distinct} distinct words analysed once each; second scan (warm word "
            f"cache): {warm_total:.2f} s total, median {warm_median * 1000:.3f} ms, "
            f"speed-up x{naive_total / warm_total:.1f}"
        )


if __name__ == "__main__":
    main()
