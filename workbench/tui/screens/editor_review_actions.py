"""The editor's review actions, as a mixin: review filters, bulk approval, annotations,
ignoring QA findings, QA of the whole document, and sync.

Every change goes through the `EditingSession` (journaled before the screen moves on).
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from textual import work

from workbench.app.qa_run import qa_context
from workbench.app.sync_worker import SyncOutcome, sync_open_session
from workbench.domain.annotations import anchored_annotations, find_annotation, labels
from workbench.domain.conflicts import alternatives as conflict_alternatives
from workbench.domain.errors import WorkbenchError
from workbench.domain.model import State, Unit
from workbench.domain.review import ApprovalPlan, plan_approval, translator_of
from workbench.tui import review_view
from workbench.tui.dialogs.annotate import AnnotateDialog, AnnotationInput
from workbench.tui.dialogs.confirm import ConfirmDialog
from workbench.tui.dialogs.prompt import ChoiceDialog, TextPrompt
from workbench.tui.dialogs.review_filter import ReviewFilterDialog
from workbench.tui.screens.editor_actions import after_typing
from workbench.tui.widgets.panels import Panel

if TYPE_CHECKING:
    from workbench.tui.screens.editor import EditorScreen

    Base = EditorScreen
else:
    Base = object


class EditorReviewActions(Base):
    current_findings: list[Any] = []  # QA findings of the current segment (replaced, not mutated)
    syncing = False
    _target_span: tuple[str, int, int] | None = None  # (quote, start, end) of a selection

    # ---- conflicts -----------------------------------------------------------------------
    def action_use_alternative(self) -> None:
        """Put the other version of a conflicting segment in the editor (again: the next one).
        Confirming then resolves the conflict with that text, edited or not; confirming the
        translation as it is keeps it. The versions not chosen stay in the history."""
        if not self.units:
            return
        unit = self.units[self.current]
        versions = [alt.get("text") or "" for alt in conflict_alternatives(unit)]
        if not versions:
            self.notify("This segment has no conflicting version.")
            return
        versions.append(unit.target)
        showing = self.target.text
        position = versions.index(showing) + 1 if showing in versions else 0
        self.replace_text(versions[position % len(versions)])
        self.notify("Conflict: enter keeps the text in the editor; alt+c shows the next version.")

    # ---- rendering hooks (called by the editor) ------------------------------------------
    def render_notes(self, unit: Unit) -> None:
        self.panel("notes").show(review_view.notes_text(unit))

    def render_source(
        self,
        unit: Unit,
        terms: list[Any],
        spans: list[tuple[int, int]],
        findings: list[Any] | None = None,
    ) -> None:
        if findings is not None:
            self.current_findings = list(findings)
        text = review_view.source_text(unit, terms, spans, self.current_findings)
        self.query_one("#source-view", Panel).show(text)

    def render_findings(self, unit: Unit, findings: list[Any], note: str = "") -> None:
        self.current_findings = list(findings)
        self.panel("qa").show(review_view.findings_text(findings, unit, note))

    def refresh_current_views(self) -> None:
        unit = self.units[self.current]
        self.render_notes(unit)
        self.render_source(unit, self.terms, self._protected_spans(unit.source))

    # ---- review filter -------------------------------------------------------------------
    @after_typing
    def action_review_filter(self) -> None:
        if not self.ready():
            return
        translators = sorted({name for u in self.units if (name := translator_of(u))})
        dialog = ReviewFilterDialog(self.filter.review, translators, self.session.handle)
        self.app.push_screen(dialog, self.review_filtered)

    def review_filtered(self, spec: Any) -> None:
        if spec is None:
            return
        empty = not (
            spec.needs_review
            or spec.translator
            or spec.changed_since_review_of
            or spec.open_threads
        )
        self.apply_view(replace(self.filter, review=None if empty else spec))

    # ---- bulk approval -------------------------------------------------------------------
    @after_typing
    def action_approve_all(self) -> None:
        if self.ready():
            self.leave_current()
            self.notify("Checking the translated segments…")
            self.plan_bulk_approval(list(self.units))

    @work(thread=True, exclusive=True, group="bulk-approve", description="bulk-approve")
    def plan_bulk_approval(self, units: list[Unit]) -> None:
        ctx = qa_context(self.project, self.lang, self.document)
        plan = plan_approval(units, ctx, only_translated=True)
        self.app.call_from_thread(self.ask_bulk_approval, plan)

    def ask_bulk_approval(self, plan: ApprovalPlan) -> None:
        refused = f"{len(plan.refused)} refused for QA errors." if plan.refused else ""
        if not plan.approvable:
            self.notify(f"No translated segment to approve. {refused}".strip(), severity="warning")
            return
        question = (
            f"Approve {len(plan.approvable)} translated segment(s) "
            f"({plan.words} words) of {self.document.name}?"
        )
        self.app.push_screen(
            ConfirmDialog(question, refused, yes="Approve"),
            lambda yes: self.bulk_approve(plan) if yes else None,
        )

    def bulk_approve(self, plan: ApprovalPlan) -> None:
        if self.session is None:
            return
        index = self.session.index
        wanted = [index[u.id] for u in plan.approvable if u.id in index]
        still = [i for i in wanted if self.units[i].state is State.TRANSLATED]
        approved = self.session.approve_many(still)
        self.counts = self.session.state_counts()
        self.grid.refresh_all()
        self._note_change()
        self.render_notes(self.units[self.current])
        self.update_status()
        self.notify(f"Approved {approved} segment(s).")

    # ---- annotations ---------------------------------------------------------------------
    @after_typing
    def action_annotate(self) -> None:
        if not self.ready():
            return
        side, quote = self.selection_for_annotation()
        names = labels(self.project.settings.annotations.labels)
        initial = AnnotationInput(side, quote, names[0], "", False)
        self.app.push_screen(AnnotateDialog(names, initial), self.annotate)

    def selection_for_annotation(self) -> tuple[str, str]:
        """The selected text: in the translation, else in the source view, else none."""
        self._target_span = None
        area = self.target
        if area.selected_text:
            start, end = sorted((area.selection.start, area.selection.end))
            document = area.document
            first, last = (
                document.get_index_from_location(start),
                document.get_index_from_location(end),
            )
            self._target_span = (area.selected_text, first, last)
            return "target", area.selected_text
        source_view = self.query_one("#source-view", Panel)
        selection = source_view.text_selection
        if selection is not None:
            picked = source_view.get_selection(selection)
            if picked and picked[0].strip():
                return "source", picked[0].strip()
        return "source", ""

    def annotate(self, wanted: AnnotationInput | None) -> None:
        if wanted is None or self.session is None:
            return
        index = self.current
        unit = self.units[index]
        if wanted.side == "target" and self.target.text != unit.target:
            self.notify(
                "Confirm the translation first: notes attach to the saved text.",
                severity="warning",
            )
            return
        span = self.span_of(unit, wanted)
        if span is None:
            self.notify(f"“{wanted.quote}” is not in the {wanted.side} text.", severity="error")
            return
        try:
            self.change(
                index,
                lambda: bool(
                    self.session.annotate(
                        index, wanted.side, *span, wanted.label, wanted.text, wanted.publish
                    )
                ),
            )
        except WorkbenchError as error:
            self.notify(str(error), severity="error")
            return
        self.refresh_current_views()
        self.notify(f"Annotated “{wanted.quote}” ({wanted.label}).")

    def span_of(self, unit: Unit, wanted: AnnotationInput) -> tuple[int, int] | None:
        whole = unit.source if wanted.side == "source" else unit.target
        selected = self._target_span
        if wanted.side == "target" and selected and selected[0] == wanted.quote:
            if whole[selected[1] : selected[2]] == wanted.quote:
                return selected[1], selected[2]
        start = whole.find(wanted.quote)
        return None if start < 0 else (start, start + len(wanted.quote))

    def pick_annotation(self, title: str, then: Any) -> None:
        placed = anchored_annotations(self.units[self.current]) if self.units else []
        if not placed:
            self.notify("No annotation on this segment.", severity="warning")
            return
        if len(placed) == 1:
            then(placed[0].id)
            return
        names = [review_view.annotation_label(item) for item in placed]
        self.app.push_screen(ChoiceDialog(title, [item.id for item in placed], names), then)

    @after_typing
    def action_edit_annotation(self) -> None:
        if self.ready():
            self.pick_annotation("Edit which annotation?", self.edit_annotation)

    def edit_annotation(self, note_id: str | None) -> None:
        if not note_id:
            return
        note = find_annotation(self.units[self.current], note_id)
        initial = AnnotationInput(
            str(note.get("side", "source")),
            str(note.get("quote", "")),
            str(note.get("label", "")),
            str(note.get("text", "")),
            bool(note.get("publish")),
        )
        self.app.push_screen(
            AnnotateDialog(labels(self.project.settings.annotations.labels), initial, editing=True),
            lambda wanted: self.save_annotation_edit(note_id, wanted),
        )

    def save_annotation_edit(self, note_id: str, wanted: AnnotationInput | None) -> None:
        if wanted is None:
            return
        index = self.current
        try:
            self.change(
                index,
                lambda: self.session.edit_annotation(
                    index, note_id, wanted.label, wanted.text, wanted.publish
                ),
            )
        except WorkbenchError as error:
            self.notify(str(error), severity="error")
        self.refresh_current_views()

    @after_typing
    def action_remove_annotation(self) -> None:
        if self.ready():
            self.pick_annotation("Remove which annotation?", self.ask_remove_annotation)

    def ask_remove_annotation(self, note_id: str | None) -> None:
        if not note_id:
            return
        note = find_annotation(self.units[self.current], note_id)
        question = f"Remove the annotation [{note.get('label')}] “{note.get('quote')}”?"
        self.app.push_screen(
            ConfirmDialog(question, yes="Remove"),
            lambda yes: self.remove_annotation(note_id) if yes else None,
        )

    def remove_annotation(self, note_id: str) -> None:
        index = self.current
        self.change(index, lambda: self.session.remove_annotation(index, note_id))
        self.refresh_current_views()
        self.notify("Annotation removed.")

    # ---- QA ------------------------------------------------------------------------------
    @after_typing
    def action_ignore_qa(self) -> None:
        if not self.ready():
            return
        findings = self.current_findings or self.assist.findings(self.units[self.current])
        if not findings:
            self.notify("No QA warning on this segment.", severity="warning")
            return
        checks = list(dict.fromkeys(f.check for f in findings))
        if len(checks) == 1:
            self.ask_ignore_reason(checks[0])
            return
        names = [
            next(f"{f.severity} [{f.check}] {f.message}" for f in findings if f.check == check)
            for check in checks
        ]
        self.app.push_screen(
            ChoiceDialog("Ignore which warning?", checks, names), self.ask_ignore_reason
        )

    def ask_ignore_reason(self, check: str | None) -> None:
        if check:
            prompt = TextPrompt(f"Ignore “{check}” on this segment: why?", "reason")
            self.app.push_screen(prompt, lambda reason: self.ignore_qa(check, reason))

    def ignore_qa(self, check: str, reason: str | None) -> None:
        if not reason:
            return
        index = self.current
        try:
            self.change(index, lambda: self.session.ignore_finding(index, check, reason))
        except WorkbenchError as error:
            self.notify(str(error), severity="error")
            return
        self.current_findings = [f for f in self.current_findings if f.check != check]
        unit = self.units[index]
        self.render_findings(unit, self.current_findings)
        self.render_source(unit, self.terms, self._protected_spans(unit.source))
        self.notify(f"“{check}” ignored on this segment (saved with it).")

    @after_typing
    def action_qa_document(self) -> None:
        if self.ready():
            self.leave_current()
            self.notify("Running QA on the whole document…")
            self.qa_document(list(self.units))

    @work(thread=True, exclusive=True, group="qa-document", description="qa-document")
    def qa_document(self, units: list[Unit]) -> None:
        from workbench.domain.qa import check_unit

        ctx = qa_context(self.project, self.lang, self.document)
        if ctx is None:
            self.app.call_from_thread(self.notify, "QA is not available.", severity="error")
            return
        found = {u.id: check_unit(u, ctx) for u in units if u.target}
        self.app.call_from_thread(self.qa_document_done, {k: v for k, v in found.items() if v})

    def qa_document_done(self, found: dict[str, list[Any]]) -> None:
        if not found:
            self.notify("QA: no warning in this document.")
            return
        errors = sum(1 for items in found.values() for f in items if f.severity == "error")
        self.notify(f"QA: {len(found)} segment(s) with warnings ({errors} error(s)); filtered.")
        self.apply_view(replace(self.filter, has_qa=True), set(found))

    # ---- sync ----------------------------------------------------------------------------
    @after_typing
    def action_sync(self) -> None:
        if not self.ready():
            return
        if self.syncing:
            self.notify("A sync is already running.")
            return
        prompt = TextPrompt("Sync: commit message (optional, enter)", "message", required=False)
        self.app.push_screen(prompt, self.start_sync)

    def start_sync(self, message: str | None) -> None:
        if message is None or self.session is None:
            return
        self.flush_pending()
        self.syncing = True
        self.run_sync(message)

    @work(exclusive=True, group="sync", description="sync")
    async def run_sync(self, message: str) -> None:
        from workbench.tui.screens.editor_messages import Reloaded

        while self._folding:  # let a running save finish; then keep saves off during sync
            await asyncio.sleep(0.05)
        self._folding = True
        self.update_status("sync: starting…")

        def progress(text: str) -> None:
            self.app.call_from_thread(self.update_status, f"sync: {text}")

        try:
            outcome = await asyncio.to_thread(sync_open_session, self.session, message, progress)
        except Exception as error:  # noqa: BLE001 - reported; the journal keeps the work
            outcome = SyncOutcome(error=str(error))
        self.syncing = False
        self.post_message(Reloaded(outcome.reload, folded=True))
        self.notify(outcome.summary, severity="error" if outcome.error else "information")
