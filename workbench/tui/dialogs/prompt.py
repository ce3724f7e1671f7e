"""Small modal dialogs: a one-line text prompt and a choice among a few strings."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList

DIALOG_CSS = """
.dialog { width: 70; max-width: 95%; height: auto; max-height: 90%;
          border: thick $accent; background: $panel; padding: 0 1; }
.dialog > Label.title { text-style: bold; margin-bottom: 1; }
.dialog > Label.hint { color: $text-muted; margin-top: 1; }
"""
# A dialog screen gets the class "-short" on a terminal of fewer than 30 lines (80x24):
# its inputs lose their borders and its labels their margins, so every field still shows.
SHORT_BREAKPOINTS = [(0, "-short"), (30, "-tall")]


def short_dialog_css(screen: str) -> str:
    """The rules for the "-short" class of the dialog screen named `screen`."""
    return f"""
{screen}.-short .dialog Input {{ border: none; height: 1; padding: 0 1; margin-top: 0; }}
{screen}.-short .dialog Input:focus {{ background: $primary-muted; }}
{screen}.-short .dialog Label.field {{ margin-top: 0; }}
"""


class TextPrompt(ModalScreen[str | None]):
    """Ask for a line of text (a comment, a reason). Enter accepts, escape cancels."""

    DEFAULT_CSS = "TextPrompt { align: center middle; }" + DIALOG_CSS
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, title: str, placeholder: str = "", required: bool = True) -> None:
        super().__init__()
        self.title_text = title
        self.placeholder = placeholder
        self.required = required

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="title")
            yield Input(placeholder=self.placeholder, id="prompt-input")
            yield Label("enter: OK · escape: cancel", classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if self.required and not text:
            self.notify("Please type some text (escape cancels).", severity="warning")
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoiceDialog(ModalScreen[str | None]):
    """Pick one of several strings (alt+1..9 or arrows + enter)."""

    DEFAULT_CSS = "ChoiceDialog { align: center middle; }" + DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
        *(Binding(f"alt+{n},{n}", f"pick({n - 1})", show=False) for n in range(1, 10)),
    ]

    def __init__(self, title: str, choices: list[str], labels: list[str] | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.labels = labels or choices

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="title")
            yield OptionList(*[f"{n}. {label}" for n, label in enumerate(self.labels, 1)])
            yield Label("1-9 or enter: choose · escape: cancel", classes="hint")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[event.option_index])

    def action_pick(self, index: int) -> None:
        if index < len(self.choices):
            self.dismiss(self.choices[index])

    def action_cancel(self) -> None:
        self.dismiss(None)
