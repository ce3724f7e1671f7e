"""Autocomplete speed: a keystroke on a 100,000-segment project with 10,000 glossary entries.

    .venv/bin/python bench/bench_autocomplete.py [--segments 100000] [--entries 10000]

Project: the first --segments units of the real English-Russian memory in ../shared/bench,
as the project's translation memory (the workbench's own TranslationMemory). Glossary:
--entries generated entries drawn from the same corpus (as bench_glossary.py does) plus the
sample glossary. For --sample segments (seeded), the segment is prepared as the editor does
when the cursor arrives (its fuzzy matches, its glossary hits and their forms), then its
reference Russian translation is typed one character at a time and every keystroke asks for
suggestions. Baseline, measured in the same run on the same keystrokes: the obvious
implementation, a scan of every glossary term and every fragment of the segment's matches
for each keystroke. Figures are wall time per keystroke; the budget is 20 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_glossary import generated_entries, segments  # noqa: E402

from workbench.app.editing.autocomplete import (  # noqa: E402
    MIN_PREFIX,
    WORD_BEFORE_CURSOR,
    SegmentCompletions,
    TermIndex,
    fold,
    memory_fragments,
)
from workbench.domain.glossary import Glossary, forms_for_hit  # noqa: E402
from workbench.storage.glossary import load_glossary  # noqa: E402
from workbench.storage.tm.memory import TranslationMemory  # noqa: E402
from workbench.storage.tm.units import TMUnit  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SEED = 20261203
BUDGET_MS = 20.0


def naive_suggest(terms: list[str], fragments: list[str], text: str) -> list[str]:
    typed = WORD_BEFORE_CURSOR.search(text)
    if typed is None or len(typed.group()) < MIN_PREFIX:
        return []
    prefix = fold(typed.group())
    found = [term for term in terms if fold(term).startswith(prefix)]
    found += [fragment for fragment in fragments if fold(fragment).startswith(prefix)]
    return found[:5]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--sample", type=int, default=200, help="segments typed")
    args = parser.parse_args()

    texts = segments(args.segments)
    started = time.perf_counter()
    memory = TranslationMemory.from_units(
        TMUnit(en, ru, "en", "ru", "project", "translated", segment_id=f"doc/{number}")
        for number, (en, ru) in enumerate(zip(texts["en"], texts["ru"], strict=True))
    )
    tm_build = time.perf_counter() - started
    sample_glossary = load_glossary(REPO / "glossary.yml")
    entries = generated_entries(texts, args.entries - len(sample_glossary.entries))
    glossary = Glossary(entries + sample_glossary.entries)
    started = time.perf_counter()
    index = TermIndex.from_glossary(glossary, "ru")
    glossary.find("warm up", "en")
    index_build = time.perf_counter() - started
    all_terms = [term for entry in glossary.entries for term in entry.terms_for("ru")]
    print(
        f"project: {len(texts['en'])} segments (TM built in {tm_build:.1f} s), "
        f"{len(glossary.entries)} glossary entries ({len(index)} Russian terms; index and "
        f"matcher built in {index_build * 1000:.0f} ms)"
    )

    rng = random.Random(SEED)
    chosen = rng.sample(range(len(texts["en"])), args.sample)
    prepare_ms: list[float] = []
    engine_ms: list[float] = []
    naive_ms: list[float] = []
    offered = 0
    for number in chosen:
        source, reference = texts["en"][number], texts["ru"][number]
        started = time.perf_counter()
        matches = memory.lookup(source, "en", "ru", exclude_segment_id=f"doc/{number}")
        forms = [
            forms_for_hit(hit.entry, hit.text, "en", "ru") for hit in glossary.find(source, "en")
        ]
        completions = SegmentCompletions(index)
        targets = [match.unit.target for match in matches]
        completions.prepare(forms, targets)
        prepare_ms.append((time.perf_counter() - started) * 1000)
        fragments = memory_fragments(targets)
        for cursor in range(1, len(reference) + 1):
            typed = reference[:cursor]
            started = time.perf_counter_ns()
            found = completions.suggest(typed)
            engine_ms.append((time.perf_counter_ns() - started) / 1e6)
            offered += bool(found)
            started = time.perf_counter_ns()
            naive_suggest(all_terms, fragments, typed)
            naive_ms.append((time.perf_counter_ns() - started) / 1e6)

    engine_median, naive_median = statistics.median(engine_ms), statistics.median(naive_ms)
    print(f"{len(engine_ms)} keystrokes in {len(chosen)} segments; {offered} offered something")
    print(
        f"keystroke, engine: median {engine_median:.3f} ms, p99 {percentile(engine_ms, 0.99):.3f} "
        f"ms, max {max(engine_ms):.3f} ms (budget {BUDGET_MS:.0f} ms)"
    )
    print(
        f"keystroke, baseline (scan every term and fragment): median {naive_median:.3f} ms, "
        f"p99 {percentile(naive_ms, 0.99):.3f} ms"
    )
    print(
        f"ratio engine/baseline: median {engine_median / naive_median:.4f}, total "
        f"{sum(engine_ms) / sum(naive_ms):.4f}"
    )
    print(
        f"per segment, once (matches + glossary forms + fragments): median "
        f"{statistics.median(prepare_ms):.1f} ms, p99 {percentile(prepare_ms, 0.99):.1f} ms"
    )
    over = sum(1 for value in engine_ms if value > BUDGET_MS)
    print(f"keystrokes over {BUDGET_MS:.0f} ms: {over} of {len(engine_ms)}")
    within = percentile(engine_ms, 0.99) <= BUDGET_MS
    print(f"within budget at p99: {'yes' if within else 'NO'}")


if __name__ == "__main__":
    main()
