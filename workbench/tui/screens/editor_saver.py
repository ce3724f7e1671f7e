"""Saving in the background: the journal is folded into the PO file when the translator
pauses, the file on disk is watched for changes made elsewhere (git, another editor), and a
sync runs with saving held off. An invisible widget of the editor screen; what it reloads
reaches the screen as a `Reloaded` message.
"""

from __future__ import annotations

import asyncio
from typing import Any

from textual import work
from textual.widget import Widget

from workbench.app.editing.propagation import RepetitionIndex
from workbench.app.editing.session import EditingSession
from workbench.app.editing.sync_worker import SyncOutcome, sync_open_session
from workbench.tui.dialogs.prompt import TextPrompt
from workbench.tui.editor_controller import EditorController
from workbench.tui.screens.editor_messages import Reloaded, StatusNote

TICK = 0.5  # seconds between looks at what is due (a fold, a look at the disk)


class EditorSaver(Widget):
    DEFAULT_CSS = "EditorSaver { display: none; }"

    def __init__(self, controller: EditorController, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.controller = controller

    def on_mount(self) -> None:
        self.set_interval(TICK, self.tick)

    def tick(self) -> None:
        due = self.controller.due()
        if due == "fold":
            self.start_fold()
        elif due == "poll" and self.controller.session is not None:
            self.controller.folding = True
            self.background(self.controller.session, fold=False)

    def start_fold(self) -> None:
        c = self.controller
        if c.session is None or c.folding:
            return
        c.folding_started()
        self.background(c.session, fold=True)

    @work(thread=True, group="fold", description="fold")
    def background(self, session: EditingSession, fold: bool) -> None:
        """Fold the journal into the PO file, or only look whether the file changed."""
        try:
            report = session.fold() if fold else session.check_external()
        except Exception as error:  # noqa: BLE001 - reported, the journal still holds it
            self.post_message(Reloaded(None, str(error), folded=fold))
            return
        index = RepetitionIndex(session.units) if report is not None and report.changed else None
        self.post_message(Reloaded(report, folded=fold, repetitions=index))

    async def save_and_close(self) -> None:
        """Write the PO file (after a fold already running) and close the session."""
        session = self.controller.session
        if session is None:
            return
        while self.controller.folding:
            await asyncio.sleep(0.05)
        await asyncio.to_thread(session.fold)
        session.close()

    # ---- sync ----------------------------------------------------------------------------
    def sync(self) -> None:
        if self.controller.syncing:
            self.notify("A sync is already running.")
            return
        prompt = TextPrompt("Sync: commit message (optional, enter)", "message", required=False)
        self.app.push_screen(prompt, self.start_sync)

    def start_sync(self, message: str | None) -> None:
        if message is None or self.controller.session is None:
            return
        self.controller.syncing = True
        self.run_sync(message)

    @work(exclusive=True, group="sync", description="sync")
    async def run_sync(self, message: str) -> None:
        c = self.controller
        session = c.session
        if session is None:
            return
        while c.folding:  # let a running save finish; then keep saves off during sync
            await asyncio.sleep(0.05)
        c.folding = True
        self.post_message(StatusNote("sync: starting…"))

        def progress(text: str) -> None:
            self.post_message(StatusNote(f"sync: {text}"))

        try:
            outcome = await asyncio.to_thread(sync_open_session, session, message, progress)
        except Exception as error:  # noqa: BLE001 - reported; the journal keeps the work
            outcome = SyncOutcome(error=str(error))
        c.syncing = False
        self.post_message(Reloaded(outcome.reload, folded=True))
        self.notify(outcome.summary, severity="error" if outcome.error else "information")
