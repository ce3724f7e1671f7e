"""The editor: the segment grid, the current segment (source + translation), side panels.

The screen composes the widgets, turns keys into calls of its `EditorController` (plain
Python over the editing session and the assist) and redraws from the changes it returns.
The flows that go through dialogs (review, annotations, QA, glossary) are in `EditorFlows`
(screens/editor_flows.py); more keys (source, matches, terms, spelling, versions, split and
merge) in `EditorExtras` (screens/editor_extras.py); saving and sync in `EditorSaver`, the
grid's QA marks in `QAMarker`, QA notices and repetitions after a confirm in `AfterConfirm`:
invisible widgets of this screen that report back with messages. Slow work (loading,
lookups, saving) runs in workers.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, TextArea

from workbench.app.editing.filtering import Filter
from workbench.app.editing.session import Change, EditingSession
from workbench.domain.model import State, Unit
from workbench.tui.editor_controller import NEEDS_REVIEW, EditorController
from workbench.tui.frame_hold import FrameHold
from workbench.tui.key_hold import KeyHold
from workbench.tui.navigation import EditorClosed
from workbench.tui.screens.editor_after_confirm import AfterConfirm
from workbench.tui.screens.editor_extras import EditorExtras
from workbench.tui.screens.editor_flows import EditorFlows
from workbench.tui.screens.editor_messages import (
    Reloaded,
    SessionReady,
    StatusNote,
    UnitsChanged,
    ViewWanted,
)
from workbench.tui.screens.editor_qa_marks import MarksReady, QAMarker
from workbench.tui.screens.editor_saver import EditorSaver
from workbench.tui.screens.keyed import KeyedScreen
from workbench.tui.widgets.panels import Panel
from workbench.tui.widgets.segment_grid import SegmentGrid, estimated_heights
from workbench.tui.widgets.segment_view import CurrentSegment, SidePanels, after_typing

EMPTY = "The document is empty: nothing to translate."
WITHOUT_SESSION = {"add_term", "glossary_screen", "concordance", "use_alternative"}
NARROW = 120  # below this width the side panels start hidden
TALL = 40  # from this height the source view keeps a fixed height: no re-layout per segment


class EditorScreen(KeyedScreen, scope="editor"):
    CSS_PATH = "editor.tcss"

    def __init__(self, controller: EditorController, key_hold: KeyHold | None = None) -> None:
        super().__init__()
        self.controller = controller
        self.key_hold = key_hold  # the app's: keys typed before the document is loaded
        self._deferred: list[Callable[[], None]] = []  # their actions, in order
        self.panels_forced: bool | None = None
        # the widgets (composed once; kept here rather than looked up by id at every key)
        self.status_bar = Panel(id="status")
        self.side = SidePanels(id="panels")
        self.segment = CurrentSegment(self.controller, self.side, id="current")
        self.grid = SegmentGrid([], on_cursor=self.cursor_moved, id="grid")
        self.flows = EditorFlows(self.controller, self.segment, id="flows")
        self.saver = EditorSaver(self.controller, id="saver")
        self.extras = EditorExtras(self.controller, self.segment, id="extras")
        self.qa_marker = QAMarker(self.controller, id="qa-marker")
        self.after_confirm = AfterConfirm(self.controller, self.segment, id="after-confirm")

    # ---- layout --------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield self.status_bar
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield self.grid
                yield self.segment
            yield self.side
        yield from (self.flows, self.saver, self.extras, self.qa_marker, self.after_confirm)
        yield Footer()

    @property
    def target(self) -> TextArea:
        return self.segment.target

    @property
    def session(self) -> EditingSession | None:
        return self.controller.session

    @property
    def units(self) -> list[Unit]:
        return self.controller.units if self.controller.ready else list(self.grid.units)

    def on_mount(self) -> None:
        self.frames = FrameHold(self, self.status_bar)
        from workbench.app.editing.session import preview_units

        if self.app.is_headless:
            self.target.cursor_blink = False  # nothing to blink for; keeps snapshots stable
        c = self.controller
        preview = preview_units(c.project, c.document, c.lang)
        self.grid.set_units(preview)
        if preview:
            start = c.preview_start(preview)
            self.grid.move_cursor(start, post=False)
            self.load_current(start)
        self.update_status("loading…")
        self.target.focus()
        if preview:  # a segment to type into: the keys come once it has the focus
            self.call_after_refresh(self.release_keys)
        # after the first frame: the worker parsing a big catalog would compete with it
        self.call_after_refresh(self.load_session)

    def on_resize(self) -> None:
        narrow = self.size.width < NARROW
        hidden = narrow if self.panels_forced is None else not self.panels_forced
        self.set_class(hidden, "-no-panels")
        self.set_class(self.size.height >= TALL, "-tall")

    # ---- loading -------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="load", description="load")
    def load_session(self) -> None:
        try:
            opened = self.controller.open()
        except Exception as error:  # noqa: BLE001 - shown to the user, editing stays off
            self.post_message(SessionReady(None, str(error)))
            return
        units = opened.session.units
        heights = estimated_heights(units, self.grid.width_for_estimates(), len(units))
        self.post_message(SessionReady(opened, heights=heights))

    def on_session_ready(self, message: SessionReady) -> None:
        deferred, self._deferred = self._deferred, []
        if message.opened is None:
            self.update_status(f"cannot open: {message.error}")
            self.notify(message.error, severity="error", timeout=10)
            self.release_keys()
            return
        typed, selection = self.typed_during_load(), self.target.selection
        self.controller.attach(message.opened)
        session = message.opened.session
        self.grid.set_units(session.units, heights=message.heights)
        if not session.units:
            self.update_status(EMPTY)
            self.notify(EMPTY, severity="warning", timeout=10)
            return self.release_keys()
        # where the translator typed (or pressed a key) while it loaded, she stays
        here = self.controller.current if typed is not None or deferred else None
        start = message.opened.start if here is None else here
        self.grid.move_cursor(start, post=False)
        self.load_current(start)
        if typed is not None:
            self.target.text = typed
            self.target.selection = selection  # typing goes on where it was
        if session.replayed:
            self.notify(f"Recovered {session.replayed} change(s) from the journal.")
        if session.pending:
            self.notify(f"Restored {len(session.pending)} unconfirmed edit(s).")
        if mismatch := self.controller.language_mismatch():
            self.notify(mismatch, title="Source language?", severity="warning", timeout=20)
        self.update_status()
        self.grid.qa_marks = self.controller.qa.marks
        self.qa_marker.start()
        for action in deferred:  # the keys' actions, in order, then the keys typed after
            action()
        self.release_keys()

    def typed_during_load(self) -> str | None:
        """The text typed into the preview's segment before the document was loaded."""
        units, current = self.grid.units, self.controller.current
        if current < len(units) and self.target.text != units[current].target:
            return self.target.text
        return None

    def queue_action(self, action: Callable[[], None]) -> None:
        """Run a key's action after the keys typed before it. Before the document is loaded,
        the action waits, and every key after it is held, until it is (nothing is lost)."""
        if not self.controller.ready and self.key_hold is not None:
            self.key_hold.hold()
            self._deferred.append(action)
            return
        self.target.call_later(action)

    def release_keys(self) -> None:
        if self.key_hold is not None:
            self.key_hold.release()

    def ready(self) -> bool:
        if not self.controller.ready:
            self.notify("Still loading the document…", severity="warning")
            return False
        if not self.controller.units:
            self.notify(EMPTY, severity="warning")
            return False
        return True

    # ---- the current segment -------------------------------------------------------------
    def on_unmount(self) -> None:
        self.frames.release()  # a held batch would stop every screen from painting

    def load_current(self, index: int) -> None:
        self.segment.show(index, self.units[index])
        self.update_status()

    def flush_pending(self) -> None:
        self.segment.flush_pending()

    def leave_current(self) -> None:
        """Keep an unconfirmed edit as a draft before the cursor moves away."""
        c = self.controller
        if not c.ready or not c.units:
            return
        self.segment.stop_pending()
        self.redraw([c.keep_edit(c.current, self.target.text)])

    def go_to(self, index: int, focus_target: bool = True) -> None:
        row = self.grid.row_of(index)
        if row is None:
            self.clear_filter_view()
            row = index
        self.grid.move_cursor(row, post=False)
        self.load_current(index)
        if focus_target:
            self.target.focus()

    def next_row_index(self) -> int | None:
        """Where enter/approve moves: the next row, or in review the next to review."""
        if self.controller.review and self.controller.ready:
            return self.controller.next_in(self.grid.rows_after_cursor(), NEEDS_REVIEW)
        row = self.grid.cursor + 1
        return self.grid.unit_index(row) if row < self.grid.row_count else None

    def advance(self) -> None:
        following = self.next_row_index()
        if following is None:
            review = self.controller.review
            self.notify("That was the last segment." if not review else "Nothing to review.")
            self.load_current(self.controller.current)
            return
        self.go_to(following)

    def redraw(self, changes: Iterable[Change | None]) -> None:
        """Draw the rows of the changed units again (and the notes of the current one)."""
        for change in changes:
            if change:
                self.grid.refresh_unit(change.index)
                if change.index == self.controller.current:
                    self.side.show_notes(self.controller.unit())

    def cursor_moved(self, unit_index: int) -> None:
        """The translator moved the grid's cursor (keys or mouse): show that segment."""
        if unit_index != self.controller.current:
            self.leave_current()
            self.load_current(unit_index)

    # ---- confirming and moving -----------------------------------------------------------
    @after_typing
    def action_confirm(self) -> None:
        if isinstance(self.focused, SegmentGrid):
            self.target.focus()
            return
        if not self.ready():
            return
        self.frames.hold()  # the confirmed row and the next segment: one frame
        index, text = self.controller.current, self.target.text
        done = self.controller.confirm(index, text)
        self.grid.refresh_unit(index)  # its state and its QA mark
        self.after_confirm.tell_qa(index, done)  # a notification: the focus stays in the editor
        if done.blocked:
            return self.load_current(index)  # kept as a draft, text kept: she fixes it here
        if done.change:
            self.redraw(self.after_confirm.propagate(index, text))
        self.advance()

    @after_typing
    def action_draft(self) -> None:
        if self.ready():
            self.redraw([self.controller.draft(self.controller.current, self.target.text)])
            self.advance()

    @after_typing
    def action_move(self, step: int) -> None:
        if not self.grid.row_count:
            return
        self.leave_current()
        row = max(0, min(self.grid.cursor + step, self.grid.row_count - 1))
        focus_target = not isinstance(self.focused, SegmentGrid)
        self.go_to(self.grid.unit_index(row), focus_target=focus_target)

    @after_typing
    def action_next_untranslated(self) -> None:
        if not self.ready():
            return
        self.leave_current()
        unconfirmed = {State.UNTRANSLATED, State.DRAFT}
        found = self.controller.next_in(self.grid.rows_after_cursor(), unconfirmed)
        if found is None:
            self.notify("No unconfirmed segment left (untranslated or draft).")
            self.target.focus()
            return
        self.go_to(found)

    @after_typing
    def action_escape(self) -> None:
        if self.segment.suggestions.close(for_word=True):  # autocomplete open: close it
            return
        if not isinstance(self.focused, SegmentGrid):
            self.grid.focus()
            return
        self.close_editor()

    @work(exclusive=True, group="close", description="close")
    async def close_editor(self) -> None:
        self.leave_current()
        await self.shutdown()
        self.app.post_message(EditorClosed(self.controller.lang))

    # ---- editing helpers -----------------------------------------------------------------
    @after_typing
    def action_newline(self) -> None:
        if self.focused is self.target:
            self.target.insert("\n")

    def replace_text(self, text: str) -> None:
        self.extras.put(text, "replace")

    @after_typing
    def action_select_match(self, number: int) -> None:
        c = self.controller
        if number < len(c.matches):
            c.selected_match = number
            self.side.show_matches(c.matches, number)

    # ---- review: approve, reject, comments -----------------------------------------------
    @after_typing
    def action_approve(self) -> None:
        if not self.ready():
            return
        c = self.controller
        index = c.current
        changes = c.approve(index, self.target.text)
        self.redraw(changes)
        if c.units[index].state is State.UNTRANSLATED:
            self.notify("An untranslated segment cannot be approved.", severity="warning")
            return
        self.advance()

    # ---- flows through dialogs (EditorFlows) and sync (EditorSaver) ---------------------
    @after_typing
    def action_flow(self, name: str) -> None:
        """Filter, replace, reject, comment, review filter, bulk approval, annotations, QA,
        conflicts, glossary, concordance: `flows.<name>()`, once the document is loaded."""
        if name in WITHOUT_SESSION or self.ready():
            getattr(self.flows, name)()

    @after_typing
    def action_extra(self, name: str) -> None:  # source, select all, history, undo, split...
        getattr(self.extras, name)()

    @after_typing
    def action_sync(self) -> None:
        if self.ready():
            self.flush_pending()
            self.saver.sync()

    def on_units_changed(self, message: UnitsChanged) -> None:
        c = self.controller
        if message.all_rows:
            self.grid.refresh_all()
            self.grid.move_cursor(self.grid.cursor, post=False)
        self.redraw(message.changes)
        if message.lookup:
            self.segment.request_assist()
        if message.advance:
            self.advance()
        elif message.reload:
            self.load_current(c.current)
        elif c.units:
            self.segment.refresh_views(findings=message.findings)
            self.update_status()

    def on_view_wanted(self, message: ViewWanted) -> None:
        if message.go_to is not None:
            self.go_to(message.go_to)
        elif message.spec is not None:
            self.apply_view(message.spec, message.qa_flagged)

    def on_marks_ready(self, message: MarksReady) -> None:
        self.controller.qa.take(message.by_unit)
        if message.by_unit is not None:
            self.grid.refresh_marks()

    def on_status_note(self, message: StatusNote) -> None:
        self.update_status(message.note)

    # ---- filter, replace, panels, save ---------------------------------------------------
    def apply_view(self, spec: Filter, qa_flagged: set[str] | None = None) -> None:
        view = self.controller.view_for(spec, qa_flagged or ())
        self.grid.set_view(view)
        if view == []:
            self.notify("No segment matches the filter.", severity="warning")
            self.update_status()
            return
        row = self.grid.row_of(self.controller.current)
        self.leave_current()
        self.go_to(self.grid.unit_index(row if row is not None else 0))

    def clear_filter_view(self) -> None:
        self.controller.filter = Filter()
        self.grid.set_view(None)
        self.update_status()

    def action_clear_filter(self) -> None:
        self.clear_filter_view()
        self.grid.move_cursor(self.controller.current, post=False)

    def action_toggle_panels(self) -> None:
        hidden = self.has_class("-no-panels")
        self.panels_forced = hidden
        self.set_class(not hidden, "-no-panels")

    @after_typing
    def action_save(self) -> None:
        if self.ready():
            self.flush_pending()
            self.saver.start_fold()
            self.notify("Saving…")

    # ---- saving (EditorSaver) and changes on disk ---------------------------------------
    def on_reloaded(self, message: Reloaded) -> None:
        c = self.controller
        c.folding = False
        if message.error:
            self.notify(f"Saving failed (kept in the journal): {message.error}", severity="error")
            c.note_change()
            return
        report = message.report
        if report is None or c.session is None:
            return
        c.reindexed(message.repetitions)
        if report.changed or report.conflicts or message.folded:
            self.qa_marker.start()  # a sync, another editor: the marks again
        self.grid.refresh_all()
        self.grid.move_cursor(min(self.grid.cursor, self.grid.row_count - 1), post=False)
        current_id = c.units[c.current].id if c.current < len(c.units) else ""
        if current_id in report.changed and current_id not in c.session.pending:
            self.load_current(c.current)
        self.notify(c.reloaded(report), severity="warning" if report.conflicts else "information")
        self.update_status()

    async def typing_done(self) -> None:
        """Wait until the keys already queued for the text area are processed."""
        done = asyncio.Event()
        self.target.call_later(done.set)
        await done.wait()

    async def shutdown(self) -> None:
        """Keep the unconfirmed edit (journal) and write the PO file: on close and quit."""
        session = self.controller.session
        if session is None:
            return
        await self.typing_done()
        self.segment.closed = True
        self.segment.stop_pending()
        if self.controller.units:
            self.flush_pending()
        await self.saver.save_and_close()

    def update_status(self, note: str = "") -> None:
        status = self.controller.status(len(self.units), self.grid.row_count, note)
        self.status_bar.show(status)
