"""Statistics of one document in one language: segments and words by state."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from workbench.app.quality.stats import DocumentStats
from workbench.domain.model import STATES
from workbench.tui.dialogs.prompt import DIALOG_CSS


class StatsDialog(ModalScreen[None]):
    DEFAULT_CSS = (
        "StatsDialog { align: center middle; } #stats-table { height: auto; }" + DIALOG_CSS
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,q", "close", "Close", id="dialog.cancel")
    ]

    def __init__(self, stats: DocumentStats) -> None:
        super().__init__()
        self.stats = stats

    def compose(self) -> ComposeResult:
        stats = self.stats
        with Vertical(classes="dialog"):
            yield Label(f"{stats.document} → {stats.lang}: statistics", classes="title")
            yield DataTable(id="stats-table", cursor_type="none", show_cursor=False)
            yield Label("escape: close", classes="hint")

    def on_mount(self) -> None:
        stats = self.stats
        table = self.query_one(DataTable)
        table.add_columns("State", "Segments", "Words", "Words %")
        for state in STATES:
            words = stats.state_words[str(state)]
            share = f"{100 * words / stats.words:.0f}%" if stats.words else "–"
            table.add_row(str(state), str(stats.states[str(state)]), str(words), share)
        table.add_row(
            "total", str(stats.segments), str(stats.words), "100%" if stats.words else "–"
        )

    def action_close(self) -> None:
        self.dismiss(None)
