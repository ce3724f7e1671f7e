"""The frame of the TUI's modal dialogs: one box centred on the screen, a bold title on top,
the dialog's own widgets (`body()`), and the line of keys at the bottom.

A dialog subclasses `Dialog[Result]`, passes its title and key hint to `__init__`, and yields
its widgets from `body()`; escape dismisses it with None unless it binds escape itself. Its
own DEFAULT_CSS adds to the frame's: Textual gathers DEFAULT_CSS along the class's bases (the
subclass's rules win a tie), and the type selector `Dialog` matches every subclass.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

ResultT = TypeVar("ResultT")

# A dialog with VERTICAL_BREAKPOINTS = SHORT_BREAKPOINTS gets the class "-short" on a terminal
# of fewer than 30 lines (80x24): its inputs lose their borders and its field labels (class
# "field") their margins, so every field still shows.
SHORT_BREAKPOINTS = [(0, "-short"), (30, "-tall")]


class Dialog(ModalScreen[ResultT]):
    """A modal dialog: title (may be empty: then none), `body()`, hint (may be empty)."""

    DEFAULT_CSS = """
    Dialog { align: center middle; }
    Dialog .dialog { width: 70; max-width: 95%; height: auto; max-height: 90%;
                     border: thick $accent; background: $panel; padding: 0 1; }
    Dialog .dialog > Label.title { text-style: bold; margin-bottom: 1; }
    Dialog .dialog > Label.hint { color: $text-muted; margin-top: 1; }
    Dialog.-short .dialog Input { border: none; height: 1; padding: 0 1; margin-top: 0; }
    Dialog.-short .dialog Input:focus { background: $primary-muted; }
    Dialog.-short .dialog Label.field { margin-top: 0; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel")
    ]

    def __init__(self, title: str, hint: str = "", *, title_id: str | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.hint = hint
        self.title_id = title_id

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            if self.title_text:
                yield Label(self.title_text, classes="title", id=self.title_id)
            yield from self.body()
            if self.hint:
                yield Label(self.hint, classes="hint")

    def body(self) -> ComposeResult:
        """The dialog's own widgets, between the title and the hint."""
        yield from ()

    def action_cancel(self) -> None:
        self.dismiss(None)
