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
from workbench.app.quality.spelling import misspellings  # noqa: E402
from workbench.domain.segment import split_sentences  # noqa: E402
from workbench.domain.spelling import WORD, KnownWords  # noqa: E402
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


def typos(segments: list[str], count: int, known) -> tuple[list[str], list[str]]:
    """Known words of the text with a slip that makes them unknown (two neighbouring letters
    swapped, a letter dropped, a letter replaced by its neighbour in the word), and the
    words they came from."""
    rng = random.Random(7)
    words = sorted({w for s in segments for w in WORD.findall(s) if len(w) >= 6 and w.isalpha()})
    words = [w for w in words if w.islower() and known(w)]
    rng.shuffle(words)
    slipped: list[str] = []
    chosen: list[str] = []
    for word in words:
        at = rng.randrange(1, len(word) - 2)
        kind = len(slipped) % 3
        if kind == 0:
            slip = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
        elif kind == 1:
            slip = word[:at] + word[at + 1 :]
        else:
            slip = word[:at] + word[at - 1] + word[at + 1 :]
        if slip != word and not known(slip):
            slipped.append(slip)
            chosen.append(word)
        if len(slipped) == count:
            break
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
    speller.glossary_words = KnownWords.of_glossary(glossary, lang)
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
    slips, originals = typos(segments, 40, speller.is_correct)
    methods = (
        ("in use", speller.suggest),
        ("one-edit", speller.quick_suggest),
        ("Hunspell's", speller.hunspell_suggest),
    )
    for name, suggest in methods:
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


def compare_engines(lang: str, segments: list[str]) -> None:
    """chunspell against spylls (pure Python; not a dependency: only when installed) on the
    same words and dictionary files: load time, time a word, words not known."""
    from workbench.storage.spelling import find_dictionaries

    folder, name = find_dictionaries(lang)[0]
    words = [w for s in segments for w in WORD.findall(s)][:5000]
    engines = [("chunspell", lambda: _chunspell(folder, name), "spell")]
    try:
        from spylls.hunspell import Dictionary

        engines.append(("spylls", lambda: Dictionary.from_files(str(folder / name)), "lookup"))
    except ImportError:
        print("  (spylls not installed: pip install spylls to compare)")
    for label, load, method in engines:
        start = time.perf_counter()
        engine = load()
        loaded = time.perf_counter() - start
        check = getattr(engine, method)
        start = time.perf_counter()
        unknown = sum(1 for w in words if not check(w))
        per_word = (time.perf_counter() - start) / len(words) * 1e6
        print(f"  engine {label:9}: load {loaded:.2f} s, {per_word:.1f} us a word, "
              f"{unknown}/{len(words)} words unknown")  # fmt: skip


def _chunspell(folder: Path, name: str):
    from hunspell import Hunspell

    return Hunspell(name, hunspell_data_dir=str(folder))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=2000)
    parser.add_argument("--verbose", action="store_true", help="list the flagged words")
    args = parser.parse_args()
    glossary = load_glossary(REPO / "glossary.yml")
    for lang, segments in (
        ("ru", russian_segments(args.segments)),
        ("en", english_segments(args.segments)),
    ):
        run(lang, segments, glossary, args.verbose)
        compare_engines(lang, segments)


if __name__ == "__main__":
    main()
