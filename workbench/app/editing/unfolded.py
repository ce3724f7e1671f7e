"""The editing session's work that is not in the PO file yet, and how it meets the file.

`Unfolded` keeps what the session did since it last read or wrote the PO file: the journal
entries not folded yet (`tail`), the units they changed (`dirty`), each changed unit's target
as the disk had it (`base`), the texts this session wrote (`written`) and the unconfirmed
text typed in the editor (`pending`). It replays a journal left by a crash on the units just
read, and merges a version of the file changed elsewhere (git, another editor) with that
work: the disk's units are taken and this session's operations replayed on them. When both
sides changed a text, ours stays the translation and theirs is kept as an alternative; when
the disk dropped a text this session confirmed, the disk's stays and ours is kept. Either
way the unit is flagged as a conflict and listed in the report.

Plain data and rules over units; the session holds the lock and writes the journal.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from workbench.domain import comments as comment_ops
from workbench.domain import conflicts, session_review, workflow
from workbench.domain.model import Record, State, Unit, now_iso

KEEP = "keep"  # journal op: a text kept as an alternative, the unit flagged as a conflict
TEXT_OPS = ("confirm", "draft")

Entry = dict[str, Any]
# what a journaled operation may change: source, target, fuzzy, previous source, records
UnitContent = tuple[str, str, bool, str | None, tuple[tuple[str, str], ...]]


@dataclass
class ReloadReport:
    changed: list[str] = field(default_factory=list)  # unit ids taken from disk
    conflicts: list[str] = field(default_factory=list)  # ours kept, theirs in an alt record
    added: int = 0


def copy_unit(unit: Unit) -> Unit:
    return Unit(
        id=unit.id,
        source=unit.source,
        target=unit.target,
        fuzzy=unit.fuzzy,
        references=list(unit.references),
        previous_source=unit.previous_source,
        extracted=unit.extracted,
        plain_comments=list(unit.plain_comments),
        records=[Record(r.kind, copy.deepcopy(r.data)) for r in unit.records],
        other_flags=list(unit.other_flags),
    )


def unit_content(unit: Unit) -> UnitContent:
    records = tuple((r.kind, repr(r.data)) for r in unit.records)
    return (unit.source, unit.target, unit.fuzzy, unit.previous_source, records)


def apply_operation(unit: Unit, entry: Entry, handle: str) -> bool:
    """Apply one journaled operation to `unit`; True when it changed anything."""
    op, by, at = entry.get("op"), entry.get("by") or handle, entry.get("at")
    before = unit_content(unit)
    if op == "confirm":
        workflow.confirm(unit, str(entry.get("text", "")), by, at)
        conflicts.resolve(unit)  # confirming a flagged segment is choosing (or combining)
    elif op == "draft":
        workflow.mark_draft(unit, str(entry.get("text", "")), by, at)
    elif op == "approve" and unit.state is not State.UNTRANSLATED:
        workflow.approve(unit, by, at)
    elif op == "reject" and unit.state is not State.UNTRANSLATED:
        workflow.reject(unit, by, at)
        _add_comment(unit, entry.get("comment"))
    elif op == "comment":
        _add_comment(unit, entry.get("comment"))
    elif op == "resolve":
        comment_ops.resolve_thread(unit, by, at)
    elif op in session_review.OPS:
        session_review.apply(unit, entry, by, at)
    elif op == KEEP:
        text = entry.get("text")
        author, when = entry.get("author"), entry.get("when")
        if isinstance(text, str) and conflicts.keep_alternative_text(unit, text, author, when):
            conflicts.flag_conflict(unit, by, at or now_iso())
    return unit_content(unit) != before


def _add_comment(unit: Unit, comment: object) -> None:
    if not isinstance(comment, dict) or not comment.get("id"):
        return
    if any(c.get("id") == comment["id"] for c in comment_ops.comments(unit)):
        return  # replayed after a fold that already wrote it
    unit.add_record("comment", dict(comment))


class Unfolded:
    def __init__(self, handle: str) -> None:
        self.handle = handle
        self.base: dict[str, str] = {}  # unit id -> target as last read from / written to disk
        self.dirty: set[str] = set()
        self.pending: dict[str, str] = {}  # unit id -> unconfirmed text from the editor
        self.written: dict[str, str] = {}  # unit id -> text this session wrote to the unit
        self.tail: list[Entry] = []  # journal entries not folded yet

    def apply(self, unit: Unit, entry: Entry) -> bool:
        return apply_operation(unit, entry, self.handle)

    def note_base(self, unit: Unit) -> None:
        """Before the first change of a unit: remember its target as the disk has it."""
        if unit.id not in self.dirty:
            self.base[unit.id] = unit.target

    def base_target(self, unit: Unit) -> str:
        return self.base.get(unit.id, unit.target)

    # ---- a journal left by an earlier session --------------------------------------------
    def replay(self, entries: list[Entry], units: list[Unit], index: dict[str, int]) -> int:
        """Apply a journal left by an earlier session (crash); returns how many ops applied."""
        applied = 0
        for entry in entries:
            position = index.get(str(entry.get("id")))
            if position is None:
                continue
            unit = units[position]
            if entry.get("op") == "pending":
                text = entry.get("text")
                if isinstance(text, str) and text != unit.target:
                    self.pending[unit.id] = text
                else:
                    self.pending.pop(unit.id, None)
                continue
            self.tail.append(entry)
            self.note_base(unit)
            if self.apply(unit, entry):
                applied += 1
                self.dirty.add(unit.id)
                self.pending.pop(unit.id, None)
        return applied

    # ---- after a fold ----------------------------------------------------------------------
    def folded(self, count: int, copies: dict[str, Unit]) -> None:
        """The first `count` tail entries are on disk, the units as in `copies`: note the
        texts they wrote (the disk must not drop them unseen) and drop them from the tail."""
        for uid, unit in copies.items():
            self.base[uid] = unit.target
        for entry in self.tail[:count]:
            uid = str(entry.get("id"))
            if entry.get("op") in TEXT_OPS and uid in copies:
                self.written[uid] = copies[uid].target
        del self.tail[:count]

    # ---- the file changed on disk ----------------------------------------------------------
    def merge(
        self, ours: list[Unit], disk: list[Unit]
    ) -> tuple[list[Unit], ReloadReport, list[Entry]]:
        """The disk's units with this work replayed on them, what changed, and the entries
        that keep a text as an alternative (for the journal and the tail: the caller's)."""
        report = ReloadReport()
        by_id = {unit.id: unit for unit in ours}
        operations: dict[str, list[Entry]] = {}
        for entry in self.tail:
            operations.setdefault(str(entry.get("id")), []).append(entry)
        kept: list[Entry] = []
        merged: list[Unit] = []
        for theirs in disk:
            mine = by_id.pop(theirs.id, None)
            if mine is None:
                report.added += 1
                merged.append(theirs)
            elif theirs.id in self.dirty:
                merged.append(self._rebase(mine, theirs, operations.get(theirs.id, []), kept))
                if theirs.target != merged[-1].target and theirs.target != self.base_target(mine):
                    report.conflicts.append(mine.id)
            else:
                if unit_content(theirs) != unit_content(mine):
                    report.changed.append(theirs.id)
                if self._keep_written(mine, theirs, kept):
                    report.conflicts.append(mine.id)
                merged.append(theirs)
        merged.extend(unit for unit in by_id.values() if unit.id in self.dirty)
        for unit in merged:
            if unit.id not in self.dirty:
                self.base[unit.id] = unit.target
        return merged, report, kept

    def _rebase(self, mine: Unit, theirs: Unit, entries: list[Entry], kept: list[Entry]) -> Unit:
        """`theirs` with our operations replayed; when both changed the text, theirs is kept
        as an alternative (journaled) and the unit flagged."""
        if not entries:
            return mine
        unit = copy_unit(theirs)
        for entry in entries:
            self.apply(unit, entry)
        base = self.base_target(mine)
        if theirs.target not in (base, unit.target):
            edit = theirs.last_edit or {}
            keep = self._keep_entry(unit, theirs.target, edit.get("by"), edit.get("at"))
            if self.apply(unit, keep):
                kept.append(keep)
        return unit

    def _keep_written(self, mine: Unit, theirs: Unit, kept: list[Entry]) -> bool:
        """Keep the text this session wrote to `mine` when the disk version dropped it."""
        text = self.written.get(mine.id)
        if text is None or text != mine.target or conflicts.holds_text(theirs, text):
            return False
        edit = mine.last_edit or {}
        keep = self._keep_entry(theirs, text, edit.get("by"), edit.get("at"))
        if not self.apply(theirs, keep):
            return False
        kept.append(keep)
        self.dirty.add(theirs.id)
        self.base[theirs.id] = theirs.target
        return True

    def _keep_entry(self, unit: Unit, text: str, author: str | None, when: str | None) -> Entry:
        entry = {"op": KEEP, "text": text, "author": author, "when": when}
        return {**entry, "id": unit.id, "by": self.handle, "at": now_iso()}
