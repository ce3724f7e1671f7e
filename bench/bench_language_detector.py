"""The language check's detector (lingua): what loading it costs the editor, before and after.

Before: the models loaded in the editor's own process, in a worker thread (what the check did
on the first segment that needed them). After: `workbench.app.quality.language_detector`, the
models loaded in a child process started by that segment. Each case runs in a fresh
process with an asyncio event loop ticking every 5 ms (a stand-in for the editor's), and the
load in a worker thread. Printed per project language (ru: six Cyrillic languages; en: eight
Latin-script ones):

- the event loop's longest stall (the UI's freeze) while the models load;
- the editor process's resident memory before and after (VmRSS; its peak, VmHWM), and the
  child's (Linux /proc);
- seconds until the detector answers;
- a question's time in process and through the child's pipe (the baseline: in process).

    .venv/bin/python bench/bench_language_detector.py [--langs ru en]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

QUESTIONS = {  # real catalog segments that letters and function words leave open
    "ru": [
        "използване на конфигурационния файл на работното копие",  # bg, git
        "не може да се закачи към процес",  # bg, libc
        "Колико веза садржи текући Атк Хипертекст",  # sr, at-spi2-core
        "применить патч, не изменяя рабочий каталог",  # ru, git
    ],
    "en": [
        "kan standaarduitvoer niet in binaire modus zetten",  # nl, sed
        "zdalna maszyna rozłączyła się po początkowym kontakcie",  # pl, git
        "Invalid segment size in CIE data and more",
        "la fonction de support doit renvoyer le type",  # fr, postgres
    ],
}


def memory(pid: int | str = "self") -> dict[str, float]:
    """VmRSS and VmHWM in MB (Linux)."""
    found = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                found[line[:5]] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return found


async def measure(load, ask) -> dict[str, float]:  # noqa: ANN001
    """Run `load` in a worker thread while the event loop ticks; the longest gap between
    ticks is how long a UI would have frozen."""
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    longest = 0.0

    async def tick() -> None:
        nonlocal longest
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            longest = max(longest, now - last)
            last = now

    ticker = asyncio.create_task(tick())
    await asyncio.sleep(0.05)
    before = memory()
    start = time.perf_counter()
    await loop.run_in_executor(None, load)
    ready = time.perf_counter() - start
    done.set()
    await ticker
    after = memory()
    ask()  # once, warm
    runs = []
    for _ in range(5):
        began = time.perf_counter()
        for _ in range(20):
            ask()
        runs.append((time.perf_counter() - began) / 20)
    return {
        "stall_s": longest,
        "ready_s": ready,
        "rss_before_mb": before.get("VmRSS", float("nan")),
        "rss_after_mb": after.get("VmRSS", float("nan")),
        "peak_mb": after.get("VmHWM", float("nan")),
        "question_ms": statistics.median(runs) * 1000,
    }


def child(mode: str, lang: str) -> dict[str, float]:
    from workbench.domain.qa import neighbours

    texts = QUESTIONS[lang]
    group = neighbours.group_of(lang)
    assert group is not None

    def ask() -> None:
        for text in texts:
            neighbours.other_language(text, lang)

    if mode == "in-process":
        figures = asyncio.run(measure(lambda: neighbours.warm_up(lang), ask))
        figures["question_ms"] /= len(texts)
        figures["lingua_in_editor"] = float("lingua" in sys.modules)
        return figures
    from workbench.app.quality import language_detector

    held: list[language_detector.DetectorProcess] = []

    def load() -> None:
        detector = language_detector.hold(lang)
        assert detector is not None
        held.append(detector)
        neighbours.other_language(texts[0], lang)  # the first question starts the child
        assert detector.wait_ready(timeout=600), detector.failed

    figures = asyncio.run(measure(load, ask))
    figures["question_ms"] /= len(texts)
    process = held[0].process
    assert process is not None
    child_memory = memory(process.pid)
    figures["child_rss_mb"] = child_memory.get("VmRSS", float("nan"))
    figures["child_peak_mb"] = child_memory.get("VmHWM", float("nan"))
    figures["child_load_s"] = held[0].load_seconds
    figures["lingua_in_editor"] = float("lingua" in sys.modules)
    language_detector.release(held[0])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", nargs="+", default=["ru", "en"])
    parser.add_argument("--child", nargs=2, metavar=("MODE", "LANG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    print(
        "| project | models loaded | UI stall while loading | ready after | editor RSS "
        "before -> after (peak) | detector process RSS (peak) | a question |"
    )
    print("|---|---|---:|---:|---:|---:|---:|")
    for lang in args.langs:
        rows = {}
        for mode in ("in-process", "child process"):
            out = subprocess.run(
                [sys.executable, __file__, "--child", mode, lang],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            rows[mode] = json.loads(out.strip().splitlines()[-1])
        base = rows["in-process"]
        for mode, f in rows.items():
            own = "" if mode == "in-process" else f" ({f['child_peak_mb']:.0f})"
            child_rss = f"{f['child_rss_mb']:.0f} MB{own}" if "child_rss_mb" in f else "-"
            print(
                f"| {lang} | {mode} | {f['stall_s']:.3f} s ({f['stall_s'] / base['stall_s']:.3f}x) "
                f"| {f['ready_s']:.2f} s | {f['rss_before_mb']:.0f} -> {f['rss_after_mb']:.0f} MB "
                f"({f['peak_mb']:.0f}) | {child_rss} | {f['question_ms']:.2f} ms "
                f"({f['question_ms'] / base['question_ms']:.1f}x) |"
            )


if __name__ == "__main__":
    main()
