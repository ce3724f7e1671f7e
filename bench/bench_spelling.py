"""Spelling benchmark: checking a segment and suggesting corrections, on real text.

    .venv/bin/python bench/bench_spelling.py [--segments 2000]

Text nobody on this project wrote: Russian sentences of the KiCad guide's translation
(../shared/align-dev) and Russian strings of Debian's catalogs (../shared/bench), English
sentences of the seed texts (../shared/seeds). A segment is checked as the QA check and the
editor check it: Hunspell (chunspell) with the project dictionary, the sample glossary's
terms left out, names and acronyms skipped. Baseline, measured in the same run: the engine
alone (Hunspell's spell() on every word of the segment, no rules, no glossary). Suggestions:
real words with two letters swapped (a typing slip), one suggestion list each.
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.paths import REPO, SHARED, SHARED_BENCH  # noqa: E402
from workbench.app.spelling import misspellings  # noqa: E402
from workbench.domain.segment import split_sentences  # noqa: E402
from workbench.domain.spelling import WORD, GlossaryWords  # noqa: E402
from workbench.storage.glossary import load_glossary  # noqa: E402
from workbench.storage.spelling import load_speller  # noqa: E402


def russian_segments(limit: int) -> list[str]:
    text = (SHARED / "align-dev" / "kicad-getting-started.ru.txt").read_text(encoding="utf-8")
    segments = [
        paragraph[a:b]
        for paragraph in text.split("\n\n")
        for a, b in split_sentences(paragraph, "ru")
    ]
    with lzma.open(SHARED_BENCH / "tm-en-ru-dev.jsonl.xz", "rt", encoding="utf-8") as lines:
        for line in lines:
            if len(segments) >= limit:
                break
            ru = json.loads(line)["ru"]
            if 20 <= len(ru) <= 300 and "\n" not in ru:
                segments.append(ru)
    return segments[:limit]


def english_segments(limit: int) -> list[str]:
    segments = []
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            segments.extend(paragraph[a:b] for a, b in split_sentences(paragraph, "en"))
    return [s for s in segments if len(s) >= 20][:limit]


def timed(func, items) -> list[float]:
    times = []
    for item in items:
        start = time.perf_counter()
        func(item)
        times.append(time.perf_counter() - start)
    return times


def typos(segments: list[str], count: int) -> tuple[list[str], list[str]]:
    """Real words with a slip (two neighbouring letters swapped, a letter dropped, a letter
    replaced by its neighbour in the word), and the words they came from."""
    rng = random.Random(7)
    words = sorted({w for s in segments for w in WORD.findall(s) if len(w) >= 6 and w.islower()})
    chosen = rng.sample(words, min(count, len(words)))
    slipped = []
    for word in chosen:
        at = rng.randrange(1, len(word) - 2)
        kind = len(slipped) % 3
        if kind == 0:
            slipped.append(word[:at] + word[at + 1] + word[at] + word[at + 2 :])
        elif kind == 1:
            slipped.append(word[:at] + word[at + 1 :])
        else:
            slipped.append(word[:at] + word[at - 1] + word[at + 1 :])
    return slipped, chosen


def ms(values: list[float]) -> str:
    ordered = sorted(values)
    p90 = ordered[int(len(ordered) * 0.9)]
    return f"median {statistics.median(values) * 1000:.3f} ms, p90 {p90 * 1000:.3f} ms"


def run(lang: str, segments: list[str], glossary, verbose: bool) -> None:
    start = time.perf_counter()
    speller = load_speller(REPO, lang)
    load = time.perf_counter() - start
    speller.glossary = glossary
    speller.glossary_words = GlossaryWords.of(glossary, lang)
    engine = speller._engines[0]  # the baseline: Hunspell alone
    words = sum(len(WORD.findall(s)) for s in segments)
    print(f"\n{lang}: {len(segments)} segments, {words} words; dictionary loaded in {load:.2f} s")
    baseline = timed(lambda s: [engine.spell(w) for w in WORD.findall(s)], segments)
    cold = timed(lambda s: (speller._known.clear(), misspellings(speller, s)), segments)
    warm = timed(lambda s: misspellings(speller, s), segments)
    flagged = sum(len(misspellings(speller, s)) for s in segments)
    print(f"  engine alone (baseline):   {ms(baseline)}")
    print(
        f"  check a segment, cold:     {ms(cold)}  ({statistics.median(cold) / statistics.median(baseline):.1f}x)"
    )  # noqa: E501
    print(
        f"  check a segment, warm:     {ms(warm)}  ({statistics.median(warm) / statistics.median(baseline):.1f}x)"
    )  # noqa: E501
    print(f"  words flagged in this human-written text: {flagged} ({flagged / words:.2%} of words)")
    if verbose:
        print("   ", sorted({m.word for s in segments for m in misspellings(speller, s)}))
    slips, originals = typos(segments, 40)
    for name, suggest in (("ours", speller.suggest), ("Hunspell's", speller.hunspell_suggest)):
        times, top1, top3 = [], 0, 0
        for slip, original in zip(slips, originals, strict=True):
            start = time.perf_counter()
            proposals = suggest(slip)
            times.append(time.perf_counter() - start)
            top1 += proposals[:1] == [original]
            top3 += original in proposals[:3]
        print(
            f"  suggestions, {name + ':':11} {ms(times)}, max {max(times) * 1000:.0f} ms; "
            f"the intended word first {top1}/{len(slips)}, in the first three {top3}/{len(slips)}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=2000)
    parser.add_argument("--verbose", action="store_true", help="list the flagged words")
    args = parser.parse_args()
    glossary = load_glossary(REPO / "glossary.yml")
    run("ru", russian_segments(args.segments), glossary, args.verbose)
    run("en", english_segments(args.segments), glossary, args.verbose)


if __name__ == "__main__":
    main()
