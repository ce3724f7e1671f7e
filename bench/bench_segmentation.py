"""Segment and render a ~5 MB document built from the seed texts.

Prints seconds, segments per second and peak memory for decoding, parsing (text and
Markdown, English rules with sentencex and Russian rules with razdel) and rendering, each as a
ratio against a baseline measured in the same run: `str.split` of the text on blank lines.

    .venv/bin/python bench/bench_segmentation.py [--megabytes 5]

Times are the best of `--repeat` runs without tracing; peak memory comes from one extra run
under tracemalloc (Python allocations above what was live before the run).
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workbench.formats.base import render  # noqa: E402
from workbench.formats.encoding import decode_source  # noqa: E402
from workbench.formats.registry import parse_document  # noqa: E402

SEEDS = REPO.parent / "shared" / "seeds"


def build_document(megabytes: float) -> str:
    seeds = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    if not seeds:
        sys.exit(f"no seed texts in {SEEDS}")
    unit = "\n\n".join(seed.strip("\n") for seed in seeds) + "\n\n"
    target = int(megabytes * 1_000_000)
    copies = target // len(unit.encode("utf-8")) + 1
    return unit * copies


def timed(function: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def peak_memory(function: Callable[[], Any]) -> int:
    tracemalloc.start()
    tracemalloc.reset_peak()
    baseline, _ = tracemalloc.get_traced_memory()
    function()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak - baseline


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--megabytes", type=float, default=5.0)
    options.add_argument("--repeat", type=int, default=2)
    args = options.parse_args()

    text = build_document(args.megabytes)
    data = text.encode("utf-8")
    print(f"document: {len(data) / 1e6:.2f} MB, {len(text):,} characters, "
          f"{text.count(chr(10)):,} lines")  # fmt: skip

    base_seconds, paragraphs = timed(lambda: text.split("\n\n"), args.repeat)
    base_memory = peak_memory(lambda: text.split("\n\n"))
    print(f"baseline str.split on blank lines: {base_seconds:.4f} s, "
          f"{len(paragraphs):,} pieces, peak {base_memory / 1e6:.1f} MB\n")  # fmt: skip

    rows: list[tuple[str, float, int | None, int]] = []
    documents = {}
    for label, fmt, lang in [
        ("parse text, en (sentencex)", "text", "en"),
        ("parse markdown, en (sentencex)", "markdown", "en"),
        ("parse text, ru (razdel)", "text", "ru"),
    ]:
        seconds, document = timed(lambda f=fmt, g=lang: parse_document(text, f, g), args.repeat)
        memory = peak_memory(lambda f=fmt, g=lang: parse_document(text, f, g))
        documents[label] = document
        rows.append((label, seconds, len(document.segments), memory))

    document = documents["parse text, en (sentencex)"]
    untranslated = [None] * len(document.segments)
    seconds, output = timed(lambda: render(document, untranslated), args.repeat)
    assert output == text, "render is not lossless"
    rows.append(
        (
            "render text (untranslated)",
            seconds,
            None,
            peak_memory(lambda: render(document, untranslated)),
        )
    )
    translated = ["Перевод предложения."] * len(document.segments)
    seconds, _ = timed(lambda: render(document, translated), args.repeat)
    rows.append(
        (
            "render text (translated)",
            seconds,
            None,
            peak_memory(lambda: render(document, translated)),
        )
    )
    seconds, _ = timed(lambda: decode_source(data, "bench.txt"), args.repeat)
    rows.append(
        (
            "decode_source (utf-8)",
            seconds,
            None,
            peak_memory(lambda: decode_source(data, "bench.txt")),
        )
    )
    cyrillic = ("Суд приговорил анархиста к шести годам колонии.\n" * 100_000).encode("cp1251")
    seconds, _ = timed(lambda: decode_source(cyrillic, "bench.txt"), args.repeat)
    rows.append((f"decode_source (cp1251, {len(cyrillic) / 1e6:.1f} MB)", seconds, None,
                 peak_memory(lambda: decode_source(cyrillic, "bench.txt"))))  # fmt: skip

    print("| step | seconds | x baseline | segments | segments/s | peak MB |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, seconds, segments, memory in rows:
        count = f"{segments:,}" if segments is not None else ""
        rate = f"{segments / seconds:,.0f}" if segments is not None else ""
        print(f"| {label} | {seconds:.3f} | {seconds / base_seconds:,.1f} | {count} | {rate} | "
              f"{memory / 1e6:.1f} |")  # fmt: skip


if __name__ == "__main__":
    main()
