"""What follows a confirm in the editor, off the translator's way: the segment's QA findings
said at once in a notification (or, while QA is still loading, once it is loaded), and the
identical untranslated segments filled, here at once and in the other documents by a worker.

`AfterConfirm` is an invisible widget of the editor screen; it reports back with messages.
"""

from __future__ import annotations

from textual import work

from workbench.app.editing.session import Change
from workbench.app.quality.qa_run import ConfirmVerdict
from workbench.domain.model import State
from workbench.domain.qa.base import Finding
from workbench.tui.editor_controller import Confirmed
from workbench.tui.editor_qa import notice
from workbench.tui.screens.editor_messages import StatusNote, UnitsChanged
from workbench.tui.screens.editor_part import EditorPart


class AfterConfirm(EditorPart):
    def changed(self, changes: list[Change]) -> None:
        self.post_message(UnitsChanged(changes))

    # ---- repetitions ---------------------------------------------------------------------
    def propagate(self, index: int, text: str) -> list[Change]:
        """After a confirm: fill the identical untranslated segments here (the changes are
        returned, to be drawn in the same frame) and in the other documents (a worker)."""
        done = self.controller.propagate_here(index, text)
        if done.error:
            self.notify(done.error, severity="error", timeout=10)
            return []
        here = len(done.changes)
        if here:
            self.call_after_refresh(self.show_propagated, here, 0)
        if done.mode != "off":
            source = self.controller.units[index].source
            self.propagate_other_documents(source, text, done.mode, here)
        return done.changes

    @work(thread=True, group="propagate", description="propagate")
    def propagate_other_documents(self, source: str, text: str, mode: str, here: int) -> None:
        try:
            elsewhere = self.controller.propagate_elsewhere(source, text, mode)
        except Exception as error:  # noqa: BLE001 - reported; the confirm itself is safe
            message = f"Propagation to other documents failed: {error}"
            self.app.call_from_thread(self.notify, message, severity="error")
            return
        if elsewhere:
            self.app.call_from_thread(self.show_propagated, here, elsewhere)

    def show_propagated(self, here: int, elsewhere: int) -> None:
        parts = [f"{here} here"] if here else []
        if elsewhere:
            parts.append(f"{elsewhere} in other documents")
        self.post_message(StatusNote(f"repetitions filled: {', '.join(parts)}"))

    # ---- QA at confirm -------------------------------------------------------------------
    def tell_qa(self, index: int, done: Confirmed) -> None:
        """Say what the checks found on a confirmed segment, at once, without the focus."""
        if not done.checked:
            self.check_later(index, done.change.unit_id, self.segment.target.text)
            return
        self.tell_findings(index, done.findings, done.blocked)

    def tell_findings(self, index: int, findings: list[Finding], blocked: str = "") -> None:
        text = notice(findings)
        title = f"QA · segment {index + 1}"
        if blocked:
            self.notify(f"{blocked}\n{text}" if text else blocked, title=title, severity="error")
        elif text:
            errors = any(f.severity == "error" for f in findings)
            self.notify(text, title=title, severity="error" if errors else "warning", timeout=8)

    @work(thread=True, group="qa-confirm", description="qa-confirm")
    def check_later(self, index: int, unit_id: str, text: str) -> None:
        """The first confirms, while QA loads: checked once it is loaded."""
        c = self.controller
        units = c.units
        if index >= len(units) or units[index].id != unit_id:
            return
        verdict = c.qa.verdict(c.assist.qa_context(), units[index], text)
        if verdict is not None:
            self.app.call_from_thread(self.late_verdict, index, unit_id, text, verdict)

    def late_verdict(self, index: int, unit_id: str, text: str, verdict: ConfirmVerdict) -> None:
        c = self.controller
        c.qa.update_unit(unit_id, verdict.findings)
        unit = c.units[index] if index < len(c.units) else None
        blocked = ""
        if verdict.blocked and unit is not None and unit.id == unit_id and unit.target == text:
            self.changed([c.draft(index, text)])
            blocked = verdict.reason
        self.changed([Change(index, unit_id, State.TRANSLATED, State.TRANSLATED, True)])
        self.tell_findings(index, verdict.findings, blocked)
