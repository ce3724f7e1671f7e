"""Statistics of one document in one language: segments and words by state."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from workbench.app.quality.stats import DocumentStats
from workbench.domain.model import STATES
from workbench.tui.dialogs.frame import Dialog


class StatsDialog(Dialog[None]):
    DEFAULT_CSS = "#stats-table { height: auto; }"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,q", "close", "Close", id="dialog.cancel")
    ]

    def __init__(self, stats: DocumentStats) -> None:
        super().__init__(f"{stats.document} → {stats.lang}: statistics", "escape: close")
        self.stats = stats

    def body(self) -> ComposeResult:
        yield DataTable(id="stats-table", cursor_type="none", show_cursor=False)

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
