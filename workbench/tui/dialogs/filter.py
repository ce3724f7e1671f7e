"""The filter dialog: by state, by text or regex in source/target, QA, comments; go to #."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Input, Select

from workbench.app.editing.filtering import WHERE, Filter, compile_pattern
from workbench.domain.model import STATES
from workbench.tui.dialogs.frame import Dialog
from workbench.tui.dialogs.select_keys import enter_taken_by_open_list
from workbench.tui.widgets.tickbox import TickBox as Checkbox  # ticked by shape too

FilterResult = Filter | int  # a filter, or a segment number to go to


class FilterDialog(Dialog[FilterResult | None]):
    DEFAULT_CSS = """
    FilterDialog Horizontal { height: auto; }
    FilterDialog Checkbox { width: auto; border: none; padding: 0 1 0 0; }
    FilterDialog Select { width: 16; }
    FilterDialog #qa-kind { width: 24; }
    FilterDialog #filter-text { width: 1fr; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "apply", "Apply", priority=True, id="dialog.apply"),
    ]

    def __init__(self, current: Filter, checks: list[str] | None = None) -> None:
        """`checks`: the QA checks with findings in the document (offered as a filter)."""
        super().__init__(
            "Filter segments (enter applies; empty shows all)",
            "tab: next field · space: tick · enter: apply · escape: cancel",
        )
        self.current = current
        self.checks = checks or []

    def body(self) -> ComposeResult:
        spec = self.current
        with Horizontal():
            yield Input(spec.text, placeholder="text or regex", id="filter-text")
            yield Select([(w, w) for w in WHERE], value=spec.where, allow_blank=False, id="where")
        with Horizontal():
            yield Checkbox("regex", spec.regex, id="regex")
            yield Checkbox("match case", spec.case, id="case")
        for row in (STATES[:3], STATES[3:]):  # one row would be cut at 80 columns
            with Horizontal():
                for state in row:
                    yield Checkbox(str(state), state in spec.states, id=f"state-{state}")
        with Horizontal():
            yield Checkbox("has comment", spec.has_comment, id="has_comment")
            yield Checkbox("conflict", spec.has_conflict, id="has_conflict")
        with Horizontal():
            yield Checkbox("has QA finding", spec.has_qa, id="has_qa")
            yield Select(self.qa_kinds(), value=self.qa_kind(spec), allow_blank=False, id="qa-kind")
        yield Input(placeholder="go to segment number", id="goto", type="integer")

    def action_apply(self) -> None:
        if enter_taken_by_open_list(self):
            return
        goto = self.query_one("#goto", Input).value.strip()
        if goto:
            self.dismiss(int(goto))
            return
        spec = self.build()
        if spec.text:
            try:
                compile_pattern(spec.text, spec.regex, spec.case)
            except ValueError as error:
                self.notify(str(error), severity="error")
                return
        self.dismiss(spec)

    def qa_kinds(self) -> list[tuple[str, str]]:
        kinds = [("any QA", ""), ("QA errors", "error:"), ("QA warnings", "warning:")]
        return kinds + [(f"QA: {check}", f":{check}") for check in self.checks]

    @staticmethod
    def qa_kind(spec: Filter) -> str:
        return f"{spec.qa_severity}:{spec.qa_check}" if spec.qa_severity or spec.qa_check else ""

    def build(self) -> Filter:
        def checked(widget_id: str) -> bool:
            return self.query_one(f"#{widget_id}", Checkbox).value

        kind = str(self.query_one("#qa-kind", Select).value)
        severity, _, check = kind.partition(":")
        return Filter(
            states=frozenset(s for s in STATES if checked(f"state-{s}")),
            text=self.query_one("#filter-text", Input).value,
            regex=checked("regex"),
            case=checked("case"),
            where=str(self.query_one("#where", Select).value),
            has_comment=checked("has_comment"),
            has_qa=checked("has_qa") or bool(kind),
            qa_severity=severity,
            qa_check=check,
            has_conflict=checked("has_conflict"),
            review=self.current.review,  # set in the review filter dialog
        )
