"""Autocomplete under the translation: what `app.editing.autocomplete` offers for the word typed.

One line, the first suggestion highlighted: tab puts it in place of the typed letters,
typing on narrows or drops the list, escape closes it until the next word.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static, TextArea
from textual.widgets.text_area import Document

from workbench.app.editing.autocomplete import (
    GLOSSARY,
    MEMORY,
    SegmentCompletions,
    Suggestion,
    TermIndex,
    accept,
)

KIND_MARKS = {GLOSSARY: "glossary", MEMORY: "memory"}


def text_document(area: TextArea) -> Document:
    """The text area's document (a plain-text Document: offsets and locations convert)."""
    document = area.document
    assert isinstance(document, Document)
    return document


class SuggestionStrip(Static):
    DEFAULT_CSS = """
    SuggestionStrip { height: 1; padding: 0 1; background: $boost; display: none; }
    SuggestionStrip.-open { display: block; }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", markup=False, **kwargs)  # type: ignore[arg-type]
        self.completions = SegmentCompletions()
        self.suggestions: list[Suggestion] = []
        self.closed_at: int | None = None  # escape: closed for the word starting here

    def prepare(
        self,
        index: TermIndex | None,
        term_forms: Sequence[Sequence[str]],
        match_targets: Sequence[str],
    ) -> None:
        self.completions.index = index
        self.completions.prepare(term_forms, match_targets)
        self.closed_at = None
        self.close()

    def update_for(self, target: TextArea) -> None:
        """The translator typed: suggestions for the word before the cursor."""
        cursor = text_document(target).get_index_from_location(target.cursor_location)
        found = self.completions.suggest(target.text, cursor)
        if found and self.closed_at == found[0].start:
            found = []
        self.suggestions = found
        if not found:
            self.set_class(False, "-open")
            return
        line = Text()
        line.append("tab ", style="bold")
        for number, suggestion in enumerate(found):
            style = "reverse bold" if number == 0 else ""
            line.append(f" {suggestion.text} ", style=style)
            mark = KIND_MARKS.get(suggestion.kind)
            if mark and number == 0:
                line.append(f"({mark}) ", style="dim")
        line.append(" · esc: close", style="dim")
        self.update(line)
        self.set_class(True, "-open")

    @property
    def is_open(self) -> bool:
        return bool(self.suggestions) and self.has_class("-open")

    def accept_into(self, target: TextArea) -> bool:
        """Tab: the first suggestion replaces the typed letters. False when none is open."""
        if not self.is_open:
            return False
        suggestion = self.suggestions[0]
        document = text_document(target)
        cursor = document.get_index_from_location(target.cursor_location)
        new_text, new_cursor = accept(target.text, cursor, suggestion)
        start = document.get_location_from_index(suggestion.start)
        target.replace(new_text[suggestion.start : new_cursor], start, target.cursor_location)
        self.close()
        return True

    def close(self, for_word: bool = False) -> bool:
        """Escape (`for_word`: not again for this word). True when something was open."""
        was_open = self.is_open
        if for_word and self.suggestions:
            self.closed_at = self.suggestions[0].start
        self.suggestions = []
        self.set_class(False, "-open")
        return was_open
