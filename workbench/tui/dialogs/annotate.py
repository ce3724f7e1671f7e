"""The annotation dialog: side, quoted text, label, note text, publish (create or edit)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select

from workbench.tui.dialogs.prompt import DIALOG_CSS
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


class AnnotateDialog(ModalScreen[AnnotationInput | None]):
    DEFAULT_CSS = (
        """
    AnnotateDialog { align: center middle; }
    AnnotateDialog Horizontal { height: auto; }
    AnnotateDialog Select { width: 24; }
    AnnotateDialog #annotation-quote { width: 1fr; }
    AnnotateDialog Checkbox { width: auto; border: none; }
    """
        + DIALOG_CSS
    )
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
        Binding("enter", "apply", "OK", priority=True, id="dialog.apply"),
    ]

    def __init__(
        self,
        labels: tuple[str, ...],
        initial: AnnotationInput | None = None,
        editing: bool = False,
    ) -> None:
        super().__init__()
        self.labels = labels
        self.initial = initial or AnnotationInput("source", "", labels[0], "", False)
        self.editing = editing

    def compose(self) -> ComposeResult:
        start = self.initial
        label = start.label if start.label in self.labels else self.labels[0]
        title = "Edit the annotation" if self.editing else "Annotate a span"
        with Vertical(classes="dialog"):
            yield Label(title, classes="title")
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
            yield Label("tab: next field · enter: OK · escape: cancel", classes="hint")

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

    def action_cancel(self) -> None:
        self.dismiss(None)
