"""The editor's logic, without widgets: what each key does to the session and the assist.

The screen (`tui/screens/editor.py`) owns the widgets and the keys; it calls this plain
object and redraws from what it returns (`Change`s of the session, texts to notify). Nothing
here imports Textual, so every decision can be followed, and tested, without a terminal.

Work is never lost: every operation goes through the `EditingSession`, which journals it
(fsync) before returning, so before the screen moves the cursor on. The journal is folded
into the PO file by a worker when the translator pauses (`fold_due`) and on close.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from workbench.app.documents.importer import DETECTED_LANGUAGE
from workbench.app.editing.assist import Assist, MatchView, TermView
from workbench.app.editing.filtering import Filter, Replacement, matching_indices
from workbench.app.editing.history import UndoStack
from workbench.app.editing.memory_release import release_freed_memory
from workbench.app.editing.propagation import RepetitionIndex, propagate_elsewhere, propagation_mode
from workbench.app.editing.session import Change, EditingSession, ReloadReport
from workbench.app.quality.qa_run import qa_context
from workbench.domain.annotations import NoteChange, labels
from workbench.domain.conflicts import alternatives as conflict_alternatives
from workbench.domain.errors import WorkbenchError
from workbench.domain.model import State, Unit
from workbench.domain.qa.base import Finding
from workbench.domain.review import ApprovalPlan, plan_approval, translator_of
from workbench.storage.project import Document, Project
from workbench.tui.editor_qa import EditorQA, QAKind

FOLD_IDLE = 2.0  # seconds without changes before the journal is folded into the PO file
FOLD_MAX_DELAY = 15.0  # ... but never later than this after the first unfolded change
POLL_EXTERNAL = 2.0  # seconds between looks at the PO file on disk
NEEDS_REVIEW = frozenset({State.TRANSLATED})
STATE_SIGNS = (
    ("untranslated", "·"),
    ("draft", "~"),
    ("translated", "✓"),
    ("approved", "★"),
    ("rejected", "✗"),
)


@dataclass
class Opened:
    """A session opened by a worker, with what the UI needs from 100,000 units precomputed."""

    session: EditingSession
    repetitions: RepetitionIndex
    start: int


@dataclass
class Lookup:
    """What the side panels show for unit `index` (computed in a worker)."""

    index: int
    matches: list[MatchView] = field(default_factory=list)
    terms: list[TermView] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    problems: dict[str, str] = field(default_factory=dict)


@dataclass
class Confirmed:
    """A confirm: the change, the segment's QA findings on its new text (`checked` False:
    QA was not loaded yet, the checks run later), and why it was kept a draft ("block")."""

    change: Change
    findings: list[Finding] = field(default_factory=list)
    checked: bool = True
    blocked: str = ""


@dataclass
class Propagated:
    """Repetitions filled after a confirm: in this document (changes), elsewhere (count)."""

    changes: list[Change] = field(default_factory=list)
    mode: str = "off"
    error: str = ""


class EditorController:
    def __init__(self, project: Project, document: Document, lang: str, review: bool) -> None:
        self.project = project
        self.document = document
        self.lang = lang
        self.review = review
        self.session: EditingSession | None = None
        self.assist = Assist(project, document, lang, project.settings.source_lang)
        self.qa = EditorQA(project, document, lang)
        self.current = 0
        self.filter = Filter()
        self.matches: list[MatchView] = []
        self.terms: list[TermView] = []
        self.findings: list[Finding] = []  # QA findings of the current segment
        self.selected_match = 0
        self.folding = False  # a fold, a look at the disk or a sync is running
        self.syncing = False
        self._repetitions: RepetitionIndex | None = None
        self._first_change = 0.0
        self._last_change = 0.0
        self._last_poll = time.monotonic()
        self.undo = UndoStack()  # replace-alls, each undone as one step
        self.start_at: int | None = None  # reopened after a split or merge: that segment

    # ---- opening (open() runs in a worker) -----------------------------------------------
    def open(self) -> Opened:
        session = EditingSession(self.project, self.document, self.lang)
        release_freed_memory()
        return Opened(session, RepetitionIndex(session.units), self.start_index(session))

    def attach(self, opened: Opened) -> None:
        self.session = opened.session
        self.assist.open_catalog = opened.session.catalog
        self._repetitions = opened.repetitions
        if opened.session.replayed:
            self.note_change()

    def start_index(self, session: EditingSession) -> int:
        """The first unconfirmed edit, else the first segment to work on."""
        if self.start_at is not None and session.units:
            return min(self.start_at, len(session.units) - 1)
        if session.pending:
            return min(session.index[uid] for uid in session.pending if uid in session.index)
        wanted = set(NEEDS_REVIEW) if self.review else {State.UNTRANSLATED}
        if not session.units or session.units[0].state in wanted:
            return 0
        found = session.next_index(0, wanted)
        return 0 if found is None else found

    def preview_start(self, preview: list[Unit]) -> int:
        """Where to start in the head of the document shown while it loads."""
        wanted = NEEDS_REVIEW if self.review else {State.UNTRANSLATED}
        return next((i for i, unit in enumerate(preview) if unit.state in wanted), 0)

    def language_mismatch(self) -> str:
        """When `add` found the source text in another language than the project's, say so
        (a document imported in the wrong language): "" otherwise."""
        session = self.session
        detected = session.catalog.header.get(DETECTED_LANGUAGE) if session is not None else None
        source_lang = self.project.settings.source_lang
        if not detected or detected == source_lang:
            return ""
        return (
            f"{self.document.name} looks like {detected!r}, but the project's source language "
            f"is {source_lang!r}: was it added by mistake? (`workbench add` checks again)"
        )

    @property
    def ready(self) -> bool:
        return self.session is not None

    @property
    def units(self) -> list[Unit]:
        return self.session.units if self.session is not None else []

    def unit(self) -> Unit:
        return self.units[self.current]

    def pending_text(self, unit: Unit) -> str:
        """What the editor shows for a unit: the unconfirmed edit, else the translation."""
        pending = self.session.pending.get(unit.id) if self.session is not None else None
        return unit.target if pending is None else pending

    # ---- editing (journaled before returning) --------------------------------------------
    def confirm(self, index: int, text: str) -> Confirmed:
        """Check the new text, then confirm it (with `[qa] on_confirm = "block"`, a text
        with an error is kept as a draft instead)."""
        session = self._session()
        unit = session.units[index]
        verdict = self.qa.verdict(self.assist.qa_context(wait=False), unit, text)
        if verdict is not None and verdict.blocked:
            change = self.draft(index, text)
            self.qa.update_unit(unit.id, verdict.findings)
            return Confirmed(change, verdict.findings, True, verdict.reason)
        change = session.confirm(index, text)
        if change:
            self.assist.remember(session.units[index], session.handle)
        session.set_pending(index, None)
        if verdict is None:
            return Confirmed(self._noted(change), checked=False)
        self.qa.update_unit(unit.id, verdict.findings)
        return Confirmed(self._noted(change), verdict.findings)

    def draft(self, index: int, text: str) -> Change:
        session = self._session()
        change = session.draft(index, text)
        session.set_pending(index, None)
        return self._noted(change)

    def keep_edit(self, index: int, text: str) -> Change | None:
        """Before the cursor leaves a segment: an unconfirmed edit is kept as a draft."""
        session = self._session()
        if text != session.units[index].target:
            return self._noted(session.draft(index, text))
        session.set_pending(index, None)
        return None

    def set_pending(self, index: int, text: str | None) -> None:
        if self.session is not None and index < len(self.session.units):
            self.session.set_pending(index, text)

    def approve(self, index: int, text: str) -> list[Change]:
        """Approve (an edit in the editor is confirmed first); [] when untranslated."""
        changes = self._confirm_edit_first(index, text)
        session = self._session()
        if session.units[index].state is State.UNTRANSLATED:
            return changes
        changes.append(self._noted(session.approve(index)))
        session.set_pending(index, None)
        return changes

    def reject(self, index: int, text: str, reason: str) -> list[Change]:
        changes = self._confirm_edit_first(index, text)
        session = self._session()
        changes.append(self._noted(session.reject(index, reason)))
        session.set_pending(index, None)
        return changes

    def _confirm_edit_first(self, index: int, text: str) -> list[Change]:
        if text != self.units[index].target:
            return [self._noted(self._session().confirm(index, text))]
        return []

    def comment(self, index: int, text: str) -> Change:
        return self._noted(self._session().comment(index, text))

    def resolve_comments(self, index: int) -> Change:
        return self._noted(self._session().resolve_comments(index))

    def replace_many(self, plan: Sequence[Replacement]) -> list[Change]:
        plan_changes = [(item.index, item.new) for item in plan]
        changes = self.undo.record("replace-all", self._session(), plan_changes)
        self.note_change()
        return changes

    def _session(self) -> EditingSession:
        if self.session is None:
            raise WorkbenchError("the document is still loading")
        return self.session

    def _noted(self, change: Change) -> Change:
        if change:
            self.note_change()
        return change

    # ---- repetitions ---------------------------------------------------------------------
    def reindexed(self, repetitions: RepetitionIndex | None) -> None:
        """The units were reloaded from disk: a new index of their repetitions."""
        if repetitions is not None:
            self._repetitions = repetitions

    def repetitions(self) -> RepetitionIndex:
        if self._repetitions is None:
            self._repetitions = RepetitionIndex(self.units)
        return self._repetitions

    def propagate_here(self, index: int, text: str) -> Propagated:
        """After a confirm: fill the identical untranslated segments ([tm] propagate)."""
        session = self.session
        if session is None or not text.strip():
            return Propagated()
        try:
            mode = propagation_mode(self.project)
        except WorkbenchError as error:
            return Propagated(error=str(error))
        if mode == "off":
            return Propagated()
        fill = session.draft if mode == "draft" else session.confirm
        others = self.repetitions().repetitions(session.units, index, set(session.pending))
        changes = [self._noted(fill(other, text)) for other in others]
        return Propagated([c for c in changes if c], mode)

    def propagate_elsewhere(self, source: str, text: str, mode: str) -> int:
        """Fill the repetitions in the other documents (blocking: a worker)."""
        return propagate_elsewhere(self.project, self.document, source, text, self.lang, mode)

    # ---- review --------------------------------------------------------------------------
    def translators(self) -> list[str]:
        return sorted({name for u in self.units if (name := translator_of(u))})

    def approval_plan(self, units: list[Unit]) -> ApprovalPlan:
        """What a bulk approval would do (blocking: QA of every translated segment)."""
        ctx = qa_context(self.project, self.lang, self.document)
        return plan_approval(units, ctx, only_translated=True)

    def approve_plan(self, plan: ApprovalPlan) -> list[Change]:
        session = self._session()
        index = session.index
        wanted = [index[u.id] for u in plan.approvable if u.id in index]
        still = [i for i in wanted if session.units[i].state is State.TRANSLATED]
        changes = [c for c in session.approve_many(still) if c]
        self.note_change()
        return changes

    def alternatives(self, index: int) -> list[str]:
        """The conflicting versions of a unit, then its own translation ([] without one)."""
        unit = self.units[index]
        versions = [alt.get("text") or "" for alt in conflict_alternatives(unit)]
        return [*versions, unit.target] if versions else []

    # ---- annotations ---------------------------------------------------------------------
    def labels(self) -> tuple[str, ...]:
        return tuple(labels(self.project.settings.annotations.labels))

    def annotate(
        self, index: int, side: str, span: tuple[int, int], label: str, text: str, publish: bool
    ) -> Change:
        session = self._session()
        before = session.units[index].state
        session.annotate(index, side, *span, label, text, publish)
        self.note_change()
        unit = session.units[index]
        return Change(index, unit.id, before, unit.state, True)

    def edit_annotation(self, index: int, note_id: str, change: NoteChange) -> Change:
        return self._noted(self._session().edit_annotation(index, note_id, change))

    def remove_annotation(self, index: int, note_id: str) -> Change:
        return self._noted(self._session().remove_annotation(index, note_id))

    # ---- QA ------------------------------------------------------------------------------
    def ignore_finding(self, index: int, check: str, reason: str) -> Change:
        change = self._noted(self._session().ignore_finding(index, check, reason))
        self.findings = [f for f in self.findings if f.check != check]
        return change

    def current_findings(self) -> list[Finding]:
        return self.findings or self.assist.findings(self.unit())

    def document_findings(self, units: list[Unit]) -> dict[str, list[Finding]] | None:
        """Findings by unit id for every translated unit (blocking); None: QA unavailable."""
        from workbench.domain.qa import check_unit

        ctx = qa_context(self.project, self.lang, self.document)
        if ctx is None:
            return None
        found = {u.id: check_unit(u, ctx) for u in units if u.target}
        return {uid: items for uid, items in found.items() if items}

    def qa_flagged(self, units: list[Unit], kind: QAKind | None = None) -> set[str]:
        """Units with findings (of `kind`) by the segment checks (blocking: a worker)."""
        accepts = (kind or QAKind()).accepts
        return {u.id for u in units if u.target and any(map(accepts, self.assist.findings(u)))}

    # ---- the side panels (lookup runs in a worker) ---------------------------------------
    def lookup(self, index: int, units: list[Unit]) -> Lookup:
        unit = units[index]
        found = Lookup(index)
        found.terms = self.assist.terms(unit.source)
        found.matches = self.assist.matches(units, index)
        found.findings = self.assist.findings(unit)
        found.problems = dict(self.assist.problems)
        return found

    def take_lookup(self, found: Lookup) -> bool:
        """Keep a lookup's result when it is for the current segment."""
        if found.index != self.current:
            return False
        self.matches, self.terms, self.findings = found.matches, found.terms, found.findings
        return True

    def forget_lookup(self) -> None:
        self.matches, self.terms, self.findings, self.selected_match = [], [], [], 0

    def selected(self) -> MatchView | None:
        if not self.matches:
            return None
        return self.matches[min(self.selected_match, len(self.matches) - 1)]

    def term_choices(self) -> list[tuple[str, str]]:
        return [(t.text, target) for t in self.terms for target in t.targets]

    # ---- filters -------------------------------------------------------------------------
    def view_for(self, spec: Filter, qa_flagged: Iterable[str] = ()) -> list[int] | None:
        self.filter = spec
        return None if spec.is_empty else matching_indices(self.units, spec, set(qa_flagged))

    def next_in(self, order: Iterable[int], wanted: Iterable[State]) -> int | None:
        """The first unit index of `order` whose state is wanted."""
        states = set(wanted)
        units = self.units
        return next((i for i in order if units[i].state in states), None)

    # ---- saving: when to fold, when to look at the disk ----------------------------------
    def note_change(self) -> None:
        now = time.monotonic()
        if not self._first_change:
            self._first_change = now
        self._last_change = now

    def due(self) -> str:
        """ "fold", "poll" or "" (nothing to do now); called twice a second."""
        session = self.session
        if session is None or self.folding:
            return ""
        now = time.monotonic()
        first = self._first_change
        idle = now - self._last_change >= FOLD_IDLE or now - first >= FOLD_MAX_DELAY
        if first and idle and session.needs_fold:
            return "fold"
        if now - self._last_poll >= POLL_EXTERNAL:
            self._last_poll = now
            return "poll"
        return ""

    def folding_started(self) -> None:
        self.folding = True
        self._first_change = 0.0

    def reloaded(self, report: ReloadReport) -> str:
        """After a reload from disk: what to tell the translator."""
        parts = [f"{len(report.changed)} segment(s) reloaded from disk"]
        if report.conflicts:
            parts.append(f"{len(report.conflicts)} conflict(s): both versions kept")
            self.note_change()
        return "; ".join(parts)

    def status(self, total: int, shown: int, note: str = "") -> str:
        counts = self.session.state_counts() if self.session is not None else {}
        done = counts.get("translated", 0) + counts.get("approved", 0)
        parts = [
            self.document.name,
            f"{self.project.settings.source_lang}→{self.lang}",
            f"#{self.current + 1}/{total}" if total else "",
            f"done {done}/{total}" if counts else "",
        ]
        if counts:
            parts.append(" ".join(f"{sign}{counts.get(s, 0)}" for s, sign in STATE_SIGNS))
        if not self.filter.is_empty:
            parts.append(f"filter: {self.filter.describe()} ({shown})")
        if self.review:
            parts.append("REVIEW")
        if note:
            parts.append(note)
        return " · ".join(p for p in parts if p)


def span_of(
    whole: str, quote: str, selected: tuple[str, int, int] | None
) -> tuple[int, int] | None:
    """Where an annotation's quote is: the selection it was made from when that still
    holds the quote, else its first occurrence; None when the text lacks it."""
    if selected is not None and selected[0] == quote and whole[selected[1] : selected[2]] == quote:
        return selected[1], selected[2]
    start = whole.find(quote)
    return None if start < 0 else (start, start + len(quote))
