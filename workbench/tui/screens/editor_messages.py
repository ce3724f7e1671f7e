"""What the editor's workers post back to the editor (Textual messages)."""

from __future__ import annotations

from array import array

from textual.message import Message

from workbench.app.editing.filtering import Filter
from workbench.app.editing.propagation import RepetitionIndex
from workbench.app.editing.session import Change, ReloadReport
from workbench.tui.editor_controller import Lookup, Opened


class AssistResult(Message):
    def __init__(self, lookup: Lookup) -> None:
        super().__init__()
        self.lookup = lookup


class SessionReady(Message):
    """The whole document is loaded; what the UI thread needs from 100,000 units comes
    precomputed by the worker (start, row heights, repetitions; the session counts)."""

    def __init__(
        self, opened: Opened | None, error: str = "", heights: array | None = None
    ) -> None:
        super().__init__()
        self.opened = opened
        self.error = error
        self.heights = heights


class Reloaded(Message):
    def __init__(
        self,
        report: ReloadReport | None,
        error: str = "",
        folded: bool = False,
        repetitions: RepetitionIndex | None = None,
    ):
        super().__init__()
        self.report = report
        self.repetition_index = repetitions
        self.error = error
        self.folded = folded


class StatusNote(Message):
    """A note for the status line (sync progress)."""

    def __init__(self, note: str) -> None:
        super().__init__()
        self.note = note


class UnitsChanged(Message):
    """Units changed: their rows (every row with `all_rows`) and the current segment's views;
    `findings`: its QA findings changed; `lookup`: look it up again; `advance`: go on to the
    next segment; `reload`: show the current segment's text again."""

    def __init__(
        self,
        changes: list[Change],
        *,
        all_rows: bool = False,
        findings: bool = False,
        lookup: bool = False,
        advance: bool = False,
        reload: bool = False,
    ) -> None:
        super().__init__()
        self.changes = changes
        self.all_rows = all_rows
        self.findings = findings
        self.lookup = lookup
        self.advance = advance
        self.reload = reload


class ViewWanted(Message):
    """Show the rows a filter selects, or (`go_to`) one segment."""

    def __init__(
        self, spec: Filter | None, qa_flagged: set[str] | None = None, go_to: int | None = None
    ) -> None:
        super().__init__()
        self.spec = spec
        self.qa_flagged = qa_flagged
        self.go_to = go_to
