"""Review operations of the editing session (annotations, ignored QA findings): journal
entries and how they apply to a unit.

`EditingSession` validates an operation here *before* journaling it (`check_*` raise
WorkbenchError with one clear line), so that applying a journaled entry never fails; an
entry that no longer applies on replay (the note was removed meanwhile) changes nothing.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from workbench.domain import annotations as notes
from workbench.domain.errors import WorkbenchError
from workbench.domain.model import NOTE, Unit

ANNOTATE = "annotate"
EDIT_NOTE = "edit_note"
REMOVE_NOTE = "remove_note"
IGNORE_QA = "ignore_qa"
OPS = frozenset({ANNOTATE, EDIT_NOTE, REMOVE_NOTE, IGNORE_QA})


# The record an annotation would store (validated; the unit itself is not changed).
new_note = partial(notes.add_annotation, store=False)


def check_note_exists(unit: Unit, note_id: str) -> None:
    notes.find_annotation(unit, note_id)


def check_ignore(unit: Unit, check_id: str, reason: str) -> None:
    from workbench.domain.qa import all_checks

    if check_id not in all_checks():
        raise WorkbenchError(f"{check_id}: no such QA check")
    if not reason.strip():
        raise WorkbenchError(f"ignoring {check_id} on {unit.id}: give a reason")


def edit_entry(note_id: str, change: notes.NoteChange) -> dict[str, Any]:
    """The journal entry of an annotation's edit."""
    entry: dict[str, Any] = {"op": EDIT_NOTE, "note_id": note_id, "label": change.label}
    entry.update(text=change.text, publish=change.publish)
    if change.span is not None:
        entry["span"] = list(change.span)
    return entry


def change_of(entry: dict[str, Any]) -> notes.NoteChange:
    """The edit a journal entry records (its parts checked when it was journaled)."""
    span = entry.get("span")
    return notes.NoteChange(
        label=entry.get("label"),
        text=entry.get("text"),
        publish=entry.get("publish"),
        span=(int(span[0]), int(span[1])) if isinstance(span, list) and len(span) == 2 else None,
    )


def apply(unit: Unit, entry: dict[str, Any], by: str, at: str | None) -> None:
    """Apply one journaled review entry to the unit (idempotent on replay)."""
    op = entry.get("op")
    try:
        if op == ANNOTATE:
            note = entry.get("note")
            if isinstance(note, dict) and not _has_note(unit, str(note.get("id"))):
                unit.add_record(NOTE, dict(note))
        elif op == EDIT_NOTE:
            notes.edit_annotation(unit, str(entry.get("note_id")), by, change_of(entry), at=at)
        elif op == REMOVE_NOTE:
            notes.remove_annotation(unit, str(entry.get("note_id")))
        elif op == IGNORE_QA:
            from workbench.domain.qa import ignore_finding

            ignore_finding(unit, str(entry.get("check")), str(entry.get("reason", "")), by)
    except WorkbenchError:
        return  # replayed after the note went away: nothing to do


def _has_note(unit: Unit, note_id: str) -> bool:
    return any(data.get("id") == note_id for data in unit.records_of(NOTE))
