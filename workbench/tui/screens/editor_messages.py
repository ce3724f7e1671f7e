"""What the editor's workers post back to the editor (Textual messages)."""

from __future__ import annotations

from typing import Any

from textual.message import Message

from workbench.app.assist import MatchView, TermView
from workbench.app.propagation import RepetitionIndex
from workbench.app.session import EditingSession, ReloadReport


class AssistResult(Message):
    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.matches: list[MatchView] = []
        self.terms: list[TermView] = []
        self.findings: list[Any] = []
        self.problems: dict[str, str] = {}


class SessionReady(Message):
    """The whole document is loaded; what the UI thread needs from 100,000 units comes
    precomputed by the worker (counts, start, row heights, repetitions)."""

    def __init__(
        self,
        session: EditingSession | None,
        error: str = "",
        *,
        repetitions: RepetitionIndex | None = None,
        counts: dict[str, int] | None = None,
        start: int = 0,
        heights: Any = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.error = error
        self.repetition_index = repetitions
        self.counts = counts or {}
        self.start = start
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
