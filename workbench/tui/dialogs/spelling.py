"""The spelling dialog: corrections for a misspelled word, or add it to the project dictionary."""

from __future__ import annotations

from workbench.tui.dialogs.prompt import ChoiceDialog

ADD_TO_DICTIONARY = "\x00add"  # the answer that adds the word (never a real correction)


class SpellingDialog(ChoiceDialog):
    """1-9 or enter picks a correction or "add to dictionary"; escape leaves the word."""

    def __init__(self, word: str, suggestions: list[str]) -> None:
        choices = [*suggestions, ADD_TO_DICTIONARY]
        labels = [*suggestions, f"Add “{word}” to the project dictionary"]
        title = f"“{word}”: not in the dictionary" + ("" if suggestions else " (no suggestions)")
        super().__init__(title, choices, labels)
