"""Running the app under Pilot on a real project."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from textual.pilot import Pilot

from workbench.storage.project import Project
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.editor import EditorScreen


async def settle(pilot: Pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
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
