"""The editor: the segment grid, the current segment (source + translation), side panels.

Work is never lost: each operation goes through `EditingSession`, which journals it (fsync)
before the cursor moves; the journal is folded into the PO file by a worker thread when the
translator pauses, and on close/quit. Lookups (matches, glossary, QA) run in workers too.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, TextArea

from workbench.app.assist import Assist, MatchView, TermView
from workbench.app.filtering import Filter, matching_indices
from workbench.app.memory_release import release_freed_memory
from workbench.app.propagation import RepetitionIndex
from workbench.app.session import EditingSession, preview_units
from workbench.domain.model import State, Unit
from workbench.storage.project import Document, Project
from workbench.tui import keymap
from workbench.tui.screens.editor_actions import EditorActions
from workbench.tui.screens.editor_glossary_actions import GlossaryActions
from workbench.tui.screens.editor_messages import AssistResult, Reloaded, SessionReady
from workbench.tui.screens.editor_review_actions import EditorReviewActions
from workbench.tui.widgets import panels
from workbench.tui.widgets.segment_grid import SegmentGrid, estimated_heights

FOLD_IDLE = 2.0  # seconds without changes before the journal is folded into the PO file
FOLD_MAX_DELAY = 15.0  # ... but never later than this after the first unfolded change
POLL_EXTERNAL = 2.0
PENDING_DELAY = 0.5
FRAME_HOLD = 0.004  # seconds a confirm holds frames back so that it is painted in one
NARROW = 120  # below this width the side panels start hidden
TALL = 40  # from this height the source view keeps a fixed height: no re-layout per segment
NEEDS_REVIEW = {State.TRANSLATED}


class EditorScreen(EditorActions, GlossaryActions, EditorReviewActions, Screen[None]):
    CSS_PATH = "editor.tcss"
    BINDINGS = keymap.bindings("editor")

    def __init__(
        self, project: Project, document: Document, lang: str, review: bool = False
    ) -> None:
        super().__init__()
        self.project = project
        self.document = document
        self.lang = lang
        self.review = review
        self.session: EditingSession | None = None
        self.current = 0
        self.filter = Filter()
        self.counts: dict[str, int] = {}
        self.matches: list[MatchView] = []
        self.terms: list[TermView] = []
        self.selected_match = 0
        self.panels_forced: bool | None = None
        self._loading_text = False
        self._loaded_text = ""
        self._repetitions: RepetitionIndex | None = None
        self._frame_hold: Any = None
        self._pending_timer: Timer | None = None
        self._assist_timer: Timer | None = None
        self._folding = False
        self._first_change = 0.0
        self._last_change = 0.0
        self._last_poll = time.monotonic()
        self.assist = Assist(project, document, lang, project.settings.source_lang)

    # ---- layout --------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield panels.Panel(id="status")
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield SegmentGrid([], on_cursor=self.cursor_moved, id="grid")
                with Vertical(id="current"):
                    yield panels.Panel(id="source-view")
                    yield TextArea(id="target", soft_wrap=True, tab_behavior="focus")
            with VerticalScroll(id="panels"):
                for panel_id, title in (
                    ("matches", "Matches"),
                    ("terms", "Glossary"),
                    ("qa", "QA"),
                    ("notes", "Comments & notes"),
                ):
                    panel = panels.Panel(id=f"{panel_id}-panel", classes="panel")
                    panel.border_title = title
                    yield panel
        yield Footer()

    @property
    def grid(self) -> SegmentGrid:
        return self.query_one("#grid", SegmentGrid)

    def panel(self, name: str) -> panels.Panel:
        """One of the side panels: matches, terms, qa, notes."""
        return self.query_one(f"#{name}-panel", panels.Panel)

    @property
    def target(self) -> TextArea:
        return self.query_one("#target", TextArea)

    @property
    def units(self) -> list[Unit]:
        return self.session.units if self.session else list(self.grid.units)

    def on_mount(self) -> None:
        if self.app.is_headless:
            self.target.cursor_blink = False  # nothing to blink for; keeps snapshots stable
        self.grid.set_units(preview_units(self.project, self.document, self.lang))
        if self.grid.row_count:
            self.load_current(0)
        self.update_status("loading…")
        self.target.focus()
        # after the first frame: the worker parsing a big catalog would compete with it
        self.call_after_refresh(self.load_session)
        self.set_interval(0.5, self.tick)

    def on_resize(self) -> None:
        narrow = self.size.width < NARROW
        hidden = narrow if self.panels_forced is None else not self.panels_forced
        self.set_class(hidden, "-no-panels")
        self.set_class(self.size.height >= TALL, "-tall")

    # ---- loading -------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="load", description="load")
    def load_session(self) -> None:
        try:
            session = EditingSession(self.project, self.document, self.lang)
        except Exception as error:  # noqa: BLE001 - shown to the user, editing stays off
            self.post_message(SessionReady(None, str(error)))
            return
        release_freed_memory()
        width = self.grid.width_for_estimates()
        ready = SessionReady(
            session,
            repetitions=RepetitionIndex(session.units),
            counts=session.state_counts(),
            start=self.start_index(session),
            heights=estimated_heights(session.units, width, len(session.units)),
        )
        self.post_message(ready)

    def on_session_ready(self, message: SessionReady) -> None:
        if message.session is None:
            self.update_status(f"cannot open: {message.error}")
            self.notify(message.error, severity="error", timeout=10)
            return
        session = self.session = message.session
        self.assist.open_catalog = session.catalog
        self._repetitions = message.repetition_index
        typed = self.target.text if self._typed_during_load() else None
        self.counts = message.counts
        self.grid.set_units(session.units, heights=message.heights)
        start = message.start
        self.grid.move_cursor(start, post=False)
        self.load_current(start)
        if typed is not None and start == 0:
            self.target.text = typed
        if session.replayed:
            self._note_change()
            self.notify(f"Recovered {session.replayed} change(s) from the journal.")
        if session.pending:
            self.notify(f"Restored {len(session.pending)} unconfirmed edit(s).")
        self.update_status()

    def _typed_during_load(self) -> bool:
        units = self.grid.units
        return bool(units) and self.target.text != units[0].target

    def start_index(self, session: EditingSession) -> int:
        if session.pending:
            return min(session.index[uid] for uid in session.pending if uid in session.index)
        wanted = NEEDS_REVIEW if self.review else {State.UNTRANSLATED}
        if not session.units or session.units[0].state in wanted:
            return 0
        found = session.next_index(0, wanted)
        return 0 if found is None else found

    # ---- the current segment -------------------------------------------------------------
    def hold_frames(self) -> None:
        """Paint what a confirm changes (the row, then the next segment) in one frame.

        Each widget asks the screen for a repaint when its own queue is idle; the screen's
        frame timer could fire between those requests and paint the move in two frames 30 ms
        apart. Frames wait (an app batch) until the requests are in, at most FRAME_HOLD."""
        if self._frame_hold is not None:
            return
        hold = self.app.batch_update()
        hold.__enter__()
        self._frame_hold = hold
        self.set_timer(FRAME_HOLD, self.release_frames)

    def release_frames(self) -> None:
        hold, self._frame_hold = self._frame_hold, None
        if hold is not None:
            hold.__exit__(None, None, None)
            if self.is_mounted:
                self.query_one("#status", panels.Panel).refresh()  # wakes the frame timer

    def on_unmount(self) -> None:
        self.release_frames()  # a held batch would stop every screen from painting

    def load_current(self, index: int) -> None:
        self.current = index
        unit = self.units[index]
        pending = self.session.pending.get(unit.id) if self.session else None
        text = unit.target if pending is None else pending
        self._loaded_text = text
        if self.target.text != text:
            self._loading_text = True
            self.target.text = text
            self._loading_text = False
        self.target.move_cursor(self.target.document.end)
        self.matches, self.terms, self.selected_match = [], [], 0
        self.render_source(unit, [], [], findings=[])
        self.render_notes(unit)
        if self._assist_timer is not None:
            self._assist_timer.stop()
        self._assist_timer = self.set_timer(0.12, self.request_assist)
        self.update_status()

    def request_assist(self) -> None:
        # Not before the document is loaded: the TM and QA would read the same big catalog
        # as the loading worker, at the same time, and slow it and the UI down.
        if self.session is not None and self.units:
            self.lookup(self.current, self.units)

    @work(thread=True, exclusive=True, group="assist", description="assist")
    def lookup(self, index: int, units: list[Unit]) -> None:
        unit = units[index]
        result = AssistResult(index)
        result.terms = self.assist.terms(unit.source)
        result.matches = self.assist.matches(units, index)
        result.findings = self.assist.findings(unit)
        result.problems = dict(self.assist.problems)
        self.post_message(result)

    def on_assist_result(self, result: AssistResult) -> None:
        if result.index != self.current:
            return
        unit = self.units[self.current]
        self.matches, self.terms = result.matches, result.terms
        spans = self._protected_spans(unit.source)
        self.render_source(unit, result.terms, spans, result.findings)
        problems = result.problems
        self.panel("matches").show(panels.matches_text(self.matches, self.selected_match))
        self.panel("terms").show(panels.terms_text(self.terms, problems.get("glossary", "")))
        self.render_findings(unit, result.findings, problems.get("qa", ""))

    def _protected_spans(self, text: str) -> list[tuple[int, int]]:
        try:
            from workbench.formats.registry import protected_spans

            return protected_spans(text, self.document.format)
        except Exception:  # noqa: BLE001 - highlighting only
            return []

    @on(TextArea.Changed, "#target")
    def on_target_changed(self) -> None:
        if self._loading_text or self.session is None or self.target.text == self._loaded_text:
            return  # (load_text's own Changed arrives after the load: same text, nothing to keep)
        if self._pending_timer is not None:
            self._pending_timer.stop()
        self._pending_timer = self.set_timer(PENDING_DELAY, self.flush_pending)

    def flush_pending(self) -> None:
        if self.session is not None and self.units:
            self.session.set_pending(self.current, self.target.text)

    def leave_current(self) -> None:
        """Keep an unconfirmed edit as a draft before the cursor moves away."""
        if self.session is None or not self.units:
            return
        if self._pending_timer is not None:
            self._pending_timer.stop()
        text = self.target.text
        if text != self.units[self.current].target:
            self.change(self.current, lambda: self.session.draft(self.current, text))
        else:
            self.session.set_pending(self.current, None)

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
        if self.review and self.session is not None:
            return self.find_in_view(NEEDS_REVIEW)
        row = self.grid.cursor + 1
        return self.grid.unit_index(row) if row < self.grid.row_count else None

    def find_in_view(self, wanted: set[State]) -> int | None:
        count = self.grid.row_count
        units = self.units
        for offset in range(1, count + 1):
            index = self.grid.unit_index((self.grid.cursor + offset) % count)
            if units[index].state in wanted:
                return index
        return None

    # ---- changes -------------------------------------------------------------------------
    def change(self, index: int, operation: Any) -> bool:
        """Run a session operation on unit `index`; update counts, grid and fold timer."""
        before = str(self.units[index].state)
        changed = bool(operation())
        if changed:
            after = str(self.units[index].state)
            if self.counts:
                self.counts[before] -= 1
                self.counts[after] += 1
            self.grid.refresh_unit(index)
            self._note_change()
            if index == self.current:
                self.render_notes(self.units[index])
        return changed

    def _note_change(self) -> None:
        now = time.monotonic()
        if not self._first_change:
            self._first_change = now
        self._last_change = now

    def repetitions(self) -> RepetitionIndex:
        """Where the open document's repetitions are (built by the worker that loaded it)."""
        if self._repetitions is None:
            self._repetitions = RepetitionIndex(self.units)
        return self._repetitions

    def ready(self) -> bool:
        if self.session is None:
            self.notify("Still loading the document…", severity="warning")
            return False
        return True

    # ---- background: fold and external changes -------------------------------------------
    def tick(self) -> None:
        session = self.session
        if session is None or self._folding:
            return
        now = time.monotonic()
        due = self._first_change and (
            now - self._last_change >= FOLD_IDLE or now - self._first_change >= FOLD_MAX_DELAY
        )
        if due and session.needs_fold:
            self.start_fold()
        elif now - self._last_poll >= POLL_EXTERNAL:
            self._last_poll = now
            self._folding = True
            self.background(session, fold=False)

    def start_fold(self) -> None:
        if self.session is None or self._folding:
            return
        self._folding = True
        self._first_change = 0.0
        self.background(self.session, fold=True)

    @work(thread=True, group="fold", description="fold")
    def background(self, session: EditingSession, fold: bool) -> None:
        try:
            report = session.fold() if fold else session.check_external()
        except Exception as error:  # noqa: BLE001 - reported, the journal still holds it
            self.post_message(Reloaded(None, str(error), folded=fold))
            return
        index = RepetitionIndex(session.units) if report is not None and report.changed else None
        self.post_message(Reloaded(report, folded=fold, repetitions=index))

    def on_reloaded(self, message: Reloaded) -> None:
        self._folding = False
        if message.error:
            self.notify(f"Saving failed (kept in the journal): {message.error}", severity="error")
            self._note_change()
            return
        report = message.report
        if report is None or self.session is None:
            return
        if message.repetition_index is not None:
            self._repetitions = message.repetition_index
        self.counts = self.session.state_counts()
        self.grid.refresh_all()
        self.grid.move_cursor(min(self.grid.cursor, self.grid.row_count - 1), post=False)
        current_id = self.units[self.current].id if self.current < len(self.units) else ""
        if current_id in report.changed and current_id not in self.session.pending:
            self.load_current(self.current)
        parts = [f"{len(report.changed)} segment(s) reloaded from disk"]
        if report.conflicts:
            parts.append(f"{len(report.conflicts)} conflict(s): both versions kept")
            self._note_change()
        self.notify("; ".join(parts), severity="warning" if report.conflicts else "information")
        self.update_status()

    async def typing_done(self) -> None:
        """Wait until the keys already queued for the text area are processed."""
        done = asyncio.Event()
        self.target.call_later(done.set)
        await done.wait()

    async def shutdown(self) -> None:
        """Keep the unconfirmed edit (journal) and write the PO file: on close and quit."""
        session = self.session
        if session is None:
            return
        await self.typing_done()
        if self._pending_timer is not None:
            self._pending_timer.stop()
        if self.units:
            self.flush_pending()
        while self._folding:
            await asyncio.sleep(0.05)
        await asyncio.to_thread(session.fold)
        session.close()

    # ---- status --------------------------------------------------------------------------
    def update_status(self, note: str = "") -> None:
        total = len(self.units)
        done = self.counts.get("translated", 0) + self.counts.get("approved", 0)
        parts = [
            f"{self.document.name}",
            f"{self.project.settings.source_lang}→{self.lang}",
            f"#{self.current + 1}/{total}" if total else "",
            f"done {done}/{total}" if self.counts else "",
        ]
        if self.counts:
            parts.append(
                " ".join(
                    f"{mark}{self.counts.get(state, 0)}"
                    for state, mark in (
                        ("untranslated", "·"),
                        ("draft", "~"),
                        ("translated", "✓"),
                        ("approved", "★"),
                        ("rejected", "✗"),
                    )
                )
            )
        if not self.filter.is_empty:
            parts.append(f"filter: {self.filter.describe()} ({self.grid.row_count})")
        if self.review:
            parts.append("REVIEW")
        if note:
            parts.append(note)
        self.query_one("#status", panels.Panel).show(" · ".join(p for p in parts if p))

    def apply_view(self, spec: Filter, qa_flagged: set[str] | None = None) -> None:
        self.filter = spec
        view = None if spec.is_empty else matching_indices(self.units, spec, qa_flagged or ())
        self.grid.set_view(view)
        if view == []:
            self.notify("No segment matches the filter.", severity="warning")
            self.update_status()
            return
        row = self.grid.row_of(self.current)
        self.leave_current()
        index = self.grid.unit_index(row if row is not None else 0)
        self.go_to(index)

    def clear_filter_view(self) -> None:
        self.filter = Filter()
        self.grid.set_view(None)
        self.update_status()

    def cursor_moved(self, unit_index: int) -> None:
        """The translator moved the grid's cursor (keys or mouse): show that segment."""
        if unit_index != self.current:
            self.leave_current()
            self.load_current(unit_index)
