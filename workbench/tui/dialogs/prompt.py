"""Small modal dialogs: a one-line text prompt and a choice among a few strings."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input, OptionList

from workbench.tui.dialogs.frame import Dialog


class TextPrompt(Dialog[str | None]):
    """Ask for a line of text (a comment, a reason). Enter accepts, escape cancels."""

    def __init__(self, title: str, placeholder: str = "", required: bool = True) -> None:
        super().__init__(title, "enter: OK · escape: cancel")
        self.placeholder = placeholder
        self.required = required

    def body(self) -> ComposeResult:
        yield Input(placeholder=self.placeholder, id="prompt-input")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if self.required and not text:
            self.notify("Please type some text (escape cancels).", severity="warning")
            return
        self.dismiss(text)


class ChoiceDialog(Dialog[str | None]):
    """Pick one of several strings (alt+1..9 or arrows + enter)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(f"alt+{n},{n}", f"pick({n - 1})", show=False) for n in range(1, 10)),
    ]

    def __init__(self, title: str, choices: list[str], labels: list[str] | None = None) -> None:
        super().__init__(title, "1-9 or enter: choose · escape: cancel")
        self.choices = choices
        self.labels = labels or choices

    def body(self) -> ComposeResult:
        yield OptionList(*[f"{n}. {label}" for n, label in enumerate(self.labels, 1)])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[event.option_index])

    def action_pick(self, index: int) -> None:
        if index < len(self.choices):
            self.dismiss(self.choices[index])
