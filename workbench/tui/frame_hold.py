"""Paint what a confirm changes (the row, then the next segment) in one frame.

Each widget asks the screen for a repaint when its own queue is idle; the screen's frame timer
could fire between those requests and paint the move in two frames 30 ms apart. Frames wait
(an app batch) until the requests are in, at most FRAME_HOLD.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from textual.screen import Screen
from textual.widget import Widget

FRAME_HOLD = 0.004  # seconds a confirm holds frames back so that it is painted in one


class FrameHold:
    def __init__(self, screen: Screen[Any], wake: Widget) -> None:
        """`wake`: a widget refreshed at the end, which wakes the frame timer."""
        self.screen = screen
        self.wake = wake
        self._hold: AbstractContextManager[None] | None = None

    def hold(self) -> None:
        if self._hold is not None:
            return
        hold = self.screen.app.batch_update()
        hold.__enter__()
        self._hold = hold
        self.screen.set_timer(FRAME_HOLD, self.release)

    def release(self) -> None:
        """Paint again (also when the screen goes: a held batch would stop every screen)."""
        hold, self._hold = self._hold, None
        if hold is not None:
            hold.__exit__(None, None, None)
            if self.screen.is_mounted:
                self.wake.refresh()
