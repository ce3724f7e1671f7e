"""The review filter: by translator, changed since my last review, open comments."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Select

from workbench.domain.review import ReviewFilter
from workbench.tui.dialogs.frame import Dialog
from workbench.tui.dialogs.select_keys import enter_taken_by_open_list
from workbench.tui.widgets.tickbox import TickBox as Checkbox  # ticked by shape too


class ReviewFilterDialog(Dialog[ReviewFilter | None]):
    """Returns the ReviewFilter (an empty one clears the review part of the filter)."""

    DEFAULT_CSS = "ReviewFilterDialog Checkbox { border: none; }"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "apply", "Apply", priority=True, id="dialog.apply"),
    ]

    def __init__(self, current: ReviewFilter | None, translators: list[str], me: str) -> None:
        super().__init__(
            "Review filter (added to the other filters)",
            "tab: next · space: tick · enter: apply · escape: cancel",
        )
        self.current = current or ReviewFilter()
        self.translators = translators
        self.me = me

    def body(self) -> ComposeResult:
        spec = self.current
        yield Select(
            [(f"translated by {name}", name) for name in self.translators],
            value=spec.translator if spec.translator in self.translators else Select.NULL,
            prompt="any translator",
            id="review-translator",
        )
        yield Checkbox("needs review", spec.needs_review, id="review-needs")
        yield Checkbox(
            f"changed since my last review ({self.me})",
            bool(spec.changed_since_review_of),
            id="review-changed",
        )
        yield Checkbox("has open comments", spec.open_threads, id="review-comments")

    def action_apply(self) -> None:
        if enter_taken_by_open_list(self):
            return
        translator = self.query_one("#review-translator", Select).value
        self.dismiss(
            ReviewFilter(
                needs_review=self.query_one("#review-needs", Checkbox).value,
                translator=None if translator is Select.NULL else str(translator),
                changed_since_review_of=(
                    self.me if self.query_one("#review-changed", Checkbox).value else None
                ),
                open_threads=self.query_one("#review-comments", Checkbox).value,
            )
        )
