"""Spelling in the editor: misspelled words underlined as the translator types, and a key
that offers corrections for the word at the cursor or adds it to the project dictionary.

`SpellingTextArea` is the editor's text area. A short pause after typing checks its text in
a worker (Hunspell, the project dictionary and the glossary, through `workbench.app.quality.spelling`)
and underlines what is misspelled; text loaded by the editor (moving to another segment) is
not checked until it is edited. `offer_corrections` runs the dialog for the word at the
cursor.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from rich.style import Style
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import TextArea

from workbench.domain.spelling import Misspelling
from workbench.storage.project import Project
from workbench.tui.dialogs.spelling import ADD_TO_DICTIONARY, SpellingDialog

if TYPE_CHECKING:  # the spelling modules are loaded on first use
    from workbench.storage.spelling import Speller

CHECK_DELAY = 0.3  # seconds after the last key before the text is checked
SPELLING = "spelling.misspelled"
UNDERLINE = Style(underline=True, color="red")


class EditorSpelling:
    """The speller of a project's target language, loaded on first use (None when no
    dictionary is installed for it), and the project dictionary."""

    def __init__(self, project: Project, lang: str) -> None:
        self.project = project
        self.lang = lang
        self._speller: Speller | None = None
        self._loaded = False
        self._lock = threading.Lock()

    def speller(self) -> Speller | None:
        with self._lock:
            if not self._loaded:
                from workbench.app.quality.spelling import speller_or_none

                self._speller = speller_or_none(self.project, self.lang)
                self._loaded = True
            return self._speller

    def add(self, word: str) -> None:
        from workbench.app.quality.spelling import add_to_dictionary

        add_to_dictionary(self.project, word, self.lang)
        with self._lock:
            self._loaded = False  # the next check reads the dictionary again


class SpellingTextArea(TextArea):
    """A text area that underlines misspelled words a moment after typing."""

    def __init__(self, spelling: EditorSpelling | None = None, **kwargs: Any) -> None:
        # Set before TextArea's own __init__, which loads the text and builds highlights.
        self.spelling = spelling
        self.misspellings: list[Misspelling] = []
        self._checked_text = ""
        self._loaded_text = ""
        self._check_timer: Timer | None = None
        super().__init__(**kwargs)

    # ---- checking ----------------------------------------------------------------------
    def load_text(self, text: str) -> None:
        self._loaded_text = text
        self.misspellings = []
        super().load_text(text)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area is not self:
            return
        if self._check_timer is not None:
            self._check_timer.stop()
        if self.text == self._loaded_text or self.spelling is None:
            self._show([], self.text)
            return
        self._check_timer = self.set_timer(CHECK_DELAY, self.check_now)

    def check_now(self) -> None:
        """Check the text in a worker (the first check loads the dictionary)."""
        text = self.text
        self.run_worker(lambda: self._check(text), thread=True, exclusive=True, group="spelling")

    def _check(self, text: str) -> None:
        from workbench.app.quality.spelling import misspellings

        speller = self.spelling.speller() if self.spelling is not None else None
        found = misspellings(speller, text) if speller is not None and text.strip() else []
        self.app.call_from_thread(self._show, found, text)

    def _show(self, found: list[Misspelling], text: str) -> None:
        if text != self.text:
            return  # typed on meanwhile: the next check will come
        self.misspellings = found
        self._checked_text = text
        self._build_highlight_map()
        self.refresh()

    # ---- drawing -----------------------------------------------------------------------
    def _build_highlight_map(self) -> None:
        super()._build_highlight_map()
        if not self.misspellings or self._checked_text != self.text:
            return
        theme = getattr(self, "_theme", None)
        if theme is None:
            return
        theme.syntax_styles.setdefault(SPELLING, UNDERLINE)
        lines = self.text.split("\n")
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        for item in self.misspellings:
            row = max(i for i, start in enumerate(starts) if start <= item.start)
            line = lines[row]
            begin = len(line[: item.start - starts[row]].encode("utf-8"))
            end = len(line[: item.end - starts[row]].encode("utf-8"))
            self._highlights[row].append((begin, end, SPELLING))

    # ---- the word at the cursor ----------------------------------------------------------
    def cursor_offset(self) -> int:
        row, column = self.cursor_location
        lines = self.text.split("\n")
        return sum(len(line) + 1 for line in lines[:row]) + column

    def misspelling_at_cursor(self) -> Misspelling | None:
        """The misspelled word under the cursor, else the next one after it, else the first."""
        if not self.misspellings or self._checked_text != self.text:
            return None
        at = self.cursor_offset()
        for item in self.misspellings:
            if item.start <= at <= item.end:
                return item
        later = [item for item in self.misspellings if item.start > at]
        return later[0] if later else self.misspellings[0]

    def replace_word(self, item: Misspelling, word: str) -> None:
        self.replace(word, _location(self.text, item.start), _location(self.text, item.end))


def _location(text: str, offset: int) -> tuple[int, int]:
    """(row, column) of a character offset."""
    before = text[:offset]
    return before.count("\n"), len(before) - (before.rfind("\n") + 1)


def offer_corrections(screen: Screen[object]) -> None:
    """The corrections dialog for the misspelled word at the cursor of the screen's
    translation: the chosen word replaces it, or it goes into the project dictionary."""
    area = screen.query_one("#target", SpellingTextArea)
    item = area.misspelling_at_cursor()
    spelling = area.spelling
    if item is None or spelling is None:
        screen.notify("No misspelled word here.", severity="information")
        return
    speller = spelling.speller()
    suggestions = list(speller.suggest(item.word))[:8] if speller is not None else []

    def chosen(answer: str | None) -> None:
        if answer == ADD_TO_DICTIONARY:
            spelling.add(item.word)
            area.check_now()
            screen.notify(f"Added {item.word!r} to the project dictionary.")
        elif answer:
            area.replace_word(item, answer)
        area.focus()

    screen.app.push_screen(SpellingDialog(item.word, suggestions), chosen)
