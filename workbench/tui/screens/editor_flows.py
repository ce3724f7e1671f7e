"""The editor's flows that go through dialogs and workers: filter, search and replace,
reject, comment and resolve, review filter, bulk approval, annotations, ignoring QA
findings, QA of the whole document, conflicts, glossary, concordance.

`EditorFlows` is an invisible widget of the editor screen (its keys run `flow('<name>')`).
It asks the `EditorController` to do the work and tells the screen what to redraw with
messages (`UnitsChanged`, `ViewWanted`), as any child widget tells its parent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from textual import work

from workbench.app.editing.filtering import Filter, Replacement
from workbench.app.editing.session import Change
from workbench.domain.annotations import NoteChange, anchored_annotations, find_annotation
from workbench.domain.errors import WorkbenchError
from workbench.domain.model import Unit
from workbench.domain.qa.base import Finding
from workbench.domain.review import ApprovalPlan, ReviewFilter
from workbench.storage.glossary import add_entry
from workbench.tui import review_view
from workbench.tui.dialogs.add_term import TermDialog, TermFields
from workbench.tui.dialogs.annotate import AnnotateDialog, AnnotationInput
from workbench.tui.dialogs.confirm import ConfirmDialog
from workbench.tui.dialogs.filter import FilterDialog
from workbench.tui.dialogs.prompt import ChoiceDialog, TextPrompt
from workbench.tui.dialogs.replace import ReplaceDialog
from workbench.tui.dialogs.review_filter import ReviewFilterDialog
from workbench.tui.editor_controller import EditorController, span_of
from workbench.tui.editor_qa import QAKind
from workbench.tui.navigation import OpenConcordance, OpenGlossary
from workbench.tui.screens.editor_messages import UnitsChanged, ViewWanted
from workbench.tui.screens.editor_part import EditorPart
from workbench.tui.widgets.segment_view import CurrentSegment

T = TypeVar("T")


class EditorFlows(EditorPart):
    def __init__(self, controller: EditorController, segment: CurrentSegment, **kwargs: Any):
        super().__init__(controller, segment, **kwargs)
        self._target_span: tuple[str, int, int] | None = None  # (quote, start, end) selected

    def changed(self, changes: list[Change], **what: bool) -> None:
        self.post_message(UnitsChanged(changes, **what))

    def selected_source(self) -> str:
        """Text selected with the mouse in the source view, else ''."""
        try:
            selected = self.screen.get_selected_text() or ""
        except Exception:  # noqa: BLE001 - selection support varies by terminal
            return ""
        return " ".join(selected.split())

    def leave_current(self) -> None:
        c = self.controller
        change = c.keep_edit(c.current, self.segment.target.text)
        self.changed([change] if change else [])

    def over_document(
        self, name: str, note: str, compute: Callable[[list[Unit]], T], then: Callable[[T], None]
    ) -> None:
        """Keep the current edit, say what runs, run `compute` over the units in a thread
        (the UI stays live), then `then(result)` on the UI thread."""
        self.leave_current()
        self.notify(note)
        units = list(self.controller.units)

        def job() -> None:
            result = compute(units)
            self.app.call_from_thread(then, result)

        # a description: without one Textual builds it with repr() of the arguments
        self.run_worker(job, group=name, description=name, exclusive=True, thread=True)

    # ---- filter, search and replace -----------------------------------------------------
    def filter(self) -> None:
        checks = self.controller.qa.checks_found()
        self.app.push_screen(FilterDialog(self.controller.filter, checks), self.filtered)

    def filtered(self, result: Filter | int | None) -> None:
        if result is None:
            return
        if isinstance(result, int):
            if not 1 <= result <= len(self.controller.units):
                self.notify(f"No segment #{result}.", severity="warning")
                return
            self.leave_current()
            self.post_message(ViewWanted(None, go_to=result - 1))
        elif result.has_qa and self.controller.qa.computed:  # the grid's marks know
            kind = QAKind(result.qa_severity, result.qa_check)
            self.post_message(ViewWanted(result, self.controller.qa.flagged(kind)))
        elif result.has_qa:
            self.notify("Running QA on the document…")
            self.qa_then_filter(result)
        else:
            self.post_message(ViewWanted(result))

    @work(thread=True, exclusive=True, group="qa-filter", description="qa-filter")
    def qa_then_filter(self, spec: Filter) -> None:
        kind = QAKind(spec.qa_severity, spec.qa_check)
        flagged = self.controller.qa_flagged(list(self.controller.units), kind)
        self.post_message(ViewWanted(spec, flagged))

    def search_replace(self) -> None:
        self.leave_current()
        self.app.push_screen(ReplaceDialog(self.controller.units), self.replaced)

    def replaced(self, plan: list[Replacement] | None) -> None:
        if plan and self.controller.ready:
            self.changed(self.controller.replace_many(plan), all_rows=True, reload=True)
            self.notify(f"Replaced in {len(plan)} segment(s).")

    # ---- reject, comment -----------------------------------------------------------------
    def reject(self) -> None:
        if not self.segment.target.text and not self.controller.unit().target:
            self.notify("An untranslated segment cannot be rejected.", severity="warning")
            return
        self.app.push_screen(TextPrompt("Reject: what needs rework?", "reason"), self.rejected)

    def rejected(self, reason: str | None) -> None:
        if reason is not None:
            c = self.controller
            self.changed(c.reject(c.current, self.segment.target.text, reason), advance=True)

    def comment(self) -> None:
        self.app.push_screen(TextPrompt("Comment on this segment", "comment"), self.commented)

    def commented(self, text: str | None) -> None:
        if text:
            self.changed([self.controller.comment(self.controller.current, text)])
            self.segment.target.focus()

    def resolve_comments(self) -> None:
        change = self.controller.resolve_comments(self.controller.current)
        self.changed([change])
        if not change:
            self.notify("No open comment on this segment.")

    # ---- conflicts -----------------------------------------------------------------------
    def use_alternative(self) -> None:
        """Put the other version of a conflicting segment in the editor (again: the next one).
        Confirming then resolves the conflict with that text, edited or not; confirming the
        translation as it is keeps it. The versions not chosen stay in the history."""
        c = self.controller
        versions = c.alternatives(c.current) if c.units else []
        if not versions:
            self.notify("This segment has no conflicting version.")
            return
        target = self.segment.target
        showing = target.text
        position = versions.index(showing) + 1 if showing in versions else 0
        target.replace(versions[position % len(versions)], (0, 0), target.document.end)
        target.focus()
        self.notify("Conflict: enter keeps the text in the editor; alt+c shows the next version.")

    # ---- review filter -------------------------------------------------------------------
    def review_filter(self) -> None:
        c = self.controller
        assert c.session is not None
        dialog = ReviewFilterDialog(c.filter.review, c.translators(), c.session.handle)
        self.app.push_screen(dialog, self.review_filtered)

    def review_filtered(self, spec: ReviewFilter | None) -> None:
        if spec is None:
            return
        empty = not (
            spec.needs_review
            or spec.translator
            or spec.changed_since_review_of
            or spec.open_threads
        )
        wanted = replace(self.controller.filter, review=None if empty else spec)
        self.post_message(ViewWanted(wanted))

    # ---- bulk approval -------------------------------------------------------------------
    def approve_all(self) -> None:
        note, plan = "Checking the translated segments…", self.controller.approval_plan
        self.over_document("bulk-approve", note, plan, self.ask_bulk_approval)

    def ask_bulk_approval(self, plan: ApprovalPlan) -> None:
        refused = f"{len(plan.refused)} refused for QA errors." if plan.refused else ""
        if not plan.approvable:
            self.notify(f"No translated segment to approve. {refused}".strip(), severity="warning")
            return
        question = (
            f"Approve {len(plan.approvable)} translated segment(s) "
            f"({plan.words} words) of {self.controller.document.name}?"
        )
        self.app.push_screen(
            ConfirmDialog(question, refused, yes="Approve"),
            lambda yes: self.bulk_approve(plan) if yes else None,
        )

    def bulk_approve(self, plan: ApprovalPlan) -> None:
        if self.controller.ready:
            changes = self.controller.approve_plan(plan)
            self.changed(changes, all_rows=True)
            self.notify(f"Approved {len(changes)} segment(s).")

    # ---- annotations ---------------------------------------------------------------------
    def annotate(self) -> None:
        side, quote = self.selection_for_annotation()
        names = self.controller.labels()
        initial = AnnotationInput(side, quote, names[0], "", False)
        self.app.push_screen(AnnotateDialog(names, initial), self.annotated)

    def selection_for_annotation(self) -> tuple[str, str]:
        """The selected text: in the translation, else in the source view, else none."""
        self._target_span = None
        area = self.segment.target
        if area.selected_text:
            start, end = sorted((area.selection.start, area.selection.end))
            document = area.document
            first = document.get_index_from_location(start)  # type: ignore[attr-defined]
            last = document.get_index_from_location(end)  # type: ignore[attr-defined]
            self._target_span = (area.selected_text, first, last)
            return "target", area.selected_text
        source_view = self.segment.source_view
        selection = source_view.text_selection
        if selection is not None:
            picked = source_view.get_selection(selection)
            if picked and picked[0].strip():
                return "source", picked[0].strip()
        return "source", ""

    def annotated(self, wanted: AnnotationInput | None) -> None:
        c = self.controller
        if wanted is None or not c.ready:
            return
        unit = c.unit()
        if wanted.side == "target" and self.segment.target.text != unit.target:
            self.notify(
                "Confirm the translation first: notes attach to the saved text.",
                severity="warning",
            )
            return
        whole = unit.source if wanted.side == "source" else unit.target
        selected = self._target_span if wanted.side == "target" else None
        span = span_of(whole, wanted.quote, selected)
        if span is None:
            self.notify(f"“{wanted.quote}” is not in the {wanted.side} text.", severity="error")
            return
        try:
            change = c.annotate(
                c.current, wanted.side, span, wanted.label, wanted.text, wanted.publish
            )
        except WorkbenchError as error:
            self.notify(str(error), severity="error")
            return
        self.changed([change])
        self.notify(f"Annotated “{wanted.quote}” ({wanted.label}).")

    def pick_annotation(self, title: str, then: Callable[[str, dict[str, Any]], None]) -> None:
        """The segment's annotation to work on (asked when there are several): `then(id,
        annotation)`; nothing when there is none or the translator cancels."""
        c = self.controller
        placed = anchored_annotations(c.unit()) if c.units else []

        def picked(note_id: str | None) -> None:
            if note_id:
                then(note_id, find_annotation(c.unit(), note_id))

        if not placed:
            self.notify("No annotation on this segment.", severity="warning")
        elif len(placed) == 1:
            picked(placed[0].id)
        else:
            names = [review_view.annotation_label(item) for item in placed]
            self.app.push_screen(ChoiceDialog(title, [item.id for item in placed], names), picked)

    def edit_annotation(self) -> None:
        self.pick_annotation("Edit which annotation?", self.ask_annotation_edit)

    def ask_annotation_edit(self, note_id: str, note: dict[str, Any]) -> None:
        initial = AnnotationInput(
            str(note.get("side", "source")),
            str(note.get("quote", "")),
            str(note.get("label", "")),
            str(note.get("text", "")),
            bool(note.get("publish")),
        )
        self.app.push_screen(
            AnnotateDialog(self.controller.labels(), initial, editing=True),
            lambda wanted: self.save_annotation_edit(note_id, wanted),
        )

    def save_annotation_edit(self, note_id: str, wanted: AnnotationInput | None) -> None:
        if wanted is None:
            return
        c = self.controller
        try:
            edit = NoteChange(label=wanted.label, text=wanted.text, publish=wanted.publish)
            change = c.edit_annotation(c.current, note_id, edit)
        except WorkbenchError as error:
            self.notify(str(error), severity="error")
            change = None
        self.changed([change] if change else [])

    def remove_annotation(self) -> None:
        self.pick_annotation("Remove which annotation?", self.ask_remove_annotation)

    def ask_remove_annotation(self, note_id: str, note: dict[str, Any]) -> None:
        question = f"Remove the annotation [{note.get('label')}] “{note.get('quote')}”?"
        self.app.push_screen(
            ConfirmDialog(question, yes="Remove"),
            lambda yes: self.removed_annotation(note_id) if yes else None,
        )

    def removed_annotation(self, note_id: str) -> None:
        c = self.controller
        self.changed([c.remove_annotation(c.current, note_id)])
        self.notify("Annotation removed.")

    # ---- QA ------------------------------------------------------------------------------
    def ignore_qa(self) -> None:
        findings = self.controller.current_findings()
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
        dialog = ChoiceDialog("Ignore which warning?", checks, names)
        self.app.push_screen(dialog, self.ask_ignore_reason)

    def ask_ignore_reason(self, check: str | None) -> None:
        if check:
            prompt = TextPrompt(f"Ignore “{check}” on this segment: why?", "reason")
            self.app.push_screen(prompt, lambda reason: self.ignore(check, reason))

    def ignore(self, check: str, reason: str | None) -> None:
        if not reason:
            return
        c = self.controller
        try:
            change = c.ignore_finding(c.current, check, reason)
        except WorkbenchError as error:
            self.notify(str(error), severity="error")
            return
        self.changed([change], findings=True)
        self.notify(f"“{check}” ignored on this segment (saved with it).")

    def qa_document(self) -> None:
        note, check = "Running QA on the whole document…", self.controller.document_findings
        self.over_document("qa-document", note, check, self.qa_document_done)

    def qa_document_done(self, found: dict[str, list[Finding]] | None) -> None:
        if found is None:
            self.notify("QA is not available.", severity="error")
            return
        if not found:
            self.notify("QA: no warning in this document.")
            return
        errors = sum(1 for items in found.values() for f in items if f.severity == "error")
        self.notify(f"QA: {len(found)} segment(s) with warnings ({errors} error(s)); filtered.")
        self.post_message(ViewWanted(replace(self.controller.filter, has_qa=True), set(found)))

    # ---- glossary and concordance --------------------------------------------------------
    def add_term(self) -> None:
        c = self.controller
        target = self.segment.target
        selected = target.selected_text.strip() if target.selected_text else ""
        source = self.selected_source()
        fields = TermFields(source, " ".join(selected.split()))
        source_lang = c.project.settings.source_lang
        dialog = TermDialog("Add a glossary term", fields, source_lang, c.lang, bool(source))
        self.app.push_screen(dialog, self.term_added)

    def term_added(self, fields: TermFields | None) -> None:
        if fields is None:
            self.segment.target.focus()
            return
        c = self.controller
        source_lang = c.project.settings.source_lang
        gloss = {c.lang: fields.gloss} if fields.gloss else None
        terms = fields.terms(source_lang, c.lang)
        try:
            entry = add_entry(c.project.glossary_path, terms, note=fields.note, gloss=gloss)
        except WorkbenchError as error:
            self.notify(str(error), severity="error", timeout=8)
            return
        self.glossary_changed(True)
        self.notify(f"Added to the glossary: {entry.label(source_lang)} ({entry.id}).")

    def glossary_screen(self) -> None:
        c = self.controller
        self.app.post_message(OpenGlossary(c.lang, c.assist.glossary(), self.glossary_changed))

    def glossary_changed(self, changed: bool | None) -> None:
        """Re-read glossary.yml (the last good one stays on error) and look the segment up."""
        if changed:
            error = self.controller.assist.reload_glossary()
            if error:
                self.notify(error, severity="error", timeout=10)
            self.changed([], lookup=True)
        self.segment.target.focus()

    def concordance(self) -> None:
        c = self.controller
        target = self.segment.target
        query = self.selected_source() or target.selected_text.strip()
        langs = [c.project.settings.source_lang, c.lang]
        reply = OpenConcordance(c.assist.memory, langs, " ".join(query.split()), self.focus_back)
        self.app.post_message(reply)

    def focus_back(self, _result: object = None) -> None:
        self.segment.target.focus()
