"""The annotation dialog: side, quoted text, label, note text, publish (create or edit)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Input, Select

from workbench.tui.dialogs.frame import Dialog
from workbench.tui.dialogs.select_keys import enter_taken_by_open_list
from workbench.tui.widgets.tickbox import TickBox as Checkbox  # ticked by shape too

SIDES = ("source", "target")


@dataclass(frozen=True, slots=True)
class AnnotationInput:
    side: str
    quote: str
    label: str
    text: str
    publish: bool


class AnnotateDialog(Dialog[AnnotationInput | None]):
    DEFAULT_CSS = """
    AnnotateDialog Horizontal { height: auto; }
    AnnotateDialog Select { width: 24; }
    AnnotateDialog #annotation-quote { width: 1fr; }
    AnnotateDialog Checkbox { width: auto; border: none; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "apply", "OK", priority=True, id="dialog.apply"),
    ]

    def __init__(
        self,
        labels: tuple[str, ...],
        initial: AnnotationInput | None = None,
        editing: bool = False,
    ) -> None:
        super().__init__(
            "Edit the annotation" if editing else "Annotate a span",
            "tab: next field · enter: OK · escape: cancel",
        )
        self.labels = labels
        self.initial = initial or AnnotationInput("source", "", labels[0], "", False)
        self.editing = editing

    def body(self) -> ComposeResult:
        start = self.initial
        label = start.label if start.label in self.labels else self.labels[0]
        with Horizontal():
            yield Select(
                [(s, s) for s in SIDES],
                value=start.side,
                allow_blank=False,
                id="annotation-side",
                disabled=self.editing,
            )
            yield Input(
                start.quote,
                placeholder="the quoted text (its first occurrence)",
                id="annotation-quote",
                disabled=self.editing,
            )
        with Horizontal():
            yield Select(
                [(name, name) for name in self.labels],
                value=label,
                allow_blank=False,
                id="annotation-label",
            )
            yield Checkbox("publish (footnote)", start.publish, id="annotation-publish")
        yield Input(start.text, placeholder="note", id="annotation-text")

    def on_mount(self) -> None:
        self.query_one("#annotation-text", Input).focus()

    def action_apply(self) -> None:
        if enter_taken_by_open_list(self):
            return
        quote = self.query_one("#annotation-quote", Input).value
        if not quote.strip():
            self.notify("Type the text to annotate (or select it first).", severity="warning")
            return
        self.dismiss(
            AnnotationInput(
                side=str(self.query_one("#annotation-side", Select).value),
                quote=quote,
                label=str(self.query_one("#annotation-label", Select).value),
                text=self.query_one("#annotation-text", Input).value.strip(),
                publish=self.query_one("#annotation-publish", Checkbox).value,
            )
        )
