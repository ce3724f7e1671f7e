"""Running the app under Pilot on a real project."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from workbench.storage.project import Project
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.editor import EditorScreen


async def workers_done(pilot: Pilot) -> None:
    """Wait for the app's workers; a lookup cancelled by a newer one (exclusive workers) is
    not an error, a worker that failed is."""
    while True:
        try:
            await pilot.app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            continue


async def until(pilot: Pilot, condition: Callable[[], object], timeout: float = 60.0) -> None:
    """Wait for `condition` (lookups run in worker threads, after a short debounce), never for a
    fixed time: poll until it holds; fail only if it still does not after a generous `timeout`
    (a loaded machine is slow, not wrong)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met"
        await pilot.pause(0.02)
        await workers_done(pilot)


async def settle(pilot: Pilot) -> None:
    await pilot.pause()
    await workers_done(pilot)
    await pilot.pause()


@asynccontextmanager
async def editor(
    project: Project,
    review: bool = False,
    size: tuple[int, int] = (140, 40),
    keymap: dict[str, str] | None = None,
) -> AsyncIterator[tuple[Pilot, EditorScreen]]:
    app = WorkbenchApp(project, project.document("letters"), "ru", review, keymap)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EditorScreen)
        assert screen.session is not None
        yield pilot, screen


async def type_text(pilot: Pilot, text: str) -> None:
    await pilot.press(*[("space" if ch == " " else ch) for ch in text])


async def run_from_palette(pilot: Pilot, words: str, command: str) -> None:
    """Open the command palette, type `words`, wait until the highlighted command is the one
    whose name starts with `command` (the search runs asynchronously), and run it."""
    from textual.command import CommandList, CommandPalette

    await pilot.press("ctrl+p")
    await type_text(pilot, words)

    def highlighted() -> str:
        screen = pilot.app.screen
        if not isinstance(screen, CommandPalette):
            return ""
        results = screen.query_one(CommandList)
        if results.highlighted is None:
            return ""
        return str(results.get_option_at_index(results.highlighted).prompt)

    await until(pilot, lambda: highlighted().startswith(command))
    await pilot.press("enter")
    await settle(pilot)


async def lookup_shown(pilot: Pilot) -> None:
    """Wait until the side panels show the lookup of the current segment (it starts after a
    short pause of the cursor, in a worker)."""
    await until(
        pilot,
        lambda: (
            getattr(pilot.app.screen, "segment", None) is not None
            and pilot.app.screen.segment.lookup_shown
        ),
    )
