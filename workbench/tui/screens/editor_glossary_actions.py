"""The editor's glossary and translation-memory actions, as a second mixin.

- ctrl+t: add a term without leaving the editor (active at once in the current segment)
- f4: the glossary screen (browse, search, edit, delete)
- ctrl+k: the concordance over the translation memory
- propagate_repetitions: called by the confirm action (auto-propagation)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from textual import work
from textual.widgets import Static

from workbench.app.propagation import propagate_elsewhere, propagation_mode
from workbench.domain.errors import WorkbenchError
from workbench.storage.glossary import add_entry
from workbench.tui.dialogs.add_term import TermDialog, TermFields
from workbench.tui.screens.concordance import ConcordanceScreen
from workbench.tui.screens.editor_actions import after_typing
from workbench.tui.screens.glossary import GlossaryScreen

if TYPE_CHECKING:
    from workbench.tui.screens.editor import EditorScreen

    Base = EditorScreen
else:
    Base = object

WORD = re.compile(r"\w[\w'’-]*")


def word_at(text: str, offset: int) -> str:
    for match in WORD.finditer(text):
        if match.start() <= offset <= match.end():
            return match.group()
    return ""


class GlossaryActions(Base):
    # ---- what the translator points at ---------------------------------------------------
    def selected_source(self) -> str:
        """Text selected with the mouse in the source view, else ''."""
        try:
            selected = self.get_selected_text() or ""
        except Exception:  # noqa: BLE001 - selection support varies by terminal
            return ""
        return " ".join(selected.split())

    def selected_target(self) -> str:
        area = self.target
        if area.selected_text.strip():
            return " ".join(area.selected_text.split())
        row, column = area.cursor_location
        lines = area.text.split("\n")
        return word_at(lines[row], column) if row < len(lines) else ""

    # ---- ctrl+t: add a term --------------------------------------------------------------
    @after_typing
    def action_add_term(self) -> None:
        source = self.selected_source()
        target = self.target.selected_text.strip() if self.target.selected_text else ""
        fields = TermFields(source, " ".join(target.split()))
        dialog = TermDialog(
            "Add a glossary term",
            fields,
            self.project.settings.source_lang,
            self.lang,
            focus_target=bool(source),
        )
        self.app.push_screen(dialog, self.term_added)

    def term_added(self, fields: TermFields | None) -> None:
        if fields is None:
            self.target.focus()
            return
        source_lang = self.project.settings.source_lang
        gloss = {self.lang: fields.gloss} if fields.gloss else None
        try:
            entry = add_entry(
                self.project.glossary_path,
                fields.terms(source_lang, self.lang),
                note=fields.note,
                gloss=gloss,
            )
        except WorkbenchError as error:
            self.notify(str(error), severity="error", timeout=8)
            return
        self.glossary_changed(True)
        self.notify(f"Added to the glossary: {entry.label(source_lang)} ({entry.id}).")
        self.target.focus()

    # ---- f4: the glossary screen ---------------------------------------------------------
    def action_glossary_screen(self) -> None:
        last_good = self.assist.glossary()
        self.app.push_screen(
            GlossaryScreen(self.project, self.lang, last_good), self.glossary_changed
        )

    def glossary_changed(self, changed: bool | None) -> None:
        """Re-read glossary.yml (the last good one stays on error) and look the segment up."""
        if changed:
            error = self.assist.reload_glossary()
            if error:
                self.notify(error, severity="error", timeout=10)
            self.request_assist()
        self.target.focus()

    # ---- ctrl+k: concordance -------------------------------------------------------------
    @after_typing
    def action_concordance(self) -> None:
        query = self.selected_source() or self.target.selected_text.strip()
        langs = [self.project.settings.source_lang, self.lang]
        screen = ConcordanceScreen(self.assist.memory, langs, " ".join(query.split()))
        self.app.push_screen(screen, lambda _result: self.target.focus())

    # ---- auto-propagation of repetitions -------------------------------------------------
    def propagate_repetitions(self, index: int, text: str) -> None:
        """After a confirm: fill the identical untranslated segments (setting [tm] propagate)."""
        if self.session is None or not text.strip():
            return
        try:
            mode = propagation_mode(self.project)
        except WorkbenchError as error:
            self.notify(str(error), severity="error", timeout=10)
            return
        if mode == "off":
            return
        session = self.session
        fill = session.draft if mode == "draft" else session.confirm
        here = 0
        for other in self.repetitions().repetitions(self.units, index, set(session.pending)):
            if self.change(other, lambda other=other: fill(other, text)):
                here += 1
        if here:
            self.call_after_refresh(self.show_propagated, here, 0)
        self.propagate_other_documents(self.units[index].source, text, mode, here)

    @work(thread=True, group="propagate", description="propagate")
    def propagate_other_documents(self, source: str, text: str, mode: str, here: int) -> None:
        try:
            elsewhere = propagate_elsewhere(
                self.project, self.document, source, text, self.lang, mode
            )
        except Exception as error:  # noqa: BLE001 - reported; the confirm itself is safe
            self.app.call_from_thread(
                self.notify, f"Propagation to other documents failed: {error}", severity="error"
            )
            return
        if elsewhere:
            self.app.call_from_thread(self.show_propagated, here, elsewhere)

    def show_propagated(self, here: int, elsewhere: int) -> None:
        parts = []
        if here:
            parts.append(f"{here} here")
        if elsewhere:
            parts.append(f"{elsewhere} in other documents")
        self.update_status(f"repetitions filled: {', '.join(parts)}")
        self.query_one("#status", Static).refresh()
