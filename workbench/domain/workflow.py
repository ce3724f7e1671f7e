"""State transitions of a unit, with who did what and when.

    untranslated --translate--> translated --approve--> approved
          \\--draft--> draft --confirm--> translated --reject--> rejected --edit--> translated
    editing an approved or rejected segment makes it translated again (the review record's
    hash no longer matches); the previous translation is kept in a `prev` record.

Every change records the handle and time. Core enforces the rules; the UI only calls these.
"""

from __future__ import annotations

from workbench.domain.errors import WorkbenchError
from workbench.domain.model import (
    EDIT,
    PREVIOUS,
    REVIEW,
    Record,
    State,
    Unit,
    now_iso,
    text_hash,
)


class TransitionError(WorkbenchError):
    pass


def set_translation(
    unit: Unit, text: str, handle: str, *, draft: bool = False, at: str | None = None
) -> bool:
    """Set the translation (as a draft or translated). Returns False when nothing changed."""
    draft = draft and bool(text)
    if text == unit.target and draft == unit.fuzzy:
        return False
    at = at or now_iso()
    if text != unit.target and unit.target:
        remember_previous(unit)
    unit.target = text
    unit.fuzzy = draft
    if not draft:
        unit.previous_source = None
    unit.set_single_record(EDIT, {"by": handle, "at": at})
    return True


def confirm(unit: Unit, text: str, handle: str, at: str | None = None) -> bool:
    """The translator is done with the segment: translated (or untranslated when empty)."""
    return set_translation(unit, text, handle, draft=False, at=at)


def mark_draft(unit: Unit, text: str, handle: str, at: str | None = None) -> bool:
    return set_translation(unit, text, handle, draft=True, at=at)


def remember_previous(unit: Unit) -> None:
    edit = unit.last_edit or {}
    previous = {
        "text": unit.target,
        "by": edit.get("by"),
        "at": edit.get("at"),
        "state": str(unit.state),
    }
    kept = [r for r in unit.records if r.kind == PREVIOUS]
    others = [r for r in unit.records if r.kind != PREVIOUS]
    unit.records = others + [Record(PREVIOUS, previous)] + kept


def approve(unit: Unit, handle: str, at: str | None = None) -> None:
    if unit.state is State.UNTRANSLATED:
        raise TransitionError(f"segment {unit.id}: cannot approve an untranslated segment")
    unit.fuzzy = False
    unit.previous_source = None
    unit.set_single_record(
        REVIEW,
        {"state": "approved", "by": handle, "at": at or now_iso(), "hash": text_hash(unit.target)},
    )


def reject(unit: Unit, handle: str, at: str | None = None) -> None:
    if unit.state is State.UNTRANSLATED:
        raise TransitionError(f"segment {unit.id}: cannot reject an untranslated segment")
    unit.set_single_record(
        REVIEW,
        {"state": "rejected", "by": handle, "at": at or now_iso(), "hash": text_hash(unit.target)},
    )


def previous_translations(unit: Unit) -> list[dict[str, str | None]]:
    return unit.records_of(PREVIOUS)


def approved_text(unit: Unit) -> str | None:
    """The text as last approved, when it has changed since (for a 'changed since approval' diff)."""
    review = unit.first_record(REVIEW)
    if not review or review.get("state") != "approved":
        return None
    if review.get("hash") == text_hash(unit.target):
        return None
    for previous in previous_translations(unit):
        text = previous.get("text")
        if isinstance(text, str) and text_hash(text) == review.get("hash"):
            return text
    return None
