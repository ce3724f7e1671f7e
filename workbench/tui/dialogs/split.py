"""Split a segment: its source in a read-only text area; put the cursor where the second part
starts and press enter."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Label, TextArea

from workbench.tui.dialogs.frame import Dialog
from workbench.tui.widgets.suggestions import text_document


def middle_word_start(text: str) -> int:
    """Where the cursor starts: the beginning of the word nearest the middle."""
    starts = [i for i in range(1, len(text)) if text[i - 1].isspace() and not text[i].isspace()]
    if not starts:
        return len(text) // 2
    return min(starts, key=lambda i: abs(i - len(text) // 2))


class SplitDialog(Dialog[int | None]):
    """Returns the offset in the source where the second part starts (None: escape).

    No title: its first line is the instruction, in plain text."""

    DEFAULT_CSS = (
        "SplitDialog .dialog { width: 90; } SplitDialog TextArea { height: auto; max-height: 10; }"
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "split", "Split here", priority=True, id="dialog.apply"),
    ]

    def __init__(self, source: str) -> None:
        super().__init__("", "arrows, ctrl+arrows: move · enter: split here · escape: cancel")
        self.source = source

    def body(self) -> ComposeResult:
        yield Label("Split the segment: move the cursor to where the second part starts")
        yield TextArea(self.source, read_only=True, soft_wrap=True, id="split-source")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(
            text_document(area).get_location_from_index(middle_word_start(self.source))
        )
        area.focus()

    def action_split(self) -> None:
        area = self.query_one(TextArea)
        cut = text_document(area).get_index_from_location(area.cursor_location)
        if not self.source[:cut].strip() or not self.source[cut:].strip():
            self.notify(
                "Put the cursor inside the text: both parts need words.", severity="warning"
            )
            return
        self.dismiss(cut)
