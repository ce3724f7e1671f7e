"""Waiting for a stable screen before a snapshot, and which snapshots cover which screen.

A snapshot is taken once the dialog is open, its content shown, and the screen has stopped
changing (debounced lookups, spelling checks and QA marks all land within a second): a
condition polled with `until`, never a fixed sleep.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from tests.tui.pilot_helpers import settle, until

SIZES = [(80, 24), (200, 60)]
SIZE_IDS = ["80x24", "200x60"]
QUIET = 0.7  # seconds without a repaint: longer than every debounce of the editor (0.5 s)


def looked_up(pilot: Pilot) -> bool:
    """The editor's side panels show the current segment's lookup (matches at least)."""
    panels = pilot.app.screen.query("#matches-panel")
    return bool(panels) and str(panels.first(Static).content) != ""


def quiet(pilot: Pilot, seconds: float = QUIET) -> Callable[[], bool]:
    """A condition: no toast shown, and the screen's rendering has not changed for
    `seconds`."""
    shown = ""
    since = time.monotonic()

    def check() -> bool:
        nonlocal shown, since
        # a toast times out: it would show or not by chance. Those of the screen on top go
        # at once; one left on a screen below goes when it times out (a few seconds).
        pilot.app.clear_notifications()
        if any(screen.query("Toast") for screen in pilot.app.screen_stack):
            return False
        now = time.monotonic()
        shot = pilot.app.export_screenshot()
        if shot != shown:
            shown, since = shot, now
            return False
        return now - since >= seconds

    return check


def steady_cursors(pilot: Pilot) -> None:
    """Text cursors shown without blinking: a blink would make the picture depend on when
    it is taken."""
    for screen in pilot.app.screen_stack:
        for widget in screen.query("Input, TextArea"):
            widget.cursor_blink = False  # type: ignore[attr-defined]


async def stable(pilot: Pilot) -> None:
    await settle(pilot)
    steady_cursors(pilot)
    await until(pilot, quiet(pilot))


def opened(
    keys: str,
    kind: type[Screen],
    then: Sequence[str] = (),
    shown: Callable[[Pilot], object] | None = None,
    editor: bool = True,
):
    """A `run_before`: wait for the editor's lookup, press `keys`, wait for a `kind` screen,
    press `then` in it, wait for `shown` (its content) and a quiet screen."""

    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        if editor:
            await until(pilot, lambda: looked_up(pilot))
        for key in keys.split():
            await pilot.press(key)
            await settle(pilot)
        await until(pilot, lambda: type(pilot.app.screen) is kind)
        for key in then:
            await pilot.press(key)
        if shown is not None:
            await until(pilot, lambda: shown(pilot))
        await stable(pilot)

    return run
