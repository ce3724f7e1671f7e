"""First start: ask who is working. The handle goes in the person's own user config."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from workbench.tui.dialogs.prompt import DIALOG_CSS


class HandleDialog(ModalScreen[str | None]):
    """Enter saves the handle; escape goes on with the project's shared one for now."""

    DEFAULT_CSS = "HandleDialog { align: center middle; } .dialog > Label { width: 100%; }" + (
        DIALOG_CSS
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "skip", "Not now", id="dialog.cancel")
    ]

    def __init__(self, fallback: str, config: str) -> None:
        super().__init__()
        self.fallback = fallback
        self.config = config

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Who are you? Choose a handle", classes="title")
            yield Label(
                "It is recorded with your edits, reviews and comments, and shared with your "
                "team. Use a handle, not your real name: letters, digits, '.', '_' or '-'."
            )
            yield Input(placeholder="e.g. vera", id="handle-input")
            yield Label(f"Saved in {self.config} (for every project).", classes="hint")
            yield Label(
                f"enter: save · escape: not now (you are recorded as {self.fallback!r})",
                classes="hint",
            )

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
