"""The one yes/no question of the TUI (bulk approval, removing an annotation, deleting a
glossary entry). y or enter (on the focused yes button): yes; n or escape: no."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Button, Label

from workbench.tui.dialogs.frame import Dialog


class ConfirmDialog(Dialog[bool]):
    DEFAULT_CSS = "ConfirmDialog Horizontal { height: auto; }"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,n", "answer(False)", "No", id="dialog.no"),
        Binding("y", "answer(True)", "Yes", id="dialog.yes"),
    ]

    def __init__(self, question: str, detail: str = "", yes: str = "Yes") -> None:
        super().__init__(question, title_id="confirm-question")
        self.question = question
        self.detail = detail
        self.yes = yes

    def body(self) -> ComposeResult:
        if self.detail:
            yield Label(self.detail, id="confirm-detail")
        with Horizontal():
            yield Button(f"{self.yes} (y)", variant="primary", id="yes")
            yield Button("Cancel (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
