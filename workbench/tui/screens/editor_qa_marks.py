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

from workbench.app.quality import language_detector
from workbench.domain.model import Unit
from workbench.tui.editor_controller import EditorController
from workbench.tui.editor_qa import FlagsByUnit

QA_POLL = 5.0  # seconds between looks at what the marks depend on


class MarksReady(Message):
    """Flags by unit id; None: nothing changed (or QA could not run), the marks stay."""

    def __init__(self, by_unit: FlagsByUnit | None) -> None:
        super().__init__()
        self.by_unit = by_unit


class DetectorReady(Message):
    """The language detector's models are loaded (in their own process): check again."""


class QAMarker(Widget):
    DEFAULT_CSS = "QAMarker { display: none; }"

    def __init__(self, controller: EditorController, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.controller = controller
        self.running = False
        self.again = False  # check again once the running check is done
        self.detector: language_detector.DetectorProcess | None = None

    def on_mount(self) -> None:
        self.set_interval(QA_POLL, self.poll)

    def poll(self) -> None:
        if self.controller.qa.computed and not self.running:
            self.start(force=False)

    def start(self, force: bool = True) -> None:
        session = self.controller.session
        if session is None or self.running:
            self.again = self.again or (session is not None and force)
            return
        if self.detector is None:  # the document is open: the checks may need the detector
            self.hold_detector()
        self.running = True
        self.controller.qa.begin()
        self.refresh_marks(list(session.units), set(session.dirty), force)

    @work(thread=True, exclusive=True, group="qa-marks", description="qa-marks")
    def refresh_marks(self, units: list[Unit], changed: set[str], force: bool) -> None:
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

    def hold_detector(self) -> None:
        """The language detector runs in a process of its own (loading it here would hold
        the GIL for seconds), started by the first segment that needs it; once its models
        are loaded, the document and the current segment are checked again."""
        self.detector = language_detector.hold(self.controller.lang)
        if self.detector is not None:
            self.detector.on_ready(lambda: self.post_message(DetectorReady()))

    def on_detector_ready(self, message: DetectorReady) -> None:
        self.start()
        segment = getattr(self.screen, "segment", None)
        if segment is not None:
            segment.request_assist()

    def on_unmount(self) -> None:
        if self.detector is not None:
            language_detector.release(self.detector)

    def on_marks_ready(self, message: MarksReady) -> None:
        self.running = False
        if self.again:
            self.again = False
            self.start()
