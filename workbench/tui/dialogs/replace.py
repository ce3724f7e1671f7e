"""Search and replace across the document's translations, with a preview."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Static

from workbench.app.editing.filtering import Replacement, plan_replace
from workbench.domain.model import Unit
from workbench.tui.dialogs.frame import Dialog
from workbench.tui.widgets.tickbox import TickBox as Checkbox  # ticked by shape too

PREVIEW_ROWS = 30


class ReplaceDialog(Dialog[list[Replacement] | None]):
    DEFAULT_CSS = """
    ReplaceDialog .dialog { width: 100; }
    ReplaceDialog Horizontal { height: auto; }
    ReplaceDialog Checkbox { width: auto; border: none; }
    ReplaceDialog #preview { height: auto; max-height: 16; border: round $secondary; }
    """

    def __init__(self, units: Sequence[Unit]) -> None:
        super().__init__(
            "Search and replace in translations",
            "enter in 'replace with': replace all shown · escape: cancel",
        )
        self.units = units
        self.plan: list[Replacement] = []

    def body(self) -> ComposeResult:
        yield Input(placeholder="find", id="find")
        yield Input(placeholder="replace with", id="replace")
        with Horizontal():
            yield Checkbox("regex", id="regex")
            yield Checkbox("match case", True, id="case")
        with VerticalScroll(id="preview"):
            yield Static("Type what to find.", id="preview-text")

    def on_input_changed(self) -> None:
        self.update_preview()

    def on_checkbox_changed(self) -> None:
        self.update_preview()

    def update_preview(self) -> None:
        find = self.query_one("#find", Input).value
        preview = self.query_one("#preview-text", Static)
        self.plan = []
        if not find:
            preview.update("Type what to find.")
            return
        try:
            self.plan = plan_replace(
                self.units,
                find,
                self.query_one("#replace", Input).value,
                self.query_one("#regex", Checkbox).value,
                self.query_one("#case", Checkbox).value,
            )
        except ValueError as error:
            preview.update(Text(str(error), style="red"))
            return
        total = sum(r.count for r in self.plan)
        text = Text(f"{total} replacement(s) in {len(self.plan)} segment(s)\n", style="bold")
        for item in self.plan[:PREVIEW_ROWS]:
            text.append(f"#{item.index + 1} ", style="dim")
            text.append(item.old, style="red strike")
            text.append(" → ")
            text.append(item.new + "\n", style="green")
        if len(self.plan) > PREVIEW_ROWS:
            text.append(f"… and {len(self.plan) - PREVIEW_ROWS} more", style="dim")
        preview.update(text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "find":
            self.query_one("#replace", Input).focus()
            return
        self.update_preview()
        if not self.plan:
            self.notify("Nothing to replace.", severity="warning")
            return
        self.dismiss(self.plan)
