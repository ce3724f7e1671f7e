"""The glossary screen: browse every entry, search as you type, add, edit, delete.

Glossaries are small (hundreds of entries), so a DataTable rebuilt on each keystroke is
enough. Every change is written by `workbench.storage.glossary` (round-trip, atomic) and the
file is read back. A glossary.yml that does not parse leaves the last good glossary on
screen with the one-line error; nothing is written over a broken file (storage refuses).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from workbench.domain.errors import WorkbenchError
from workbench.domain.glossary import Entry, Glossary
from workbench.storage.glossary import add_entry, reload_glossary, remove_entry, update_entry
from workbench.storage.project import Project
from workbench.tui.dialogs.add_term import TermDialog, TermFields
from workbench.tui.dialogs.confirm import ConfirmDialog

NOTE_WIDTH = 60


class GlossaryScreen(Screen[bool]):
    """Dismissed with True when the glossary was changed (the editor then reloads it)."""

    CSS_PATH = "glossary.tcss"
    BINDINGS = [
        Binding("escape", "close", "Back", id="glossary.close"),
        Binding("ctrl+t", "add", "Add term", priority=True, id="glossary.add"),
        Binding("ctrl+e", "edit", "Edit", priority=True, id="glossary.edit"),
        Binding("ctrl+x", "delete", "Delete", priority=True, id="glossary.delete"),
        Binding("down", "cursor(1)", show=False, id="glossary.down"),
        Binding("up", "cursor(-1)", show=False, id="glossary.up"),
    ]

    def __init__(self, project: Project, lang: str, last_good: Glossary | None = None) -> None:
        super().__init__()
        self.project = project
        self.source_lang = project.settings.source_lang
        self.lang = lang
        self.path = project.glossary_path
        self.glossary = last_good or Glossary([], self.path)
        self.error = ""
        self.changed = False

    def compose(self) -> ComposeResult:
        yield Static(id="glossary-title")
        yield Static(id="glossary-error")
        yield Input(placeholder="search terms, notes, glosses, tags", id="glossary-search")
        yield DataTable(id="glossary-table", cursor_type="row", zebra_stripes=True)
        yield Static(
            "type to search · up/down move · enter or ctrl+e edit · ctrl+t add · "
            "ctrl+x delete · escape back",
            id="glossary-hint",
        )
        yield Footer()

    @property
    def table(self) -> DataTable[str]:
        return self.query_one("#glossary-table", DataTable)

    @property
    def query_text(self) -> str:
        return self.query_one("#glossary-search", Input).value

    def on_mount(self) -> None:
        table = self.table
        table.add_column("id", key="id")
        table.add_column(self.source_lang, key="source")
        table.add_column(self.lang, key="target")
        table.add_column("gloss", key="gloss")
        table.add_column("note", key="note")
        self.reload()
        self.query_one("#glossary-search", Input).focus()

    # ---- reading -------------------------------------------------------------------------
    def reload(self) -> None:
        self.glossary, error = reload_glossary(self.path, self.glossary)
        self.error = str(error) if error else ""
        banner = self.query_one("#glossary-error", Static)
        banner.update(f"{self.error} (showing the last good glossary)" if self.error else "")
        banner.set_class(bool(self.error), "-shown")
        self.fill()

    def fill(self) -> None:
        entries = self.glossary.search(self.query_text)
        table = self.table
        table.clear()
        for entry in entries:
            table.add_row(*self.row(entry), key=entry.id)
        count = f"{len(entries)} of {len(self.glossary.entries)}"
        self.query_one("#glossary-title", Static).update(
            f"Glossary · {self.project.relative(self.path)} · {count} entries"
        )

    def row(self, entry: Entry) -> tuple[str, ...]:
        note = entry.note if len(entry.note) <= NOTE_WIDTH else entry.note[: NOTE_WIDTH - 1] + "…"
        return (
            entry.id,
            "; ".join(entry.terms_for(self.source_lang)),
            "; ".join(entry.terms.get(self.lang, [])),
            entry.gloss.get(self.lang, ""),
            note,
        )

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "glossary-search":
            self.fill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "glossary-search":
            self.action_edit()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_edit()

    def selected_entry(self) -> Entry | None:
        table = self.table
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.glossary.entry(str(key))

    def action_cursor(self, step: int) -> None:
        table = self.table
        if table.row_count:
            row = max(0, min(table.cursor_row + step, table.row_count - 1))
            table.move_cursor(row=row)

    # ---- changing ------------------------------------------------------------------------
    def write(self, what: str, change: Callable[[], object]) -> bool:
        """Run a storage glossary change (a callable); report its error; reload."""
        try:
            change()
        except WorkbenchError as error:
            self.notify(str(error), severity="error", timeout=8)
            return False
        self.changed = True
        self.reload()
        self.notify(what)
        return True

    def action_add(self) -> None:
        fields = TermFields(self.query_text.strip(), "")
        dialog = TermDialog("Add a glossary term", fields, self.source_lang, self.lang, False)
        self.app.push_screen(dialog, self.added)

    def added(self, fields: TermFields | None) -> None:
        if fields is None:
            return
        terms = fields.terms(self.source_lang, self.lang)
        gloss = {self.lang: fields.gloss} if fields.gloss else None

        def change() -> None:
            add_entry(self.path, terms, note=fields.note, gloss=gloss)

        self.write(f"Added {fields.source!r}.", change)

    def action_edit(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.notify("No entry selected.", severity="warning")
            return
        fields = TermFields.of_entry(entry, self.source_lang, self.lang)
        dialog = TermDialog(f"Edit {entry.id!r}", fields, self.source_lang, self.lang, True)
        self.app.push_screen(dialog, lambda result: self.edited(entry, result))

    def edited(self, entry: Entry, fields: TermFields | None) -> None:
        if fields is None:
            return
        new = fields.applied_to(entry, self.source_lang, self.lang)
        self.write(f"Saved {entry.id!r}.", lambda: update_entry(self.path, new))

    def action_delete(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.notify("No entry selected.", severity="warning")
            return
        question = f"Delete the glossary entry {entry.label(self.source_lang)!r} ({entry.id})?"
        self.app.push_screen(ConfirmDialog(question), lambda yes: self.deleted(entry, yes))

    def deleted(self, entry: Entry, yes: bool | None) -> None:
        if yes:
            self.write(f"Deleted {entry.id!r}.", lambda: remove_entry(self.path, entry.id))

    def action_close(self) -> None:
        self.dismiss(self.changed)
