"""First start: ask who is working. The handle goes in the person's own user config."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input, Label

from workbench.tui.dialogs.frame import Dialog


class HandleDialog(Dialog[str | None]):
    """Enter saves the handle; escape goes on with the project's shared one for now."""

    DEFAULT_CSS = ".dialog > Label { width: 100%; }"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "skip", "Not now", id="dialog.cancel")
    ]

    def __init__(self, fallback: str, config: str) -> None:
        super().__init__(
            "Who are you? Choose a handle",
            f"enter: save · escape: not now (you are recorded as {fallback!r})",
        )
        self.fallback = fallback
        self.config = config

    def body(self) -> ComposeResult:
        yield Label(
            "It is recorded with your edits, reviews and comments, and shared with your "
            "team. Use a handle, not your real name: letters, digits, '.', '_' or '-'."
        )
        yield Input(placeholder="e.g. vera", id="handle-input")
        yield Label(f"Saved in {self.config} (for every project).", classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        from workbench.app.team.identity import is_valid_handle

        handle = event.value.strip()
        if not is_valid_handle(handle):
            self.notify(
                "A handle is 1-40 letters, digits, '.', '_' or '-' (no spaces).",
                severity="warning",
            )
            return
        self.dismiss(handle)

    def action_skip(self) -> None:
        self.dismiss(None)
