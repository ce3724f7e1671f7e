"""Sync from the editor: save the open session, run `gitsync.sync`, reload what changed.

Plain functions (no widgets): the editor runs `sync_open_session` in a worker thread while
its own folding is paused, so that git never merges a PO file the editor is writing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from workbench.app.editing.session import EditingSession, ReloadReport
from workbench.app.team.gitsync import SyncResult, sync
from workbench.domain.errors import WorkbenchError


@dataclass
class SyncOutcome:
    result: SyncResult | None = None
    error: str = ""
    reload: ReloadReport | None = None
    messages: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        if self.error:
            return f"Sync failed: {self.error}"
        return " ".join(self.result.messages) if self.result else "Sync done."


def sync_open_session(
    session: EditingSession, message: str | None, progress: Callable[[str], None]
) -> SyncOutcome:
    """Fold the journal into the PO file, sync the project, then reload the PO file.

    A failed sync still reloads: git may have merged part of the work before it stopped.
    """
    outcome = SyncOutcome()
    progress("saving…")
    try:
        outcome.reload = session.fold()
        outcome.result = sync(session.project, message or None, progress=progress)
    except WorkbenchError as error:
        outcome.error = str(error)
    except Exception as error:  # noqa: BLE001 - shown in one line; the journal keeps the work
        outcome.error = f"{type(error).__name__}: {error}"
    progress("reloading…")
    outcome.reload = combine(outcome.reload, session.check_external())
    return outcome


def combine(first: ReloadReport | None, second: ReloadReport | None) -> ReloadReport | None:
    if first is None or second is None:
        return first or second
    return ReloadReport(
        changed=first.changed + [uid for uid in second.changed if uid not in first.changed],
        conflicts=first.conflicts + second.conflicts,
        added=first.added + second.added,
    )
