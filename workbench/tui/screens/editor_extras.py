"""More of the editor's keys: the source or a match into the translation, select all,
autocomplete, glossary terms and spelling corrections, a segment's versions, undoing a replace-all, and
splitting or merging segments.

`EditorExtras` is an invisible widget of the editor screen, like `EditorFlows`: its keys run
`extra('<name>')` and it reports back with `UnitsChanged`.
"""

from __future__ import annotations

from typing import Protocol, cast

from textual import work

from workbench.app.editing import segment_ops
from workbench.app.editing.history import restore_in_session, versions
from workbench.domain.errors import WorkbenchError
from workbench.tui.dialogs.history import HistoryDialog
from workbench.tui.dialogs.prompt import ChoiceDialog
from workbench.tui.dialogs.split import SplitDialog
from workbench.tui.editor_controller import EditorController
from workbench.tui.screens.editor_messages import UnitsChanged
from workbench.tui.screens.editor_part import EditorPart
from workbench.tui.widgets.spelling import offer_corrections


class ReopenableEditor(Protocol):
    """What changing the segmentation needs of the editor screen (`EditorScreen`, not
    imported: it imports this module)."""

    def __init__(self, controller: EditorController) -> None: ...

    def leave_current(self) -> None: ...

    async def shutdown(self) -> None: ...


SOURCE_CHOICES = ["replace", "insert"]
SOURCE_LABELS = ["Replace the translation with the source", "Insert the source at the cursor"]


class EditorExtras(EditorPart):
    # ---- the source, selection, autocomplete ---------------------------------------------
    def source(self) -> None:
        """ctrl+b: an empty translation gets the source; otherwise, replace or insert?"""
        if not self.controller.units:
            return
        target = self.segment.target
        if not target.text.strip():
            self.use_source("replace")
            return
        dialog = ChoiceDialog("The translation is not empty:", SOURCE_CHOICES, SOURCE_LABELS)
        self.app.push_screen(dialog, self.use_source)

    def insert_source(self) -> None:
        self.use_source("insert")

    def use_source(self, how: str | None) -> None:
        if how is not None and self.controller.units:
            self.put(self.controller.unit().source, how)

    def use_match(self) -> None:
        """ctrl+r: the selected match replaces the translation."""
        match = self.controller.selected()
        if match is None:
            self.notify("No fuzzy match for this segment.", severity="warning")
            return
        self.put(match.target, "replace")

    def put(self, text: str, how: str) -> None:
        """`text` replaces the translation ("replace") or goes in at the cursor ("insert")."""
        target = self.segment.target
        if how == "replace":
            target.replace(text, (0, 0), target.document.end)
        else:
            target.insert(text)
        target.focus()

    def select_all(self) -> None:
        self.segment.target.select_all()

    def accept_suggestion(self) -> None:
        """Tab: accept the autocomplete suggestion, else move the focus on as tab does."""
        if not self.segment.suggestions.accept_into(self.segment.target):
            self.screen.focus_next()

    # ---- glossary terms and spelling -----------------------------------------------------
    def insert_term(self) -> None:
        """ctrl+g: the segment's glossary term into the translation (which, if several?)."""
        choices = self.controller.term_choices()
        if not choices:
            self.notify("No glossary term in this segment.", severity="warning")
        elif len(choices) == 1:
            self.put_term(choices[0][1])
        else:
            labels = [f"{source} → {target}" for source, target in choices]
            dialog = ChoiceDialog("Insert which term?", [t for _s, t in choices], labels)
            self.app.push_screen(dialog, self.put_term)

    def put_term(self, term: str | None) -> None:
        if term:
            self.put(term, "insert")

    def spelling(self) -> None:
        """ctrl+o: corrections for the word at the cursor, or add it to the dictionary."""
        offer_corrections(self.screen)

    # ---- history and undo ----------------------------------------------------------------
    def history(self) -> None:
        if not self.controller.ready:
            return
        unit = self.controller.unit()
        self.app.push_screen(HistoryDialog(unit.id, versions(unit)), self.restore)

    def restore(self, number: int | None) -> None:
        c = self.controller
        if number is None or c.session is None:
            return
        try:
            change = restore_in_session(c.session, c.current, number)
        except WorkbenchError as error:
            self.notify(str(error), severity="error")
            return
        if change:
            c.note_change()
            self.notify(f"Version {number} restored.")
            self.post_message(UnitsChanged([change], reload=True))

    def undo_replace(self) -> None:
        c = self.controller
        if c.session is None or c.undo.last_label is None:
            self.notify("No replace-all to undo.", severity="warning")
            return
        label = c.undo.last_label
        changes, skipped = c.undo.undo(c.session)
        c.note_change()
        note = f"; {skipped} segment(s) edited since were left as they are" if skipped else ""
        self.notify(f"Undone: {label} ({len([x for x in changes if x])} segment(s)){note}")
        self.post_message(UnitsChanged(changes, all_rows=True, reload=True))

    # ---- segmentation --------------------------------------------------------------------
    def split(self) -> None:
        """Split the current segment where the translator puts the cursor in its source."""
        if self.controller.ready:
            dialog = SplitDialog(self.controller.unit().source)
            self.app.push_screen(dialog, self.split_at)

    def split_at(self, cut: int | None) -> None:
        if cut is not None:
            self.change_segmentation("split", cut)

    def merge(self) -> None:
        if self.controller.ready:
            self.change_segmentation("merge", None)

    @work(exclusive=True, group="segmentation")
    async def change_segmentation(self, kind: str, cut: int | None) -> None:
        """Save and close the document, change its segmentation (every language), open it
        again on the same segment."""
        c = self.controller
        editor = cast(ReopenableEditor, self.screen)
        unit_id, index = c.unit().id, c.current
        editor.leave_current()
        await editor.shutdown()
        try:
            if kind == "split":
                segment_ops.split(c.project, c.document.name, unit_id, cut=cut)
            else:
                segment_ops.merge(c.project, c.document.name, unit_id)
            done = f"Segment {'split' if kind == 'split' else 'merged with the next'}."
        except WorkbenchError as error:
            done = ""
            self.app.notify(str(error), severity="error", timeout=10)
        controller = EditorController(c.project, c.document, c.lang, c.review)
        controller.start_at = index
        reopened = type(editor)(controller)
        # the app replaces this screen (and this widget) once this worker has returned
        self.app.call_later(self.app.switch_screen, reopened)
        if done:
            self.app.notify(done)
