"""The grid's QA marks, kept up to date off the event loop: an invisible widget of the editor.

It checks the whole document once it is loaded, again every few seconds when other documents,
the glossary or the settings changed (names, terminology, consistency), and when the screen
asks (after a sync or a reload). The result reaches the screen as `MarksReady`.
"""

from __future__ import annotations

from typing import Any

from textual import work
from textual.message import Message
from textual.widget import Widget

from workbench.domain.qa.base import Finding
from workbench.tui.editor_controller import EditorController

QA_POLL = 5.0  # seconds between looks at what the marks depend on


class MarksReady(Message):
    """Findings by unit id; None: nothing changed (or QA could not run), the marks stay."""

    def __init__(self, by_unit: dict[str, list[Finding]] | None) -> None:
        super().__init__()
        self.by_unit = by_unit


class QAMarker(Widget):
    DEFAULT_CSS = "QAMarker { display: none; }"

    def __init__(self, controller: EditorController, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.controller = controller
        self.running = False

    def on_mount(self) -> None:
        self.set_interval(QA_POLL, self.poll)

    def poll(self) -> None:
        if self.controller.qa.computed and not self.running:
            self.start(force=False)

    def start(self, force: bool = True) -> None:
        session = self.controller.session
        if session is None or self.running:
            return
        self.running = True
        self.controller.qa.begin()
        self.refresh_marks(list(session.units), set(session.dirty), force)

    @work(thread=True, exclusive=True, group="qa-marks", description="qa-marks")
    def refresh_marks(self, units: list[Any], changed: set[str], force: bool) -> None:
        c = self.controller
        try:
            # loaded here, not at the first confirm. (The language detector's models are not
            # warmed up: loading them holds the GIL for ~7 s, which froze the UI; measured.)
            ctx = c.assist.qa_context()
            if not force and not c.qa.outdated():
                self.post_message(MarksReady(None))
                return
            by_unit = c.qa.compute(units, changed, ctx)
        except Exception as error:  # noqa: BLE001 - the marks only; the panel says why
            c.assist.problems["qa"] = f"QA unavailable ({error})"
            by_unit = None
        self.post_message(MarksReady(by_unit))

    def on_marks_ready(self, message: MarksReady) -> None:
        self.running = False
