"""What the editor's workers post back to the editor (Textual messages, as dataclasses:
`Message.__post_init__` sets up the rest)."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from textual.message import Message

from workbench.app.editing.filtering import Filter
from workbench.app.editing.propagation import RepetitionIndex
from workbench.app.editing.session import Change, ReloadReport
from workbench.tui.editor_controller import Lookup, Opened


@dataclass
class AssistResult(Message):
    lookup: Lookup


@dataclass
class SessionReady(Message):
    """The whole document is loaded; what the UI thread needs from 100,000 units comes
    precomputed by the worker (start, row heights, repetitions; the session counts)."""

    opened: Opened | None
    error: str = ""
    heights: array[int] | None = None


@dataclass
class Reloaded(Message):
    report: ReloadReport | None
    error: str = ""
    folded: bool = False
    repetitions: RepetitionIndex | None = None


@dataclass
class StatusNote(Message):
    """A note for the status line (sync progress)."""

    note: str


@dataclass
class UnitsChanged(Message):
    """Units changed: their rows (every row with `all_rows`) and the current segment's views;
    `findings`: its QA findings changed; `lookup`: look it up again; `advance`: go on to the
    next segment; `reload`: show the current segment's text again."""

    changes: list[Change]
    all_rows: bool = field(default=False, kw_only=True)
    findings: bool = field(default=False, kw_only=True)
    lookup: bool = field(default=False, kw_only=True)
    advance: bool = field(default=False, kw_only=True)
    reload: bool = field(default=False, kw_only=True)


@dataclass
class ViewWanted(Message):
    """Show the rows a filter selects, or (`go_to`) one segment."""

    spec: Filter | None
    qa_flagged: set[str] | None = None
    go_to: int | None = None
