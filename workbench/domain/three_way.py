"""Importing work done elsewhere without losing the newer work here: a three-way decision.

A file we export (XLIFF, review DOCX, PO) carries, per segment, what the project held when it
was exported: the *base* (a hash of the translation and the state). On import each segment has
three versions, base, file and project, and:

    file as the base                        -> unchanged (or kept newer, if the project moved on)
    file changed, project as the base       -> applied
    file changed, project changed too       -> conflict: the project's text stays, the file's is
                                               kept as an alternative, the segment is flagged
                                               (the editor's alt+c shows it; confirming resolves)
    file changed only the state, project    -> kept newer: a decision about an older text is not
    changed since                              applied to a newer one
    file's text is in the project's history -> kept newer: it was decided on already (an older
                                               version, or the side not chosen in a conflict)

A file without a base (made by another tool) fills untranslated segments only, unless forced.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workbench.domain.conflicts import flag_conflict, keep_alternative
from workbench.domain.model import EDIT, PREVIOUS, Record, State, Unit, now_iso, text_hash


class Outcome(StrEnum):
    APPLIED = "applied"
    UNCHANGED = "unchanged"
    KEPT_NEWER = "kept newer"
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class Base:
    """What the project held for a segment when the file was exported."""

    hash: str  # text_hash of the translation
    state: State

    @classmethod
    def of(cls, unit: Unit) -> Base:
        return cls(text_hash(unit.target), unit.state)

    def format(self) -> str:
        return f"{self.hash} {self.state}"

    @classmethod
    def parse(cls, text: str) -> Base | None:
        """'1a2b3c4d translated' -> Base; None for anything else."""
        parts = text.split()
        if len(parts) != 2 or len(parts[0]) != 8 or parts[1] not in State.__members__.values():
            return None
        return cls(parts[0], State(parts[1]))


def decide(
    unit: Unit, base: Base | None, target: str, state: State | None, force: bool = False
) -> Outcome:
    """What an import does with one segment: `target` and `state` are the file's (an empty
    target never erases a translation; a None state leaves the state to the text)."""
    same_text = not target or target == unit.target
    same = same_text and state in (None, State.UNTRANSLATED, unit.state)
    if base is None:
        if same:
            return Outcome.UNCHANGED
        return Outcome.APPLIED if force or not unit.target else Outcome.KEPT_NEWER
    text_changed = bool(target) and text_hash(target) != base.hash
    state_changed = state not in (None, State.UNTRANSLATED, base.state)
    project_changed = text_hash(unit.target) != base.hash or unit.state is not base.state
    if not text_changed and not state_changed:
        return Outcome.KEPT_NEWER if project_changed else Outcome.UNCHANGED
    if same:
        return Outcome.UNCHANGED  # the project already holds what the file says
    if not project_changed:
        return Outcome.APPLIED
    if text_changed and not same_text and not _decided_before(unit, target):
        return Outcome.CONFLICT
    return Outcome.KEPT_NEWER


def _decided_before(unit: Unit, target: str) -> bool:
    """True when `target` is in the segment's history: an earlier version, or the side not
    chosen when a conflict was resolved. Importing the same file again is then no new conflict."""
    return any(record.get("text") == target for record in unit.records_of(PREVIOUS))


def keep_as_conflict(unit: Unit, target: str, by: str, origin: str) -> bool:
    """The project's text stays; `target` is kept as the alternative and the segment flagged.
    False when `target` was already kept."""
    at = now_iso()
    other = Unit(unit.id, unit.source, target, records=[Record(EDIT, {"by": by, "at": at})])
    before = len(unit.records)
    keep_alternative(unit, other)
    flagged = flag_conflict(unit, by, at, origin=origin)
    return flagged or len(unit.records) != before
