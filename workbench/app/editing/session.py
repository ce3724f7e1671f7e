"""The editing session of one document in one target language (what the editor works on).

Every operation (1) applies the domain workflow to the unit, (2) appends one line to the
journal (`.workbench/journal/<lang>/<doc>.jsonl`) and fsyncs it before returning, and
(3) marks the unit dirty. `fold()` writes the PO file atomically (the UI calls it from a
worker thread, debounced, and on quit) and drops the folded journal entries. A journal left
behind by a crash is replayed on the next start. Unconfirmed text typed in the editor is
journaled as a "pending" entry and offered again on the next start.

The PO file may change on disk while the session is open (`git pull`, a `workbench` command,
another editor): `check_external()` notices, takes the disk version of every unit and
replays this session's unfolded operations on it, so both sides' work is kept. When both
sides changed the text of a unit, ours stays the translation and the disk version is kept
as an `alt` record with a `conflict` flag. When the disk version drops a text confirmed in
this session (a `git checkout` of an older file), the disk text stays the translation and
ours is kept as an `alt` record with a `conflict` flag. Either way the report lists the
unit in `conflicts`, and the kept text is journaled like any operation.

What is not in the PO file yet (the unfolded journal entries, the units they changed, the
disk's texts before them), the replay of a journal and the merge with a changed file are
`Unfolded`'s (`unfolded.py`); the session holds the lock, the journal and the file.

Writes go through the project's writer (`storage.writer`): `fold()` holds the project's
lock while it re-reads and writes, like every other writer of the project's files.

Thread safety: operations run on the UI thread; `fold()` and `check_external()` in a worker.
`lock` guards the unit list, the dirty set and the journal.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.app.editing.unfolded import ReloadReport, Unfolded, copy_unit
from workbench.domain import comments as comment_ops
from workbench.domain import conflicts, session_review
from workbench.domain.annotations import (
    NoteChange,
    check_label,
    check_span,
    find_annotation,
    labels,
)
from workbench.domain.errors import WorkbenchError
from workbench.domain.model import STATES, State, Unit, now_iso
from workbench.storage.catalog import Catalog
from workbench.storage.journal import Journal
from workbench.storage.project import Document, Project
from workbench.storage.writer import ProjectWriter

Signature = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Change:
    """What one operation did to one unit (true when it changed anything): the editor
    redraws the unit's row from it, and the session's counts already include it."""

    index: int
    unit_id: str
    before: State
    after: State
    changed: bool

    def __bool__(self) -> bool:
        return self.changed


def file_signature(path: Path, known: Signature | None = None) -> Signature | None:
    """(mtime_ns, size, hash) of the file; the hash is only computed when mtime/size moved."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    if known is not None and (stat.st_mtime_ns, stat.st_size) == known[:2]:
        return known
    digest = hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    return (stat.st_mtime_ns, stat.st_size, digest)


class EditingSession:
    def __init__(
        self, project: Project, document: Document, lang: str, handle: str | None = None
    ) -> None:
        self.project = project
        self.document = document
        self.lang = lang
        self.handle = handle or project.handle
        self.path = project.catalog_path(document, lang)
        self.lock = threading.RLock()
        self._fold_lock = threading.Lock()
        journal_dir = project.cache_dir / "journal" / lang
        self.journal = Journal(journal_dir / f"{document.name}.jsonl")
        self.writer = ProjectWriter(project, self.handle)
        self.catalog: Catalog = project.load_catalog(document, lang)
        self._disk: Signature | None = file_signature(self.path)
        self.units: list[Unit] = self.catalog.units
        self.index: dict[str, int] = {unit.id: i for i, unit in enumerate(self.units)}
        self.work = Unfolded(self.handle)  # what is not in the PO file yet (unfolded.py)
        self.replayed = self.work.replay(list(self.journal.read()), self.units, self.index)
        self.counts: dict[str, int] = count_states(self.units)  # kept up to date by every change

    @property
    def dirty(self) -> set[str]:
        """Ids of the units changed since the PO file was last read or written."""
        return self.work.dirty

    @property
    def pending(self) -> dict[str, str]:
        """Unit id -> unconfirmed text typed in the editor (journaled)."""
        return self.work.pending

    # ---- reading -------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.units)

    @property
    def source_lang(self) -> str:
        return self.catalog.source_lang or self.project.settings.source_lang

    def unit_at(self, index: int) -> Unit:
        return self.units[index]

    def state_counts(self) -> dict[str, int]:
        """Units per state (a copy of the counts the session keeps as it changes)."""
        with self.lock:
            return dict(self.counts)

    def next_index(self, start: int, wanted: set[State], step: int = 1) -> int | None:
        """The next unit after `start` (wrapping around) whose state is in `wanted`."""
        count = len(self.units)
        for offset in range(1, count + 1):
            index = (start + step * offset) % count
            if self.units[index].state in wanted:
                return index
        return None

    # ---- operations (UI thread) ----------------------------------------------------------
    def confirm(self, index: int, text: str) -> Change:
        return self._record({"op": "confirm", "text": text}, index)

    def draft(self, index: int, text: str) -> Change:
        return self._record({"op": "draft", "text": text}, index)

    def approve(self, index: int) -> Change:
        return self._record({"op": "approve"}, index)

    def reject(self, index: int, comment: str | None = None) -> Change:
        return self._record({"op": "reject", "comment": self._new_comment(comment)}, index)

    def comment(self, index: int, text: str) -> Change:
        return self._record({"op": "comment", "comment": self._new_comment(text)}, index)

    def resolve_comments(self, index: int) -> Change:
        return self._record({"op": "resolve"}, index)

    # review operations (validated before they are journaled: see domain.session_review)
    def annotate(
        self, index: int, side: str, start: int, end: int, label: str, text: str, publish: bool
    ) -> dict[str, Any]:
        unit = self.units[index]
        allowed = labels(self.project.settings.annotations.labels)
        note = session_review.new_note(
            unit, side, start, end, label, text, self.handle, publish, allowed
        )
        self._record({"op": session_review.ANNOTATE, "note": note}, index)
        return note

    def edit_annotation(self, index: int, note_id: str, change: NoteChange) -> Change:
        """Journal an edit of the note, checked first so that its replay cannot fail."""
        unit = self.units[index]
        note = find_annotation(unit, note_id)
        if change.label is not None:
            check_label(change.label, labels(self.project.settings.annotations.labels))
        if change.span is not None:
            check_span(unit, str(note.get("side", "target")), *change.span)
        return self._record(session_review.edit_entry(note_id, change), index)

    def remove_annotation(self, index: int, note_id: str) -> Change:
        session_review.check_note_exists(self.units[index], note_id)
        return self._record({"op": session_review.REMOVE_NOTE, "note_id": note_id}, index)

    def ignore_finding(self, index: int, check_id: str, reason: str) -> Change:
        session_review.check_ignore(self.units[index], check_id, reason)
        entry = {"op": session_review.IGNORE_QA, "check": check_id, "reason": reason.strip()}
        return self._record(entry, index)

    def approve_many(self, indices: list[int]) -> list[Change]:
        """Approve several units (bulk review); one journal fsync. Returns the changes."""
        return self._record_many([(index, {"op": "approve"}) for index in indices])

    def apply_many(self, changes: list[tuple[int, str]]) -> list[Change]:
        """Set several translations at once (search and replace), keeping each unit's
        draft/translated state; one journal fsync. Returns the changes."""
        return self._record_many(
            [
                (index, {"op": "draft" if self.units[index].fuzzy else "confirm", "text": text})
                for index, text in changes
            ]
        )

    def set_pending(self, index: int, text: str | None) -> None:
        """Keep (or, with None, forget) unconfirmed editor text for the unit, durably."""
        unit = self.units[index]
        with self.lock:
            if text is None or text == unit.target:
                if unit.id not in self.pending:
                    return
                self.pending.pop(unit.id, None)
                text = None
            elif self.pending.get(unit.id) == text:
                return
            else:
                self.pending[unit.id] = text
            self.journal.append({"op": "pending", "id": unit.id, "text": text})

    def _new_comment(self, text: str | None) -> dict[str, Any] | None:
        if text is None or not text.strip():
            return None
        scratch = Unit(id="", source="")
        return comment_ops.add_comment(scratch, self.handle, text)

    def _record(self, entry: dict[str, Any], index: int) -> Change:
        return self._record_many([(index, entry)])[0]

    def _record_many(self, operations: list[tuple[int, dict[str, Any]]]) -> list[Change]:
        """Apply each operation to its unit and journal the ones that changed something,
        with one fsync, before returning: durable before the editor moves on. Returns one
        `Change` per operation (the ones that changed nothing are false)."""
        entries = []
        changes = []
        with self.lock:
            for index, operation in operations:
                unit = self.units[index]
                before = unit.state
                entry = {**operation, "id": unit.id, "by": self.handle, "at": now_iso()}
                self.work.note_base(unit)
                changed = self.work.apply(unit, entry)
                if changed:
                    entries.append(entry)
                    self.dirty.add(unit.id)
                    self.pending.pop(unit.id, None)
                    self.counts[str(before)] -= 1
                    self.counts[str(unit.state)] += 1
                changes.append(Change(index, unit.id, before, unit.state, changed))
            self.journal.append_many(entries)
            self.work.tail.extend(entries)
        return changes

    # ---- writing (worker thread) ---------------------------------------------------------
    @property
    def needs_fold(self) -> bool:
        return bool(self.dirty or self.work.tail)

    def fold(self) -> ReloadReport | None:
        """Write the catalog (atomically) and drop the folded journal entries.

        Reloads first when the file changed on disk; returns that reload's report, if any.
        """
        with self._fold_lock, self.writer.lock():
            report = self._reload_if_changed()
            with self.lock:
                if not self.dirty and not self.work.tail:
                    return report
                dirty = set(self.dirty)
                self.dirty.clear()
                copies = {uid: copy_unit(self.units[self.index[uid]]) for uid in dirty}
                snapshot = [copies.get(unit.id, unit) for unit in self.units]
                folded = len(self.work.tail)
                header = dict(self.catalog.header)
            catalog = Catalog(
                self.path, header, snapshot, self.catalog.obsolete, self.catalog.header_comment
            )
            try:
                self.writer.save(catalog, changed=copies.values())
            except BaseException:
                with self.lock:
                    self.dirty.update(dirty)
                raise
            with self.lock:
                self._disk = file_signature(self.path)
                self.work.folded(folded, copies)
                pending = [{"op": "pending", "id": k, "text": v} for k, v in self.pending.items()]
                self.journal.rewrite(pending + self.work.tail)
            return report

    # ---- external changes (worker thread) ------------------------------------------------
    def external_change(self) -> bool:
        """True when the PO file on disk is not what this session last read or wrote."""
        signature = file_signature(self.path, self._disk)
        if signature is None or signature == self._disk:
            return False
        if self._disk is not None and signature[2] == self._disk[2]:
            self._disk = signature
            return False
        return True

    def check_external(self) -> ReloadReport | None:
        """Reload when the file changed on disk; None when it did not."""
        with self._fold_lock, self.writer.lock():
            return self._reload_if_changed()

    def _reload_if_changed(self) -> ReloadReport | None:
        if not self.external_change():
            return None
        signature = file_signature(self.path)
        disk = Catalog.load(self.path)
        with self.lock:
            report = self._merge(disk)
            self._disk = signature
        return report

    def _merge(self, disk: Catalog) -> ReloadReport:
        """Take the disk's units, with this session's unfolded operations replayed on them."""
        merged, report, kept = self.work.merge(self.units, disk.units)
        self.units[:] = merged
        self.index = {unit.id: i for i, unit in enumerate(self.units)}
        self.catalog.header = disk.header
        self.catalog.obsolete = disk.obsolete
        if kept:
            self.journal.append_many(kept)
            self.work.tail.extend(kept)
        self.counts = count_states(self.units)
        return report

    def close(self) -> None:
        self.journal.close()


def count_states(units: list[Unit]) -> dict[str, int]:
    counts = {str(state): 0 for state in STATES}
    for unit in units:
        counts[str(unit.state)] += 1
    return counts


def preview_units(
    project: Project, document: Document, lang: str, size: int = 1 << 16
) -> list[Unit]:
    """The first units of the catalog, read from the head of the file: something to paint
    while a big catalog loads in a worker. Empty when the head cannot be read."""
    path = project.catalog_path(document, lang)
    try:
        with path.open("rb") as handle:
            head = handle.read(size)
        if len(head) == size:
            head = head[: head.rfind(b"\n\n") + 1]
        return Catalog.from_text(head.decode("utf-8", errors="ignore"), path).units
    except (OSError, WorkbenchError):
        return []


def conflict_alternatives(unit: Unit) -> list[dict[str, Any]]:
    """The competing translations kept for a unit flagged as a conflict (empty otherwise)."""
    return conflicts.alternatives(unit)
