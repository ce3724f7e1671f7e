"""TUI speed on a generated document: first paint, next segment, confirm, page scroll, memory.

    .venv/bin/python bench/bench_tui.py [--segments 100000] [--ops 200]

Runs the real app under Pilot (headless, 160x50). Each figure is the median over --ops
operations; the baseline is the same run on a 1,000-segment document, so ratios show how the
editor scales with the document's size.

Three figures per key:
- "press": how long `await pilot.press(key)` takes. Pilot returns only once the process has
  been idle for two of its 20 ms polls, so this has a floor that is not the app's: the run
  starts by measuring it on a bare Textual app (a Static, a TextArea and a Footer).
- "paint": from the key to the first frame painted after it (what the translator sees);
- "settled": from the key to the last frame painted before Pilot saw the app idle (scrollbar
  and layout follow-ups included). Frames are counted where Textual hands a finished frame to
  the terminal driver; the bench renders each to terminal escape codes there, as a real
  terminal would need.
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

from textual._compositor import CompositorUpdate  # noqa: E402
from textual.app import App  # noqa: E402
from textual.widgets import Footer, Static, TextArea  # noqa: E402

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


class FrameClock:
    """Mixin: note when each frame is handed to the driver (rendered to escape codes first)."""

    frames: list[float]

    def _display(self, screen, renderable) -> None:  # Textual's hook for a finished frame
        if isinstance(renderable, CompositorUpdate):
            renderable.render_segments(self.console)
            self.frames.append(time.perf_counter())
        super()._display(screen, renderable)


class TimedWorkbench(FrameClock, WorkbenchApp):
    frames: list[float] = []


class BareApp(FrameClock, App):
    """Pilot's floor: the smallest app with the same kinds of widgets."""

    frames: list[float] = []

    def compose(self):
        yield Static("status")
        yield TextArea("text")
        yield Footer()


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000 if samples else float("nan")


async def timed(app, pilot, key: str, ops: int, before=None) -> dict[str, float]:
    """Median press, paint and settled times (ms) of `key` pressed `ops` times."""
    press, paint, settled = [], [], []
    for n in range(ops):
        if before is not None:
            before(n)
            await pilot.pause()
        app.frames.clear()
        start = time.perf_counter()
        await pilot.press(key)
        press.append(time.perf_counter() - start)
        if app.frames:
            paint.append(app.frames[0] - start)
            settled.append(app.frames[-1] - start)
    if len(paint) < ops / 2:  # the key changes nothing on screen (idle key): no latency
        return {"press": median_ms(press)}
    return {"press": median_ms(press), "paint": median_ms(paint), "settled": median_ms(settled)}


def record(figures: dict[str, float], name: str, result: dict[str, float]) -> None:
    for kind, value in result.items():
        figures[f"{name}: {kind} (ms)"] = value


async def pilot_floor(ops: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    app = BareApp()
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause(0.3)
        record(figures, "bare app, idle key", await timed(app, pilot, "f24", ops))
        record(figures, "bare app, type a letter", await timed(app, pilot, "a", ops))
    return figures


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
    app = TimedWorkbench(project, project.document("letters"), "ru")
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
        record(figures, "idle key", await timed(app, pilot, "f24", ops))
        record(figures, "next segment", await timed(app, pilot, "alt+down", ops))
        progress("next", figures)
        figures["UI frozen after next (ms)"] = await stall(pilot, "alt+down", max(5, ops // 4))
        progress("stall", figures)

        def edit(n: int) -> None:
            screen.target.text = f"перевод {n}"

        record(figures, "confirm+journal", await timed(app, pilot, "enter", ops, edit))
        progress("confirm", figures)
        screen.grid.focus()
        await pilot.pause()
        record(figures, "page down", await timed(app, pilot, "pagedown", ops))
        await pilot.press("ctrl+q")
    return figures


def measure_in_own_process(root: str, ops: int) -> dict[str, float]:
    """Run `measure` on the project at `root` in this (fresh) process; add its peak memory."""
    from workbench.storage.project import Project

    figures = asyncio.run(measure(Project.load(Path(root)), ops))
    figures["peak memory of the editor process (MB)"] = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    )
    return figures


def in_fresh_process(root: Path, ops: int) -> dict[str, float]:
    """Each document is opened by a process of its own, as `workbench open` would be, so its
    peak memory is the editor's (building the projects happens in the parent)."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(measure_in_own_process, str(root), ops).result()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--ops", type=int, default=200)
    args = parser.parse_args()
    floor = asyncio.run(pilot_floor(args.ops))
    for name, value in floor.items():
        print(f"{name:40} {value:10.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        make_project(Path(tmp) / "base", 1000)
        make_project(Path(tmp) / "big", args.segments)
        baseline = in_fresh_process(Path(tmp) / "base", args.ops)
        big = in_fresh_process(Path(tmp) / "big", args.ops)
    print(f"{'figure':40} {'1,000 segs':>12} {f'{args.segments:,} segs':>14} {'ratio':>7}")
    for name, value in big.items():
        base = baseline.get(name, float("nan"))
        print(f"{name:40} {base:12.1f} {value:14.1f} {value / base if base else 0:7.2f}")


if __name__ == "__main__":
    main()
