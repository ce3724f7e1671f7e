"""Actions of the whole app, for the palette and their keys: export, statistics, preview.

They act on the document being edited (its units as in the editor, saved or not) or, on the
overview, on the highlighted document as saved. Slow work runs in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from textual.app import App, SystemCommand
from textual.screen import Screen

from workbench.domain.errors import WorkbenchError
from workbench.domain.model import Unit
from workbench.storage.project import Document, Project

if TYPE_CHECKING:
    from workbench.app.editing.preview import Preview

UnitsJob = Callable[[Document, str, list[Unit]], None]  # a document, its language, its units
HIDDEN_SYSTEM_COMMANDS = frozenset({"Screenshot", "Quit", "Keys"})  # ours: f1 help, ctrl+q


class ProjectActions(App[None]):
    project: Project
    lang: str

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            if command.title not in HIDDEN_SYSTEM_COMMANDS:
                yield command

    def focused_document(self) -> tuple[Document, str, list[Unit] | None, int] | None:
        """(document, lang, the editor's units or None to read them, current index)."""
        from workbench.tui.screens.editor import EditorScreen
        from workbench.tui.screens.overview import OverviewScreen

        screen = self.screen
        if isinstance(screen, EditorScreen) and screen.session is not None:
            c = screen.controller
            return c.document, c.lang, list(screen.session.units), c.current
        if isinstance(screen, OverviewScreen):
            name = screen.selected_document()
            if name is not None:
                return self.project.document(name), screen.lang, None, 0
        return None

    def focused_or_warn(self, to_do: str) -> tuple[Document, str, list[Unit] | None, int] | None:
        """`focused_document()`, or a warning that there is no document `to_do` with."""
        focused = self.focused_document()
        if focused is None:
            self.notify(f"Open or highlight a document {to_do}.", severity="warning")
        return focused

    @contextmanager
    def errors_notified(self) -> Iterator[None]:
        """In a worker thread: a WorkbenchError ends the block and is shown as an error."""
        try:
            yield
        except WorkbenchError as error:
            self.call_from_thread(self.notify, str(error), severity="error")

    def _units(self, document: Document, lang: str, units: list[Unit] | None) -> list[Unit]:
        return units if units is not None else self.project.load_catalog(document, lang).units

    def action_export(self) -> None:
        self.in_background_on_focused("to export", "export", self.export_units)

    def action_stats(self) -> None:
        self.in_background_on_focused("for its statistics", "stats-dialog", self.show_stats)

    def in_background_on_focused(self, to_do: str, group: str, job: UnitsJob) -> None:
        """Run `job` on the focused document's units in a worker thread (a WorkbenchError is
        shown); a warning when no document is focused."""
        focused = self.focused_or_warn(to_do)
        if focused is None:
            return
        document, lang, units, _ = focused

        def run() -> None:
            with self.errors_notified():
                job(document, lang, self._units(document, lang, units))

        self.run_worker(run, thread=True, group=group)

    def export_units(self, document: Document, lang: str, units: list[Unit]) -> None:
        """In a worker thread: export the document, and say where to."""
        from workbench.app.editing.preview import export_units

        target, left = export_units(self.project, document, lang, units)
        left_note = f"; {left} segment(s) left in {self.project.settings.source_lang}"
        note = f"Exported {self.project.relative(target)}{left_note if left else ''}"
        self.call_from_thread(self.notify, note)

    def show_stats(self, document: Document, lang: str, units: list[Unit]) -> None:
        """In a worker thread: count, then show the statistics dialog."""
        from workbench.app.quality.stats import DocumentStats
        from workbench.tui.dialogs.stats import StatsDialog

        stats = DocumentStats(document.name, lang)
        for unit in units:
            stats.add(unit)
        self.call_from_thread(self.push_screen, StatsDialog(stats))

    def action_preview(self) -> None:
        from workbench.app.editing.preview import document_preview
        from workbench.tui.screens.preview import PreviewScreen

        focused = self.focused_or_warn("to preview")
        if focused is None:
            return
        document, lang, units, current = focused
        project = self.project

        def make(include_drafts: bool) -> Preview:
            return document_preview(
                project, document, self._units(document, lang, units), current, include_drafts
            )

        title = f"{document.name} → {lang} as exported"
        self.push_screen(PreviewScreen(title, make, whole=units is None))
