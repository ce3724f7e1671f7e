"""The translated document as it will be exported: the whole text, or the current paragraph.

Opened from the editor (and the command palette); the text is prepared in a worker from the
editor's units, confirmed or not yet saved. `p` switches between the paragraph and the whole
document, `d` includes or leaves out drafts, escape closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from workbench.app.editing.preview import Preview
from workbench.domain.errors import WorkbenchError

PreviewMaker = Callable[[bool], Preview]  # include drafts -> the preview


class PreviewScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    PreviewScreen { align: center middle; }
    #preview-box { width: 100; max-width: 100%; height: 90%; border: thick $accent;
                   background: $panel; padding: 0 1; }
    #preview-title { text-style: bold; width: 100%; }
    #preview-status { color: $text-muted; width: 100%; }
    #preview-body { height: 1fr; margin-top: 1; }
    #preview-hint { color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close", id="preview.close"),
        Binding("p", "toggle_scope", "Paragraph / document", id="preview.scope"),
        Binding("d", "toggle_drafts", "Drafts in / out", id="preview.drafts"),
    ]

    def __init__(self, title: str, make: PreviewMaker, whole: bool = False) -> None:
        super().__init__()
        self.title_text = title
        self.make = make
        self.whole = whole
        self.include_drafts = True
        self.preview: Preview | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="preview-box"):
            yield Label(self.title_text, id="preview-title")
            yield Label("", id="preview-status")
            with VerticalScroll(id="preview-body"):
                yield Static("Preparing the preview…", id="preview-text", markup=False)
            yield Label("p: paragraph / document · d: drafts · escape: close", id="preview-hint")

    def on_mount(self) -> None:
        self.prepare()

    @work(thread=True, exclusive=True)
    def prepare(self) -> None:
        try:
            preview = self.make(self.include_drafts)
        except WorkbenchError as error:
            self.app.call_from_thread(self.show_error, str(error))
            return
        self.app.call_from_thread(self.show, preview)

    def show(self, preview: Preview) -> None:
        self.preview = preview
        self.refresh_text()

    def show_error(self, message: str) -> None:
        self.query_one("#preview-text", Static).update(f"No preview: {message}")

    def refresh_text(self) -> None:
        if self.preview is None:
            return
        preview = self.preview
        body = preview.text if self.whole else preview.paragraph()
        scope = "the whole document" if self.whole else "the current paragraph"
        drafts = "drafts included" if self.include_drafts else "drafts left out"
        left = f"{preview.untranslated} segment(s) still in the source language"
        self.query_one("#preview-status", Label).update(f"{scope} · {drafts} · {left}")
        self.query_one("#preview-text", Static).update(body or "(empty)")

    def action_toggle_scope(self) -> None:
        self.whole = not self.whole
        self.refresh_text()

    def action_toggle_drafts(self) -> None:
        self.include_drafts = not self.include_drafts
        self.prepare()

    def action_close(self) -> None:
        self.dismiss(None)
