"""Competing translations of one segment: kept side by side, then resolved by a person.

When two people changed the same segment differently (a git merge, or the file changing
under an open editor), one version stays the translation and the other is kept as an `alt`
record with its author and time, and the segment is flagged with a `conflict` record.
Confirming a translation of a flagged segment resolves it: the chosen text (one of the
versions, or a combination the translator typed) becomes the translation and the versions
not chosen move into the segment's history (`prev` records), so nothing is lost.
"""

from __future__ import annotations

from typing import Any

from workbench.domain.model import ALTERNATIVE, CONFLICT, PREVIOUS, Record, Unit


def keep_alternative(unit: Unit, other: Unit) -> None:
    """Record `other`'s translation as an alternative of `unit` (once)."""
    edit = other.last_edit or {}
    keep_alternative_text(unit, other.target, edit.get("by"), edit.get("at"))


def keep_alternative_text(unit: Unit, text: str, by: str | None, at: str | None) -> bool:
    """Record `text` (written by `by` at `at`) as an alternative of `unit`, once; False when
    it is the translation or already kept."""
    if not text or text == unit.target:
        return False
    if any(alt.get("text") == text for alt in unit.records_of(ALTERNATIVE)):
        return False
    unit.add_record(ALTERNATIVE, {"text": text, "by": by, "at": at})
    return True


def holds_text(unit: Unit, text: str) -> bool:
    """True when `text` is the unit's translation, an alternative or in its history."""
    if text == unit.target:
        return True
    kept = (*unit.records_of(ALTERNATIVE), *unit.records_of(PREVIOUS))
    return any(record.get("text") == text for record in kept)


def flag_conflict(unit: Unit, by: str, at: str, **extra: Any) -> bool:
    """Flag `unit` as a conflict; False when it already was."""
    if unit.records_of(CONFLICT):
        return False
    unit.add_record(CONFLICT, {"by": by, "at": at, **extra})
    return True


def alternatives(unit: Unit) -> list[dict[str, Any]]:
    """The competing translations kept for a unit flagged as a conflict (empty otherwise)."""
    if unit.first_record(CONFLICT) is None:
        return []
    return unit.records_of(ALTERNATIVE)


def resolve(unit: Unit) -> bool:
    """Clear the conflict after the translator chose `unit.target`; the versions not chosen
    go into the history. False when the unit had no conflict."""
    if unit.first_record(CONFLICT) is None:
        return False
    kept = [
        Record(
            PREVIOUS,
            {
                "text": alt.get("text"),
                "by": alt.get("by"),
                "at": alt.get("at"),
                "state": "alternative",
            },
        )
        for alt in unit.records_of(ALTERNATIVE)
        if alt.get("text") != unit.target
    ]
    history = [r for r in unit.records if r.kind == PREVIOUS]
    others = [r for r in unit.records if r.kind not in (PREVIOUS, ALTERNATIVE, CONFLICT)]
    unit.records = others + kept + history
    return True
