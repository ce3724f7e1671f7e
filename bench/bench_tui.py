"""TUI speed on a generated document: first paint, next segment, confirm, page scroll, memory.

    /work/venv/bin/python bench/bench_tui.py [--segments 100000] [--ops 200]

Runs the real app under Pilot (headless). Each figure is the median over --ops operations;
the baseline is the same run on a 1,000-segment document, so ratios show how the editor
scales with the document's size.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.tui.conftest import build_project  # noqa: E402
from workbench.tui.app import WorkbenchApp  # noqa: E402
from workbench.tui.screens.editor import EditorScreen  # noqa: E402

WORDS = (
    "the court prisoner letter colony detained trial FSB SIZO supporters gathered building "
    "sentenced years guards dispute political remand prison solidarity appeal lawyer"
).split()


def make_project(root: Path, count: int):
    rng = random.Random(1)
    sources = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 40))).capitalize() + f" {n}."
        for n in range(count)
    ]
    targets = {n: "Перевод: " + sources[n] for n in range(0, count, 3)}
    return build_project(root, sources, targets)


async def timed(pilot, keys: list[str], ops: int, before=None) -> float:
    samples = []
    for n in range(ops):
        if before is not None:
            before(n)
        start = time.perf_counter()
        await pilot.press(*keys)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


async def stall(pilot, key: str, ops: int, wait: float = 0.3) -> float:
    """After a key, how late a 0.3 s sleep on the app's event loop wakes up (median, ms): the
    time the UI is frozen by what the key set off later (timers, workers' start-up)."""
    samples = []
    for _ in range(ops):
        await pilot.press(key)
        start = time.perf_counter()
        await asyncio.sleep(wait)
        samples.append(time.perf_counter() - start - wait)
    return statistics.median(samples) * 1000


def progress(what: str, figures: dict[str, float]) -> None:
    print(f"  {what}: {figures}", file=sys.stderr, flush=True)


async def measure(project, ops: int) -> dict[str, float]:
    """Figures for one document; "idle key" is a key bound to nothing: Pilot's own cost."""
    start = time.perf_counter()
    app = WorkbenchApp(project, project.document("letters"), "ru")
    figures: dict[str, float] = {}
    async with app.run_test(size=(160, 50)) as pilot:
        screen = app.screen
        while not (isinstance(screen, EditorScreen) and screen.grid.row_count):
            await pilot.pause(0.01)
            screen = app.screen
        figures["first paint (s)"] = time.perf_counter() - start
        progress("first paint", figures)
        while screen.session is None:
            await pilot.pause(0.05)
        await pilot.pause(0.2)
        figures["editable (s)"] = time.perf_counter() - start
        progress("editable", figures)
        figures["idle key (ms)"] = await timed(pilot, ["f24"], ops)
        figures["next segment (ms)"] = await timed(pilot, ["alt+down"], ops)
        progress("next", figures)
        figures["UI frozen after next (ms)"] = await stall(pilot, "alt+down", max(5, ops // 4))
        progress("stall", figures)

        def edit(n: int) -> None:
            screen.target.text = f"перевод {n}"

        figures["confirm+journal (ms)"] = await timed(pilot, ["enter"], ops, edit)
        progress("confirm", figures)
        screen.grid.focus()
        await pilot.pause()
        figures["page down (ms)"] = await timed(pilot, ["pagedown"], ops)
        await pilot.press("ctrl+q")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--ops", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base_project = make_project(Path(tmp) / "base", 1000)
        big_project = make_project(Path(tmp) / "big", args.segments)
        baseline = asyncio.run(measure(base_project, args.ops))
        big = asyncio.run(measure(big_project, args.ops))
    print(f"{'figure':24} {'1,000 segs':>12} {f'{args.segments:,} segs':>14} {'ratio':>7}")
    for name, value in big.items():
        base = baseline[name]
        print(f"{name:24} {base:12.3f} {value:14.3f} {value / base if base else 0:7.2f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (MB)         {rss:.0f}")


if __name__ == "__main__":
    main()
