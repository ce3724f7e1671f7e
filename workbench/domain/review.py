"""Review: which segments need a reviewer, filters, bulk approval, who did what, and diffs.

Everything here reads the records the workflow writes (see domain.workflow and domain.model):
`edit` {"by", "at"} is who last changed the translation, `review` {"state", "by", "at",
"hash"} is the last approval or rejection, `prev` keeps earlier translations. A segment
*needs review* when it is translated: new work, an approved segment edited since (the
review hash no longer matches), or a rejected segment that has been reworked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

from workbench.domain.comments import add_comment, open_comments
from workbench.domain.diff import DiffOp, word_diff
from workbench.domain.errors import WorkbenchError
from workbench.domain.model import REVIEW, State, Unit
from workbench.domain.qa.base import QAContext
from workbench.domain.qa.checking import check_unit
from workbench.domain.words import word_count
from workbench.domain.workflow import approve, approved_text, previous_translations, reject

ReviewReason = Literal["new", "changed-since-approval", "reworked-after-rejection"]


# ---- who and when ---------------------------------------------------------------------------
def parse_time(value: object) -> datetime | None:
    """An ISO time from a record (`now_iso` writes `...Z`); None when absent or unreadable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None


def translator_of(unit: Unit) -> str | None:
    """Who last changed the translation (the `edit` record), if anyone is recorded."""
    edit = unit.last_edit
    by = edit.get("by") if edit else None
    return by if isinstance(by, str) and by else None


def review_of(unit: Unit) -> dict[str, Any] | None:
    return unit.first_record(REVIEW)


def reviewer_of(unit: Unit) -> str | None:
    review = review_of(unit)
    by = review.get("by") if review else None
    return by if isinstance(by, str) and by else None


# ---- what needs review ----------------------------------------------------------------------
def review_reason(unit: Unit) -> ReviewReason | None:
    """Why the segment is waiting for a reviewer, or None when it is not."""
    if unit.state is not State.TRANSLATED:
        return None
    review = review_of(unit)
    if review and review.get("state") == State.APPROVED:
        return "changed-since-approval"
    if review and review.get("state") == State.REJECTED:
        return "reworked-after-rejection"
    return "new"


def needs_review(unit: Unit) -> bool:
    return review_reason(unit) is not None


def last_review_at(units: Iterable[Unit], handle: str) -> datetime | None:
    """The time of `handle`'s latest review record among `units` (their last visit)."""
    times = [
        parse_time(review.get("at"))
        for unit in units
        if (review := review_of(unit)) and review.get("by") == handle
    ]
    known = [time for time in times if time is not None]
    return max(known) if known else None


def changed_since_review(unit: Unit, handle: str, since: datetime | None) -> bool:
    """Has someone other than `handle` changed the translation since `handle` last looked?

    "Last looked" is `handle`'s review of this segment when the review record is theirs,
    else `since` (their latest review anywhere in the document; see `last_review_at`).
    With neither, every translation someone else made counts as changed.
    """
    edit = unit.last_edit or {}
    if not unit.target or edit.get("by") in (None, handle):
        return False
    review = review_of(unit)
    reference = since
    if review and review.get("by") == handle:
        reference = parse_time(review.get("at")) or since
    if reference is None:
        return True
    edited = parse_time(edit.get("at"))
    return edited is None or edited > reference


@dataclass(frozen=True, slots=True)
class ReviewFilter:
    """What a reviewer asks to see. Empty filter: every segment."""

    needs_review: bool = False
    states: frozenset[State] = frozenset()
    translator: str | None = None
    changed_since_review_of: str | None = None  # a handle: "changed since my last review"
    open_threads: bool = False

    def select(self, units: Sequence[Unit]) -> list[Unit]:
        since = None
        if self.changed_since_review_of:
            since = last_review_at(units, self.changed_since_review_of)
        return [unit for unit in units if self.accepts(unit, since)]

    def accepts(self, unit: Unit, since: datetime | None = None) -> bool:
        if self.needs_review and not needs_review(unit):
            return False
        if self.states and unit.state not in self.states:
            return False
        if self.translator is not None and translator_of(unit) != self.translator:
            return False
        if self.open_threads and not open_comments(unit):
            return False
        handle = self.changed_since_review_of
        return not handle or changed_since_review(unit, handle, since)


def review_queue(units: Sequence[Unit], handle: str | None = None) -> list[Unit]:
    """The segments a reviewer walks through, in document order.

    With `handle`, segments changed since that reviewer's last review come first (still in
    document order), then the rest of the queue.
    """
    queue = [unit for unit in units if needs_review(unit)]
    if handle is None:
        return queue
    since = last_review_at(units, handle)
    fresh = [unit for unit in queue if changed_since_review(unit, handle, since)]
    fresh_ids = {id(unit) for unit in fresh}
    return fresh + [unit for unit in queue if id(unit) not in fresh_ids]


def unit_by_ref(units: Sequence[Unit], ref: str, where: str) -> Unit:
    """A segment by its id or its 1-based number; `where` names the catalog in the error."""
    if ref.isdigit() and 1 <= int(ref) <= len(units):
        return units[int(ref) - 1]
    for unit in units:
        if unit.id == ref:
            return unit
    raise WorkbenchError(f"{where}: no segment {ref!r} (give its id or its number)")


# ---- transitions a reviewer makes -------------------------------------------------------------
def reject_with_comment(unit: Unit, handle: str, reason: str, at: str | None = None) -> None:
    """Send the segment back with a reason (a comment in its thread). The reason is required."""
    if not reason.strip():
        raise WorkbenchError(f"segment {unit.id}: say why it is rejected")
    reject(unit, handle, at)
    add_comment(unit, handle, reason, at)


# ---- bulk approval ----------------------------------------------------------------------------
@dataclass
class ApprovalPlan:
    """What a bulk approval would do: segments to approve and segments refused, with why."""

    approvable: list[Unit] = field(default_factory=list)
    refused: list[tuple[Unit, list[str]]] = field(default_factory=list)  # unit, QA messages
    qa_checked: bool = False

    @property
    def words(self) -> int:
        return sum(word_count(unit.source) for unit in self.approvable)


def qa_errors(unit: Unit, ctx: QAContext | None) -> list[str]:
    """Messages of the QA findings of severity "error" on the unit (none without QA)."""
    if ctx is None:
        return []
    return [
        f"{finding.check}: {finding.message}"
        for finding in check_unit(unit, ctx)
        if finding.severity == "error"
    ]


def plan_approval(
    units: Iterable[Unit], ctx: QAContext | None, *, only_translated: bool = True
) -> ApprovalPlan:
    """Split `units` into those that may be approved and those refused for QA errors.

    `only_translated` (bulk): consider translated segments only; otherwise every segment
    given except untranslated and already approved ones (an explicit list of segments).
    """
    plan = ApprovalPlan(qa_checked=ctx is not None)
    for unit in units:
        if only_translated and unit.state is not State.TRANSLATED:
            continue
        if unit.state in (State.UNTRANSLATED, State.APPROVED):
            continue
        errors = qa_errors(unit, ctx)
        if errors:
            plan.refused.append((unit, errors))
        else:
            plan.approvable.append(unit)
    return plan


def apply_approval(plan: ApprovalPlan, handle: str, at: str | None = None) -> int:
    for unit in plan.approvable:
        approve(unit, handle, at)
    return len(plan.approvable)


# ---- per-person statistics ----------------------------------------------------------------------
@dataclass
class PersonStats:
    """What one handle did, counted over segments (and their source words)."""

    handle: str
    translated: int = 0  # segments whose current translation they last edited
    translated_words: int = 0
    reviewed: int = 0  # segments whose latest review (approval or rejection) is theirs
    reviewed_words: int = 0
    approved: int = 0  # of those, segments currently approved by them
    approved_words: int = 0
    rejected: int = 0  # segments currently rejected by them
    rejected_words: int = 0
    comments: int = 0

    def as_json(self) -> dict[str, object]:
        return asdict(self)


def person_stats(units: Iterable[Unit]) -> dict[str, PersonStats]:
    """Per handle: segments and words translated, reviewed, approved, rejected; comments."""
    people: dict[str, PersonStats] = {}

    def person(handle: str) -> PersonStats:
        return people.setdefault(handle, PersonStats(handle))

    for unit in units:
        words = word_count(unit.source)
        translator = translator_of(unit)
        if translator and unit.target:
            row = person(translator)
            row.translated += 1
            row.translated_words += words
        reviewer = reviewer_of(unit)
        if reviewer:
            row = person(reviewer)
            row.reviewed += 1
            row.reviewed_words += words
            state = unit.state
            if state is State.APPROVED:
                row.approved += 1
                row.approved_words += words
            elif state is State.REJECTED:
                row.rejected += 1
                row.rejected_words += words
        for comment in unit.records_of("comment"):
            if isinstance(comment.get("by"), str):
                person(comment["by"]).comments += 1
    return dict(sorted(people.items()))


# ---- history and diffs ------------------------------------------------------------------------
def changes_since_approval(unit: Unit) -> tuple[DiffOp, ...] | None:
    """The diff from the approved text to the current one; None when there is nothing to show."""
    approved = approved_text(unit)
    if approved is None:
        return None
    return word_diff(approved, unit.target)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    text: str
    by: str | None
    at: str | None
    state: str
    current: bool = False


def history(unit: Unit) -> list[HistoryEntry]:
    """The current translation and the kept earlier ones, newest first."""
    edit = unit.last_edit or {}
    entries = []
    if unit.target:
        entries.append(
            HistoryEntry(unit.target, edit.get("by"), edit.get("at"), str(unit.state), True)
        )
    for previous in previous_translations(unit):
        text = previous.get("text")
        if isinstance(text, str):
            state = str(previous.get("state") or "")
            entries.append(HistoryEntry(text, previous.get("by"), previous.get("at"), state))
    return entries
