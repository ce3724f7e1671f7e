"""Keys typed before the editor can take them are kept, in order, and given back later.

A translator who starts typing as the editor appears (or while a big document loads) must
lose nothing: the text, an enter, the text after it. The app routes every key through
`KeyHold.keep`; while the hold is on, keys are kept instead of dispatched. `release` gives
them back to the app's own key handling, in the order they came, before any key that comes
after them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from textual import events

Dispatch = Callable[[events.Key], Awaitable[None]]
Schedule = Callable[[Callable[[], Awaitable[None]]], object]


class KeyHold:
    def __init__(self, dispatch: Dispatch, schedule: Schedule, holding: bool = False) -> None:
        """`dispatch`: the app's key handling; `schedule`: runs a coroutine function right
        after the current message (the app's `call_next`)."""
        self._dispatch = dispatch
        self._schedule = schedule
        self._held: list[events.Key] | None = [] if holding else None
        self._released = False

    @property
    def holding(self) -> bool:
        return self._held is not None

    def hold(self) -> None:
        """Keep the keys from now on (until `release`)."""
        if self._held is None:
            self._held = []
        self._released = False

    def keep(self, event: events.Key) -> bool:
        """True when the key was kept (the app must not dispatch it now)."""
        if self._held is None:
            return False
        self._held.append(events.Key(event.key, event.character))
        return True

    def release(self) -> None:
        """Give the kept keys back, in order; keys coming meanwhile queue up behind them."""
        if self._held is not None and not self._released:
            self._released = True
            self._schedule(self._drain)

    async def _drain(self) -> None:
        while self._held and self._released:
            await self._dispatch(self._held.pop(0))
        if self._released:  # not held again by a key given back
            self._held = None
            self._released = False
