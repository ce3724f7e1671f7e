"""A checkbox whose mark says ticked or not by its shape too, not by its colour only."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox

TICKED = "✓"
UNTICKED = " "


class TickBox(Checkbox):
    """`▐✓▌ label` when ticked, `▐ ▌ label` when not (Textual's shows X either way)."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = TICKED if self.value else UNTICKED
        return super()._button
